"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Doug #4, problem 7's leftover): after
a search in size 11, "Actually scratch the loafers idea entirely, I think I want lace-ups, derby
style maybe … Still brown, still 11." showed derbies with no word of size 11 ("brown laces derbies
under $130"). "Still 11", "still a 10", "still size M" keep the size said: the search is in it and
its heading says so; "still 2 days away", "still 11 left?" are not a size."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts
from commerce.db import get_engine, session_scope
from commerce.products import genders_of
from tests.actions.conversation_driver import say, say_and_keep, search, shown_titles
from tests.actions.test_stranger_60_budget_kept import DOUG_3, DOUG_4
from tests.actions.test_stranger_60_sore_heels_return import DOUG, NEXT_SEARCH

# (the message, the size it keeps)
STILL_THE_SIZE = [
    (DOUG_4, "11"),
    ("ok derbies then. still brown, still 11", "11"),
    ("actually boots, still a 10 pls", "10"),
    ("hmm show me chelsea boots instead, still 9.5", "9.5"),
    ("lets try sneakers, still size 11 and still black", "11"),
    ("what about shirts then, still a medium", "M"),
]


@pytest.mark.parametrize(("text", "size"), STILL_THE_SIZE)
def test_still_a_size_is_the_size(extractor, text, size):
    sizes = [e.value for e in extractor.extract(text) if e.entity == "size" and not e.role]

    assert sizes == [size], sizes


@pytest.mark.parametrize(
    "text",
    [
        "is it still 2 days away",
        "are there still 11 left?",
        "still 10 dollars?",
        "still 3 pairs pls",
    ],
)
def test_still_and_a_number_of_something_else_is_no_size(extractor, text):
    assert not [e for e in extractor.extract(text) if e.entity == "size"]


def test_doug_still_11_is_searched_in_size_11(chat, extractor):
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", DOUG_3)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", DOUG_4)

    print(turn.shown)
    first = turn.shown.split("\n")[0]
    assert "size 11" in first, turn.shown
    assert "derbies" in first


# "I bought a pair of brown leather loafers ... I'd like to return them": shoes of his own.
RETURNS_OF_HIS_SHOES = [
    DOUG,
    "i want to return the loafers i bought, they gave me blisters",
    "the oxfords i ordered hurt my feet, can i send them back",
    "id like to return my derbies please, they rub my heels",
    "can I return the oxfords I bought last week? they're killing me",
]


@pytest.mark.parametrize("told", RETURNS_OF_HIS_SHOES)
def test_a_search_naming_no_kind_after_his_own_shoes_stays_in_his_department(
    chat, extractor, demo_store_url, told
):
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", told)

    turn = search(chat, extractor, NEXT_SEARCH)

    print(turn.shown)
    handles = (chat.slots.get("shown_results") or {}).get("handles") or []
    assert handles, turn.shown
    with session_scope(get_engine(demo_store_url)) as session:
        assert genders_of(session, handles) == {"male"}, shown_titles(chat)
    assert "size 11" in turn.shown.split("\n")[0]
