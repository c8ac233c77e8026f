"""Another size asked for the goods of an order (stranger test 96, docs/nlu/stranger-test-96.md,
B9): "I think I need a half size up. Can I swap the boots in that order for a 10.5, or do I have to
send them back once they arrive?" got only the shop's exchanges policy. With the order placed in
this chat and not shipped, that order's answer: cancel it and order again (commerce.order_rules
says what it allows), and whether the size wanted is in stock in the colour ordered
(commerce.reorder_sizes); "a half size up" is the next size up of the one ordered
(commerce.fit_swaps). With no order in this chat, that is said, and its number and email asked for.
Tried before `ActionReturnOrder` (actions/after_sales_halves.py, RETURN_GIVES_WAY_TO).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import order_replies
from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.exchange_requests import exchange_note_while_no_order_is_known
from actions.kind_bought import kind_bought
from actions.order_change_replies import size_for_reorder_text
from actions.order_changes import CANCEL_BUTTON, offer_the_team
from actions.order_lookup import (
    given_number,
    order_in_question,
    remembered,
    requester_of,
    waiting_for_details,
)
from actions.order_replies import exchange_waiting_note
from actions.reference_replies import one_of_kind
from actions.size_exchange_replies import how_exchanges_work
from commerce.fit_swaps import fit_swaps
from commerce.models import Order
from commerce.order_rules import OrderChange, check_change
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import find_order, latest_order
from commerce.reorder_sizes import size_for_reorder
from commerce.sizes import key_of_label, size_query_key
from shop_nlu.exchange_asked import asks_for_an_exchange
from shop_nlu.return_followups import asks_for_another_size, asks_to_exchange_if_it_does_not_fit
from shop_nlu.size_changes import size_step_asked, size_wanted_instead

_RETURN = "action_return_order"  # ActionReturnOrder's name, as ORDER_ASKED_BY keeps it
# "that order", "my order", "the order": the goods of an order, not the policy in general.
_AN_ORDER = re.compile(r"\b(?:that|my|the|this|our)\s+order\b", re.IGNORECASE)


def answer_size_swap_of_an_order(dispatcher, tracker: Tracker, session: Session) -> Events | None:
    """Another size for an order's goods: the order placed in this chat (not shipped) answered
    with cancel and order again and the size's stock; with no order here, that said and the order
    asked for. None for any other message (a colour, a what-if, a shipped order: the exchanges
    answer as before)."""
    text = tracker.latest_message.get("text") or ""
    if not (asks_for_an_exchange(text) or asks_for_another_size(text)):
        return None
    if asks_to_exchange_if_it_does_not_fit(text):
        return None  # "if they don't fit can I swap them?": how exchanges work
    named = _size_named(tracker, text)
    step = size_step_asked(text)
    if named is None and step is None:
        return None
    if tracker.get_slot(LAST_ORDER):
        return _swap_in_the_order_placed(dispatcher, tracker, session, named, step)
    if (
        given_number(tracker)
        or latest_order(session, tracker.sender_id) is not None
        or exchange_note_while_no_order_is_known(tracker, session)
    ):
        return None  # an order to look up, or the exchange note of one bought before
    if not (_AN_ORDER.search(text) or latest_entities(tracker).get("category")):
        return None  # "change it to M, not money back" with nothing named: how exchanges work
    kind = kind_bought(tracker)
    note = exchange_waiting_note(one_of_kind(kind) if kind else None, named)
    dispatcher.utter_message(text=f"{how_exchanges_work()}\n{note}")  # as for one bought before
    order_in_question(dispatcher, tracker, session, OrderChange.RETURN)
    return waiting_for_details(tracker, _RETURN)


def _size_named(tracker: Tracker, text: str) -> str | None:
    """The size asked for, as written ("10.5"), from the entities or "in 32 not 34"."""
    sizes = [str(size) for size in latest_entities(tracker).get("size") or []]
    return next(iter(sizes), None) or size_wanted_instead(text)


def _swap_in_the_order_placed(
    dispatcher, tracker: Tracker, session: Session, named: str | None, step: bool | None
) -> Events | None:
    try:
        order = find_order(session, tracker.get_slot(LAST_ORDER), requester_of(tracker))
    except OrderNotFound:
        return None
    cancel = check_change(order, OrderChange.CANCEL)
    if not cancel.allowed:
        return None  # shipped: returned once it arrives, as the return answer says
    give_back = check_change(order, OrderChange.RETURN)
    text = order_replies.order_change_text(order, "the size", cancel, give_back)
    stock = _stock_of_the_size(session, order, named, step)
    dispatcher.utter_message(text=f"{text}\n{stock}" if stock else text, buttons=[CANCEL_BUTTON])
    offer_the_team(dispatcher)
    return remembered(tracker, order)


def _stock_of_the_size(session: Session, order: Order, named: str | None, step: bool | None) -> str:
    """Whether a new order finds the size wanted (named, else the next step from the size
    ordered) in the colour ordered; "" when no such size is made."""
    keys = [size_query_key(named)] if named else []
    if not keys and step is not None:
        keys = [key_of_label(s.next_size) for s in fit_swaps(session, order, step) if s.next_size]
    found = [each for key in keys if key for each in size_for_reorder(session, order, key)]
    return " ".join(size_for_reorder_text(each) for each in found)
