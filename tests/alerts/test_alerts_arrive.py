"""Alerts end to end, against the real Rasa server (HTTP API on, with its token), the action server,
the Graph API stand-in for Messenger and the web chat in a real browser: a shopper asks for an
alert, the shop owner changes the stock with `shop stock`, `shop alerts send` runs, and the alert
arrives exactly once on the shopper's own channel; never after "stop alerts", never twice when
the job is run again or killed half-way, never on a channel that cannot push, and not outside
Messenger's 24-hour window."""

from __future__ import annotations

import json
import signal
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from commerce.alerts import (
    BACK_IN_STOCK,
    DELIVERED,
    SENDING,
    AlertDelivery,
    AlertSubscription,
    RasaApi,
    send_due_alerts,
    subscribe,
)
from commerce.db import get_engine, session_scope
from devtools.platform_standins import messenger_postback, messenger_quick_reply, messenger_text
from tests.channels.conftest import MessengerShopper, quick_replies, template_buttons

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]


def text_of(message: dict) -> str:
    """A Messenger message's text, whether plain or in a button template."""
    payload = (message.get("attachment") or {}).get("payload") or {}
    return message.get("text") or payload.get("text") or ""


def tap(shopper: MessengerShopper, messages: list[dict], title: str) -> list[dict]:
    """Taps the button called `title` (a quick reply or a template button) in `messages`."""
    for reply in quick_replies(messages):
        if reply["title"] == title:
            return shopper.sends(messenger_quick_reply(shopper.psid, title, reply["payload"]))
    for button in template_buttons(messages):
        if button["title"] == title:
            return shopper.sends(messenger_postback(shopper.psid, title, button["payload"]))
    raise AssertionError(f"no {title!r} button in {messages}")


def alerts_to(graph_api, psid: str) -> list[dict]:
    """Every alert message the page sent to `psid` so far."""
    return [
        request.body["message"]
        for request in graph_api.received
        if request.body.get("recipient", {}).get("id") == psid
        and "message" in request.body
        and "You asked me to tell you" in text_of(request.body["message"])
    ]


def messenger_shopper_watching(
    assistant, graph_api, alert_store, handle: str, size: str, colour: str
) -> MessengerShopper:
    """A Messenger shopper who wrote to the page just now and has a back-in-stock alert."""
    shopper = MessengerShopper.new(assistant, graph_api)
    assert shopper.sends(messenger_text(shopper.psid, "hi"))
    with session_scope(get_engine(f"sqlite:///{alert_store}")) as session:
        signup = subscribe(
            session,
            shopper.conversation,
            "facebook",
            handle,
            BACK_IN_STOCK,
            size_key=size,
            colour=colour,
        )
    assert signup.outcome == "subscribed", signup
    return shopper


def test_on_messenger_notify_me_then_exactly_one_alert_with_a_buy_button(
    assistant, graph_api, owner
):
    shopper = MessengerShopper.new(assistant, graph_api)
    answer = shopper.sends(
        messenger_text(shopper.psid, "is the windsor patent oxford available in 13?")
    )
    assert "sold out" in " ".join(map(text_of, answer)), answer
    confirmation = tap(shopper, answer, "Notify me")
    said = " ".join(map(text_of, confirmation))
    assert "I'll send you one message on Messenger when it's back in stock" in said
    assert "Windsor Patent Oxford in US 13" in said
    assert 'Say "stop alerts"' in said and "within 24 hours" in said

    assert "1 shopper alerts queued" in owner.run("stock", "ALD-WIN-BLK-13", "5").stdout
    assert "1 sent" in owner.run("alerts", "send").stdout
    alert = graph_api.wait_until(lambda _: alerts_to(graph_api, shopper.psid), timeout=20)
    alert = alerts_to(graph_api, shopper.psid)
    assert len(alert) == 1
    assert "Good news: the Windsor Patent Oxford in US 13 / EU 46 is back in stock" in text_of(
        alert[0]
    )
    assert "$139.00" in text_of(alert[0])
    buy = [b for b in template_buttons(alert) if b["title"] == "Buy"]
    assert json.loads(buy[0]["payload"].removeprefix("/buy")) == {
        "product_handle": "windsor-patent-oxford", "size": "13"
    }  # fmt: skip

    # Run again: nothing new to say.
    assert "0 sent" in owner.run("alerts", "send").stdout
    time.sleep(1)
    assert len(alerts_to(graph_api, shopper.psid)) == 1

    # The Buy button works from the alert.
    checkout = tap(shopper, alert, "Buy")
    assert "Windsor Patent Oxford (US 13 / EU 46, Black) at $139.00" in " ".join(
        map(text_of, checkout)
    )


def test_never_after_stop_alerts(assistant, graph_api, owner, alert_store):
    shopper = MessengerShopper.new(assistant, graph_api)
    shopper.sends(messenger_text(shopper.psid, "is the windsor patent oxford available in 8?"))
    confirmation = shopper.sends(messenger_text(shopper.psid, "tell me when it's back in stock"))
    assert "when it's back in stock" in " ".join(map(text_of, confirmation))

    stopped = shopper.sends(messenger_text(shopper.psid, "stop alerts"))
    assert "Stopped: I won't message you about the Windsor Patent Oxford in US 8" in " ".join(
        map(text_of, stopped)
    )
    owner.run("stock", "ALD-WIN-BLK-8", "2")
    assert "0 sent" in owner.run("alerts", "send").stdout
    time.sleep(1)
    assert alerts_to(graph_api, shopper.psid) == []


def test_killed_half_way_and_run_again_each_shopper_gets_one_alert(
    assistant, graph_api, owner, alert_store
):
    watched = [
        ("ALD-ASH-BLK-10", "ashby-cap-toe-oxford", "10", "black"),
        ("ALD-HAM-BLK-9", "hampton-wholecut-oxford", "9", "black"),
        ("ALD-KIN-COG-7", "kingsley-full-brogue-oxford", "7", "cognac"),
        ("ALD-FEN-NVY-13", "fenwick-suede-oxford", "13", "navy"),
        ("ALD-MAR-BRN-7", "marsden-balmoral-oxford", "7", "brown"),
        ("ALD-BEL-BLK-7.5", "belmont-patent-opera-oxford", "7.5", "black"),
    ]
    shoppers = [
        messenger_shopper_watching(assistant, graph_api, alert_store, handle, size, colour)
        for _, handle, size, colour in watched
    ]
    for sku, *_ in watched:
        owner.run("stock", sku, "3")
    psids = {shopper.psid for shopper in shoppers}

    def arrived() -> int:
        return sum(len(alerts_to(graph_api, psid)) for psid in psids)

    job = owner.start("alerts", "send")
    graph_api.wait_until(lambda _: arrived() >= 1, timeout=60)
    job.send_signal(signal.SIGKILL)
    job.wait(timeout=10)
    at_kill = arrived()
    assert at_kill < len(shoppers), "the job finished before it was killed; nothing was tested"

    owner.run("alerts", "send")
    owner.run("alerts", "send")
    time.sleep(1)
    assert {psid: len(alerts_to(graph_api, psid)) for psid in psids} == dict.fromkeys(psids, 1)


def test_a_crash_after_rasa_accepted_but_before_marking_sends_nothing_twice(
    assistant, graph_api, owner, alert_store
):
    shopper = messenger_shopper_watching(
        assistant, graph_api, alert_store, "hartley-brogue-derby", "9.5", "tan"
    )
    owner.run("stock", "ALD-HAR-TAN-9.5", "1")
    engine = get_engine(f"sqlite:///{alert_store}")
    # What a job killed right after Rasa accepted its call leaves behind: the row claimed (not
    # marked sent by the job), and the alert already on its way.
    with session_scope(engine, writes=True) as session:
        delivery = session.scalar(
            select(AlertDelivery)
            .join(AlertSubscription)
            .where(AlertSubscription.owner == shopper.conversation)
        )
        delivery.status, delivery.attempts = SENDING, 1
        key = delivery.key
    api = RasaApi(assistant.rasa_url, assistant.api_token)
    api.trigger_alert(shopper.conversation, "facebook", key)
    graph_api.wait_until(lambda _: alerts_to(graph_api, shopper.psid), timeout=20)

    assert "0 sent" in owner.run("alerts", "send").stdout
    time.sleep(1)
    assert len(alerts_to(graph_api, shopper.psid)) == 1
    with session_scope(engine) as session:
        assert session.get(AlertDelivery, delivery.id).status == DELIVERED


def test_outside_messengers_24_hour_window_the_alert_waits(
    assistant, graph_api, owner, alert_store
):
    shopper = messenger_shopper_watching(
        assistant, graph_api, alert_store, "hartley-brogue-derby", "10.5", "tan"
    )
    owner.run("stock", "ALD-HAR-TAN-10.5", "1")
    api = RasaApi(assistant.rasa_url, assistant.api_token)
    engine = get_engine(f"sqlite:///{alert_store}")

    tomorrow = datetime.now(timezone.utc) + timedelta(hours=25)
    report = send_due_alerts(engine, api, now=tomorrow)
    assert (report.delivered, report.held) == (0, 1)
    time.sleep(1)
    assert alerts_to(graph_api, shopper.psid) == []

    # Within the window (the shopper wrote a minute ago), it goes.
    assert "1 sent" in owner.run("alerts", "send").stdout
    graph_api.wait_until(lambda _: alerts_to(graph_api, shopper.psid), timeout=20)


def test_the_rest_channel_cannot_push_so_the_shopper_is_told_and_nothing_is_kept(
    assistant, alert_store
):
    sender = "rest-" + uuid.uuid4().hex[:8]
    assistant.send(sender, "is the windsor patent oxford available in 13?")
    answer = assistant.send(
        sender, '/subscribe_alert{"product_handle": "hampton-wholecut-oxford", "size": "12"}'
    )
    said = " ".join(message.get("text") or "" for message in answer)
    assert "I can't send alerts on this chat" in said
    with session_scope(get_engine(f"sqlite:///{alert_store}")) as session:
        kept = session.scalars(
            select(AlertSubscription).where(AlertSubscription.owner == sender)
        ).all()
    assert kept == []


def test_in_the_web_chat_the_alert_appears_once_in_the_open_window(chat, owner):
    chat.open()
    answer = chat.say("is the ashby cap-toe oxford available in 11 in brown?")
    expect(answer).to_contain_text("sold out")
    confirmation = chat.tap(chat.window.get_by_role("button", name="Notify me").last)
    expect(confirmation).to_contain_text("I'll send you one message on this web chat")

    owner.run("stock", "ALD-ASH-BRN-11", "2")
    assert "1 sent" in owner.run("alerts", "send").stdout
    alert = chat.bot_messages.filter(has_text="is back in stock")
    expect(alert).to_have_count(1, timeout=20_000)
    expect(alert).to_contain_text("Ashby Cap-Toe Oxford in US 11 / EU 44 (Brown)")
    expect(alert.get_by_role("button", name="Buy")).to_be_visible()
    chat.screenshot("alert-in-web-chat.png")

    assert "0 sent" in owner.run("alerts", "send").stdout
    chat.page.wait_for_timeout(1500)
    expect(alert).to_have_count(1)


def test_said_in_words_a_price_alert_then_stop_and_the_list(assistant, graph_api):
    shopper = MessengerShopper.new(assistant, graph_api)
    shopper.sends(messenger_text(shopper.psid, "is the mayfair double monk available in 10?"))
    confirmation = shopper.sends(messenger_text(shopper.psid, "let me know if it gets cheaper"))
    said = " ".join(map(text_of, confirmation))
    assert "I'll send you one message on Messenger if it gets cheaper than $145.00" in said
    assert "Mayfair Double Monk in US 10 / EU 43" in said

    listed = " ".join(
        map(text_of, shopper.sends(messenger_text(shopper.psid, "what alerts do i have")))
    )
    assert "Your alert:" in listed and "cheaper than $145.00" in listed

    # A plain "stop" right after signing up stops that alert.
    shopper.sends(messenger_text(shopper.psid, "tell me when size 11 is back"))
    stopped = " ".join(map(text_of, shopper.sends(messenger_text(shopper.psid, "stop"))))
    assert "Stopped: I won't message you about the Mayfair Double Monk in US 11 / EU 44" in stopped
    stopped = " ".join(map(text_of, shopper.sends(messenger_text(shopper.psid, "stop all alerts"))))
    assert "Stopped: I won't message you about the Mayfair Double Monk in US 10 / EU 43" in stopped
    listed = " ".join(map(text_of, shopper.sends(messenger_text(shopper.psid, "show my alerts"))))
    assert "You have no alerts" in listed


def test_an_alert_waits_while_the_shopper_is_in_the_middle_of_a_checkout(
    assistant, graph_api, owner, alert_store
):
    shopper = messenger_shopper_watching(
        assistant, graph_api, alert_store, "grosvenor-patent-loafer", "11", "black"
    )
    buy = '/buy{"product_handle": "windsor-patent-oxford", "size": "10"}'
    asked = shopper.sends(messenger_postback(shopper.psid, "Buy", buy))
    assert "What name should go on the parcel?" in " ".join(map(text_of, asked))
    owner.run("stock", "ALD-GRO-BLK-11", "2")

    assert "1 deferred" in owner.run("alerts", "send").stdout
    time.sleep(1)
    assert alerts_to(graph_api, shopper.psid) == []

    shopper.sends(messenger_text(shopper.psid, "stop"))  # leaves the checkout
    assert "1 sent" in owner.run("alerts", "send").stdout
    graph_api.wait_until(lambda _: alerts_to(graph_api, shopper.psid), timeout=20)


def test_an_alert_that_lands_mid_checkout_is_never_taken_for_the_shoppers_answer(
    assistant, graph_api, owner, alert_store
):
    # The job checks for a form just before it calls Rasa; the shopper may start one in between.
    shopper = messenger_shopper_watching(
        assistant, graph_api, alert_store, "thornton-lined-chelsea-boot", "11", "brown"
    )
    buy = '/buy{"product_handle": "windsor-patent-oxford", "size": "10"}'
    shopper.sends(messenger_postback(shopper.psid, "Buy", buy))
    owner.run("stock", "NTH-THO-BRN-11", "2")
    engine = get_engine(f"sqlite:///{alert_store}")
    with session_scope(engine) as session:
        key = session.scalar(
            select(AlertDelivery.key)
            .join(AlertSubscription)
            .where(AlertSubscription.owner == shopper.conversation)
        )
    RasaApi(assistant.rasa_url, assistant.api_token).trigger_alert(
        shopper.conversation, "facebook", key
    )

    # It is said (once), and the checkout goes on where it was.
    assert len(alerts_to(graph_api, shopper.psid)) == 1
    slots = assistant.tracker(shopper.conversation)["slots"]
    assert slots["customer_name"] is None
    asked = shopper.sends(messenger_text(shopper.psid, "Ann Lee"))
    assert "Your email" in " ".join(map(text_of, asked))
