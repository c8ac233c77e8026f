"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona B Linda, message B6, worst problem 5):
two ties listed, then three belts, and "put the tie in my cart please, and the cheaper belt in 38"
got "which tie?" and "which belt?", and nothing was added. "The cheaper belt" is the cheapest of
the belts shown: it is taken (added, or only its colour asked); only the tie, truly one of two, is
asked which. With one tie shown, the tie is that one."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import say, search

TIE_AND_CHEAPER_BELT = [
    "Okay lovely, put the tie in my cart please, and the cheaper belt in 38.",
    "add the tie and the cheapest belt in 38",
    "put the tie and the cheaper belt in a 38 in my cart",
    "i'll take the tie, and the cheaper belt in size 38",
    "add the tie to my cart and also the least expensive belt in 38",
]


def ties_then_belts(chat, extractor, ties: str) -> list[str]:
    chat.keep_events = True
    search(chat, extractor, ties)
    turn = search(chat, extractor, "and some belts for men please")
    return [line for line in turn.shown.splitlines() if "Belt" in line and "$" in line]


def cheapest_belt(belts: list[str]) -> str:
    """The title of the cheapest belt line ("3. Canvas Webbing Belt by Lindqvist, $69.95 (...)")."""

    def price(line: str) -> float:
        return float(line.split("$")[1].split()[0].rstrip(",").replace(",", ""))

    line = min(belts, key=price)
    return line.split(". ", 1)[1].split(" by ")[0]


@pytest.mark.parametrize("text", TIE_AND_CHEAPER_BELT)
def test_the_cheaper_belt_is_taken_and_only_the_tie_asked(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, message B6."""
    belts = ties_then_belts(chat, extractor, "2 silk ties for a retirement party under $50")
    assert len(belts) > 1, belts
    belt = cheapest_belt(belts)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.shown)
    assert "Which belt" not in turn.shown and "which belt" not in turn.shown
    assert belt in turn.shown  # added, or only its colour asked
    assert "tie" in turn.shown.lower()  # the tie, one of two, asked which


def test_one_tie_shown_is_added_with_the_cheaper_belt(chat, extractor):
    """docs/nlu/stranger-test-68.md, message B6, with only one tie shown."""
    belts = ties_then_belts(chat, extractor, "paisley silk tie")
    belt = cheapest_belt(belts)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", TIE_AND_CHEAPER_BELT[0])

    print(turn.shown)
    assert "Which tie" not in turn.shown and "Which belt" not in turn.shown
    assert "Paisley Silk Tie" in turn.shown and belt in turn.shown
