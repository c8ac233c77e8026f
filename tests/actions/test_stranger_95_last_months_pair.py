"""docs/nlu/stranger-test-95.md, A9-A10 (worst problem 2): a minute after order HL-29QMVH (the
Falcon High-Top in 9) was placed, "wait the vans style ones i got off u last month r too tight, can
i send em back n get 9.5" was answered about that new order: "Order HL-29QMVH hasn't shipped yet,
so you can simply cancel it", with a [Cancel the order] button, so one tap would have cancelled the
new sneakers. A pair bought last month is an earlier order: its number and email are asked for
(with how returns and exchanges work), and the order just placed is left alone."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionReturnOrder
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.order_changes import ActionExplainOrderChange
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

JAY = {"customer_name": "jay ortiz", "customer_email": "jayo.sk8@mail.com",
       "customer_address": "44 ramp st, 97205 portland"}  # fmt: skip

LAST_MONTHS_PAIR = [
    "wait the vans style ones i got off u last month r too tight, can i send em back n get 9.5",
    "the sneakers i bought from u last month are too tight, can i swap them for a 9.5?",
    "oh also, shoes i ordered 3 weeks ago r too small, can i return em",
    "got some trainers off you a couple of weeks ago n they pinch, can i send them back for a 9.5",
    "The pair I bought last month is too tight - could I exchange it for a 9.5?",
    "the ones i got last wk r too tight, send back for 9.5?",
]


def _falcon_just_ordered(chat) -> str:
    """A5-A9: the Falcon High-Top in 9 bought and ordered in this chat; its number."""
    keep_bot_messages(
        chat,
        chat.run(ActionStartCheckout(), "buy", "k ill take the shoes in 9",
                 entities=entity_list(product_handle="falcon-high-top", size="9",
                                      colour="black")),
    )  # fmt: skip
    chat.slots.update(JAY)
    placed = keep_bot_messages(chat, chat.run(ActionPlaceOrder(), "place_order", "place order"))
    return re.search(r"Order (HL-\w{6})", placed.shown).group(1)


@pytest.mark.parametrize("text", LAST_MONTHS_PAIR)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionReturnOrder, "return_order"), (ActionExplainOrderChange, "change_order")],
)
def test_a10_last_months_pair_is_not_the_order_just_placed(chat, extractor, text, action, intent):
    number = _falcon_just_ordered(chat)

    turn = say(chat, extractor, action(), intent, text)

    shown = turn.shown
    assert number not in shown, shown
    assert "Cancel the order" not in [b["title"] for b in turn.buttons], turn.buttons
    assert "cancel it" not in shown.lower(), shown
    assert "earlier order's number" in shown and "email you used" in shown, shown


@pytest.mark.parametrize(
    "text", ["can i return the ones i just ordered?", "the order i just placed, can i send it back"]
)
def test_the_order_just_placed_is_still_the_one_meant_without_an_earlier_day(chat, extractor, text):
    number = _falcon_just_ordered(chat)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert number in turn.shown, turn.shown
