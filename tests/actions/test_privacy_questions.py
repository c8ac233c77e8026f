"""Privacy questions beyond "what do you know about me?" (stranger test 7, conversation D): sharing,
advertising, where the data is, GDPR, cookies. Every claim comes from the settings or the shop
owner's FAQ."""

from __future__ import annotations

import pytest

from actions.privacy import ActionAnswerPrivacyQuestion
from tests.actions.conversation_driver import ActionConversation


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "privacy@shop.test")
    monkeypatch.delenv("SHOP_AGENT_SLACK_CHANNEL", raising=False)
    monkeypatch.delenv("SHOP_AGENT_SLACK_BOT_TOKEN", raising=False)
    return ActionConversation(sender="dana")


def test_do_you_give_my_data_to_other_companies_for_advertising_is_answered(chat):
    turn = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy",
                    "You give my data to other company? For advertising?")  # fmt: skip

    assert "I don't sell your data or give it to advertisers" in turn.text
    # Who does see something, from the settings: the payment page gets the order number.
    assert "pay.harbourlane.example" in turn.text and "order number" in turn.text
    assert "Slack" not in turn.text  # no agents' desk configured: nobody there sees it
    assert "cookies" not in turn.text  # not asked: the answer stays short


def test_how_long_and_cookies_and_a_general_question_get_their_parts(chat):
    kept = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", "how long do you keep my data")
    cookies = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", "do you use cookies?")
    policy = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", "what's your privacy policy")

    assert "with no set date for deleting them" in kept.text and "60 days" in kept.text
    assert "sets no cookies" in cookies.text and "advertisers" not in cookies.text
    for part in ("advertisers", "no set date", "no cookies", '"forget me"', "privacy@shop.test"):
        assert part in policy.text


def test_where_are_the_servers_gdpr_sends_to_the_team_with_the_shops_contact(chat):
    turn = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy",
                    "Where is the servers, in Europe? GDPR")  # fmt: skip

    assert "Where your data is stored" in turn.text and "GDPR" in turn.text
    assert '"forget me"' in turn.text and '"what do you know about me?"' in turn.text
    assert "privacy@shop.test" in turn.text
    assert "Europe" not in turn.text  # the shop owner's to say; we never guess a location
    assert turn.buttons == [] and "Sorry" not in turn.text


def test_a_configured_agents_desk_and_the_payment_total_are_said_when_they_apply(chat, monkeypatch):
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0123")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv(
        "SHOP_PAYMENT_URL_TEMPLATE", "https://checkout.pay.test/{order_number}?t={total}"
    )
    monkeypatch.setenv("SHOP_ALERT_DAYS", "14")

    turn = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", "do you share my data, how long do you keep it",
                    events=[{"event": "user", "text": "hi", "input_channel": "facebook"}])  # fmt: skip

    assert "checkout.pay.test" in turn.text and "order number and total" in turn.text
    assert "shop's team in its Slack workspace" in turn.text
    assert "Facebook Messenger" in turn.text
    assert "14 days" in turn.text
