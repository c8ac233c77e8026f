"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona B Dana, worst problem 6): with a budget
for everything, a shoe whose adding was left waiting for a colour ("I haven't added the Islington
Penny Loafer") was still counted as chosen, and "so these are under that" sat under bags all
above the amount said to be left. What is left is what the cart leaves, and "under that" is only
said of a list that is under it."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import entity_list, say, say_and_keep


def _loafer_waiting_for_a_colour(chat, extractor, budget: str) -> None:
    chat.keep_messages = True
    say(chat, extractor, ActionSearchProducts(), "search_products", budget)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                        "add the Islington Penny Loafer in size 8")  # fmt: skip
    assert "Which colour" in turn.text, turn.text


def _prices(text: str) -> list[Decimal]:
    return [Decimal(p.replace(",", "")) for p in re.findall(r"^\d+\. .*?\$([\d,.]+)", text, re.M)]


@pytest.mark.parametrize(
    "text",
    [
        "and a small bag, black or something neutral",
        "a black bag",
        "now a bag please, black",
        "and a neutral bag",
        "show me some black bags",
        "bag in black or beige?",
    ],
)
def test_a_shoe_not_added_is_not_counted_against_the_budget(chat, extractor, text):
    _loafer_waiting_for_a_colour(chat, extractor, "a dress, shoes and a bag, 400 for everything")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "haven't added the Islington Penny Loafer" in turn.text
    assert "with the Islington Penny Loafer" not in turn.text
    assert "$231" not in turn.text


@pytest.mark.parametrize(
    "budget",
    [
        "a dress, shoes and a bag, 400 for everything",
        "my total budget for everything is about $400",
        "400 in total for shoes and a bag",
        "i have 400 dollars for everything",
        "budget 400 all in",
    ],
)
def test_under_that_is_said_only_of_a_list_under_what_is_left(chat, extractor, budget):
    chat.keep_messages = True
    say(chat, extractor, ActionSearchProducts(), "search_products", budget)
    turn = chat.run(ActionAddToCart(), "add_to_cart", "add it",
                    entity_list(product_handle="islington-penny-loafer", size="8", colour="Brown"))  # fmt: skip
    assert "Added" in turn.text, turn.text
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "and a small black bag")

    print(turn.text)
    if "so these are under that" in turn.text:
        left = Decimal(re.search(r"\$([\d,.]+) is left", turn.text).group(1).replace(",", ""))
        assert all(price <= left for price in _prices(turn.text)), turn.text
    else:
        assert "none of these" in turn.text.lower() or "closest" in turn.text.lower()
