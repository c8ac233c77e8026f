"""A placed order's new address, asked back before anything changes: "Send order HL-4RT7QZ to 22
Baker Road instead of 9 Beacon Street?". A yes saves it (actions.after_sales.ActionSaveOrderAddress),
a no keeps the order as it is (ActionKeepOrder). Only the order in question, and only for whoever
may see it (its owner, or someone who proved it with its email: commerce.orders_after_sale.find_order).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import order_replies
from actions.after_sales import NEW_ADDRESS, PENDING_ORDER_CHANGE, ActionChangeOrderAddress
from actions.base import Events, ShopAction
from actions.checkout_slots import LAST_ORDER
from actions.order_lookup import ORDER_EMAIL
from commerce.order_rules import OrderChange, check_change
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import Requester, find_order

# "I put the wrong address", "oops wrong postcode": words of an address.
_OF_AN_ADDRESS = re.compile(
    r"\b(?:ad+res+\w*|addy|street|postcode|post code|zip(?: ?code)?|city|house|flat|apartment|apt)\b"
)

YES_OR_NO = [
    {"title": "Yes, change it", "payload": "/affirm"},
    {"title": "No, keep it", "payload": "/deny"},
]


class ActionCheckOrderAddress(ShopAction):
    """The address form is done: which order goes where instead of where, and a yes to wait for."""

    def name(self) -> str:
        return "action_check_order_address"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        number, address = tracker.get_slot(LAST_ORDER), tracker.get_slot(NEW_ADDRESS)
        requester = Requester(tracker.sender_id, tracker.get_slot(ORDER_EMAIL))
        try:
            order = find_order(session, number or "", requester)
        except OrderNotFound:
            dispatcher.utter_message(response="utter_order_not_found")
            return [SlotSet(NEW_ADDRESS, None)]
        check = check_change(order, OrderChange.CHANGE_ADDRESS)
        if not check.allowed:  # it left us while the address was typed
            dispatcher.utter_message(text=order_replies.change_refused_text(order, check))
            return [SlotSet(NEW_ADDRESS, None)]
        dispatcher.utter_message(
            response="utter_confirm_order_address",
            order_number=order.number,
            new_address=(address or "").strip(),
            old_address=order.address,
            buttons=YES_OR_NO,
        )
        return [SlotSet(PENDING_ORDER_CHANGE, "address")]


def placed_orders_address(dispatcher, tracker: Tracker, session) -> Events:
    """ "Can I change the delivery address?" heard as fixing the checkout's details while no
    checkout is going on: the address of a placed order (the shopper's own, found as for any
    order request); "nothing to check out" when the message speaks of no address."""
    if not _OF_AN_ADDRESS.search((tracker.latest_message.get("text") or "").lower()):
        dispatcher.utter_message(response="utter_nothing_to_check_out")
        return []
    return ActionChangeOrderAddress().perform(dispatcher, tracker, {}, session)
