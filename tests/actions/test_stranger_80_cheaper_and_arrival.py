"""Which of those on screen is the cheaper one, asked with when it would arrive
(docs/nlu/stranger-test-80.md, B5, worst problem 4): "Which of those is the cheaper one, and would
it arrive by the 12th if I ordered it today?" under one pair of heels got only the delivery dates.
Now the cheaper one of those on screen comes first ("there's only one" when one is shown), then
whether it arrives by that day."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, search, shown_titles

MOMENT = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)
ONE_PAIR = "beige block heels in US 7.5"
SEVERAL = "black dress shoes for men"
ASKED = [
    "Which of those is the cheaper one, and would it arrive by the 12th if I ordered it today?",
    "which one is cheaper? and would it get here by the 12th",
    "which of them is cheapest and can it arrive by dec 12",
    "wich of those is the cheaper one, would it come by the 12th if i order today",
    "Which is the less expensive one? Would it be here by December 12th?",
]


@pytest.fixture
def pinned(pin_clock):
    pin_clock(MOMENT, "actions.service")


@pytest.mark.parametrize("text", ASKED)
def test_only_one_on_screen_is_said_with_the_delivery(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-80.md, B5: one pair on screen: that one, then the delivery."""
    search(chat, extractor, ONE_PAIR)
    assert shown_titles(chat) == ["Lucia Block-Heel Pump"], shown_titles(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    shown = turn.shown
    assert "only one" in shown and "Lucia Block-Heel Pump" in shown, shown
    assert "December" in shown and "in time" in shown, shown


@pytest.mark.parametrize("text", ASKED)
def test_the_cheapest_of_several_is_said_with_the_delivery(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-80.md, B5: several on screen: the cheapest, its price, the delivery."""
    turn = search(chat, extractor, SEVERAL)
    titles = shown_titles(chat)
    assert len(titles) > 1, titles
    prices = [float(p) for p in re.findall(r"^\s*\d+\. .*?\$(\d+\.\d\d)", turn.shown, re.M)]
    cheapest = titles[prices.index(min(prices))]

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    shown = turn.shown
    assert cheapest in shown and f"${min(prices):.2f}" in shown, shown
    assert "December" in shown and "in time" in shown, shown
    assert chat.slots.get("current_product")


def test_the_delivery_alone_stays_as_it_was(chat, extractor, pinned):
    """(control) "would it arrive by the 12th" under the heels: the dates, no pick said."""
    search(chat, extractor, ONE_PAIR)
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
               "would it arrive by the 12th if I ordered it today?")  # fmt: skip
    assert "only one" not in turn.shown and "in time" in turn.shown, turn.shown


def test_which_shipping_is_cheaper_picks_no_product(chat, extractor, pinned):
    """(control) "which is cheaper, standard or express?" asks about shipping, not the heels."""
    search(chat, extractor, ONE_PAIR)
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping",
               "which is cheaper, standard or express? i need it by the 12th")  # fmt: skip
    assert "only one" not in turn.shown, turn.shown
