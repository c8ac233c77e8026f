"""The assistant on Facebook Messenger, end to end: signed webhook deliveries (`object: page`),
exactly as Facebook sends them, to the real `rasa run` (credentials.yml) and action server; the
replies checked as the Graph API stand-in received them (Send API formats and limits checked
there)."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
import requests

from devtools.platform_standins import (
    FacebookStandIn,
    facebook_signature_headers,
    messenger_echo,
    messenger_postback,
    messenger_quick_reply,
    messenger_text,
    messenger_webhook_body,
)
from shop_channels.facebook import ShopMessengerBot
from tests.channels.conftest import (
    FACEBOOK_APP_SECRET,
    FACEBOOK_VERIFY_TOKEN,
    SEARCH,
    MessengerShopper,
    quick_replies,
    template_buttons,
    user_events,
)

pytestmark = [pytest.mark.server, pytest.mark.timeout(300)]


@pytest.fixture
def shopper(assistant, graph_api) -> MessengerShopper:
    return MessengerShopper.new(assistant, graph_api)


def carousel(messages: list[dict]) -> list[dict]:
    return [
        element
        for message in messages
        for element in ((message.get("attachment") or {}).get("payload") or {}).get("elements")
        or []
    ]


def postback(messages: list[dict], title: str) -> dict:
    return next(b for b in template_buttons(messages) if b["title"] == title)


def test_the_verification_handshake_needs_the_verify_token(assistant):
    webhook = f"{assistant.rasa_url}/webhooks/facebook/webhook"
    good = {
        "hub.mode": "subscribe",
        "hub.verify_token": FACEBOOK_VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }

    answer = requests.get(webhook, params=good, timeout=10)
    assert answer.status_code == 200 and answer.text == "1158201444"
    wrong = requests.get(webhook, params={**good, "hub.verify_token": "guess"}, timeout=10)
    assert wrong.status_code == 403 and "1158201444" not in wrong.text
    assert requests.get(webhook, params={**good, "hub.mode": "x"}, timeout=10).status_code == 403


def test_a_search_arrives_as_a_carousel_with_images_and_buy_buttons(shopper, graph_api):
    before = len(graph_api.received)
    messages = shopper.sends(messenger_text(shopper.psid, SEARCH))

    heading, results = messages
    assert re.fullmatch(
        r"I found \d+ black formal shoes in size 10\. Here are the first 3:", heading["text"]
    )
    template = results["attachment"]["payload"]
    assert template["template_type"] == "generic"
    assert len(template["elements"]) == 3
    for element in template["elements"]:
        assert re.fullmatch(r"https://shop\.example\.com/images/[\w-]+\.jpg", element["image_url"])
        assert re.search(r"\$\d+\.\d\d", element["subtitle"])
        assert [b["title"] for b in element["buttons"]] == ["Details", "Buy", "Add to cart"]
        handle = element["image_url"].rsplit("/", 1)[1].removesuffix(".jpg")
        assert element["buttons"][1] == {
            "type": "postback",
            "title": "Buy",
            "payload": "/buy" + json.dumps({"product_handle": handle}),
        }
    # The choice the cards do not cover rides on the carousel as a quick reply.
    assert results["quick_replies"] == [
        {"content_type": "text", "title": "Show more", "payload": "/show_more"}
    ]
    actions = [
        r.body["sender_action"] for r in graph_api.received[before:] if "sender_action" in r.body
    ]
    assert actions == ["mark_seen", "typing_on"]


def test_show_more_quick_reply_and_buy_postback_continue_the_conversation(shopper):
    first = shopper.sends(messenger_text(shopper.psid, SEARCH))
    more = shopper.sends(messenger_quick_reply(shopper.psid, "Show more", "/show_more"))
    assert re.match(r"More black formal shoes in size 10 \(4–6 of \d+\):", more[0]["text"])
    assert not {e["title"] for e in carousel(first)} & {e["title"] for e in carousel(more)}

    buy = postback(more, "Buy")
    asked = shopper.sends(messenger_postback(shopper.psid, "Buy", buy["payload"]))
    text = " ".join(m.get("text", "") for m in asked)
    assert re.search(r"The [\w -]+ \(US 10 / EU 43, \w+\) at \$\d+\.\d\d", text)
    assert "name" in text
    texts = [e["text"] for e in user_events(shopper.assistant, shopper.conversation)]
    assert texts == [SEARCH, "/show_more", buy["payload"]]


def test_details_show_the_photo_then_the_text_with_the_buy_button(shopper):
    details = postback(shopper.sends(messenger_text(shopper.psid, SEARCH)), "Details")["payload"]
    handle = json.loads(details.removeprefix("/select_product"))["product_handle"]

    photo, *texts = shopper.sends(messenger_postback(shopper.psid, "Details", details))

    assert photo["attachment"]["payload"]["url"] == f"https://shop.example.com/images/{handle}.jpg"
    assert texts[-1]["attachment"]["payload"]["template_type"] == "button"
    assert postback(texts, "Buy")["payload"] == "/buy" + json.dumps({"product_handle": handle})
    assert "In stock" in "\n".join(
        m.get("text") or m["attachment"]["payload"]["text"] for m in texts
    )


def test_every_size_is_a_quick_reply_where_rasa_would_fall_back_to_text(shopper, assistant):
    # 13 sizes in stock: Messenger's most quick replies; Rasa's connector sends 3 buttons at most.
    buy = '/buy{"product_handle": "celeste-satin-pump"}'
    on_rest = assistant.send(f"rest-{shopper.psid}", buy)
    offered = [(b["title"], b["payload"]) for m in on_rest for b in m.get("buttons") or []]
    assert len(offered) == 13

    messages = shopper.sends(messenger_postback(shopper.psid, "Buy", buy))

    assert [(q["title"], q["payload"]) for q in quick_replies(messages)] == offered
    assert messages[-1]["text"].startswith("Which size")


def test_the_order_review_keeps_its_buttons_and_places_the_order(shopper, assistant):
    product = '/buy{"product_handle": "windsor-patent-oxford", "size": "10"}'
    details = ["Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"]
    shopper.sends(messenger_postback(shopper.psid, "Buy", product))
    for answer in details:
        review = shopper.sends(messenger_text(shopper.psid, answer))
    on_rest = [assistant.send(f"rest-{shopper.psid}", text) for text in [product, *details]]
    offered = [b["title"] for m in on_rest[-1] for b in m.get("buttons") or []]
    assert {"Place order", "Change my details", "Cancel"} <= set(offered)

    choices = template_buttons(review) + quick_replies(review)
    assert len(choices) == len(offered)
    text = "\n".join(m.get("text", "") for m in review)
    for number, (choice, title) in enumerate(zip(choices, offered, strict=True), start=1):
        # A title longer than a button's 20 characters is numbered and spelled out in the text.
        if len(title) > 20:
            assert f"{number}. {title}" in text
            assert choice["title"].startswith(f"{number}. ") and len(choice["title"]) == 20
        else:
            assert choice["title"] in (title, f"{number}. {title}")

    place = next(choice for choice in choices if choice["title"].endswith("Place order"))
    placed = shopper.sends(messenger_postback(shopper.psid, "Place order", place["payload"]))
    assert re.search(r"Order HL-\w{6}", " ".join(m.get("text", "") for m in placed))


def test_a_redelivered_message_is_answered_once(shopper):
    event = messenger_text(shopper.psid, "hi")
    first = shopper.sends(event)
    again = shopper.sends(event)  # Facebook re-delivers what it thinks failed, same mid

    assert len(first) == 1 and again == []
    assert [e["text"] for e in user_events(shopper.assistant, shopper.conversation)] == ["hi"]


def test_a_batch_of_events_is_answered_in_full(shopper):
    # Rasa's connector handles only the first event of a delivery.
    sent = shopper.sends(
        messenger_text(shopper.psid, "hi"), messenger_text(shopper.psid, "thanks!")
    )

    said = [
        e
        for e in shopper.assistant.tracker(shopper.conversation)["events"]
        if e["event"] in ("user", "bot")
    ]
    assert [e["text"] for e in said if e["event"] == "user"] == ["hi", "thanks!"]
    kinds = [e["event"] for e in said]
    second = kinds.index("user", 1)
    assert kinds[1] == "bot" and "bot" in kinds[second + 1 :]  # each got its answer
    assert len(sent) == kinds.count("bot")


def test_echoes_and_events_without_a_message_are_acknowledged_and_ignored(shopper):
    events = [
        messenger_echo("PAGE0SHOP", shopper.psid, "I found 3 shoes"),
        {
            "sender": {"id": shopper.psid},
            "recipient": {"id": "PAGE0SHOP"},
            "timestamp": 1,
            "read": {"watermark": 1},
        },
        {
            "sender": {"id": shopper.psid},
            "recipient": {"id": "PAGE0SHOP"},
            "timestamp": 1,
            "reaction": {"reaction": "love", "action": "react", "mid": "m_1"},
        },
        {
            "sender": {"id": "PAGE0SHOP"},
            "recipient": {"id": shopper.psid},
            "timestamp": 1,
            "message": {"mid": "m_page", "text": "hello"},
        },
    ]
    assert shopper.sends(*events) == []
    assert user_events(shopper.assistant, shopper.conversation) == []
    assert user_events(shopper.assistant, "facebook:PAGE0SHOP") == []


def _forged(shopper: MessengerShopper, case: str) -> requests.Response:
    body = json.dumps(messenger_webhook_body(messenger_text(shopper.psid, SEARCH))).encode()
    forged = facebook_signature_headers("not-the-app-secret", body)
    if case == "no signature":
        return requests.post(
            shopper.webhook, data=body, headers={"Content-Type": "application/json"}, timeout=10
        )
    if case == "wrong sha256, right sha1":
        return shopper.post(body, {"X-Hub-Signature-256": forged["X-Hub-Signature-256"]})
    if case == "wrong sha1, right sha256":
        return shopper.post(body, {"X-Hub-Signature": forged["X-Hub-Signature"]})
    if case == "signed with another secret":
        return shopper.post(body, forged)
    if case == "md5 instead of sha":
        unsigned = {"X-Hub-Signature": None, "X-Hub-Signature-256": None}
        return shopper.post(body, {**unsigned, "X-Hub-Signature": "md5=" + "0" * 32})
    if case == "signature of another body":
        other = body.replace(b"black", b"white")
        return shopper.post(body, facebook_signature_headers(FACEBOOK_APP_SECRET, other))
    if case == "signed, not JSON":
        return shopper.post(b'{"object": "page", "entry": [')
    if case == "signed, not a page":
        return shopper.post(json.dumps({"object": "instagram", "entry": []}).encode())
    if case == "signed, entry not a list":
        return shopper.post(json.dumps({"object": "page", "entry": "x"}).encode())
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "status"),
    [
        ("no signature", 403),
        ("wrong sha256, right sha1", 403),
        ("wrong sha1, right sha256", 403),
        ("signed with another secret", 403),
        ("md5 instead of sha", 403),
        ("signature of another body", 403),
        ("signed, not JSON", 400),
        ("signed, not a page", 404),
        ("signed, entry not a list", 400),
    ],
)
def test_forged_and_malformed_requests_are_refused_and_change_nothing(
    shopper, graph_api, case, status
):
    answer = _forged(shopper, case)

    assert answer.status_code == status, answer.text
    to_shopper = [
        r for r in graph_api.received if r.body.get("recipient", {}).get("id") == shopper.psid
    ]
    assert to_shopper == []
    assert user_events(shopper.assistant, shopper.conversation) == []


def test_one_signature_of_the_two_is_enough(shopper):
    body = json.dumps(messenger_webhook_body(messenger_text(shopper.psid, "hi"))).encode()
    sha256_only = {"X-Hub-Signature": None}  # requests drops headers set to None
    answer = shopper.post(body, sha256_only)
    assert answer.status_code == 200
    assert len(shopper.sent()) == 1


def test_a_reply_from_outside_a_webhook_reaches_the_shopper_on_messenger(assistant, graph_api):
    # How a human agent's answer reaches a Messenger shopper: Rasa's API, output_channel=facebook.
    psid = "4000111122223333"
    answer = requests.post(
        f"{assistant.rasa_url}/conversations/{psid}/trigger_intent",
        params={"output_channel": "facebook", **assistant.api_auth},
        json={"name": "greet"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text

    sent = graph_api.next_request(10, lambda r: r.body.get("recipient", {}).get("id") == psid)
    assert "Hi" in sent.body["message"]["text"]


# -- The channel's own limits, on messages longer than the demo catalog makes -----------------


def _send(message: dict) -> tuple[list[dict], list[str]]:
    with FacebookStandIn() as graph:
        bot = ShopMessengerBot(graph.page_access_token, graph.graph_url)
        asyncio.run(bot.send_response("4000999", message))
        return graph.messages(), graph.problems


def test_lists_longer_than_messenger_allows_keep_every_choice():
    cards = [
        {
            "title": f"Shoe {n}",
            "subtitle": f"by Brand, ${n}.00",
            "image_url": f"https://shop.example.com/images/shoe-{n}.jpg",
            "buttons": [
                {"title": "Details", "payload": f"/select_{n}"},
                {"title": "Buy", "payload": f"/buy_{n}"},
                {"title": "Add to cart", "payload": f"/cart_{n}"},
            ],
        }
        for n in range(12)
    ]
    extra = [{"title": f"Size {n}", "payload": f"/size_{n}"} for n in range(20)]
    sent, problems = _send({"text": "Many shoes:", "buttons": extra, "product_cards": cards})

    assert problems == []
    messages = [body["message"] for body in sent]
    payloads = [b["payload"] for b in template_buttons(messages)]
    wanted = [b["payload"] for card in cards for b in card["buttons"]] + [
        b["payload"] for b in extra
    ]
    assert payloads == wanted  # 12 cards in two carousels, 20 sizes as cards of 3 buttons


def test_a_long_text_with_quick_replies_is_sent_whole_in_pieces():
    text = "\n".join(f"Line {n}: " + "y" * 70 for n in range(40))  # about 3,200 characters
    buttons = [
        {"title": f"Choice number {n} with a long name", "payload": f"/c{n}"} for n in range(8)
    ]
    sent, problems = _send({"text": text, "buttons": buttons})

    assert problems == []
    messages = [body["message"] for body in sent]
    # Titles over 20 characters are cut on the quick replies, so the text lists them in full.
    listed = [f"{n + 1}. {b['title']}" for n, b in enumerate(buttons)]
    assert "\n".join(m["text"] for m in messages) == "\n".join([text, *listed])
    assert all(len(m["text"]) <= 640 for m in messages)
    assert [q["payload"] for q in quick_replies(messages)] == [b["payload"] for b in buttons]
    assert messages[-1]["quick_replies"][0]["title"] == "1. Choice number 0…"
