"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire, B10 and worst problem 2): with
the Harriet Shirt Dress still waiting for its colour and nothing ordered, "could you switch it to
express and send it to my office instead? It's 400 Euclid Ave, Cleveland OH 44115" heard as a
shipping question (or as changing an order's address) was answered with the shipping FAQ; and where
it was caught, the express choice and the address were thrown away, so the checkout asked for the
address again and reviewed standard shipping. Both are kept: the colour tapped, the checkout asks
only the name and email, and the review shows express to that address."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionChangeOrderAddress
from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say
from tests.actions.test_stranger_66_express_before_ordering import (
    CLAIRE_B10,
    WAITING,
    harriet_waiting_for_a_colour,
)

# (message, the address it gives)
EXPRESS_AND_AN_ADDRESS = [
    (CLAIRE_B10, "400 Euclid Ave, Cleveland OH 44115"),
    ("can u make it express and ship to 12 Oak Street, Boston MA 02110",
     "12 Oak Street, Boston MA 02110"),
    ("express delivery please, and deliver to 9 harbour rd, 2000 sydney", "9 harbour rd, 2000 sydney"),
    ("pls switch to express and send to 45 oak st apt 3, 11372 jackson heights ny",
     "45 oak st apt 3, 11372 jackson heights ny"),
    ("i want express shipping to my work: 55 Market St, San Francisco CA 94105",
     "55 Market St, San Francisco CA 94105"),
]  # fmt: skip


def _tap_white(chat):
    """The shopper taps the colour the dress waits for."""
    tapped = chat.run(ActionStartCheckout(), "buy", "/buy",
                      entities=entity_list(product_handle="harriet-shirt-dress", size="M",
                                           colour="White"))  # fmt: skip
    keep_bot_messages(chat, tapped)
    return tapped


def _review_after_name_and_email(chat):
    """The checkout's form asks what is still missing; the name and email given, the review."""
    chat.slots.update(customer_name="Claire Whitfield", customer_email="claire.w@example.com")
    return keep_bot_messages(chat, chat.run(ActionReviewOrder(), "inform", "claire.w@example.com"))


@pytest.mark.parametrize(("text", "address"), EXPRESS_AND_AN_ADDRESS)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerServiceQuestion, "ask_shipping"),
     (ActionChangeOrderAddress, "change_order_address")],
)  # fmt: skip
def test_express_and_an_address_before_the_colour_are_kept_for_the_checkout(
    chat, extractor, text, address, action, intent
):
    harriet_waiting_for_a_colour(chat)

    turn = keep_bot_messages(chat, say(chat, extractor, action(), intent, text))

    assert "Nothing is ordered yet" in turn.text, turn.text
    assert f"I'll send it by express to {address}" in turn.text
    assert "address when you check out" not in turn.text
    assert WAITING in turn.text
    assert [b["title"] for b in turn.buttons] == ["White", "Blue"]

    tapped = _tap_white(chat)
    assert "Harriet Shirt Dress" in tapped.text
    # The form asks only what is missing: the address is already there.
    assert chat.slots.get("customer_address") == address

    review = _review_after_name_and_email(chat)
    assert address in review.text, review.text
    assert "Express" in review.text


def test_a_question_about_express_heard_as_shipping_is_still_answered(chat, extractor):
    harriet_waiting_for_a_colour(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping",
               "does express arrive by friday?")  # fmt: skip

    print(turn.shown)
    assert "Nothing is ordered yet" not in turn.text
    assert not chat.slots.get("checkout_shipping")


def test_express_alone_is_kept_and_the_address_still_asked(chat, extractor):
    harriet_waiting_for_a_colour(chat)

    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping", "make it express pls"
    )

    assert "I'll send it by express" in turn.text, turn.text
    _tap_white(chat)
    assert not chat.slots.get("customer_address")
    assert chat.slots.get("checkout_shipping") == "express"
