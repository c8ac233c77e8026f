"""Stranger test 19, persona (c) (docs/nlu/stranger-test-19.md): "what goes with it" on the Malmo
Weekender Bag (a men's bag) said "I have nothing in stock right now to go with the Malmo Weekender
Bag (heels or dresses)", while heels and dresses were in stock: the rules pair bags with women's
shoes and dresses, and none of those are men's. A men's bag gets men's clothes and shoes that go
with it, and the reply says honestly what the rules asked for and what was searched instead."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from commerce.db import session_scope
from commerce.models import Product
from tests.actions.conversation_driver import say, shown_titles


def open_product(chat, extractor, search: str, pick: str = "the second one") -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", search)
    say(chat, extractor, ActionSelectProduct(), "select_product", pick)


@pytest.mark.parametrize(
    "text",
    [
        "what goes with it",
        "what would go with this bag",
        "wat goes w it",
        "anything to match it?",
        "what should i wear with this bag",
    ],
)
def test_a_mens_bag_gets_mens_clothes_and_shoes_not_nothing_in_stock(chat, extractor, text):
    open_product(chat, extractor, "bags")
    assert chat.slots["current_product"] == "malmo-weekender-bag"

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    print(turn.shown)
    assert "nothing in stock" not in turn.shown
    assert "Malmo Weekender Bag" in turn.shown
    # Honest about the swap: the rules' heels and dresses are women's, the bag a men's.
    assert "men's" in turn.shown and "heels" in turn.shown
    titles = shown_titles(chat)
    assert len(titles) >= 2, titles
    handles = chat.slots["shown_results"]["handles"]
    with session_scope() as session:
        shown = session.execute(
            select(Product.department, Product.gender).where(Product.handle.in_(handles))
        ).all()
    # Men's (or anyone's) clothes and shoes, never another bag.
    assert {department for department, _ in shown} == {"Clothing", "Shoes"}, shown
    assert {gender for _, gender in shown} <= {"male", "unisex", None}, shown


def test_a_mens_belt_and_boots_still_get_their_own_rules(chat, extractor):
    open_product(chat, extractor, "belts", "the first one")
    belt = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
               "what goes with this belt")  # fmt: skip
    print(belt.shown)
    assert belt.shown.startswith("To go with the Classic Leather Dress Belt:")

    open_product(chat, extractor, "chelsea boots", "the first one")
    boots = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
                "what would match these boots")  # fmt: skip
    print(boots.shown)
    assert boots.shown.startswith("To go with the Ridgeway Chelsea Boot:")
    assert "Belt" in boots.shown
