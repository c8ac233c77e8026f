"""Stranger test 69 (docs/nlu/stranger-test-69.md, persona Claire, messages B10-B13, problem 5).

"ok let's check out" with an empty cart got "Your cart is empty", and the name, email and address
she typed next got three bare fallbacks. A checkout detail typed while no checkout is open is
answered: no checkout is open because the cart is empty, and what to do; said once, then only
a short reminder, never "didn't get that"."""

from __future__ import annotations

import pytest

from actions.cart import ActionCheckoutCart
from actions.chitchat import ActionOutOfScope
from actions.order_details import ActionTakeOrderDetails
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import entity_list, keep_bot_messages

NO_CHECKOUT = "There's no checkout open: your cart is empty"
STILL = "Still no checkout open"
FALLBACKS = {"utter_fallback", "utter_default", "utter_out_of_scope"}

NAMES = ["Claire Whitman", "claire whitman", "my name is Claire Whitman", "Jake Morris", "Ann Lee"]
EMAILS = ["claire.whitman@example.com", "it's claire.w@example.org", "jake99@gmail.com",
          "ann@example.com", "email: c.whitman@example.co.uk"]  # fmt: skip
ADDRESSES = ["88 Maple Street, 60614 Chicago", "88 maple street 60614 chicago",
             "12 Harbour Lane, 02110 Boston", "1200 N Lake Shore Dr, Chicago, IL 60610",
             "45 Oak St Apt 3, 11372 Jackson Heights NY"]  # fmt: skip


def _checkout_on_an_empty_cart(chat) -> None:
    turn = keep_bot_messages(chat, chat.run(ActionCheckoutCart(), "checkout", "ok let's check out"))
    assert "empty" in turn.shown


def _typed(chat, action, intent: str, text: str):
    entities = entity_list(email=text.split()[-1]) if "@" in text else []
    return keep_bot_messages(chat, chat.run(action, intent, text, entities))


@pytest.mark.parametrize("text", NAMES)
@pytest.mark.parametrize("action", [ActionClarify, ActionOutOfScope])
def test_a_name_with_no_checkout_open_says_so(chat, text, action):
    _checkout_on_an_empty_cart(chat)
    intent = "nlu_fallback" if action is ActionClarify else "out_of_scope"

    turn = _typed(chat, action(), intent, text)

    assert NO_CHECKOUT in turn.shown
    assert not FALLBACKS & set(turn.responses)


@pytest.mark.parametrize("text", EMAILS + ADDRESSES)
def test_an_email_or_address_with_no_checkout_open_says_so(chat, text):
    _checkout_on_an_empty_cart(chat)

    turn = _typed(chat, ActionTakeOrderDetails(), "inform", text)

    assert NO_CHECKOUT in turn.shown
    assert not FALLBACKS & set(turn.responses)


def test_name_email_and_address_get_it_once(chat):
    _checkout_on_an_empty_cart(chat)

    turns = [
        _typed(chat, ActionClarify(), "nlu_fallback", "Claire Whitman"),
        _typed(chat, ActionTakeOrderDetails(), "inform", "claire.whitman@example.com"),
        _typed(chat, ActionTakeOrderDetails(), "inform", "88 Maple Street, 60614 Chicago"),
    ]

    shown = "\n".join(turn.shown for turn in turns)
    print(shown)
    assert shown.count(NO_CHECKOUT) == 1
    assert STILL in turns[1].shown and STILL in turns[2].shown
    assert not any(FALLBACKS & set(turn.responses) for turn in turns)


@pytest.mark.parametrize("text", ["blorp snazzle", "Claire Whitman"])
def test_a_name_out_of_the_blue_is_not_taken_for_one(chat, text):
    # No checkout asked for: a name-like message is not read as a detail.
    turn = _typed(chat, ActionClarify(), "nlu_fallback", text)

    assert NO_CHECKOUT not in turn.shown
