"""Stranger test 12 (docs/nlu/stranger-test-12.md), the cart: several products named in one add
message ("the clutch and the first heels") are each added or each asked about, never nothing, even
when the message was heard as taking something out (B9); a cart line is found by its kind ("the
tie", "the shirts"), and every change a message asks is made (D9); "Got it: size XXL" is said once
(C2); a purchase question left for another search is not dropped without a word (D3 -> D4).
The shopper's words go through the real catalog extractor; the actions run on rasa-sdk's real
Tracker against the demo store, with the conversation's messages and slot events kept the way Rasa
sends them to the action server."""

from __future__ import annotations

import pytest

from actions.cart import ActionChangeQuantity, ActionRemoveFromCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.profile import ActionRememberSize
from tests.actions.conversation_driver import ActionConversation, say

TIE = "Wool Knit Tie (Navy)"
SHIRT = "Gerrard Pleated Tuxedo Shirt (15.5, White)"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="tessa", keep_messages=True)


# --- B9: "put the clutch and the first heels in my bag" -------------------------------------------


def listed(turn, position: int) -> str:
    """The title of the product listed at `position` ("1. Seraphina Crystal Sandal by ...")."""
    line = next(line for line in turn.text.splitlines() if line.startswith(f"{position}. "))
    return line.removeprefix(f"{position}. ").split(" by ")[0]


def show_a_clutch_then_heels(chat, extractor) -> tuple[str, str]:
    """The first and second heels listed, after a list with one clutch (the Lund)."""
    clutches = say(chat, extractor, ActionSearchProducts(), "search_products",
                   "clutch bag first. gold or silver ideally")  # fmt: skip
    assert "Lund Satin Clutch" in clutches.text, clutches.text
    say(chat, extractor, ActionSearchProducts(), "search_products", "heels, womens 7.5")
    heels = say(chat, extractor, ActionSearchProducts(), "search_products", "any in gold?")
    return listed(heels, 1), listed(heels, 2)


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("remove_from_cart", "fine. put the clutch and the first heels in my bag"),
        ("add_to_cart", "fine. put the clutch and the first heels in my bag"),
        ("add_to_cart", "add the clutch and the 1st heels to my cart"),
        ("remove_from_cart", "ok put the first heels and the clutch in my basket"),
        ("add_to_cart", "pls add the clutch + the first heels"),
        ("add_to_cart", "throw the clutch and the first pair of heels in my cart"),
        ("remove_from_cart", "alright add the clutch and the first heels"),
    ],
)
def test_two_products_named_in_one_add_are_each_added_or_asked_about(chat, extractor, intent, text):
    first, second = show_a_clutch_then_heels(chat, extractor)
    action = ActionRemoveFromCart() if intent == "remove_from_cart" else ActionAddToCart()

    turn = say(chat, extractor, action, intent, text)

    assert "cart is empty" not in turn.shown, turn.shown
    assert "Lund Satin Clutch" in turn.text, turn.text
    assert first in turn.text, turn.text
    assert second not in turn.text, turn.text  # the first heels, not another
    for title in ("Lund Satin Clutch", first):
        line = next(line for line in turn.text.splitlines() if title in line)
        assert line.startswith(("Added", "Which colour", "Which size")), turn.text


# --- D9: "remove the tie and make the shirts 3" ---------------------------------------------------


def fill_the_cart_with_shirts_and_a_tie(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "now white dress shirts, collar 15.5")  # fmt: skip
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "put 2 of the cheapest one in my basket")  # fmt: skip
    assert f"Added 2 × {SHIRT.split(' (')[0]}" in added.text, added.text
    say(chat, extractor, ActionSearchProducts(), "search_products", "and a navy tie")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add the second one")
    assert "Added Wool Knit Tie" in added.text, added.text


def cart_shown(turn) -> str:
    return next(m["text"] for m in reversed(turn.messages) if "Your cart" in (m.get("text") or ""))


@pytest.mark.parametrize(
    "text",
    [
        "actually remove the tie and make the shirts 3",
        "take the tie out and change the shirts to 3",
        "remove the tie, and 3 shirts instead",
        "drop the tie and i want 3 of the shirts",
        "get rid of the tie and make it 3 shirts",
        "delete the navy tie and make the shirt quantity three",
        "no tie pls and bump the shirts to 3",
        "make the shirts 3 and remove the tie",
        "remove the second one and make the first one 3",
    ],
)
@pytest.mark.parametrize(
    ("intent", "action"),
    [("remove_from_cart", ActionRemoveFromCart), ("change_quantity", ActionChangeQuantity)],
)
def test_every_change_asked_in_one_message_is_made(chat, extractor, text, intent, action):
    fill_the_cart_with_shirts_and_a_tie(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    assert "Which one" not in turn.text, turn.text
    assert f"Removed {TIE}" in turn.text, turn.text
    cart = cart_shown(turn)
    assert f"Now 3 × {SHIRT}." in turn.text, turn.text
    assert f"3 × {SHIRT}" in cart, cart
    assert "Tie" not in cart, cart


@pytest.mark.parametrize(
    "text",
    [
        "remove the tie",
        "take the tie out pls",
        "i dont want the tie anymore",
        "delete tie",
        "get rid of the navy tie",
        "REMOVE THE TIES",
    ],
)
def test_the_only_line_of_a_kind_is_found_by_its_kind(chat, extractor, text):
    fill_the_cart_with_shirts_and_a_tie(chat, extractor)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    assert "Which one" not in turn.text, turn.text
    assert f"Removed {TIE}" in turn.text, turn.text
    assert f"2 × {SHIRT}" in cart_shown(turn)


def test_a_quantity_over_the_limit_is_refused_by_the_one_rule(chat, extractor):
    fill_the_cart_with_shirts_and_a_tie(chat, extractor)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart",
               "remove the tie and make the shirts 50")  # fmt: skip

    assert f"Removed {TIE}" in turn.text, turn.text
    assert "at most 10 of one item" in turn.text, turn.text
    assert f"2 × {SHIRT}" in cart_shown(turn)


# --- C2: "Got it: size XXL" said once -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "im 6'5 and like 260lbs, xxl in shirts usually",
        "xxl in shirts usually",
        "i'm usually an XL in shirts",
        "im normally a large in shirts",
        "I usually wear a medium in shirts",
        "i'm usually a small in shirts tbh",
    ],
)
def test_a_size_kept_is_confirmed_once(chat, extractor, text):
    turn = say(chat, extractor, ActionRememberSize(), "state_size", text)

    confirmations = [m for m in turn.messages if (m.get("text") or "").startswith("Got it: size")]
    assert len(confirmations) == 1, turn.text


# --- D3 -> D4: a purchase question left for another search ----------------------------------------


def ask_which_size_of_the_trousers(chat, extractor) -> tuple[dict, str]:
    """The bot's "Which size of the ...?" for the first trousers listed, and their title."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "chinos first, navy or beige")
    question = say(
        chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one to my cart"
    )
    assert question.text.startswith("Which size of the "), question.text
    title = question.text.removeprefix("Which size of the ").removesuffix("?")
    # Rasa's tracker holds the bot's question with its buttons before the shopper's next message.
    return {"event": "bot", "text": question.text, "data": {"buttons": question.buttons}}, title


@pytest.mark.parametrize(
    "text",
    [
        "now white dress shirts, collar 15.5",
        "ok show me ties",
        "forget that, black oxfords in 10",
        "what about belts",
        "navy blazers pls",
        "DRESS SHIRTS",
    ],
)
def test_moving_on_from_a_size_question_says_the_product_was_not_added(chat, extractor, text):
    asked, title = ask_which_size_of_the_trousers(chat, extractor)

    turn = chat.run(ActionSearchProducts(), "search_products", text,
                    [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
                     for e in extractor.extract(text)],
                    events=[asked, {"event": "user", "text": text}])  # fmt: skip

    assert f"haven't added the {title} to your cart" in turn.text, turn.text
    assert "I found" in turn.text, turn.text  # and the new search is answered


def test_answering_the_size_question_says_nothing_was_dropped(chat, extractor):
    asked, title = ask_which_size_of_the_trousers(chat, extractor)
    text = f"the {title.split()[-1].lower()} in 32"

    turn = chat.run(ActionSearchProducts(), "search_products", text,
                    [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
                     for e in extractor.extract(text)],
                    events=[asked, {"event": "user", "text": text}])  # fmt: skip

    assert "haven't added" not in turn.text, turn.text
