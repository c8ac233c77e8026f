"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona jess, 5-8): two sale derbies compared,
"ok add the first one to my cart" asked for the Carlton's size; then "wait no take that out, put the
second one in instead" got "Your cart is empty" (the Carlton was never in it: its size was still
open) and the Rutland was ignored; "ugh actually i want both. add the first one back too" got "Sorry,
I'm not sure I understood"; and "whats in my cart and whats the total w shipping" said both "Your
cart is empty" and "What you picked so far comes to $209.95 ... before shipping", with no shipping.

A swap takes the first product out (or says it was never in the cart) and goes on with the second
(its size asked); adding back adds it again; the cart and its total are told from the store, once,
with the shipping the shop charges (Standard, free from $100)."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionChangeQuantity, ActionRemoveFromCart, ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionCompareProducts
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say

CARLTON = "Carlton Plain Derby"
RUTLAND = "Rutland Commando Derby"
ACTIONS = {
    "change_quantity": ActionChangeQuantity,
    "remove_from_cart": ActionRemoveFromCart,
    "add_to_cart": ActionAddToCart,
    "nlu_fallback": ActionClarify,
    "select_product": ActionSelectProduct,
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "view_cart": ActionShowCart,
    "ask_shipping": ActionAnswerServiceQuestion,
    "buy": ActionStartCheckout,
}


def _bot_events(turn) -> list[dict]:
    """What Rasa sends back: the bot's messages, with their buttons."""
    return [
        {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}}
        for m in turn.messages
    ]


def send(chat, extractor, intent: str, text: str):
    turn = say(chat, extractor, ACTIONS[intent](), intent, text)
    chat.history.extend(_bot_events(turn))
    print(turn.shown)
    return turn


def tap(chat, button: dict, title: str):
    """The shopper taps a size button of the latest question."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    turn = chat.run(ActionAddToCart(), intent, title,
                    [{"entity": name, "value": value} for name, value in values.items()])  # fmt: skip
    chat.history.extend(_bot_events(turn))
    return turn


def sale_derbies_compared(chat, extractor, size_picked: bool = False) -> None:
    """Jess 1, 3 and 5: the sale list, the first two compared, the first added (its size asked;
    with `size_picked`, US 9 tapped, so the Carlton is in the cart)."""
    send(chat, extractor, "search_products", "whats on sale rn")
    compared = say(chat, extractor, ActionCompareProducts(), "compare_products",
                   "compare the first two")  # fmt: skip
    chat.history.extend(_bot_events(compared))
    assert f"{CARLTON} vs {RUTLAND}" in compared.text, compared.text
    added = send(chat, extractor, "add_to_cart", "ok add the first one to my cart")
    assert f"Which size of the {CARLTON}?" in added.text, added.text
    if size_picked:
        button = next(b for b in added.buttons if b["title"] == "US 9 / EU 42")
        turn = tap(chat, button, "US 9 / EU 42")
        if "Which colour" in turn.text:
            turn = tap(chat, next(b for b in turn.buttons if b["title"] == "Black"), "Black")
        assert f"Added {CARLTON} (US 9 / EU 42, Black)" in turn.text, turn.text


# --- a swap while the first one waits for its size ----------------------------------------------


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("change_quantity", "wait no take that out, put the second one in instead"),
        ("remove_from_cart", "wait no take that out, put the second one in instead"),
        ("nlu_fallback", "swap it for the other one"),
        ("select_product", "no wait, the second one instead"),
        ("refine_search", "actually the cheaper one instead"),
        ("nlu_fallback", "scrap that, give me the other one instead"),
        ("add_to_cart", "put the second one in instead"),
    ],
)
def test_a_swap_before_the_size_goes_on_with_the_second_one(chat, extractor, intent, text):
    sale_derbies_compared(chat, extractor)

    turn = send(chat, extractor, intent, text)

    assert "Find something you like" not in turn.shown
    assert f"Which size of the {RUTLAND}?" in turn.shown, turn.shown
    # The Carlton was never in the cart: said, not "removed".
    assert f"{CARLTON} wasn't in your cart" in turn.shown, turn.shown
    assert f"Removed {CARLTON}" not in turn.shown
    sizes = [b for b in turn.buttons if "rutland-commando-derby" in b["payload"]]
    assert sizes, turn.buttons


# --- a swap of a line in the cart ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("change_quantity", "wait no take that out, put the second one in instead"),
        ("nlu_fallback", "swap it for the other one"),
        ("search_products", "replace the derby with the second one"),
        ("refine_search", "actually the cheaper one instead"),
        ("remove_from_cart", "take the carlton out and put the rutland in instead"),
    ],
)
def test_a_swap_of_a_line_in_the_cart_takes_it_out_and_adds_the_other(
    chat, extractor, intent, text
):
    sale_derbies_compared(chat, extractor, size_picked=True)

    turn = send(chat, extractor, intent, text)

    assert f"Took the {CARLTON} (US 9 / EU 42, Black) out of your cart" in turn.shown, turn.shown
    # The Rutland goes in the size and colour she just picked for the Carlton, said as such.
    assert f"Added {RUTLAND} (US 9 / EU 42, Black)" in turn.shown, turn.shown
    cart = send(chat, extractor, "view_cart", "whats in my cart")
    assert CARLTON not in cart.shown and RUTLAND in cart.shown, cart.shown


# --- adding back --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("nlu_fallback", "ugh actually i want both. add the first one back too"),
        ("buy", "i want both after all"),
        ("add_to_cart", "add the first one back"),
        ("nlu_fallback", "put it back in"),
        ("nlu_fallback", "put the carlton back in too"),
    ],
)
def test_adding_back_after_a_swap_asks_the_first_ones_size_again(chat, extractor, intent, text):
    sale_derbies_compared(chat, extractor)
    send(chat, extractor, "change_quantity", "wait no take that out, put the second one in instead")

    turn = send(chat, extractor, intent, text)

    assert "not sure I understood" not in turn.shown
    assert f"Which size of the {CARLTON}?" in turn.shown, turn.shown
    assert any("carlton-plain-derby" in b["payload"] for b in turn.buttons), turn.buttons


def test_putting_a_line_back_after_a_swap_adds_it_in_the_size_it_had(chat, extractor):
    sale_derbies_compared(chat, extractor, size_picked=True)
    send(chat, extractor, "change_quantity", "wait no take that out, put the second one in instead")

    turn = send(chat, extractor, "nlu_fallback", "ugh actually put it back in")

    assert f"Added {CARLTON} (US 9 / EU 42" in turn.shown, turn.shown


# --- the cart and its total with shipping: one answer, from the store ---------------------------


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("view_cart", "whats in my cart and whats the total w shipping"),
        ("view_cart", "total with shipping"),
        ("ask_shipping", "how much all in incl delivery"),
        ("nlu_fallback", "whats the damage w postage"),
        ("view_cart", "whats my total including shipping"),
    ],
)
def test_total_with_shipping_while_both_wait_for_sizes(chat, extractor, intent, text):
    sale_derbies_compared(chat, extractor)
    send(chat, extractor, "change_quantity", "wait no take that out, put the second one in instead")
    send(chat, extractor, "nlu_fallback", "ugh actually i want both. add the first one back too")

    turn = send(chat, extractor, intent, text)

    # One consistent answer: the cart is empty, the two derbies wait for a size (not "picked").
    assert "Your cart is empty" in turn.shown, turn.shown
    assert "What you picked so far" not in turn.shown
    assert CARLTON in turn.shown and RUTLAND in turn.shown
    # The shipping asked for, from commerce/shipping.py: Standard, free from $100.
    assert "Standard shipping" in turn.shown and "$100.00" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("view_cart", "whats in my cart and whats the total w shipping"),
        ("view_cart", "total with shipping"),
        ("ask_shipping", "how much all in incl delivery"),
        ("nlu_fallback", "whats the damage w postage"),
    ],
)
def test_total_with_shipping_of_the_cart(chat, extractor, intent, text):
    sale_derbies_compared(chat, extractor, size_picked=True)

    turn = send(chat, extractor, intent, text)

    assert "Your cart is empty" not in turn.shown
    assert f"{CARLTON} (US 9 / EU 42" in turn.shown, turn.shown
    # $209.95 is over $100: Standard ships free, and the reply says why.
    assert "Standard shipping (free" in turn.shown and "$100.00" in turn.shown, turn.shown


def test_nothing_waiting_and_an_empty_cart_never_reads_as_owed(chat, extractor):
    """The transcript's own contradiction: an empty cart and a product only looked at."""
    send(chat, extractor, "search_products", "whats on sale rn")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")

    turn = send(chat, extractor, "view_cart", "whats in my cart and whats the total w shipping")

    assert "Your cart is empty" in turn.shown
    assert "What you picked so far comes to" not in turn.shown, turn.shown
    assert "not in your cart" in turn.shown and "$209.95" in turn.shown, turn.shown
    assert "Standard shipping" in turn.shown, turn.shown
