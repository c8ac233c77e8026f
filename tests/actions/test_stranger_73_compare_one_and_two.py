"""Stranger test 73 (docs/nlu/stranger-test-73.md, persona A, messages A3 and A4, worst problem 5).

With brown formal shoes in size 10 listed (the Ashby Cap-Toe Oxford, the Marsden Balmoral Oxford,
the Mayfair Double Monk), "diff between 1 and 2?" compared all three ("between 1 and 2" read as a
price range) and said "The Ashby Cap-Toe Oxford is $16.00 cheaper", the gap to the third; "which
one more comfy for full day wear" then answered for all three. Right: results 1 and 2 only, the
gap between those two computed from the store's prices, and the comfort question answered for
those two (the catalog says nothing on comfort for either, so it says so)."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts
from commerce.db import get_engine, session_scope
from commerce.products import product_details
from tests.actions.conversation_driver import say, search

SHOES = "formal shoes brown 10"
COMPARED = [
    "diff between 1 and 2?",
    "whats the difference between 1 and 2",
    "compare 1 and 2",
    "1 vs 2?",
    "how is 1 different from 2",
    "diff btwn #1 and #2",
    "compare no 1 & 2 pls",
]


def shoes_listed(chat, extractor) -> list[str]:
    """Persona A at A3: the brown formal shoes in 10 listed; their handles, in order."""
    search(chat, extractor, SHOES)
    handles = (chat.slots.get("shown_results") or {}).get("handles") or []
    assert len(handles) >= 3, handles
    return handles


def _titles_and_gap(demo_store_url: str, handles: list[str]):
    with session_scope(get_engine(demo_store_url)) as session:
        first, second, third = (product_details(session, handle) for handle in handles[:3])
        gap = abs(first.price_from - second.price_from)
        return first.title, second.title, third.title, gap


@pytest.mark.parametrize("text", COMPARED)
def test_results_1_and_2_are_compared_and_the_gap_is_theirs(chat, extractor, demo_store_url, text):
    """docs/nlu/stranger-test-73.md, A3 (problem 5)."""
    handles = shoes_listed(chat, extractor)
    first, second, third, gap = _titles_and_gap(demo_store_url, handles)

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    print(turn.shown)
    assert f"{first} vs {second}:" in turn.shown, turn.shown
    assert third not in turn.shown
    assert f"${gap:,.2f} cheaper" in turn.shown
    assert [button["title"] for button in turn.buttons] == [f"1. {first}", f"2. {second}"]


@pytest.mark.parametrize(
    "question",
    [
        "which one more comfy for full day wear",
        "which is more comfortable",
        "which one is comfier to wear all day",
        "ok and which is more comfy",
        "which wud be more comfortable for standing all day at work",
    ],
)
def test_comfort_after_comparing_two_is_about_those_two(chat, extractor, demo_store_url, question):
    """docs/nlu/stranger-test-73.md, A4 (problem 5): about the two compared, from the catalog."""
    handles = shoes_listed(chat, extractor)
    first, second, third, _ = _titles_and_gap(demo_store_url, handles)
    say(chat, extractor, ActionCompareProducts(), "compare_products", COMPARED[0])

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", question)

    print(turn.shown)
    assert first in turn.shown and second in turn.shown
    assert third not in turn.shown
    # The catalog says nothing on comfort for either: said honestly, never made up.
    assert "doesn't say" in turn.shown
