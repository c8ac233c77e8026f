"""Stranger test 75 (docs/nlu/stranger-test-75.md, persona A, message A10, worst problem 5).

Ngozi ordered the Margot Pointed Flat in US 9 (Black) and wrote "they pinch my toes. i wan return
them" before it shipped. The bot offered only to cancel. Besides the cancel (or return) answer, a
fit complaint gets the roomier (or smaller) size of the same product when it is in stock, or a
wide-fit alternative when the catalog has one, and says honestly when there is none."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionReturnOrder
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from tests.actions.conftest import ANN
from tests.actions.conversation_driver import entity_list, say


def place(chat, handle: str, size: str, colour: str | None = None) -> str:
    """Ann's order of `handle` in `size` (and `colour`), placed in this conversation; its number."""
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle=handle, size=size,
                                  **({"colour": colour} if colour else {})))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


TOO_TIGHT = [
    "they pinch my toes. i wan return them",  # the stranger's words
    "the flats are too tight, i want to return them",
    "too small for me, wanna send them back",
    "they r too narrow, return pls",
    "pinching me badly. return them",
    "they squeeze my toes, i want to return",
]
TOO_BIG = [
    "they're too big, i want to return them",
    "too loose, my heel slips out. return pls",
    "way too large, can i return them",
    "they are a bit big on me, want to send them back",
    "too roomy, i'd like to return them",
]


@pytest.mark.parametrize("text", TOO_TIGHT)
def test_a_pinch_gets_the_cancel_and_the_roomier_size(chat, extractor, text):
    """docs/nlu/stranger-test-75.md, A10."""
    number = place(chat, "margot-pointed-flat", "9", "Black")

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert f"Order {number} hasn't shipped yet" in turn.shown
    assert any(b["title"] == "Cancel the order" for b in turn.buttons), turn.buttons
    assert "US 9.5" in turn.shown  # half a size up, in stock in Black
    assert "Margot Pointed Flat" in turn.shown
    assert "wide" in turn.shown.lower()  # and honestly: no women's wide-fit flat
    assert "no wide" in turn.shown.lower() or "none" in turn.shown.lower()


@pytest.mark.parametrize("text", TOO_BIG)
def test_too_big_gets_the_smaller_size(chat, extractor, text):
    """docs/nlu/stranger-test-75.md, A10, the other way round."""
    place(chat, "margot-pointed-flat", "9", "Black")

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "US 8.5" in turn.shown
    assert "US 9.5" not in turn.shown
    assert "wide" not in turn.shown.lower()


@pytest.mark.parametrize("text", TOO_TIGHT[:3])
def test_a_pinch_with_a_wide_fit_in_the_catalog_names_it(chat, extractor, order_number, text):
    """Ann's Windsor Patent Oxford in US 10: half a size up is in stock, and the catalog's men's
    shoes for a medium to wide foot are named in her size."""
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert f"Order {order_number} hasn't shipped yet" in turn.shown
    assert "US 10.5" in turn.shown
    assert "wide" in turn.shown.lower()
    assert "Derby" in turn.shown


def test_no_bigger_size_is_said_honestly(chat, extractor):
    """The Margot's biggest size is US 11: nothing roomier of it, said so."""
    place(chat, "margot-pointed-flat", "11", "Black")

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", TOO_TIGHT[0])

    print(turn.shown)
    assert "hasn't shipped yet" in turn.shown
    assert "US 11.5" not in turn.shown
    assert "no bigger size" in turn.shown.lower() or "no larger size" in turn.shown.lower()


@pytest.mark.parametrize(
    "text", ["i want to return them", "changed my mind, i wan return them", "return pls"]
)
def test_a_return_without_a_fit_reason_offers_no_size(chat, extractor, text):
    place(chat, "margot-pointed-flat", "9", "Black")

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "hasn't shipped yet" in turn.shown
    assert "US 9.5" not in turn.shown and "US 8.5" not in turn.shown
