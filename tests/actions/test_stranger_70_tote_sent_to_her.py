"""Stranger test 70 (docs/nlu/stranger-test-70.md, Harold, message B10, worst problem 2).

"The Visby leather tote in tan please, sent to her dorm: Lily Carter, Room 214 Hall B, 100 College
Ave, 02138 Cambridge" got only a search. A product named with "please" and the name and address
to send it to is a purchase: the choice still missing asked, and the recipient's name and address
kept for the checkout (said so), the email asked there."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.checkout import ActionStartCheckout
from actions.checkout_details import ValidateCheckoutForm
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import keep_bot_messages, say

LILY = "Lily Carter"
DORM = "Room 214 Hall B, 100 College Ave, 02138 Cambridge"
FOR_HER = [
    f"The Visby leather tote in tan please, sent to her dorm: {LILY}, {DORM}",
    f"visby leather tote in tan pls, send it to {LILY}, {DORM}",
    f"I'll take the Visby Leather Tote in tan, ship to: {LILY}, {DORM}",
    f"the visby tote in tan please - for my granddaughter {LILY}, {DORM}",
    f"Visby leather tote, tan, please. Deliver to {LILY}, {DORM}",
]
SLOTS = {"customer_name": LILY, "customer_address": DORM}


@pytest.mark.parametrize("heard", ["search_products", "nlu_fallback", "product_details"])
@pytest.mark.parametrize("text", FOR_HER, ids=lambda t: t[:30])
def test_a_product_wanted_with_a_name_and_address_is_bought(extractor, text, heard):
    """docs/nlu/stranger-test-70.md, B10: a purchase, not a search."""
    resolution = resolve_intent(heard, 0.8, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "buy", resolution


@pytest.mark.parametrize("text", FOR_HER, ids=lambda t: t[:30])
def test_the_recipient_is_kept_and_only_the_email_asked(chat, extractor, text):
    """docs/nlu/stranger-test-70.md, B10: bought in tan, sent to Lily, her details not asked."""
    turn = keep_bot_messages(chat, say(chat, extractor, ActionStartCheckout(), "buy", text))

    kept = {e["name"]: e["value"] for e in turn.events if e["event"] == "slot"}
    assert {slot: kept.get(slot) for slot in SLOTS} == SLOTS
    assert kept.get("checkout_variant") is not None
    assert "Visby Leather Tote" in turn.shown and "Tan" in turn.shown
    assert f"I'll send it to {LILY}, {DORM}" in turn.shown
    assert {"event": "followup", "name": "checkout_form"} in [
        {"event": e["event"], "name": e.get("name")} for e in turn.events
    ]


def test_without_the_colour_it_is_asked_and_the_recipient_kept(chat, extractor):
    text = f"The Visby leather tote please, sent to her dorm: {LILY}, {DORM}"

    turn = keep_bot_messages(chat, say(chat, extractor, ActionStartCheckout(), "buy", text))

    kept = {e["name"]: e["value"] for e in turn.events if e["event"] == "slot"}
    assert "Which colour" in turn.shown
    assert {slot: kept.get(slot) for slot in SLOTS} == SLOTS


@pytest.mark.parametrize(
    "text",
    ["The Visby leather tote in tan please", "is the Visby tote sent to 02138 Cambridge?",
     f"{LILY}, {DORM}"],
)  # fmt: skip
def test_other_messages_are_not_bought_for_someone(extractor, text):
    resolution = resolve_intent("search_products", 0.8, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "buy"


@pytest.mark.parametrize("text", FOR_HER, ids=lambda t: t[:30])
def test_the_form_keeps_the_whole_address_kept(text):
    """docs/nlu/stranger-test-70.md, B10: the review read "To Lily Carter, 100 College Ave, ...",
    without her room: the address kept is checked as it is when the form starts."""
    tracker = Tracker(
        sender_id="harold", slots={"customer_address": DORM},
        latest_message={"text": text, "intent": {"name": "buy"}, "entities": []},
        events=[], paused=False, followup_action=None, active_loop={},
        latest_action_name="action_start_checkout",
    )  # fmt: skip

    kept = ValidateCheckoutForm().validate_customer_address(
        DORM, CollectingDispatcher(), tracker, {}
    )

    assert kept == {"customer_address": DORM}
