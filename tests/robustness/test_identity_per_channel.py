"""Identity per channel: a conversation id that belongs to one channel cannot be used on another
(shop_channels/identity.py). A REST caller names its own sender, so it is refused any id in the
Messenger, Slack or web chat namespace; the web chat issues its own long random session ids and
answers each socket in the session it confirmed; Messenger and Slack conversations are kept under
their namespaced ids. Each test fails if one channel's id reaches another channel's shopper's data.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
import requests

from devtools.platform_standins import messenger_postback, messenger_text
from shop_channels.rest import ShopRestInput
from tests.channels.conftest import MessengerShopper, SlackShopper, user_events
from tests.robustness.conftest import BUY_WINDSOR_10, WebChatClient, rest_texts

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

WINDSOR = "Windsor Patent Oxford"
ADD_WINDSOR = '/add_to_cart{"product_handle": "windsor-patent-oxford", "size": "us10"}'


def post_rest(assistant, body: dict) -> requests.Response:
    return requests.post(f"{assistant.rasa_url}/webhooks/rest/webhook", json=body, timeout=60)


@pytest.fixture
def messenger_shopper_with_a_cart(assistant, graph_api) -> MessengerShopper:
    shopper = MessengerShopper.new(assistant, graph_api)
    sent = shopper.sends(messenger_postback(shopper.psid, "Add to cart", ADD_WINDSOR))
    assert any(WINDSOR in str(message) for message in sent), sent
    return shopper


@pytest.mark.parametrize("ask", ["show my cart", "where is my order?", "/checkout", "/view_cart"])
def test_rest_cannot_claim_a_messenger_shoppers_conversation(
    assistant, messenger_shopper_with_a_cart, ask
):
    shopper = messenger_shopper_with_a_cart
    events_before = len(assistant.tracker(shopper.conversation)["events"])
    for claimed in (shopper.conversation, f"facebook:{shopper.psid}"):
        answer = post_rest(assistant, {"sender": claimed, "message": ask})
        assert answer.status_code == 403
        assert "facebook" in answer.json()["error"]
    # The bare PSID is just another REST conversation, with nothing of the shopper's in it.
    answer = post_rest(assistant, {"sender": shopper.psid, "message": ask})
    assert answer.status_code == 200
    assert WINDSOR not in " ".join(rest_texts(answer.json()))
    assert len(assistant.tracker(shopper.conversation)["events"]) == events_before


def test_rest_cannot_claim_a_slack_or_web_chat_conversation(assistant, slack_api, web_chat):
    slack = SlackShopper.new(assistant, slack_api)
    slack.taps(ADD_WINDSOR, "Add to cart")
    web_chat.says(ADD_WINDSOR)
    for claimed in (slack.conversation, web_chat.session_id):
        answer = post_rest(assistant, {"sender": claimed, "message": "show my cart"})
        assert answer.status_code == 403, claimed
    assert [e["text"] for e in user_events(assistant, slack.conversation)] == [ADD_WINDSOR]
    assert [e["text"] for e in user_events(assistant, web_chat.session_id)] == [ADD_WINDSOR]


def test_the_rest_body_cannot_name_another_input_channel(assistant):
    answer = post_rest(
        assistant, {"sender": "rest-ivy", "message": "hi", "input_channel": "facebook"}
    )
    assert answer.status_code == 200
    assert assistant.tracker("rest-ivy")["latest_input_channel"] == "rest"


def test_the_web_chat_issues_long_random_session_ids_of_its_own(socket_loop, assistant):
    issued = []
    for asked in (None, "shopper-ann", "0" * 32, "facebook:1234567890", "socketio:short"):
        client = WebChatClient(socket_loop, assistant.rasa_url)
        issued.append(client.connect(asked))
        client.close()
    assert all(re.fullmatch(r"socketio:[A-Za-z0-9_-]{32}", session) for session in issued)
    assert len(set(issued)) == len(issued)


def test_the_web_chat_keeps_its_own_session_across_reconnects(socket_loop, assistant):
    first = WebChatClient(socket_loop, assistant.rasa_url)
    session = first.connect()
    first.says(ADD_WINDSOR)
    first.close()
    again = WebChatClient(socket_loop, assistant.rasa_url)
    assert again.connect(session) == session  # a page reload continues the conversation
    assert WINDSOR in str(again.says("show my cart"))
    again.close()


def test_a_web_chat_message_cannot_name_another_conversation(
    assistant, web_chat, messenger_shopper_with_a_cart, victim
):
    shopper = messenger_shopper_with_a_cart
    for claimed in (shopper.conversation, shopper.psid, victim.sender):
        events_before = len(assistant.tracker(claimed)["events"])
        replies = web_chat.send({"message": "show my cart", "session_id": claimed})
        assert WINDSOR not in str(replies)  # the web chat's own, empty cart
        assert len(assistant.tracker(claimed)["events"]) == events_before
    asked = [e["text"] for e in user_events(assistant, web_chat.session_id)]
    assert asked == ["show my cart"] * 3


def test_a_web_chat_session_cannot_be_a_messenger_one(
    socket_loop, assistant, messenger_shopper_with_a_cart
):
    shopper = messenger_shopper_with_a_cart
    client = WebChatClient(socket_loop, assistant.rasa_url)
    assert client.connect(shopper.conversation) != shopper.conversation
    assert WINDSOR not in str(client.says("show my cart"))
    client.close()


def test_messenger_and_slack_shoppers_with_the_same_raw_id_are_two_people(
    assistant, graph_api, slack_api
):
    # Platform ids never collide in practice; the namespaces make sure they cannot.
    messenger = MessengerShopper.new(assistant, graph_api)
    slack = SlackShopper(assistant, slack_api, messenger.psid, "D" + messenger.psid)
    messenger.sends(messenger_postback(messenger.psid, "Add to cart", ADD_WINDSOR))
    posts = slack.says("show my cart")
    assert WINDSOR not in str(posts)
    assert messenger.conversation != slack.conversation


def test_messenger_replies_reach_the_shopper_by_their_psid(assistant, graph_api):
    shopper = MessengerShopper.new(assistant, graph_api)
    sent = shopper.sends(messenger_text(shopper.psid, "hi"))  # filtered by recipient == PSID
    assert sent
    assert user_events(assistant, shopper.conversation)[0]["text"] == "hi"


# -- The REST channel off in production, or behind a token --------------------------------------


def _request(authorization: str | None = None):
    headers = {} if authorization is None else {"authorization": authorization}
    return SimpleNamespace(headers=headers)


def test_rest_is_open_in_development(monkeypatch):
    monkeypatch.delenv("SHOP_ENV", raising=False)
    monkeypatch.delenv("SHOP_REST_CHANNEL_TOKEN", raising=False)
    assert ShopRestInput._access_refusal(_request()) is None


def test_rest_is_off_in_production_without_a_token(monkeypatch):
    monkeypatch.setenv("SHOP_ENV", "production")
    monkeypatch.delenv("SHOP_REST_CHANNEL_TOKEN", raising=False)
    refusal = ShopRestInput._access_refusal(_request("Bearer anything"))
    assert refusal.status == 403 and b"SHOP_REST_CHANNEL_TOKEN" in refusal.body


@pytest.mark.parametrize("environment", ["production", "development"])
def test_rest_with_a_token_needs_it(monkeypatch, environment):
    monkeypatch.setenv("SHOP_ENV", environment)
    monkeypatch.setenv("SHOP_REST_CHANNEL_TOKEN", "s3cret-token")
    for wrong in (None, "", "s3cret-token", "Bearer s3cret-tokeN", "Bearer s3cret-token2"):
        assert ShopRestInput._access_refusal(_request(wrong)).status == 401, wrong
    assert ShopRestInput._access_refusal(_request("Bearer s3cret-token")) is None


def test_buying_over_rest_still_works_for_development(assistant):
    # rasa shell, the tests and devtools use the REST channel with their own sender ids.
    reply = assistant.send("rest-dev-shopper", BUY_WINDSOR_10)
    assert "name" in " ".join(rest_texts(reply)).lower()
