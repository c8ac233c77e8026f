"""Stranger test 75 (docs/nlu/stranger-test-75.md, persona B, B6-B8, worst problem 3) and stranger
test 74 (docs/nlu/stranger-test-74.md, worst problem 2).

While "Which colour of the Noemi Kitten Heel?" waited, the shopper typed her name ("It's Maria
Jensen"), her email and her address: each got "I'll ask for your name, email and address when you
check out; your purchase needs one more thing first" and the same colour question, word for word,
and nothing was kept ("Daniel Hughes" alone got "Sorry, I didn't get that"). A detail typed while a
choice waits is kept for the checkout, said so briefly, and the choice asked again; the checkout
then asks only for what it lacks. "checkout" with an empty cart while the pick waits names it and
what it needs, and asks that choice."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionAddToCart, ActionCheckoutCart
from actions.checkout import ActionReviewOrder
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import keep_bot_messages, say, say_and_keep

HEEL = "Noemi Kitten Heel"
OLD_REPLY = "I'll ask for your name, email and address when you check out"

NAMES = [
    ("It's Maria Jensen", "Maria Jensen"),
    ("Daniel Hughes", "Daniel Hughes"),
    ("daniel hughes", "daniel hughes"),
    ("my name is Maria Jensen", "Maria Jensen"),
    ("its maria jensen", "maria jensen"),
    ("Maria Jensen.", "Maria Jensen"),
]
EMAILS = ["maria.jensen@example.com", "it's maria.jensen@example.com", "dhughes88@gmail.com",
          "email: maria.j@example.co.uk", "maria.jensen@example.com pls"]  # fmt: skip
ADDRESSES = [
    ("48 Maple Avenue, 60614 Chicago", "48 Maple Avenue, 60614 Chicago"),
    ("48 maple ave 60614 chicago", "48 maple ave 60614 chicago"),
    ("12 Harbour Lane, 02110 Boston", "12 Harbour Lane, 02110 Boston"),
    ("1200 N Lake Shore Dr, Chicago, IL 60610", "1200 N Lake Shore Dr, Chicago, IL 60610"),
    ("45 Oak St Apt 3, 11372 Jackson Heights NY", "45 Oak St Apt 3, 11372 Jackson Heights NY"),
]


def heel_waiting_for_a_colour(chat, extractor):
    """B5: the Noemi Kitten Heel (the second of the low heels listed) in 8, its colour asked
    with buttons."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "kitten heels")
    asked = say_and_keep(
        chat, extractor, ActionAddToCart(), "add_to_cart", "add the second one in 8"
    )
    assert f"Which colour of the {HEEL}?" in asked.shown, asked.shown
    assert asked.buttons
    return asked


def assert_kept_and_asked_again(turn, asked, detail: str, value: str) -> None:
    assert f"Noted your {detail}, {value}" in turn.shown, turn.shown
    assert "at checkout" in turn.shown
    assert OLD_REPLY not in turn.shown
    assert "didn't get that" not in turn.shown
    assert HEEL in turn.shown and "colour" in turn.shown
    assert [b["title"] for b in turn.buttons] == [b["title"] for b in asked.buttons]


def tap(chat, button: dict):
    """The shopper taps a button: its payload's intent and entities, as Rasa would send them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    turn = chat.run(ActionAddToCart(), intent, button["payload"],
                    [{"entity": name, "value": value} for name, value in values.items()])  # fmt: skip
    return keep_bot_messages(chat, turn)


@pytest.mark.parametrize(("text", "name"), NAMES)
@pytest.mark.parametrize(("action", "intent"), [(ActionOutOfScope, "out_of_scope"),
                                                (ActionClarify, "nlu_fallback")])  # fmt: skip
def test_a_name_while_the_colour_waits_is_kept(chat, extractor, text, name, action, intent):
    """docs/nlu/stranger-test-75.md, B6; docs/nlu/stranger-test-74.md, problem 2 ("Daniel
    Hughes" got "Sorry, I didn't get that")."""
    asked = heel_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert_kept_and_asked_again(turn, asked, "name", name)


@pytest.mark.parametrize("text", EMAILS)
def test_an_email_while_the_colour_waits_is_kept(chat, extractor, text):
    """docs/nlu/stranger-test-75.md, B7."""
    asked = heel_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionTakeOrderDetails(), "inform", text)

    email = next(word for word in text.split() if "@" in word)
    assert_kept_and_asked_again(turn, asked, "email", email)


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
@pytest.mark.parametrize(("action", "intent"), [(ActionTakeOrderDetails, "inform"),
                                                (ActionClarify, "nlu_fallback")])  # fmt: skip
def test_an_address_while_the_colour_waits_is_kept(chat, extractor, text, address, action, intent):
    """docs/nlu/stranger-test-75.md, B8."""
    asked = heel_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert_kept_and_asked_again(turn, asked, "address", address)


def test_the_checkout_asks_none_of_the_details_typed_while_waiting(chat, extractor):
    """docs/nlu/stranger-test-75.md, B6-B8: name, email and address, then the colour tapped,
    then "checkout": the review, with her details, and none of them asked again."""
    asked = heel_waiting_for_a_colour(chat, extractor)
    steps = [
        (ActionOutOfScope(), "out_of_scope", "It's Maria Jensen"),
        (ActionTakeOrderDetails(), "inform", "maria.jensen@example.com"),
        (ActionTakeOrderDetails(), "inform", "48 Maple Avenue, 60614 Chicago"),
    ]
    replies = [say_and_keep(chat, extractor, *step).shown for step in steps]
    assert len(set(replies)) == len(replies), replies  # never the same reply word for word

    tapped = tap(chat, asked.buttons[0])
    assert HEEL in tapped.shown
    checkout = keep_bot_messages(chat, say(chat, extractor, ActionCheckoutCart(), "checkout",
                                           "checkout"))  # fmt: skip

    print(checkout.shown, checkout.events)
    followups = [e.get("name") for e in checkout.events if e.get("event") == "followup"]
    assert "checkout_form" not in followups
    assert "action_review_order" in followups
    assert "need a few details" not in checkout.shown
    review = keep_bot_messages(chat, chat.run(ActionReviewOrder(), "checkout", "checkout"))
    assert "48 Maple Avenue, 60614 Chicago" in review.shown, review.shown
    assert HEEL in review.shown


def test_the_checkout_asks_only_the_detail_still_missing(chat, extractor):
    """docs/nlu/stranger-test-74.md, problem 2: the name typed at the colour question is not
    asked again; the form asks the rest."""
    asked = heel_waiting_for_a_colour(chat, extractor)
    say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "Daniel Hughes")
    tap(chat, asked.buttons[0])

    checkout = keep_bot_messages(chat, say(chat, extractor, ActionCheckoutCart(), "checkout",
                                           "let's check out"))  # fmt: skip

    followups = [e.get("name") for e in checkout.events if e.get("event") == "followup"]
    assert "checkout_form" in followups
    assert "Daniel Hughes" in checkout.shown
    assert chat.slots.get("customer_name") == "Daniel Hughes"


def test_the_same_name_twice_is_not_answered_word_for_word_the_same(chat, extractor):
    """docs/nlu/stranger-test-75.md, problem 3 (verbatim repeats)."""
    heel_waiting_for_a_colour(chat, extractor)

    first = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "Maria Jensen")
    again = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "maria jensen")
    same = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "maria jensen")

    assert first.shown != again.shown
    assert again.shown != same.shown or "already have" in same.shown


@pytest.mark.parametrize(
    "text", ["checkout", "let's check out", "lets checkout pls", "ok check out now", "chekout"]
)
def test_checkout_with_an_empty_cart_names_the_pick_that_waits(chat, extractor, text):
    """docs/nlu/stranger-test-75.md, problem 3: "checkout" with an empty cart while the heel
    waits for its colour says the heel waits and for what, and asks the colour, not only "your
    cart is empty"."""
    asked = heel_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", text)

    assert HEEL in turn.shown and "colour" in turn.shown, turn.shown
    assert [b["title"] for b in turn.buttons] == [b["title"] for b in asked.buttons]


def test_checkout_twice_with_the_pick_waiting_is_not_answered_word_for_word_the_same(
    chat, extractor
):
    """docs/nlu/stranger-test-75.md, problem 3 (verbatim repeats): "checkout" again, the cart
    still empty, is answered shortly, the heel asked again."""
    asked = heel_waiting_for_a_colour(chat, extractor)

    first = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", "let's check out")
    again = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", "checkout")

    assert first.shown != again.shown
    assert "Still nothing" in again.shown, again.shown
    assert HEEL in again.shown and "colour" in again.shown
    assert [b["title"] for b in again.buttons] == [b["title"] for b in asked.buttons]
