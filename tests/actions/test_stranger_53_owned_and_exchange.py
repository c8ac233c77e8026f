"""Stranger test 53 (docs/nlu/stranger-test-53.md, worst problems 1 and 2).

Rachel: "...nothing to wear that isn't either jeans or my work trousers, so I'm thinking a pastel
dress, midi..." got "Sorry, we don't sell jeans": the clothes she owns were searched and the dress
lost. The kinds after "nothing to wear that isn't", "all I have is", "I only own" are what she
has; the wish is the dress.

Linh: "actualy my last order the sandal is too big, can change 6.5?" (in the middle of a
checkout) got a sandal search and a fallback: an order placed, a misfit and "can change 6.5" ask
to exchange it, and the order is asked for to do so."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts
from actions.order_changes import ActionExplainOrderChange
from actions.order_lookup import ORDER_ASKED_BY
from tests.actions.conversation_driver import say, shown_titles

RACHEL = (
    "Hello there! So my sister is having her baby shower in her back garden a week from Saturday "
    "and I have absolutely nothing to wear that isn't either jeans or my work trousers, so I'm "
    "thinking a pastel dress, midi length ideally, in a medium, and I'd rather not go over about "
    "$180."
)


@pytest.mark.parametrize(
    "text",
    [
        RACHEL,
        "i have nothing to wear but jeans and trousers, want a dress",
        "all i have is jeans, looking for a pastel dress",
        "i only own trousers so i need a dress for a wedding",
        "ive got nothing in my wardrobe except jeans! a midi dress maybe",
        "all ive got is work trousers, need a summer dress",
    ],
)
def test_what_she_owns_is_not_searched_the_dress_is(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    reply = turn.text.lower()
    assert "jeans" not in reply and "trousers" not in reply
    titles = shown_titles(chat)
    assert titles and all("dress" in title.lower() for title in titles), titles


SANDAL_TOO_BIG = [
    "actualy my last order the sandal is too big, can change 6.5?",
    "my last order sandal too big can change 6.5",
    "the sandal from my order is too big, can i change to 6.5?",
    "my previous order the sandals too big. change 6.5 pls",
    "my recent order sandal is too big can change size 6.5?",
]


@pytest.mark.parametrize("text", SANDAL_TOO_BIG)
def test_a_misfit_from_an_order_heard_as_a_change_is_an_exchange(chat, extractor, text):
    # As the model hears it: change_order.
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order", text)

    print(turn.shown)
    assert "To exchange your sandal" in turn.shown and "for 6.5" in turn.shown, turn.shown
    assert "number (like HL-7KQ2XM" in turn.shown
    assert chat.slots.get(ORDER_ASKED_BY) == "action_return_order"


@pytest.mark.parametrize(
    "text",
    ["can i change the size on my order to a 9?", "change my last order to express please"],
)
def test_a_change_to_an_order_is_still_explained(chat, extractor, text):
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order", text)

    print(turn.shown)
    assert "To exchange" not in turn.shown
    assert chat.slots.get(ORDER_ASKED_BY) == "action_explain_order_change"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("i only have $100 for shoes", "shoes"),
        ("all i have is a budget of 150 for a dress", "dress"),
        ("i only wear flats, any for a wedding?", "flats"),
        ("i have only 2 days to find heels", "heels"),
        ("nothing too dressy, a linen dress maybe", "dress"),
    ],
)
def test_a_wish_said_with_only_is_still_searched(chat, extractor, text, wanted):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert shown_titles(chat)
    assert wanted[:-1] in turn.text.lower().split("\n")[0]


@pytest.mark.parametrize(
    "text",
    [
        "actualy my last order the sandal is too big, can change 6.5?",
        "my last order sandal too big can change 6.5",
        "the sandal from my order is too big, can i change to 6.5?",
        "my previous order the sandals too big. change 6.5 pls",
        "my recent order sandal is too big can change size 6.5?",
    ],
)
def test_a_misfit_from_an_order_is_an_exchange(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "To exchange your sandal" in turn.shown and "for 6.5" in turn.shown, turn.shown
