"""Stranger test 73 (docs/nlu/stranger-test-73.md, persona A, message A3, worst problem 5), three
products this time: "diff between 1 and 2?" compares results 1 and 2 (tests/actions/
test_stranger_73_compare_one_and_two.py); "diff between 1, 2 & 3?", "whats the diff btw 1 2 3",
"1 vs 2 vs 3" must compare those three of the list on screen (four belts to go with a pair of
shoes, stranger test 79), each price gap given: never two of them only, the whole list, nor a
price range."""

from __future__ import annotations

import pytest

from actions.recommendations import ActionCompareProducts
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say
from tests.actions.test_stranger_73_compare_one_and_two import shoes_listed
from tests.actions.test_stranger_79_belts_match_the_shoes import _belts_to_match

THREE = [
    "diff between 1, 2 & 3?",
    "compare 1, 2 and 3",
    "whats the diff btw 1 2 3",
    "1 vs 2 vs 3",
    "compare 1,2,3 pls",
    "diff btwn #1, #2 and #3",
    "how r 1 2 n 3 different",
    "difference between no 1, 2, 3?",
]
# (what the shopper types, the positions meant)
OTHER_THREE = [
    ("compare 2, 3 and 4", (2, 3, 4)),
    ("diff btw 1 3 4?", (1, 3, 4)),
    ("whats the difference between 2,3 & 4", (2, 3, 4)),
]


# Where such a message may land: a comparison, or "not sure" (as the trained model heard "diff
# between 1, 2 & 3?").
LANDINGS = [(ActionCompareProducts, "compare_products"), (ActionClarify, "nlu_fallback")]


@pytest.mark.parametrize(("action", "intent"), LANDINGS)
@pytest.mark.parametrize("text", THREE)
def test_results_1_2_and_3_are_compared(chat, extractor, text, action, intent):
    """docs/nlu/stranger-test-73.md, A3 (problem 5), with three numbers of four on screen."""
    first, second, third, fourth = _belts_to_match(chat, extractor)[:4]

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert f"{first} vs {second} vs {third}:" in turn.shown, turn.shown
    assert fourth not in turn.shown
    assert "is the cheapest:" in turn.shown and "less than the" in turn.shown, turn.shown
    assert [button["title"] for button in turn.buttons] == [
        f"1. {first}", f"2. {second}", f"3. {third}"
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "positions"), OTHER_THREE)
def test_any_three_positions_are_those(chat, extractor, text, positions):
    """docs/nlu/stranger-test-73.md, A3: the three numbers said, whichever they are."""
    belts = _belts_to_match(chat, extractor)
    meant = [belts[at - 1] for at in positions]

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    print(turn.shown)
    assert " vs ".join(meant) + ":" in turn.shown, turn.shown
    assert all(belt not in turn.shown for belt in belts if belt not in meant)


@pytest.mark.parametrize("text", ["diff between 1 and 2?", "compare 2 and 3", "1 vs 3?"])
def test_two_numbers_are_still_two(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, A3: two numbers, two products."""
    shoes_listed(chat, extractor)

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    print(turn.shown)
    assert len(turn.buttons) == 2, turn.buttons
