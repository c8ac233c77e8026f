"""Stranger test 76 (docs/nlu/stranger-test-76.md, persona B, message B8, worst problem 4): with the
shoes in the cart, the checkout asking for the address and nothing ordered, "Oh no, I just found out
from my mum that my sister already has a bag almost exactly like that one! Can I return the gift?
Just the bag please, I'm keeping my shoes." left the checkout and searched bags under $11.

Before any order, sending a thing back says plainly that nothing was ordered and that the thing
isn't in the cart (or offers to take it out when it is), and the checkout stays where it was: its
open question asked again."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    keep_bot_messages,
    said_at_checkout_prompt,
    say,
)

SHOES, BAG = "Aveline Slingback", "Gotland Crossbody Bag"
DETAILS = {"customer_name": "Maria Gomez", "customer_email": "maria.gomez@example.com"}

# Each phrasing with the intent it may be heard as.
RETURN_THE_BAG = [
    ("Oh no, I just found out from my mum that my sister already has a bag almost exactly like that "
     "one! Can I return the gift? Just the bag please, I'm keeping my shoes.", "return_order"),
    ("can i send the bag back? keeping my shoes", "return_order"),
    ("i want to return the bag pls", "return_order"),
    ("actually can i return the handbag, she has one already", "search_products"),
    ("how do i send back the bag, keep the shoes", "return_order"),
    ("refund the bag please", "return_order"),
]  # fmt: skip


def _entities(extractor, text: str) -> list[dict]:
    return [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end,
             **({"role": e.role} if e.role else {})} for e in extractor.extract(text)]  # fmt: skip


def _add(chat, handle: str, **options) -> None:
    turn = chat.run(ActionAddToCart(), "add_to_cart", "add it",
                    entity_list(product_handle=handle, **options))  # fmt: skip
    keep_bot_messages(chat, turn)


def _at_the_address_prompt(chat: ActionConversation) -> None:
    _add(chat, "aveline-slingback", size="8", colour="black")
    started = chat.run(ActionCheckoutCart(), "checkout", "let's check out then please")
    assert "Checking out your cart" in started.shown, started.shown
    chat.slots.update(DETAILS)


@pytest.mark.parametrize(("text", "intent"), RETURN_THE_BAG)
def test_a_bag_never_ordered_nor_in_the_cart_is_said_so_and_the_checkout_kept(
    chat, extractor, text, intent
):
    """docs/nlu/stranger-test-76.md, B8."""
    _at_the_address_prompt(chat)

    turn = said_at_checkout_prompt(chat, "customer_address", text, intent,
                                   _entities(extractor, text))  # fmt: skip

    print(turn.shown)
    assert "Nothing has been ordered yet" in turn.shown
    assert "bag" in turn.shown and "in your cart" in turn.shown
    assert "left the checkout" not in turn.shown
    assert "closest" not in turn.shown.lower() and "$11" not in turn.shown
    assert not any(e["event"] == "active_loop" and e.get("name") is None for e in turn.events)
    assert all(e.get("value") is None for e in turn.events
               if e["event"] == "slot" and e["name"] == "customer_address")  # fmt: skip


@pytest.mark.parametrize(("text", "intent"), RETURN_THE_BAG[:3] + RETURN_THE_BAG[4:])
def test_a_bag_in_the_cart_is_offered_to_be_taken_out(chat, extractor, text, intent):
    """docs/nlu/stranger-test-76.md, B8: the bag in the cart, no order: offered to take it out."""
    _add(chat, "gotland-crossbody-bag", colour="tan")
    _at_the_address_prompt(chat)

    turn = said_at_checkout_prompt(chat, "customer_address", text, intent,
                                   _entities(extractor, text))  # fmt: skip

    print(turn.shown)
    assert "Nothing has been ordered yet" in turn.shown
    assert BAG in turn.shown and "take it out" in turn.shown
    assert any(b["payload"].startswith("/remove_from_cart") for b in turn.buttons)
    assert "left the checkout" not in turn.shown


@pytest.mark.parametrize(("text", "intent"), RETURN_THE_BAG)
def test_a_return_with_no_checkout_open_says_nothing_was_ordered(chat, extractor, text, intent):
    """docs/nlu/stranger-test-76.md, B8: the same, asked with the shoes in the cart only."""
    _add(chat, "aveline-slingback", size="8", colour="black")

    action = ActionReturnOrder()
    turn = say(chat, extractor, action, "return_order", text)

    print(turn.shown)
    assert "Nothing has been ordered yet" in turn.shown
    assert "no bags in your cart" in turn.shown or "no handbags in your cart" in turn.shown
    assert SHOES in turn.shown  # what the cart holds
    assert "order number" not in turn.shown


def test_a_return_from_a_new_chat_is_still_the_return_flow(chat, extractor):
    """docs/nlu/stranger-test-76.md, B8: with nothing in this chat, an order from before is meant."""
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", "i want to return the bag")

    print(turn.shown)
    assert "Nothing has been ordered" not in turn.shown


@pytest.mark.parametrize("text", ["i want to return to the jackets you showed",
                                  "show me some bags instead"])  # fmt: skip
def test_a_search_at_the_address_still_leaves_for_the_search(chat, extractor, text):
    """docs/nlu/stranger-test-76.md, B8: only sending something back is answered so."""
    _at_the_address_prompt(chat)

    turn = said_at_checkout_prompt(chat, "customer_address", text, "search_products",
                                   _entities(extractor, text))  # fmt: skip

    print(turn.shown)
    assert "Nothing has been ordered yet" not in turn.shown
