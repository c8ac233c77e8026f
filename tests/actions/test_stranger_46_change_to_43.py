"""Stranger test 46 (docs/nlu/stranger-test-46.md, Ji-hoon #8, worst problem 3).

After asking about sneakers he ordered, "if too small can i chang to 43" got "Sorry, I didn't
understand “small” and “chang”, so I haven't changed your search" (in a later build: "What are
you looking for?"). It asks whether he can exchange them for a bigger size: the exchanges answer,
whether an order is known or not, never a search."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import buy_and_be_remembered, say, say_and_keep

EXCHANGES = "Need another size or colour instead? You can exchange"

# Each phrasing, as the model hears it (and the action that intent runs).
WHAT_IF_IT_DOES_NOT_FIT = [
    ("if too small can i chang to 43", "refine_search", ActionSearchProducts),
    ("if it dont fit can i change size?", "ask_return_policy", ActionAnswerServiceQuestion),
    ("can i change to bigger if too small", "ask_return_policy", ActionAnswerServiceQuestion),
    ("if no fit i can exchange?", "ask_return_policy", ActionAnswerServiceQuestion),
    ("can i swap to 43 if too small", "refine_search", ActionSearchProducts),
    ("if too big can change smaller?", "ask_return_policy", ActionAnswerServiceQuestion),
    ("if too small can i chang to 43", "ask_return_policy", ActionAnswerServiceQuestion),
]
# A size to change to, with no "if it doesn't fit": an exchange only after talk of an order.
CHANGE_TO_A_SIZE = [
    ("chang to 44 possible?", "refine_search", ActionSearchProducts),
    ("can change to 43?", "refine_search", ActionSearchProducts),
    ("swap to 44 possible?", "refine_search", ActionSearchProducts),
]


def _order_not_found(chat, extractor) -> None:
    """Ji-hoon's turns 6 and 7: his sneaker order asked about, and not found."""
    say_and_keep(
        chat, extractor, ActionOrderStatus(), "order_status",
        "also last week i order sneaker, still not come. HL-7WQ3KD",
    )  # fmt: skip
    turn = say_and_keep(
        chat, extractor, ActionTakeOrderDetails(), "inform", "email jihoon.park@snu.ac.kr"
    )
    assert "can't find an order" in turn.shown, turn.shown


def _assert_exchanges_answer(shown: str) -> None:
    assert EXCHANGES in shown, shown
    assert "didn't understand" not in shown
    assert "What are you looking for" not in shown
    assert "I found" not in shown


@pytest.mark.parametrize("asked", WHAT_IF_IT_DOES_NOT_FIT + CHANGE_TO_A_SIZE, ids=lambda a: a[0])
def test_after_an_order_not_found_a_change_of_size_is_an_exchange(chat, extractor, asked):
    _order_not_found(chat, extractor)
    text, heard_as, action = asked

    turn = say(chat, extractor, action(), heard_as, text)

    print(turn.shown)
    _assert_exchanges_answer(turn.shown)


@pytest.mark.parametrize("asked", WHAT_IF_IT_DOES_NOT_FIT, ids=lambda a: a[0])
def test_what_if_it_does_not_fit_is_the_exchanges_answer_with_no_order(chat, extractor, asked):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers")
    text, heard_as, action = asked

    turn = say(chat, extractor, action(), heard_as, text)

    print(turn.shown)
    _assert_exchanges_answer(turn.shown)


@pytest.mark.parametrize("asked", WHAT_IF_IT_DOES_NOT_FIT, ids=lambda a: a[0])
def test_what_if_it_does_not_fit_with_an_order_in_focus(demo_store_url, extractor, asked):
    chat = buy_and_be_remembered(
        "jihoon",
        {"customer_name": "Ji-hoon Park", "customer_email": "jihoon.park@snu.ac.kr",
         "customer_address": "12 Harbour Lane, 02110 Boston"},
    )  # fmt: skip
    chat.keep_messages = True
    assert chat.slots.get("last_order")
    text, heard_as, action = asked

    turn = say(chat, extractor, action(), heard_as, text)

    print(turn.shown)
    assert "exchange" in turn.shown.lower(), turn.shown
    assert "didn't understand" not in turn.shown
    assert "What are you looking for" not in turn.shown
    assert "I found" not in turn.shown


def test_a_size_to_change_to_in_a_search_still_refines_it(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "chang to 44 possible?")

    assert EXCHANGES not in turn.shown, turn.shown


def test_after_an_order_then_a_new_search_a_size_refines_the_search(chat, extractor):
    _order_not_found(chat, extractor)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "chang to 44 possible?")

    assert EXCHANGES not in turn.shown, turn.shown
