"""Which order, told after the request that needed it: the number or email typed on its own (the
request that asked goes on with it), or "I don't have the order number" (where to find it, and how
the team finds the order without it). The requests themselves are in actions/after_sales.py."""

from __future__ import annotations

import re

from actions.after_sales import (
    WAITING_FOR_AN_ORDER,
    ActionCancelOrder,
    ActionChangeOrderAddress,
    ActionOrderStatus,
    ActionReturnOrder,
    ActionShowInvoice,
)
from actions.base import Events, ShopAction
from actions.cart_replies import details_before_the_choice_text
from actions.conversation import latest_entities, questions_waiting
from actions.details_while_waiting import keep_details_while_waiting
from actions.details_without_checkout import answer_details_without_checkout
from actions.order_lookup import (
    HELP,
    ORDER_ASKED_BY,
    WITHOUT_A_NUMBER,
    tell_how_found_without_number,
)
from actions.waiting_purchases import ask_waiting_again
from commerce.order_rules import OrderChange

# "new adress is 88 Oak avenue apt 3, 60614 Chicago": a street address (typos allowed).
_LOOKS_LIKE_AN_ADDRESS = re.compile(
    r"\b(?:ad+res+\w*|street|st|avenue|ave|road|rd|lane|ln|blvd|boulevard|drive|dr|apt|"
    r"apartment|suite|way|place|zip|postcode)\b.*\d|\d.*\b(?:street|st|avenue|ave|road|rd|lane|"
    r"ln|blvd|boulevard|drive|dr|apt|apartment|suite|way|place)\b"
)

# "my email on the order is ...", "the email i ordered with": an email given to find an order.
_FOR_AN_ORDER = re.compile(r"\b(?:order\w*|purchase\w*|bought|parcel|package|delivery)\b")


class ActionTakeOrderDetails(ShopAction):
    """An order number or email typed on its own ("HL-4XK9PZ", "it's ann@example.com"): the answer
    to "which order?", so the request that asked goes on with it; otherwise "not sure what you mean".
    """

    def name(self) -> str:
        return "action_take_order_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        given = latest_entities(tracker)
        text = (tracker.latest_message.get("text") or "").lower()
        waiting = WAITING_FOR_AN_ORDER.get(tracker.get_slot(ORDER_ASKED_BY) or "")
        if waiting is None and "order_number" in given:
            waiting = ActionOrderStatus  # a number typed out of the blue: "where is it?"
        if waiting is None and "email" in given and _FOR_AN_ORDER.search(text):
            # "My email on the order is ..." with no purchase under way (stranger test 55): the
            # order is looked up, its number asked for; never "not sure what you mean".
            waiting = None if questions_waiting(tracker) else ActionOrderStatus
        if waiting is ActionChangeOrderAddress and _LOOKS_LIKE_AN_ADDRESS.search(
            (tracker.latest_message.get("text") or "").lower()
        ):
            # "new adress is 88 Oak avenue apt 3": the address for the change that waits for its
            # order; the change says what it still needs (the order) and who else can make it.
            return waiting().perform(dispatcher, tracker, domain, session)
        if waiting is None and questions_waiting(tracker):
            # "ricomendez99@gmail.com" while "Which size of the Gerrard?" waits (stranger test 50):
            # the purchase is kept, and what it still needs asked again, never "not sure"; a
            # checkout detail is kept for the checkout (stranger test 75, B6-B8).
            if (kept := keep_details_while_waiting(dispatcher, tracker, session)) is not None:
                return kept
            dispatcher.utter_message(text=details_before_the_choice_text())
            ask_waiting_again(dispatcher, tracker, session)
            return []
        # "claire@example.com" after "let's check out" found the cart empty: no checkout is open.
        told = None if waiting else answer_details_without_checkout(dispatcher, tracker, session)
        if told is not None:
            return told
        if waiting is None or not ("order_number" in given or "email" in given):
            dispatcher.utter_message(response="utter_default")
            return []
        return waiting().perform(dispatcher, tracker, domain, session)


class ActionNoOrderNumber(ShopAction):
    """ "I don't have the order number on me": where to find it, and how the team finds the order
    without it. It says nothing about which orders exist, and keeps the request that asked (a
    number found later goes on with it)."""

    def name(self) -> str:
        return "action_no_order_number"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        waiting = WAITING_FOR_AN_ORDER.get(tracker.get_slot(ORDER_ASKED_BY) or "")
        tell_how_found_without_number(dispatcher, tracker, _WITHOUT_A_NUMBER.get(waiting, HELP))
        return []


# What the team does for a shopper without the order number, by the request that asked for it.
_WITHOUT_A_NUMBER = {
    ActionReturnOrder: WITHOUT_A_NUMBER[OrderChange.RETURN],
    ActionCancelOrder: WITHOUT_A_NUMBER[OrderChange.CANCEL],
    ActionChangeOrderAddress: WITHOUT_A_NUMBER[OrderChange.CHANGE_ADDRESS],
    ActionShowInvoice: "send you the invoice",
}
