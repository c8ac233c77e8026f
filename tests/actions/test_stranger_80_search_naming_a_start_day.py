"""Stranger test 80 (docs/nlu/stranger-test-80.md, persona A, message A1, worst problem 6).

"need blak chelsea boots size 11 under 120 for new bar job startin friday" got the closest boots
with no delivery line for Friday, though a search naming a day ("for a party on friday") gets one
under its results (README). A job, a course or a shift that starts on a day needs the things by
that day. (The order of the closest boots, price distance before how much each misses, is the
search's tested rule, commerce/search/distance.py; not changed here.)"""

from __future__ import annotations

import re

import pytest

from tests.actions.conversation_driver import search

STARTS_ON_A_DAY = [
    "need blak chelsea boots size 11 under 120 for new bar job startin friday",
    "black chelsea boots size 11 under 120, new job starting friday",
    "chelsea boots in black size 11, i start my new job friday",
    "need black chelsea boots sz 11 for work, my shifts start on friday",
    "black chelsea boots size 11 under $120, new bar job starts friday",
]


@pytest.mark.parametrize("text", STARTS_ON_A_DAY)
def test_the_start_day_gets_its_delivery_line_under_the_results(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, A1: a delivery line for Friday under the boots."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert re.search(r"For (?:this )?Friday \d\d \w+", turn.shown), turn.shown


NOT_A_DAY_NEEDED = [
    "black chelsea boots, prices starting at 100",
    "boots for a fresh start",
]


@pytest.mark.parametrize("text", NOT_A_DAY_NEEDED)
def test_start_without_a_day_names_no_day(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "For Friday" not in turn.shown
