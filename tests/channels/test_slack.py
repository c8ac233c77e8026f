"""The assistant on Slack, end to end: signed Events API and interactive requests, exactly as Slack
sends them, to the real `rasa run` (credentials.yml) and action server; the replies checked as the
Slack Web API stand-in received them (Block Kit validated there)."""

from __future__ import annotations

import asyncio
import json
import re
import time

import pytest
import requests

from devtools.platform_standins import (
    SlackStandIn,
    slack_block_actions_body,
    slack_message_event,
    slack_signature_headers,
)
from shop_channels.slack import ShopSlackBot
from tests.channels.conftest import (
    SEARCH,
    SLACK_SIGNING_SECRET,
    SlackShopper,
    slack_buttons,
    user_events,
)

pytestmark = [pytest.mark.server, pytest.mark.timeout(300)]


@pytest.fixture
def shopper(assistant, slack_api) -> SlackShopper:
    return SlackShopper.new(assistant, slack_api)


def button(posts: list[dict], title: str) -> dict:
    return next(b for b in slack_buttons(posts) if b["text"]["text"] == title)


def assert_no_reply(shopper: SlackShopper, seconds: float = 1.0) -> None:
    time.sleep(seconds)
    posted = [r for r in shopper.slack_api.received if r.body.get("channel") == shopper.channel]
    assert posted == []


def test_a_search_arrives_as_block_kit_cards_with_images_and_buy_buttons(shopper):
    posts = shopper.says(SEARCH)

    assert len(posts) == 1
    blocks = posts[0]["blocks"]
    heading = blocks[0]["text"]["text"]
    assert re.fullmatch(
        r"I found \d+ black formal shoes in size 10\. Here are the first 3:", heading
    )
    cards = [b for b in blocks if b["type"] == "section" and "accessory" in b]
    assert len(cards) == 3
    for card in cards:
        title, price_line = card["text"]["text"].split("\n")
        assert re.fullmatch(r"\*[^*]+\*", title)
        assert re.search(r"\$\d+\.\d\d", price_line)
        image = card["accessory"]
        assert image["type"] == "image"
        assert re.fullmatch(r"https://shop\.example\.com/images/[\w-]+\.jpg", image["image_url"])
        # The card's own buttons follow it.
        actions = blocks[blocks.index(card) + 1]
        assert [e["text"]["text"] for e in actions["elements"]] == ["Details", "Buy", "Add to cart"]
        handle = image["image_url"].rsplit("/", 1)[1].removesuffix(".jpg")
        assert actions["elements"][1]["value"] == "/buy" + json.dumps({"product_handle": handle})
    # "Show more" stays; the numbered product buttons are the cards' Details buttons now.
    assert blocks[-1]["elements"][0]["value"] == "/show_more"
    assert [b["text"]["text"] for b in slack_buttons(posts)].count("Details") == 3
    # The notification text carries the whole answer.
    assert posts[0]["text"].startswith(heading) and "1. " in posts[0]["text"]


def test_tapping_buy_on_a_card_goes_on_to_checkout_and_places_the_order(shopper, assistant):
    results = shopper.says(SEARCH)
    buy = button(results, "Buy")
    product = buy["value"]

    asked = shopper.taps(product, "Buy")
    text = " ".join(post["text"] for post in asked)
    assert re.search(r"The [\w -]+ \(US 10 / EU 43, \w+\) at \$\d+\.\d\d", text)
    assert "name" in text

    details = ["Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"]
    for answer in details:
        review = shopper.says(answer)
    # The same conversation over REST offers the choices the order review has.
    on_rest = [assistant.send(f"rest-{shopper.user}", text) for text in [SEARCH, product, *details]]
    offered = [b["title"] for m in on_rest[-1] for b in m.get("buttons") or []]
    assert {"Place order", "Change my details", "Cancel"} <= set(offered)
    assert [b["text"]["text"] for b in slack_buttons(review)] == offered

    placed = shopper.taps(button(review, "Place order")["value"], "Place order")
    assert re.search(r"Order HL-\w{6}", " ".join(post["text"] for post in placed))
    taps = [e for e in user_events(shopper.assistant, shopper.conversation) if e["text"] == product]
    assert len(taps) == 1 and taps[0]["input_channel"] == "slack"


def test_details_show_the_text_the_photo_and_the_buy_button_in_one_message(shopper):
    details = button(shopper.says(SEARCH), "Details")["value"]
    handle = json.loads(details.removeprefix("/select_product"))["product_handle"]

    (post,) = shopper.taps(details, "Details")

    kinds = [block["type"] for block in post["blocks"]]
    assert kinds == ["section", "image", "actions"]
    assert post["blocks"][1]["image_url"] == f"https://shop.example.com/images/{handle}.jpg"
    assert "In stock" in post["blocks"][0]["text"]["text"]
    assert button([post], "Buy")["value"] == "/buy" + json.dumps({"product_handle": handle})


def test_every_size_is_a_button_where_rasa_would_fall_back_to_text(shopper, assistant):
    # 13 sizes in stock; Rasa's Slack connector sends at most 5 buttons.
    buy = '/buy{"product_handle": "celeste-satin-pump"}'
    on_rest = assistant.send(f"rest-{shopper.user}", buy)
    offered = [(b["title"], b["payload"]) for m in on_rest for b in m.get("buttons") or []]
    assert len(offered) == 13

    posts = shopper.taps(buy, "Buy")

    assert [(b["text"]["text"], b["value"]) for b in slack_buttons(posts)] == offered
    assert "Which size" in posts[0]["blocks"][0]["text"]["text"]


def test_a_retried_event_is_answered_once(shopper):
    event = slack_message_event(shopper.user, "hi", channel=shopper.channel)
    body = json.dumps(event).encode()
    assert shopper.post_event(body).status_code == 200
    retry = shopper.post_event(
        body, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    )

    assert retry.status_code == 200 and retry.headers.get("X-Slack-No-Retry") == "1"
    assert len(shopper.replies()) == 1
    assert [e["text"] for e in user_events(shopper.assistant, shopper.conversation)] == ["hi"]


@pytest.mark.parametrize(
    "fields",
    [
        {"bot_id": "B0SHOPBOT"},  # the app's own post
        {"user": "U0SHOPBOT"},  # the app's bot user, as the event's authorizations name it
        {"subtype": "bot_message", "bot_id": "B0OTHER"},
        {"subtype": "message_changed"},
        {"subtype": "channel_join"},
    ],
)
def test_messages_from_bots_and_message_changes_are_ignored(shopper, fields):
    event = slack_message_event(shopper.user, "black formal shoes", channel=shopper.channel)
    event["event"].update(fields)
    answer = shopper.post_event(json.dumps(event).encode())

    assert answer.status_code == 200
    assert_no_reply(shopper)
    assert user_events(shopper.assistant, "slack:" + event["event"]["user"]) == []


def test_url_verification_echoes_the_challenge(shopper):
    body = json.dumps(
        {
            "token": "t",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    ).encode()
    answer = shopper.post_event(body)
    assert answer.status_code == 200
    assert answer.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}

    assert shopper.post_event(body, signed=False).status_code == 401


def _forged(shopper: SlackShopper, case: str) -> requests.Response:
    event = json.dumps(slack_message_event(shopper.user, SEARCH, channel=shopper.channel)).encode()
    tap = slack_block_actions_body(
        shopper.user, '/buy{"product_handle": "windsor-patent-oxford"}', shopper.channel
    )
    json_type = {"Content-Type": "application/json"}
    if case == "no signature":
        return shopper.post_event(event, signed=False)
    if case == "wrong signature":
        return shopper.post_event(event, {"X-Slack-Signature": "v0=" + "0" * 64})
    if case == "signed with another secret":
        return shopper.post_event(event, slack_signature_headers("not-the-secret", event))
    if case == "signed for another body":
        other = event.replace(b"black", b"white")
        return shopper.post_event(event, slack_signature_headers(SLACK_SIGNING_SECRET, other))
    if case == "timestamp 6 minutes old":
        old = slack_signature_headers(SLACK_SIGNING_SECRET, event, int(time.time()) - 360)
        return shopper.post_event(event, old)
    if case == "tap with no signature":
        return requests.post(
            shopper.webhook,
            data=tap,
            timeout=10,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    if case == "tap with wrong signature":
        return shopper.post_form(tap, {"X-Slack-Signature": "v0=" + "1" * 64})
    if case == "signed, not JSON":
        return shopper.post_event(b'{"type": "event_callback", "event": {', json_type)
    if case == "signed, unknown request type":
        return shopper.post_event(json.dumps({"type": "app_uninstalled_everywhere"}).encode())
    if case == "signed form without payload":
        return shopper.post_form(b"text=hello")
    if case == "signed form, payload not JSON":
        return shopper.post_form(b"payload=%7Bnot+json")
    if case == "signed, unknown interaction":
        return shopper.post_form(b"payload=" + json.dumps({"type": "view_submission"}).encode())
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "status"),
    [
        ("no signature", 401),
        ("wrong signature", 401),
        ("signed with another secret", 401),
        ("signed for another body", 401),
        ("timestamp 6 minutes old", 401),
        ("tap with no signature", 401),
        ("tap with wrong signature", 401),
        ("signed, not JSON", 400),
        ("signed, unknown request type", 400),
        ("signed form without payload", 400),
        ("signed form, payload not JSON", 400),
        ("signed, unknown interaction", 400),
    ],
)
def test_forged_and_malformed_requests_are_refused_and_change_nothing(shopper, case, status):
    answer = _forged(shopper, case)

    assert answer.status_code == status, answer.text
    assert_no_reply(shopper)
    assert user_events(shopper.assistant, shopper.conversation) == []


def test_events_the_bot_does_not_handle_are_acknowledged_and_ignored(shopper):
    event = slack_message_event(shopper.user, "", channel=shopper.channel)
    event["event"] = {"type": "reaction_added", "user": shopper.user, "reaction": "thumbsup"}
    answer = shopper.post_event(json.dumps(event).encode())

    # Slack retries, then disables, event subscriptions that do not get 200.
    assert answer.status_code == 200
    assert_no_reply(shopper)
    assert user_events(shopper.assistant, shopper.conversation) == []


def test_a_reply_from_outside_a_webhook_reaches_the_shopper_on_slack(assistant, slack_api):
    # How a human agent's answer reaches a Slack shopper: Rasa's API with output_channel=slack.
    user = "U0AGENTREPLY"
    answer = requests.post(
        f"{assistant.rasa_url}/conversations/{user}/trigger_intent",
        params={"output_channel": "slack", **assistant.api_auth},
        json={"name": "greet"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text

    posted = slack_api.next_request(
        10, lambda r: r.endpoint == "chat.postMessage" and r.body["channel"] == user
    )
    assert "Hi" in posted.body["text"]


# -- The channel's own limits, on messages longer than the demo catalog makes -----------------


def _long_message(cards: int, choices: int) -> dict:
    handles = [f"product-{n}" for n in range(cards)]
    return {
        "text": "I found many shoes:\n" + "\n".join(f"{n}. Shoe {n}" for n in range(1, cards + 1)),
        "buttons": [{"title": f"Size {n}", "payload": f"/buy_size_{n}"} for n in range(choices)],
        "product_cards": [
            {
                "title": f"Shoe {n + 1}",
                "subtitle": f"by Brand, ${n}.00",
                "image_url": f"https://shop.example.com/images/{handle}.jpg",
                "buttons": [
                    {"title": "Details", "payload": f"/select_product_{handle}"},
                    {"title": "Buy", "payload": f"/buy_{handle}"},
                    {"title": "Add to cart", "payload": f"/add_to_cart_{handle}"},
                ],
            }
            for n, handle in enumerate(handles)
        ],
    }


def test_lists_longer_than_slack_allows_keep_every_choice():
    message = _long_message(cards=30, choices=60)
    wanted = {b["payload"] for b in message["buttons"]} | {
        b["payload"] for card in message["product_cards"] for b in card["buttons"]
    }
    with SlackStandIn() as slack:
        bot = ShopSlackBot(slack.token, slack.base_url)
        asyncio.run(bot.send_response("U0LONG", message))

        posted = slack.received
        assert slack.problems == []
    assert len(posted) > 1  # 30 cards take 60 blocks; a message holds 50
    values = [b["value"] for b in slack_buttons([r.body for r in posted])]
    assert set(values) == wanted and len(values) == len(wanted)


def test_a_text_longer_than_a_section_is_posted_whole_in_pieces():
    text = "\n".join(f"Line {n}: " + "x" * 90 for n in range(100))  # about 10,000 characters
    with SlackStandIn() as slack:
        bot = ShopSlackBot(slack.token, slack.base_url)
        asyncio.run(
            bot.send_response(
                "U0LONG", {"text": text, "buttons": [{"title": "OK", "payload": "/affirm"}]}
            )
        )

        assert slack.problems == []
        sections = [
            block["text"]["text"]
            for request in slack.received
            for block in request.body["blocks"]
            if block["type"] == "section"
        ]
    assert "\n".join(sections) == text


def test_a_message_whose_images_slack_cannot_download_is_posted_without_them():
    message = _long_message(cards=3, choices=1)
    with SlackStandIn(unreachable_image_hosts=("shop.example.com",)) as slack:
        bot = ShopSlackBot(slack.token, slack.base_url)
        asyncio.run(bot.send_response("U0IMAGES", message))

        refused, posted = slack.received
    assert refused.answer["error"] == "invalid_blocks"
    assert posted.accepted
    assert len(slack_buttons([posted.body])) == 10
