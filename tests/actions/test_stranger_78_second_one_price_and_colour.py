"""A price and a colour asked of a numbered product on screen (docs/nlu/stranger-test-78.md, B4,
worst problem 7): "The second one looks lovely, how much is it and does it come in black?" was not
understood by the classifier and fell back to "not sure" buttons. The second product's price and
whether it comes in black are answered."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say, search, shown_titles

BAGS = "bags for women"
ASKED = [
    "The second one looks lovely, how much is it and does it come in black?",  # the doc's
    "the 2nd one, how much and does it come in black",
    "second one is nice, whats the price and do u have it in black?",
    "how much is the second one? is it in black too",
    "2nd one looks gorgeous, price? comes in black?",
]
NOT_UNDERSTOOD = ["nlu_fallback", "out_of_scope"]


@pytest.mark.parametrize("heard", NOT_UNDERSTOOD)
@pytest.mark.parametrize("text", ASKED)
def test_the_second_ones_price_and_colour(chat, extractor, text, heard):
    """docs/nlu/stranger-test-78.md, B4: the second bag's price and whether it comes in black."""
    search(chat, extractor, BAGS)
    second = shown_titles(chat)[1]
    resolution = resolve_intent(heard, 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "check_availability", resolution

    turn = say(chat, extractor, ActionCheckAvailability(), resolution.intent, text)

    shown = turn.shown
    assert second in shown and "$" in shown and "Black" in shown, shown


def test_taking_the_second_one_in_black_stays_a_purchase(extractor):
    """docs/nlu/stranger-test-78.md, B4 (control): "I'll take the second one in black" is not a
    question."""
    text = "ill take the second one in black"
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "check_availability"
