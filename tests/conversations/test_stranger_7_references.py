"""Stranger test 7 (docs/nlu/stranger-test-7.md), turn by turn through the actions: "the shirt"
after a newer list, "the black one" when several on screen are black, and "both". The shopper's
words go through the real catalog extractor; the actions run on rasa-sdk's real Tracker against
the demo store, with the conversation's events kept the way Rasa sends them to the action server."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from commerce.db import get_engine, session_scope
from commerce.products import product_details
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_events=True)


def show_two_shirts(chat, extractor) -> None:
    shirts = say(chat, extractor, ActionSearchProducts(), "search_products",
                 "a shirt for men for a job interview, not white")  # fmt: skip
    assert "Jermyn Poplin Dress Shirt" in shirts.text and "Chancery Non-Iron Shirt" in shirts.text


def show_shoes(chat, extractor) -> None:
    shoes = say(chat, extractor, ActionSearchProducts(), "search_products", "shoes for men")
    assert "Shirt" not in shoes.text, shoes.text


def tap(chat, action, button: dict):
    """Run `action` as Rasa would on the tap of `button` ('/intent{"entity": "value"}')."""
    intent, _, entities = button["payload"][1:].partition("{")
    values = json.loads("{" + entities) if entities else {}
    found = [{"entity": name, "value": value} for name, value in values.items()]
    return chat.run(action, intent, entities=found)


# 1. "the shirt" reaches back to the shirt opened before a newer list replaced it.


def test_the_shirt_after_a_shoe_list_is_the_shirt_opened(chat, extractor):
    show_two_shirts(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the 2nd one")
    show_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "is the shirt slim fit? i'm pretty skinny")  # fmt: skip

    assert "Chancery Non-Iron Shirt" in turn.text, turn.text
    assert "None of the products on screen" not in turn.text


def test_put_the_shirt_in_my_basket_after_a_shoe_list(chat, extractor):
    show_two_shirts(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the 2nd one")
    show_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart",
               "cool put the shirt in my basket, i'll think about the rest")  # fmt: skip

    assert "Chancery Non-Iron Shirt" in turn.text, turn.text
    assert "Which one do you mean?" not in turn.text


def test_the_shirt_when_two_were_shown_asks_which_by_name(chat, extractor):
    show_two_shirts(chat, extractor)
    show_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "put the shirt in my basket")

    titles = " ".join(button["title"] for button in turn.buttons)
    assert "Jermyn Poplin Dress Shirt" in titles and "Chancery Non-Iron Shirt" in titles, turn
    # A tap goes on adding to the cart.
    assert all(b["payload"].startswith("/add_to_cart") for b in turn.buttons), turn.buttons


# 2. "the black one" when several on screen are black: name them, one tap picks.


def test_the_black_one_when_both_belts_are_black_names_them(chat, extractor):
    belts = say(chat, extractor, ActionSearchProducts(), "search_products", "a formal belt")
    assert "Classic Leather Dress Belt" in belts.text and "Patent Evening Belt" in belts.text

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", "the black one")

    titles = [button["title"] for button in turn.buttons]
    assert any("Classic Leather Dress Belt" in t for t in titles), turn
    assert any("Patent Evening Belt" in t for t in titles), turn
    assert "black" in turn.text.lower(), turn.text


def test_the_blue_one_what_goes_with_it_keeps_the_question(chat, extractor):
    show_two_shirts(chat, extractor)

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
               "ooh the blue one. what would go with it")  # fmt: skip

    titles = " ".join(button["title"] for button in turn.buttons)
    assert "Jermyn Poplin Dress Shirt" in titles and "Chancery Non-Iron Shirt" in titles, turn
    assert all(b["payload"].startswith("/ask_what_goes_with") for b in turn.buttons)

    # One tap on the Jermyn answers "what would go with it" for that shirt.
    jermyn = next(b for b in turn.buttons if "Jermyn" in b["title"])
    tapped = tap(chat, ActionSuggestOutfit(), jermyn)
    assert tapped.text.startswith("To go with the Jermyn Poplin Dress Shirt"), tapped.text


# 3. "add both to cart" with two products on screen.


def test_add_both_to_cart_asks_for_each_missing_size_then_both_are_in_the_cart(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "a formal belt")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add both to cart")

    # Seen: "Which one do you mean?" and nothing added. Now each belt is asked for by name.
    assert "Which one do you mean?" not in turn.text
    assert "Classic Leather Dress Belt" in turn.text and "Patent Evening Belt" in turn.text, turn
    for message in turn.messages:  # tap the first choice offered, until the belt is added
        buttons = message["buttons"]
        for _ in range(3):
            reply = tap(chat, ActionAddToCart(), buttons[0])
            if reply.text.startswith("Added"):
                break
            buttons = reply.buttons
    cart = chat.run(ActionShowCart(), "view_cart", "whats in my cart")
    assert "Classic Leather Dress Belt" in cart.text and "Patent Evening Belt" in cart.text, cart


def test_add_both_with_a_longer_list_says_nothing_was_added(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "shoes for men")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add both to cart")

    assert "haven't added anything" in turn.text, turn.text
    assert turn.buttons


# 4. "how much would the whole outfit come to": a total of what the shopper picked.


def test_the_whole_outfit_totals_the_products_opened_at_current_prices(chat, extractor):
    show_two_shirts(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the 2nd one")
    show_shoes(chat, extractor)
    shoe = say(chat, extractor, ActionSelectProduct(), "select_product", "the 1st one")
    shoe_handle = chat.slots["current_product"]

    turn = say(chat, extractor, ActionShowPrice(), "ask_price",
               "how much would the whole outfit come to")  # fmt: skip

    with session_scope(get_engine()) as session:
        shirt = product_details(session, "chancery-non-iron-shirt")
        shoes = product_details(session, shoe_handle)
        total = shirt.price_from + shoes.price_from
    assert shirt.title in turn.text and shoes.title in turn.text, (shoe.text, turn.text)
    assert f"${total:,.2f}" in turn.text, turn.text


def test_the_whole_outfit_with_nothing_picked_says_what_it_can_total(chat, extractor):
    show_shoes(chat, extractor)

    turn = say(chat, extractor, ActionShowPrice(), "ask_price",
               "how much would the whole outfit come to")  # fmt: skip

    assert "None of the products on screen" not in turn.text + str(turn.responses)
    assert "cart" in turn.text.lower(), turn.text


def test_the_dinner_date_shirt_picked_by_tap_is_the_shirt_and_part_of_the_outfit(chat, extractor):
    # Conversation E as it should go: the blue shirt picked with one tap, shoes opened after.
    show_two_shirts(chat, extractor)
    which = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
                "ooh the blue one. what would go with it")  # fmt: skip
    tap(chat, ActionSuggestOutfit(), next(b for b in which.buttons if "Jermyn" in b["title"]))
    show_shoes(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the 1st one")
    shoes = chat.slots["current_product"]

    total = say(chat, extractor, ActionShowPrice(), "ask_price",
                "how much would the whole outfit come to")  # fmt: skip
    fit = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
              "is the shirt slim fit? i'm pretty skinny")  # fmt: skip

    with session_scope(get_engine()) as session:
        shoe_title = product_details(session, shoes).title
    assert "Jermyn Poplin Dress Shirt" in total.text and shoe_title in total.text, total.text
    assert "Jermyn Poplin Dress Shirt" in fit.text and shoe_title not in fit.text, fit.text
