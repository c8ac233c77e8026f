"""Stranger test 76 (docs/nlu/stranger-test-76.md) and stranger test 77 (docs/nlu/stranger-test-77.md).

76, B6 (problem 3): name, email and address typed in one message at the checkout's name question:
the address was lost and asked again. All three are kept, so the review comes next.
76, A9-A10 (problem 5): "change the delivery address" while the purchase was not finished: "I don't
see an order", then the order number and email asked twice. No order exists: the address is taken
at checkout, and an address typed now is kept for it; no order number asked.
77, A5 (problem 5): a bare name with no checkout open got "I'm only good at this shop": it gets the
same "no checkout is open" the bot gives for an email or address typed out of context."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionChangeOrderAddress
from actions.cart import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    said_at_checkout_prompt,
    say_and_keep,
)

ALL_AT_ONCE = [
    ("My name is Maria Gomez, my email is maria.gomez@example.com and please send it to 27 Elm "
     "Street, 10001 New York.", "Maria Gomez", "maria.gomez@example.com",
     "27 Elm Street, 10001 New York"),
    ("maria gomez, maria.gomez@example.com, 27 elm st 10001 new york", "maria gomez",
     "maria.gomez@example.com", "27 elm st 10001 new york"),
    ("Tom Hale - thale@uni-example.edu - 4 College Rd, 02139 Cambridge", "Tom Hale",
     "thale@uni-example.edu", "4 College Rd, 02139 Cambridge"),
    ("name: Jess Ortiz email jess.ortiz@gmail.com address 88 Maple Ave, 60614 Chicago",
     "Jess Ortiz", "jess.ortiz@gmail.com", "88 Maple Ave, 60614 Chicago"),
    ("its ann lee, ann.lee@example.com, ship to 12 Harbour Lane, 02110 Boston pls", "ann lee",
     "ann.lee@example.com", "12 Harbour Lane, 02110 Boston"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "email", "address"), ALL_AT_ONCE)
def test_name_email_and_address_in_one_message_are_all_kept(
    demo_store_url, text, name, email, address
):
    """docs/nlu/stranger-test-76.md, B6: the address of the same message is kept too."""
    chat = ActionConversation(sender="maria")
    chat.run(ActionStartCheckout(), "buy", "take the ridgeway in 11",
             entities=entity_list(product_handle="ridgeway-chelsea-boot", size="11",
                                  colour="brown"))  # fmt: skip

    turn = said_at_checkout_prompt(chat, "customer_name", text, "inform")

    slots = {e["name"]: e["value"] for e in turn.events if e.get("event") == "slot"}
    assert "doesn't look like" not in turn.text, turn.text
    assert slots.get("customer_name") == name, slots
    assert slots.get("customer_email") == email, slots
    assert address in (slots.get("customer_address") or ""), slots


CHANGES = [
    "need to chnge the delivery adress, send it to my office insted",
    "can i change the shipping address?",
    "i want it delivered to a different address",
    "change delivery address pls",
    "wrong address, can u update it",
]
NEW_ADDRESS = "14 kirkland st, 02138 cambridge"


def blazer_waiting_for_a_colour(chat, extractor):
    """A1-A3: the Henley Hopsack Blazer in 42R, its colour asked; no order placed."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "need a blazer for a conf talk next wk, 42R, arnd $200")  # fmt: skip
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "buy", "ill take the first one")
    assert "Henley Hopsack Blazer" in asked.shown and "colour" in asked.shown, asked.shown
    return asked


@pytest.mark.parametrize("text", CHANGES)
def test_address_change_before_any_order_is_for_the_checkout(chat, extractor, text):
    """docs/nlu/stranger-test-76.md, A9: no order exists, so no order number is asked; the
    address is given at checkout, and can be typed now."""
    blazer_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)

    assert "order number" not in turn.shown and "HL-" not in turn.shown, turn.shown
    assert "checkout" in turn.shown.lower(), turn.shown
    assert "Henley Hopsack Blazer" in turn.shown  # its colour still asked
    assert not chat.slots.get("order_asked_by")


@pytest.mark.parametrize("text", CHANGES)
@pytest.mark.parametrize(("action", "intent"), [(ActionTakeOrderDetails, "inform"),
                                                (ActionClarify, "nlu_fallback")])  # fmt: skip
def test_the_new_address_typed_next_is_kept_for_the_checkout(chat, extractor, text, action, intent):
    """docs/nlu/stranger-test-76.md, A10: the address typed next is kept for the checkout, never
    "to find your order I still need two things"."""
    blazer_waiting_for_a_colour(chat, extractor)
    say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)

    turn = say_and_keep(chat, extractor, action(), intent, NEW_ADDRESS)

    assert "order number" not in turn.shown and "still need two things" not in turn.shown
    assert chat.slots.get("customer_address") == NEW_ADDRESS, (turn.shown, chat.slots)


@pytest.mark.parametrize("text", ["jake moreno", "Jake Moreno", "maria gonzalez", "Tom Hale",
                                  "its jake moreno"])  # fmt: skip
@pytest.mark.parametrize(("action", "intent"), [(ActionOutOfScope, "out_of_scope"),
                                                (ActionClarify, "nlu_fallback")])  # fmt: skip
def test_a_bare_name_with_no_checkout_gets_no_checkout_open(chat, extractor, text, action, intent):
    """docs/nlu/stranger-test-77.md, A5: never "I'm only good at this shop"."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "waterproof boots")

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert "only good at this shop" not in turn.shown, turn.shown
    assert "no checkout open" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text", ["navy boots", "tell me", "thanks", "lol ok", "bad bot", "cool beans"]
)
def test_other_short_messages_are_not_taken_for_a_name(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, A5: only a person's name gets the checkout answer."""
    turn = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", text)

    assert "no checkout open" not in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "address"),
    [("send it to my office instead: 14 Kirkland St, 02138 Cambridge", "14 Kirkland St, 02138 Cambridge"),
     ("change the delivery address to 88 maple ave 60614 chicago", "88 maple ave 60614 chicago")],
)  # fmt: skip
def test_a_new_address_in_the_request_is_kept_with_the_cart_ready(chat, extractor, text, address):
    """docs/nlu/stranger-test-76.md, A9-A10: the cart holds the oxfords, no order placed: the
    address of the request kept for the checkout, and a Check out button."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "oxfords")
    say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one in 10")

    turn = say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)

    assert "order number" not in turn.shown, turn.shown
    assert chat.slots.get("customer_address") == address, (turn.shown, chat.slots)
    assert "Check out" in [b["title"] for b in turn.buttons]


def test_an_address_change_with_nothing_in_this_chat_still_looks_for_the_order(chat, extractor):
    """An order from before this chat may be meant: its number is asked, as before."""
    turn = say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address",
                        "i need to change the delivery address")  # fmt: skip

    assert "order number" in turn.shown, turn.shown


@pytest.mark.parametrize("text", CHANGES)
def test_with_the_cart_ready_no_address_is_promised_to_be_kept(chat, extractor, text):
    """docs/nlu/stranger-test-76.md, A9: with the cart ready and nothing waiting, an address typed
    next is not kept, so the reply never says it will be: the address is given at checkout."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "oxfords")
    say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one in 10")

    turn = say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)

    assert "order number" not in turn.shown, turn.shown
    assert "I'll keep it" not in turn.shown, turn.shown
    assert "when you check out" in turn.shown, turn.shown
    assert "Check out" in [b["title"] for b in turn.buttons]
