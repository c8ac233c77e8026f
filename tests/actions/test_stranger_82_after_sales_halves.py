"""Stranger test 82 (docs/nlu/stranger-test-82.md, A#8 and B#8, worst problem 6): two after-sales
messages whose second half was ignored.

- B#8 "... order HL-4TQ8WR, email margaret.oyelaran@example.com, and it still hasn't turned up.
  Can you tell me where it is, and if it's lost can I have my money back instead?" got only "I
  can't find an order with that number for you": the money back for a lost parcel had no answer.
  Right: the lookup (found or not), then the shop's answer for a refund of an order that never
  came (content/faq.yml `late_or_lost_orders`), as a later "can i just get my money back" gets it.
- A#8 "also bought a white shirt off u last month collar 2 tight. can i swap for 16.5" got only "I
  don't see an order from you in this chat. Tell me the order number ...". Right: how exchanges
  work (the shop's `exchanges` answer, without the gift paragraph nobody asked about), whether the
  shop's shirts come in 16.5, then the order number and email asked for, to exchange it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from actions.after_sales import ActionOrderStatus, ActionReturnOrder
from actions.order_changes import ActionExplainOrderChange
from actions.order_details import ActionTakeOrderDetails
from commerce.db import get_engine, session_scope
from commerce.faq import faq_answer
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order
from commerce.orders_after_sale import move_order
from shop_nlu.bought_size_swaps import asks_to_exchange_what_they_bought
from tests.actions.conversation_driver import entity_list, say, say_and_keep

MARGARET = Contact("Margaret Oyelaran", "margaret.oyelaran@example.com", "4 Quay St, 02110 Boston")
MADE_UP = "HL-4TQ8WR"
B8 = (
    "Oh, one more thing before I forget. I ordered a raincoat for my daughter two weeks ago, "
    "order {number}, email {email}, and it still hasn't turned up. Can you tell me where it is, "
    "and if it's lost can I have my money back instead?"
)
LOST_AND_REFUND = [
    B8,
    "where is my order {number}, email {email}? it never arrived. if its lost can i get a refund",
    "order {number} {email} still hasn't come, can I get my money back if it's lost",
    "my parcel {number} ({email}) is a week late, where is it? and if it's gone I want a refund",
    "{number}, {email}: it's overdue. track it please, and refund me if it's lost",
]
LOST = faq_answer("late_or_lost_orders")


def _shipped_order(url: str) -> str:
    """Margaret's order of the Camden Oxford Shirt, paid and shipped, placed on another device."""
    with session_scope(get_engine(url), writes=True) as session:
        variant = session.scalars(
            select(Variant)
            .join(Product)
            .where(Product.handle == "camden-oxford-shirt", Variant.stock > 0)
        ).first()
        order = place_order(session, owner="elsewhere", contact=MARGARET,
                            items=[(variant.id, 1)], idempotency_key="margaret-1")  # fmt: skip
        number = order.number
    with session_scope(get_engine(url), writes=True) as session:
        for step in ("paid", "shipped"):
            move_order(
                session, number, step, tracking_number="1Z82", now=datetime.now(timezone.utc)
            )
    return number


# --- B#8: where is it, and the money back if it's lost ----------------------------------------


@pytest.mark.parametrize("text", LOST_AND_REFUND)
def test_an_order_not_found_and_the_money_back_if_lost_are_both_answered(chat, extractor, text):
    turn = say(chat, extractor, ActionOrderStatus(), "order_status",
               text.format(number=MADE_UP, email=MARGARET.email))  # fmt: skip

    print(turn.shown)
    assert f"no order {MADE_UP} for {MARGARET.email}" in turn.shown, turn.shown
    assert LOST in turn.shown, turn.shown
    # The lookup first, then what happens to a parcel that is lost.
    assert turn.shown.index(MADE_UP) < turn.shown.index(LOST)


@pytest.mark.parametrize("text", LOST_AND_REFUND)
def test_a_found_order_gets_its_tracking_and_the_money_back_if_lost(
    chat, extractor, demo_store_url, text
):
    number = _shipped_order(demo_store_url)

    turn = say(chat, extractor, ActionOrderStatus(), "order_status",
               text.format(number=number, email=MARGARET.email))  # fmt: skip

    print(turn.shown)
    assert f"Order {number} (Camden Oxford Shirt) is" in turn.shown, turn.shown
    assert "Tracking number: 1Z82" in turn.shown
    assert LOST in turn.shown
    assert turn.shown.index("Tracking number") < turn.shown.index(LOST)


@pytest.mark.parametrize("text", LOST_AND_REFUND[:3])
def test_heard_as_a_return_the_number_given_is_looked_up_too(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order",
               text.format(number=MADE_UP, email=MARGARET.email))  # fmt: skip

    print(turn.shown)
    assert f"no order {MADE_UP} for {MARGARET.email}" in turn.shown, turn.shown
    assert LOST in turn.shown
    assert "To return it" not in turn.shown  # a parcel that never came is no return


def test_where_is_my_order_alone_gets_no_refund_answer(chat, extractor, demo_store_url):
    number = _shipped_order(demo_store_url)

    turn = say(chat, extractor, ActionOrderStatus(), "order_status",
               f"where is my order {number}, email {MARGARET.email}")  # fmt: skip

    assert "Tracking number: 1Z82" in turn.shown
    assert LOST not in turn.shown


# --- A#8: another size for something bought, no order known yet --------------------------------

HOW_EXCHANGES_WORK = faq_answer("exchanges").split("\n")[0]
ORDER_ASKED = "order number (like HL-7KQ2XM) and the email"
GIFT = "Was it a gift?"

# (what the shopper typed, what the bot hears it as, what they would read about the size asked)
SIZE_SWAPS = [
    ("also bought a white shirt off u last month collar 2 tight. can i swap for 16.5",
     "order_status", "Our shirts do come in size 16.5"),
    ("also bought a white shirt off u last month collar 2 tight. can i swap for 16.5",
     "return_order", "Our shirts do come in size 16.5"),
    ("also bought a white shirt off u last month collar 2 tight. can i swap for 16.5",
     "change_order", "Our shirts do come in size 16.5"),
    ("can i exchange the shoes i bought for a half size up", "return_order", None),
    ("want to swap my dress for a bigger size", "return_order", None),
    ("got the jacket last week too small can i change it for a L", "return_order",
     "aren't made in size L; they come in"),
    ("the dress i ordered is too tight, can i swap it for a 16?", "order_status",
     "aren't made in size 16; they come in"),
]  # fmt: skip
ACTIONS = {"order_status": ActionOrderStatus, "return_order": ActionReturnOrder,
           "change_order": ActionExplainOrderChange}  # fmt: skip


@pytest.mark.parametrize(("text", "heard_as", "size_note"), SIZE_SWAPS)
def test_a_size_swap_says_how_exchanges_work_then_asks_for_the_order(
    chat, extractor, text, heard_as, size_note
):
    turn = say(chat, extractor, ACTIONS[heard_as](), heard_as, text)

    shown = turn.shown
    print(shown)
    assert HOW_EXCHANGES_WORK in shown, shown
    assert GIFT not in shown
    assert ORDER_ASKED in shown
    assert shown.index(HOW_EXCHANGES_WORK) < shown.index(ORDER_ASKED)
    if size_note:
        assert size_note in shown
        assert shown.index(size_note) < shown.index(ORDER_ASKED)


def test_then_the_order_found_is_offered_as_a_return_to_exchange_it_for_16_5(
    chat, extractor, demo_store_url
):
    number = _shipped_order(demo_store_url)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        move_order(session, number, "delivered", now=datetime.now(timezone.utc))
    say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", SIZE_SWAPS[0][0])

    turn = chat.run(ActionTakeOrderDetails(), "inform", f"{number} {MARGARET.email}",
                    entities=entity_list(order_number=number, email=MARGARET.email))  # fmt: skip

    print(turn.shown)
    assert f"Start a return of order {number}" in turn.shown, turn.shown
    assert "to exchange it for 16.5" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "can i change the size on my order to a 9?",
        "change my last order to express please",
        "i bought it but need to change my address to 14 Ocean Ave",
        "i want change it to M please, not money back, just change",
        "I ordered boots, can i change the colour to black",
    ],
)
def test_a_change_to_the_order_or_with_nothing_bought_named_is_no_size_swap(text):
    assert not asks_to_exchange_what_they_bought(text)
