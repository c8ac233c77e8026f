"""Goods bought before today, asked about right after an order was placed in this chat: "wait the
vans style ones i got off u last month r too tight, can i send em back n get 9.5" a minute after
order HL-29QMVH (stranger test 95, A10, worst problem 2; docs/nlu/stranger-test-95.md) was taken
for that new order: "it hasn't shipped yet, so you can simply cancel it" [Cancel the order]. A pair
had last month is an earlier order: how returns or exchanges work, as for any order not known yet
(actions/misfit_returns.py), then that order's number and email asked for; the order placed today
is left alone. Listed first in the `gives_way_to` of a return and of a change to an order."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events
from actions.checkout_slots import LAST_ORDER, ordering_time
from actions.misfit_returns import note_while_no_order_is_known
from actions.order_lookup import given_number, requester_of, waiting_for_details
from commerce.models import as_utc
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import find_order, latest_order
from shop_nlu.bought_size_swaps import asks_to_exchange_what_they_bought
from shop_nlu.earlier_orders import had_before_today
from shop_nlu.return_followups import asks_for_another_size

_RETURN = "action_return_order"  # the request that waits for that order's number and email


def answer_earlier_order_than_todays(dispatcher, tracker: Tracker, session) -> Events | None:
    """For goods had before today while the order in this chat (else the shopper's latest) was
    placed today: the returns or exchange note, then that earlier order asked for; None (nothing
    said) for any other message, an order number given, or no order placed today."""
    text = tracker.latest_message.get("text") or ""
    if given_number(tracker) or not had_before_today(text):
        return None
    number = tracker.get_slot(LAST_ORDER)
    try:
        order = (
            find_order(session, number, requester_of(tracker))
            if number
            else latest_order(session, tracker.sender_id)
        )
    except OrderNotFound:
        return None
    if order is None or as_utc(order.placed_at).date() != ordering_time().date():
        return None
    wants_another = asks_for_another_size(text) or asks_to_exchange_what_they_bought(text)
    if note := note_while_no_order_is_known(tracker, session, wants_another, earlier=True):
        dispatcher.utter_message(text=note)
    dispatcher.utter_message(response="utter_ask_earlier_order")
    return waiting_for_details(tracker, _RETURN)
