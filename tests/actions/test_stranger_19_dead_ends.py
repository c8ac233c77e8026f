"""Stranger test 19's dead ends (docs/nlu/stranger-test-19.md, a4, a6, a8): "is that one in stock in a
size 6?" got "The Hackney Suede Loafer isn't made in size 6..." and nothing else; the cardigan or
jumper asked for by a woman got three men's blazers "not for women", "not warm". A size the product
is not made in is answered with what the shop has in that size; a kind the shop doesn't sell with
what fits who it is for, or nothing."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "is that one in stock in a size 6?",
        "do you have it in a 6",
        "does it come in size 6?",
        "is it available in size 6 pls",
        "got that one in a size 6??",
    ],
)
def test_a_size_it_is_not_made_in_offers_others_in_that_size(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "comfortable shoes")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the hackney suede loafer")
    assert chat.slots["current_product"] == "hackney-suede-loafer"

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    shown = turn.shown
    print(shown)
    assert "isn't made in size 6" in shown
    assert "In size 6 I have:" in shown
    after = shown.split("In size 6 I have:")[1]
    assert "Hackney" not in after and after.strip()


@pytest.mark.parametrize(
    "text",
    [
        "ok lovely. i also need a warm cardigan or a jumper, doesnt have to be fancy just smart "
        "enough for school",
        "do you have any cardigans for women",
        "a warm jumper for me please, womens",
        "ladies knitwear? something cosy",
        "need a jumper, im a woman, size M",
    ],
)
def test_a_kind_not_sold_offers_nothing_not_for_her(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens shoes")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    shown = turn.shown
    print(shown)
    assert "don't sell" in shown
    assert "not for women" not in shown
    assert "Blazer" not in shown


@pytest.mark.parametrize(
    "text",
    [
        "do any of them come in a size 6?",
        "do u have these in a 6",
        "are they in stock in size 6",
        "any of those in 6??",
        "do they come in size 6 tho",
    ],
)
def test_a_size_none_of_the_list_is_made_in_offers_others(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "comfortable shoes")

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    shown = turn.shown
    print(shown)
    assert "not made in 6" in shown
    assert "In size 6 I have:" in shown
    assert "Margot Pointed Flat" in shown.split("In size 6 I have:")[1]


@pytest.mark.parametrize(
    "text",
    [
        "do u have that one in a medium?",
        "do they come in a medium",
        "any of them in M?",
        "are these in size m",
        "got them in a medium??",
    ],
)
def test_what_is_offered_in_the_size_is_in_that_size(chat, extractor, text):
    # a list of the closest (nothing fits): what is offered in M must be in M, never the closest
    # again "not in size M", "not for women"
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "warm formal dress shoes for women")  # fmt: skip

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    shown = turn.shown
    print(shown)
    assert "not in size M" not in shown
    assert "not for women" not in shown.split("not made in M")[-1]
