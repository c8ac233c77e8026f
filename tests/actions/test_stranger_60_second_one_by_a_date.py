"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Doug, worst problem 3): after three
derbies were listed, "Hmm, the second one then. Is it in stock in 11, and would it get here by Friday
the 4th of December?" got "I don't see that number in the list": "the 4th of December" was read as
the fourth product. Right: a day of the month is a date, and "the second one" is the second shown;
"the 4th one" is still the fourth."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import listed, say

DERBIES = "I think I want lace-ups, derby style maybe. Brown, size 11."
SECOND_BY_A_DATE = [
    "Hmm, the second one then. Is it in stock in 11, and would it get here by Friday the 4th of "
    "December? We've got parents' evening that night and I'd love to not be limping through it.",
    "the second one, is it in stock in 11 and can it arrive by December 4th?",
    "2nd one in 11 please, need it by the 4th of Dec",
    "is the second one in stock in 11? need it by fri the 4th",
    "second one in 11, would it come by 4th December",
]


@pytest.mark.parametrize("text", SECOND_BY_A_DATE)
def test_the_second_one_by_a_date_is_the_second_shown(chat, extractor, text):
    shown = say(chat, extractor, ActionSearchProducts(), "search_products", DERBIES)
    second = listed(shown.shown)[1].split(". ", 1)[1].split(" by ")[0]

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert "don't see that number" not in turn.shown
    assert second in turn.shown


@pytest.mark.parametrize("text", ["the 4th one", "number 4 please", "the fourth one in 11"])
def test_a_fourth_one_is_still_a_place_in_the_list(extractor, text):
    assert [e.value for e in extractor.extract(text) if e.entity == "ordinal"] == ["4"]
