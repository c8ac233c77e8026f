"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Margaret, B9/B10 and worst problem 1):
cancelling was understood as "cancel the order", but the same wish in other words ("scrap the
order", "ditch the order", "nix my order", "call off the order", "kill the order pls", "forget the
order, cancel it", "scrap it") fell back. They are a cancel, whatever the classifier guessed, and
take the cancel path: with the purchase never placed, "nothing was ordered, nothing to cancel".
"Scrap the grey" (a colour), "forget the order number" and "don't cancel the order" are not."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionCancelOrder
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say
from tests.actions.test_stranger_63_cancel_unplaced import (
    RAVELLO,
    _assert_nothing_to_cancel,
    ravello_waiting_for_a_size,
)

THE_ORDER_CALLED_OFF = [
    "scrap the order",
    "ditch the order",
    "nix my order",
    "call off the order",
    "kill the order pls",
    "forget the order, cancel it",
    "can we just call the whole order off",
    "actually bin my order please",
    "axe the order",
]
IT_CALLED_OFF = ["scrap it", "ditch it pls", "ok just nix it", "call it off then"]
CALLED_OFF = THE_ORDER_CALLED_OFF + IT_CALLED_OFF


@pytest.mark.parametrize("text", THE_ORDER_CALLED_OFF)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope", "stop", "deny", "place_order"])
def test_the_order_called_off_in_other_words_is_a_cancel(extractor, text, guess):
    resolution = resolve_intent(guess, 0.5, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "cancel_order", resolution


@pytest.mark.parametrize("text", IT_CALLED_OFF)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope"])
def test_it_called_off_and_not_understood_is_a_cancel(extractor, text, guess):
    resolution = resolve_intent(guess, 0.5, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "cancel_order", resolution


@pytest.mark.parametrize("text", ["nah scrap it", "scrap it"])
def test_scrap_it_heard_as_stop_stays_a_stop(extractor, text):
    # The stop drops a checkout or a question open, and says "nothing to stop" otherwise.
    assert resolve_intent("stop", 0.8, extractor.extract(text), text, None) is None


@pytest.mark.parametrize("text", CALLED_OFF)
def test_called_off_with_the_purchase_never_placed_says_nothing_was_ordered(chat, extractor, text):
    ravello_waiting_for_a_size(chat)
    resolution = resolve_intent("nlu_fallback", 0.3, extractor.extract(text), text, None)
    assert resolution is not None

    turn = say(chat, extractor, ActionCancelOrder(), resolution.intent, text)

    _assert_nothing_to_cancel(turn.shown)
    assert RAVELLO in turn.shown
    assert "not sure I understood" not in turn.shown


NOT_A_CANCEL = [
    ("actually scrap the grey, can i see charcoal ones instead", "refine_search"),
    ("forget the order number, i don't have it", "nlu_fallback"),
    ("i don't want to cancel the order", "deny"),
    ("please don't scrap my order", "nlu_fallback"),
    ("scrap the blue one, show me black boots", "search_products"),
    ("ditch it", "remove_from_cart"),
    ("scrap that", "nlu_fallback"),
]


@pytest.mark.parametrize(("text", "guess"), NOT_A_CANCEL)
def test_other_things_scrapped_are_not_a_cancel(extractor, text, guess):
    resolution = resolve_intent(guess, 0.5, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "cancel_order", resolution
