"""docs/nlu/stranger-test-81.md, A10 (worst problem 6): with nothing ordered and the Soho Velvet
Blazer open, "actualy cancel that, court got moved" got the generic fallback "Sorry, I didn't
quite get that", while "cancel that" alone answered "Okay, nothing is in progress". A cancel that
says why ("court got moved", "the party's off", "plans changed") is the cancel it is: with nothing
ordered the bot says nothing has been ordered and nothing charged (stranger 79's words); with an
order placed it is that order's cancel, which asks first. "Cancel the order, court got moved"
(an order named) and "don't cancel it" are not read this way."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStopCheckout
from actions.product_actions import ActionShowProductDetails
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import keep_bot_messages, say, search

CALLED_OFF = [
    "actualy cancel that, court got moved",
    "nvm cancel it the party's off",
    "scrap that, plans changed",
    "cancel that, the wedding got postponed",
    "cancel it, meeting got called off",
    "actually cancel that, interview got rescheduled",
    "forget it, change of plans",
    "cancel everything, the trip is off",
    "never mind, the party got called off",
]


@pytest.mark.parametrize("text", CALLED_OFF)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope", "complaint", "cancel_order"])
def test_a_cancel_that_says_why_is_a_stop(extractor, text, guess):
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "stop", resolution


def _soho_blazer_open(chat, extractor) -> None:
    shown = search(chat, extractor, "need grey overcoat size L under 200 for court date friday")
    keep_bot_messages(chat, shown)
    opened = say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 2nd one")
    keep_bot_messages(chat, opened)


def _stop(chat, extractor, text: str):
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None)
    assert resolution is not None, text
    return say(chat, extractor, ActionStopCheckout(), resolution.intent, text)


@pytest.mark.parametrize("text", CALLED_OFF)
def test_with_nothing_ordered_it_says_nothing_was_ordered_or_charged(chat, extractor, text):
    _soho_blazer_open(chat, extractor)

    turn = _stop(chat, extractor, text)

    print(turn.shown)
    assert "nothing has been ordered" in turn.shown.lower()
    assert "haven't been charged" in turn.shown
    assert "didn't quite get" not in turn.shown and "nothing is in progress" not in turn.shown


@pytest.mark.parametrize("text", CALLED_OFF[:5])
def test_with_an_order_placed_it_is_that_orders_cancel(chat, extractor, order_number, text):
    turn = _stop(chat, extractor, text)

    followups = [e.get("name") for e in turn.events if e.get("event") == "followup"]
    assert followups == ["action_cancel_order"], turn.events
    assert "nothing has been ordered" not in turn.shown.lower()


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("cancel the order, court got moved", "cancel_order"),
        ("dont cancel it, court got moved", "nlu_fallback"),
        ("cancel that", "stop"),
        ("scrap the grey, plans changed", "refine_search"),
        ("nvm is it off white", "nlu_fallback"),
    ],
)
def test_not_a_cancel_that_says_why(extractor, text, guess):
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "stop", resolution
