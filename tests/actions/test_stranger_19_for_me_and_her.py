"""Stranger test 19, persona b (docs/nlu/stranger-test-19.md): "hello i need navy outfit for me and my
girlfrend, ..." found "5 navy clothing for women" (nothing for him), and "first for me, navy suit,
not too expensiv" said "I have no navy suits for women" (her gender carried over to him) and did not
put the cheaper suits first."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say

FIRST = (
    "hello i need navy outfit for me and my girlfrend, is for engagement photoshoot next "
    "saturday, must be matching"
)


def _prices(shown: str) -> list[Decimal]:
    return [Decimal(price) for price in re.findall(r"^\d+\. .*?\$(\d+\.\d\d)", shown, re.M)]


# --- b1: "for me and my girlfriend": for both of them, not only for her --------------------------


@pytest.mark.parametrize(
    "text",
    [
        FIRST,
        "navy outfits for me and my gf pls",
        "matching navy outfits for my wife and me",
        "we need navy clothes, me and my girlfriend, for a photoshoot",
        "navy stuff for me n my girlfriend",
    ],
)
def test_for_me_and_my_girlfriend_is_not_only_for_women(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "for women" not in turn.shown
    assert "for men" not in turn.shown
    assert not chat.slots["search_query"].get("gender")


# --- b2: "first for me, navy suit, not too expensive": his, cheaper first ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "first for me, navy suit, not too expensiv",
        "ok first me: a navy suit, nothing too expensive",
        "navy suit for me, not too pricey",
        "for myself a navy suit pls, not too expensive",
        "first for me - navy suit not too expencive",
    ],
)
def test_for_me_drops_her_gender_and_not_too_expensive_puts_cheaper_first(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "navy dresses for my girlfriend")  # fmt: skip

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "for women" not in turn.shown
    assert "I found" in turn.shown and "suit" in turn.shown.lower()
    prices = _prices(turn.shown)
    assert len(prices) >= 2 and prices == sorted(prices)


def test_for_me_keeps_the_gender_the_shopper_said_of_themselves(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "mens navy shirts")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "and for me a navy suit too")  # fmt: skip

    print(turn.shown)
    assert chat.slots["search_query"].get("gender") == "male"


@pytest.mark.parametrize(
    "text",
    [
        "first for me, navy suit, not too expensiv",
        "first for me: navy suit pls",
        "first of all for me, a navy suit",
        "ok first for me a navy suit, nothing too pricey",
        "first for myself, navy suit",
    ],
)
def test_first_for_me_is_not_the_first_one_on_screen(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", FIRST)  # suits on screen
    # "first" says what comes first, not which one on screen (the stranger got the Whitehall's card)
    assert not [entity for entity in extractor.extract(text) if entity.entity == "ordinal"]

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "I found" in turn.shown and "navy suits" in turn.shown
    assert not chat.slots.get("current_product")
