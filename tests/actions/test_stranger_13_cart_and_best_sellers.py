"""Stranger test 13 (docs/nlu/stranger-test-13.md): a cart edit said in words ("take the shoes
out... whats my total now?", 2.10) takes the line out and answers the total, whichever intent the
message was heard as, never a shoe search; with no such line in the cart it says so. "What are ppl
buying most right now" (3.8) is the shop's best sellers, even with a product open, not what people
buy with it. The shopper's words go through the real catalog extractor; the actions run on
rasa-sdk's real Tracker against the demo store."""

from __future__ import annotations

import pytest

from actions.cart import ActionRemoveFromCart, ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionShowBoughtTogether
from tests.actions.conversation_driver import ActionConversation, say

DRESS = "Vivienne Velvet Dress"
BOOT = "Heather Chelsea Boot"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="noor", keep_messages=True)


# --- 2.10: "actually take the shoes out, ill wear my old ones. whats my total now?" --------------


def fill_the_cart_with_a_dress_and_boots(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size M")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {DRESS.lower()} in green to my cart")  # fmt: skip
    assert f"Added {DRESS}" in added.text, added.text
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens chelsea boots in 7.5")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {BOOT.lower()} in black")  # fmt: skip
    assert f"Added {BOOT}" in added.text, added.text


def cart_shown(turn) -> str:
    return next(m["text"] for m in reversed(turn.messages) if "Your cart" in (m.get("text") or ""))


@pytest.mark.parametrize(
    "text",
    [
        "actually take the shoes out, ill wear my old ones. whats my total now?",
        "take the boots out of my cart pls. what's the total",
        "ditch the shoes, whats my total",
        "drop the boots",
        "actually remove the shoes from my bag, how much is it now",
        "TAKE THE SHOES OUT",
        "on second thought get rid of the boots",
    ],
)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("search_products", ActionSearchProducts),
        ("refine_search", ActionSearchProducts),
        ("view_cart", ActionShowCart),
        ("remove_from_cart", ActionRemoveFromCart),
    ],
)
def test_a_cart_line_taken_out_in_words_is_removed_and_the_total_told(
    chat, extractor, text, intent, action
):
    fill_the_cart_with_a_dress_and_boots(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    assert "I found" not in turn.text, turn.text  # no shoe search
    assert f"Removed {BOOT}" in turn.text, turn.text
    cart = cart_shown(turn)
    assert BOOT not in cart, cart
    assert DRESS in cart and "Subtotal $109.00" in cart, cart


@pytest.mark.parametrize(
    "text",
    [
        "actually take the shoes out, ill wear my old ones. whats my total now?",
        "take the boots out of my cart. whats the total",
        "remove the shoes from my bag",
    ],
)
def test_taking_out_what_the_cart_does_not_hold_says_so(chat, extractor, text):
    # The stranger's way: "add the dress and the shoes" was answered with "which colour?" twice,
    # so neither is in the cart.
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens chelsea boots in 7.5")
    asked = say(chat, extractor, ActionAddToCart(), "add_to_cart", f"add the {BOOT.lower()}")
    assert asked.text.startswith("Which colour"), asked.text

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "I found" not in turn.text, turn.text
    assert "no shoes in your cart" in turn.shown.lower() or "no boots in your cart" in (
        turn.shown.lower()
    ), turn.shown
    assert "Your cart is empty" in turn.shown, turn.shown


def test_a_search_that_drops_a_kind_is_still_a_search(chat, extractor):
    """ "Drop the heels, show me flats" with no heels in the cart: a new search, as before."""
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "drop the heels, show me flats")  # fmt: skip

    assert "I found" in turn.text, turn.text


# --- 3.8: "what are ppl buying most right now" with the blazer open -------------------------------


def open_a_blazer(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "mens jackets")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    assert "$" in opened.text, opened.text


@pytest.mark.parametrize(
    "text",
    [
        "what are ppl buying most right now",
        "whats popular",
        "what are people buying",
        "best sellers?",
        "most popular rn",
        "what's everyone buying at the moment",
        "wat do ppl buy the most",
        "whats selling best rn",
        "what r folks getting most these days",
    ],
)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("ask_bought_together", ActionShowBoughtTogether),
        ("search_products", ActionSearchProducts),
    ],
)
def test_what_sells_most_is_the_best_sellers_even_with_a_product_open(
    chat, extractor, text, intent, action
):
    open_a_blazer(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    assert "buy with it" not in turn.text, turn.text
    assert "goes with" not in turn.text, turn.text
    # The demo store has no orders yet: the shop's products, said not to be ranked by sales.
    assert "popular" in turn.text.lower() and "I found" in turn.text, turn.text


@pytest.mark.parametrize(
    "text",
    [
        "what do people buy with this",
        "what are people buying with these",
        "what do ppl buy with it",
        "popular add ons for this?",
    ],
)
def test_what_people_buy_with_it_is_still_bought_together(chat, extractor, text):
    open_a_blazer(chat, extractor)

    turn = say(chat, extractor, ActionShowBoughtTogether(), "ask_bought_together", text)

    assert "buy with it" in turn.text, turn.text


@pytest.mark.parametrize(
    "text", ["another velvet dress to take out dancing", "a dress to take out on a date"]
)
def test_a_search_that_says_take_out_keeps_the_cart(chat, extractor, text):
    fill_the_cart_with_a_dress_and_boots(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "Removed" not in turn.text and "I found" in turn.text, turn.text
