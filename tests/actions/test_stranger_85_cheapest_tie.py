"""Which is the cheapest, when those compared share the lowest price (docs/nlu/stranger-test-85.md,
B2, the "Not yet" of its fix): after two dresses at $109, "which of them is the cheapest, and does
it come in green because I think red might clash with my hair?" answered only the green question,
and the green Vivienne stood as if it were the cheapest; asked with an arrival day, the first
dress was said to be "the cheaper one". Now the tie is said ("Both are $109.00", "They're all
$39.00", "The Suede Casual Belt and the Woven Leather Belt are both $69.00, the cheapest"), then
the other question, and no one product is called the cheapest."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, say_as_heard, search, shown_titles

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
}
# What the model may hear the colour question as (as in test_stranger_85_colour_feared.py).
HEARD = ["select_product", "refine_search", "check_availability"]
MOMENT = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)
DRESSES = (
    "Hi there! So my office Christmas party is on December 11th and I need a red or green dress "
    "in a size M, nothing over $150"
)
CHEAPEST_IN_GREEN = [
    "Oh those look lovely, which of them is the cheapest, and does it come in green because I "
    "think red might clash with my hair?",  # the doc's
    "which one is cheapest n does it come in green",
    "which of these is the cheapest? and is it available in green",
    "wich is cheapest, does it come in green",
    "which of those is the least expensive one and does it come in green pls",
    "ok which of them is cheapest and do they have it in green",
]
CHEAPEST_BY_A_DAY = [
    "which of them is the cheapest, and would it arrive by the 11th?",
    "which one is cheaper? and would it get here by dec 11",
    "wich of those is the cheapest one, would it come by the 11th if i order today",
    "Which is the less expensive one? Would it be here by December 11th?",
    "which of those is cheapest and can it arrive by the 11th",
]
# A single product called the cheapest (or cheaper) one.
ONE_CALLED_CHEAPEST = re.compile(r"\b(?:cheapest|cheaper) one is\b|\bis the (?:cheapest|cheaper)\b")


@pytest.fixture
def pinned(pin_clock):
    pin_clock(MOMENT, "actions.service")


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", CHEAPEST_IN_GREEN)
def test_two_dresses_at_one_price_are_said_both_with_the_green_one(chat, extractor, heard, text):
    """docs/nlu/stranger-test-85.md, B2: "Both are $109.00", then the Vivienne in green."""
    search(chat, extractor, DRESSES)

    shown = say_as_heard(chat, extractor, ACTIONS, heard, text).shown

    assert "Both are $109.00" in shown, shown
    assert "Vivienne Velvet Dress" in shown and "(Green)" in shown, shown
    assert not ONE_CALLED_CHEAPEST.search(shown), shown
    assert "I found" not in shown, shown  # no new search


@pytest.mark.parametrize("text", CHEAPEST_BY_A_DAY)
def test_two_dresses_at_one_price_are_said_both_with_the_arrival(chat, extractor, pinned, text):
    """Asked with a day: "Both are $109.00", never the first dress as "the cheaper one"."""
    search(chat, extractor, DRESSES)

    shown = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text).shown

    assert "Both are $109.00" in shown, shown
    assert not ONE_CALLED_CHEAPEST.search(shown), shown
    assert "December" in shown and "in time" in shown, shown


@pytest.mark.parametrize("text", CHEAPEST_BY_A_DAY)
def test_two_of_three_belts_at_the_lowest_price_are_named(chat, extractor, pinned, text):
    """Three brown belts, two at $69: those two are named as the cheapest, together."""
    search(chat, extractor, "also need a brown belt, waist 34")
    assert {"Suede Casual Belt", "Woven Leather Belt"} <= set(shown_titles(chat))

    shown = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text).shown

    assert re.search(
        r"The (Suede Casual|Woven Leather) Belt and the (Suede Casual|Woven Leather) Belt are "
        r"both \$69\.00, the cheapest",
        shown,
    ), shown
    assert not ONE_CALLED_CHEAPEST.search(shown), shown


@pytest.mark.parametrize(
    "text",
    [
        "which is the cheapest and does it come in navy",
        "which of them is cheapest, do u have it in navy",
        "k which 1 is cheapest, is it in navy?",
        "which one is the least expensive, and does it come in navy",
        "wich is cheapest? does it come in navy",
    ],
)
def test_the_colour_picks_one_of_two_belts_at_the_lowest_price(chat, extractor, text):
    """The navy pick (the Suede Casual Belt) is answered, and the $69 tie said with it."""
    search(chat, extractor, "also need a brown belt, waist 34")

    shown = say_as_heard(chat, extractor, ACTIONS, "check_availability", text).shown

    assert re.search(r"Belt and the \w+ \w+ Belt are both \$69\.00, the cheapest", shown), shown
    assert "Suede Casual Belt" in shown and "Navy" in shown, shown
    assert not ONE_CALLED_CHEAPEST.search(shown), shown


@pytest.mark.parametrize("text", CHEAPEST_BY_A_DAY)
def test_three_pocket_squares_at_one_price_are_all_said(chat, extractor, pinned, text):
    """Three pocket squares, all $39: "They're all $39.00"."""
    search(chat, extractor, "pocket squares under $45")
    assert len(shown_titles(chat)) == 3, shown_titles(chat)

    shown = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text).shown

    assert "They're all $39.00" in shown, shown
    assert not ONE_CALLED_CHEAPEST.search(shown), shown


def test_one_cheapest_is_still_named(chat, extractor, pinned):
    """(control) One belt cheaper than the rest: it is still said to be the cheapest."""
    search(chat, extractor, "black belts waist 34")

    shown = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
                "which is the cheapest and would it arrive by the 11th").shown  # fmt: skip

    assert "Patent Evening Belt" in shown and "$59.95" in shown, shown
    assert "Both are" not in shown and "all $" not in shown, shown
