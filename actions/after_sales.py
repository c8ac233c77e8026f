"""After the sale: where is my order, cancel it, change its address, return it, get an invoice.

Every action finds the order the same way (actions/order_lookup.py `order_in_question`): the
number and email in the message, else the order this conversation is about, else the shopper's
latest order. When it has to ask for the number and email, the shopper may give them in one message
or in two, and the request they answer goes on (actions/order_details.py). Only its owner, or
someone who gives its number and email, learns anything about an order (commerce.orders_after_sale).
Whether a change is possible comes from the core's one rule (commerce.order_rules.check_change),
asked before anything is offered. Cancelling and returning ask for a yes first, so a misunderstood
message changes nothing. What to do about a change the bot cannot make (size, colour, items,
shipping method): actions/order_changes.py."""

from __future__ import annotations

import re

from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.forms import FormValidationAction

from actions import misfits, order_replies, partial_returns, unplaced_purchases, waiting_purchases
from actions.address_corrections import corrected_address
from actions.after_sales_halves import RETURN_GIVES_WAY_TO, STATUS_GIVES_WAY_TO
from actions.base import Events, ShopAction
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.exchange_requests import exchange_waiting_for_the_order
from actions.misfit_returns import note_while_no_order_is_known
from actions.order_changes import (
    CANCEL_BUTTON,
    ActionExplainOrderChange,
    offer_the_team,
)
from actions.order_lookup import (
    ORDER_ASKED_BY,
    ORDER_NUMBER_GIVEN,
    given_number,
    order_in_discussion,
    order_in_question,
    remembered,
    requester_of,
    said_they_have_no_order_number,
    someone_else_bought_it,
    tell_parcel_went_elsewhere,
    waiting_for_details,
)
from actions.privacy import answer_what_is_kept
from actions.reach_a_person import TALK_TO_A_PERSON, person_reachable
from actions.replies import money
from actions.service_topics import LATE_OR_LOST, exchange_answer, refund_for_a_missing_order
from commerce.config import load_settings
from commerce.faq import faq_answer
from commerce.models import Order
from commerce.order_rules import OrderChange, check_change
from commerce.orders import OrderError, OrderNotFound, address_problem, payment_link
from commerce.orders_after_sale import (
    cancel_order,
    change_address,
    find_order,
    invoice,
    latest_order,
    request_return,
)
from shop_nlu.exchange_asked import asks_for_an_exchange
from shop_nlu.return_followups import asks_for_another_size

PENDING_ORDER_CHANGE = "pending_order_change"  # "cancel" or "return", waiting for a yes
NEW_ADDRESS = "new_address"


def _titles(order: Order) -> str:
    return ", ".join(line.title for line in order.lines)


# "when will my order arrive", "where's the parcel": an order placed, maybe elsewhere, not the cart.
_SPEAKS_OF_AN_ORDER = re.compile(
    r"\b(?:my|the|an?|our|this|that)\s+(?:order|parcel|package|shipment|purchase)s?\b"
    r"|\border\s*(?:number|no|#)|\btracking\b"
)


# "where is it", "when will it arrive": a status question, even while another request waits.
_ASKS_FOR_STATUS = re.compile(
    r"\b(?:where|when|status|track\w*|arriv\w*|deliver\w*|shipped|dispatch\w*|eta)\b"
)


class ActionOrderStatus(ShopAction):
    """ "Where is my order?" / "when does it arrive?": the order just placed, the shopper's latest,
    or the one whose number and email they give."""

    gives_way_to = STATUS_GIVES_WAY_TO  # "will it b here by dec 19", "... and if it's lost?"

    def name(self) -> str:
        return "action_order_status"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        waiting = WAITING_FOR_AN_ORDER.get(tracker.get_slot(ORDER_ASKED_BY) or "")
        text = (tracker.latest_message.get("text") or "").lower()
        if (
            waiting not in (None, ActionOrderStatus)
            and (given_number(tracker) or latest_entities(tracker).get("email"))
            and not _ASKS_FOR_STATUS.search(text)
        ):
            # "my order number is HL-4RT7QZ, email ..." answers "which order?" for the address
            # change (or cancel, return) that asked: that request goes on, not a status report.
            return waiting().perform(dispatcher, tracker, domain, session)
        if (
            not order_in_discussion(tracker)
            and not given_number(tracker)
            and not _SPEAKS_OF_AN_ORDER.search((tracker.latest_message.get("text") or "").lower())
            and latest_order(session, tracker.sender_id) is None
            and tell_cart_total_and_arrival(dispatcher, tracker, session)
        ):
            # "Whats the total and will it arrive by july 3rd" with a cart and no order yet: the
            # cart's total and when it would arrive, not "which order?".
            return []
        if (
            events := unplaced_purchases.nothing_ordered_yet(dispatcher, tracker, session)
        ) is not None:
            # "ok.. i buy it", "Which colour?", "where is my order" (stranger tests 40, 78, 79): no
            # order yet, and the cart or the purchase's question again, not an order number.
            return events
        tell_parcel_went_elsewhere(dispatcher, text)  # "went to 41 instead of 14" (test 55)
        order = order_in_question(dispatcher, tracker, session)
        if order is None:
            return waiting_for_details(tracker, self.name())
        dispatcher.utter_message(text=order_replies.status_text(order, payment_link(order), text))
        return remembered(tracker, order)


class ActionCancelOrder(ShopAction):
    """ "Cancel my order": check it can still be cancelled, then ask for a yes."""

    gives_way_to = unplaced_purchases.CANCEL_BEFORE_ORDERING  # nothing ordered yet

    def name(self) -> str:
        return "action_cancel_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        order = order_in_question(dispatcher, tracker, session, OrderChange.CANCEL)
        if order is None:
            return waiting_for_details(tracker, self.name())
        check = check_change(order, OrderChange.CANCEL)
        if not check.allowed:
            dispatcher.utter_message(text=order_replies.change_refused_text(order, check))
            return remembered(tracker, order)
        dispatcher.utter_message(
            text=f"Cancel order {order.number} ({_titles(order)}, {money(order.total)})?",
            buttons=[
                {"title": "Yes, cancel it", "payload": "/affirm"},
                {"title": "No, keep it", "payload": "/deny"},
            ],
        )
        return remembered(tracker, order) + [SlotSet(PENDING_ORDER_CHANGE, "cancel")]


class ActionReturnOrder(ShopAction):
    """ "I want to return it": check the state and the return window, then ask for a yes."""

    gives_way_to = RETURN_GIVES_WAY_TO  # "HL-4TQ8WR ... if it's lost?"; nothing ordered yet

    def name(self) -> str:
        return "action_return_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        text = tracker.latest_message.get("text") or ""
        wants_another = asks_for_an_exchange(text) or asks_for_another_size(text)
        # "too small. can change L?", "its too tight" with no order known: said back (tests 45, 87).
        exchange_note = note_while_no_order_is_known(tracker, session, wants_another)
        if wants_another and not exchange_note:
            # "Can I swap them for the right colour?": an exchange is not a refund; the shop's
            # exchanges answer says how it works.
            dispatcher.utter_message(**exchange_answer(tracker))
            return []
        if refund_for_a_missing_order(text, tracker):
            return answer_refund_for_a_missing_order(dispatcher, tracker, person_reachable())
        if (
            not given_number(tracker)
            and not tracker.get_slot(LAST_ORDER)
            and said_they_have_no_order_number(tracker)
        ):
            # "What's the address to send it back to?" after "I don't have the order number":
            # how to return it without one, not the same question again.
            settings = load_settings()
            dispatcher.utter_message(
                response="utter_return_without_order_number",
                contact_email=settings.contact_email,
                contact_phone=settings.contact_phone,
                opening_hours=settings.opening_hours,
                who=_WHO_BOUGHT_IT[someone_else_bought_it(tracker)],
            )
            return []
        asked_so_far = len(dispatcher.messages)
        order = order_in_question(dispatcher, tracker, session, OrderChange.RETURN)
        if order is None:
            # "Keep the shirt, return the trousers" before the email: noted, and kept for later.
            if note := partial_returns.waiting_note(tracker) or exchange_note:
                dispatcher.messages.insert(asked_so_far, {"text": note})
            some = partial_returns.speaks_of_some_items(text)
            kept = some or partial_returns.asks_to_send_back(text)
            items = partial_returns.remember_items_said(tracker) if kept else []
            return waiting_for_details(tracker, self.name()) + items
        check = check_change(order, OrderChange.RETURN)
        fit_note = misfits.fit_swap_note(session, order, text)  # "they pinch my toes"
        if not check.allowed:
            buttons = [CANCEL_BUTTON] if check_change(order, OrderChange.CANCEL).allowed else []
            refused = order_replies.change_refused_text(order, check) + fit_note
            dispatcher.utter_message(text=refused, buttons=buttons)
            return remembered(tracker, order)
        if (
            some := partial_returns.offer_partial_return(dispatcher, tracker, session, order)
        ) is not None:
            return remembered(tracker, order) + some + [SlotSet(PENDING_ORDER_CHANGE, "return")]
        offer = f"Start a return of order {order.number} ({_titles(order)})? You'll get "
        offer += f"{money(order.total)} back once it reaches us.{fit_note}"
        if (size := exchange_waiting_for_the_order(tracker)) is not None:  # "too small. change L?"
            offer = order_replies.exchange_return_offer_text(
                order.number, _titles(order), size, load_settings().contact_email
            )
        dispatcher.utter_message(
            text=offer,
            buttons=[
                {"title": "Yes, return it", "payload": "/affirm"},
                {"title": "No, keep it", "payload": "/deny"},
            ],
        )
        return remembered(tracker, order) + [
            SlotSet(PENDING_ORDER_CHANGE, "return"),
            SlotSet(partial_returns.RETURN_LINES, None),
            SlotSet(partial_returns.RETURN_ITEMS_SAID, None),
        ]


def answer_refund_for_a_missing_order(dispatcher, tracker, person_offered: bool) -> Events:
    """ "Can I just get my money back then?" about a parcel that never came: nothing to send back,
    so the late or lost orders answer (a person traces it and refunds), not a return, with a
    person offered when the agents' desk can take over. An order number that named no order is
    said once, short, before it."""
    number = tracker.get_slot(ORDER_NUMBER_GIVEN)
    if number and not tracker.get_slot(LAST_ORDER):
        dispatcher.utter_message(
            response="utter_order_still_not_found", order_number=number.upper()
        )
    buttons = [TALK_TO_A_PERSON] if person_offered else []
    dispatcher.utter_message(text=faq_answer(LATE_OR_LOST), buttons=buttons)
    return []


class ActionConfirmOrderChange(ShopAction):
    """The shopper said yes to cancelling or returning the order in question."""

    writes_to_store = True

    def name(self) -> str:
        return "action_confirm_order_change"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        change = tracker.get_slot(PENDING_ORDER_CHANGE)
        number = tracker.get_slot(LAST_ORDER)
        done = [SlotSet(PENDING_ORDER_CHANGE, None)]
        if change not in ("cancel", "return") or not number:
            dispatcher.utter_message(response="utter_default")
            return done
        try:
            if change == "cancel":
                order = cancel_order(session, number, requester_of(tracker))
                dispatcher.utter_message(
                    text=f"Order {order.number} is cancelled. Nothing will be charged, and if you "
                    "already paid, the money goes back to your card within 5 business days."
                )
            else:
                line_ids = tracker.get_slot(partial_returns.RETURN_LINES) or None
                request = request_return(
                    session,
                    number,
                    requester_of(tracker),
                    reason="asked in chat",
                    line_ids=line_ids,
                )
                settings = load_settings()
                items = (
                    partial_returns.returned_titles(
                        find_order(session, number, requester_of(tracker)), line_ids
                    )
                    + " from "
                    if line_ids
                    else ""
                )
                dispatcher.utter_message(
                    text=f"Return {request.number} is open for {items}order {number}. We'll email you a "
                    f"prepaid label; write {request.number} on the parcel and send it within 14 "
                    f"days to {settings.returns_address}. Your refund follows within 5 business "
                    "days of it reaching us."
                )
        except OrderNotFound:
            dispatcher.utter_message(response="utter_order_not_found")
        except OrderError as problem:
            dispatcher.utter_message(text=f"I couldn't do that: {problem}. Nothing was changed.")
        return done + [SlotSet(partial_returns.RETURN_LINES, None)]


class ActionKeepOrder(ShopAction):
    """The shopper said no: the order stays as it is."""

    def name(self) -> str:
        return "action_keep_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        number = tracker.get_slot(LAST_ORDER)
        dispatcher.utter_message(text=f"OK, order {number} stays as it is." if number else "OK.")
        return [
            SlotSet(PENDING_ORDER_CHANGE, None),
            SlotSet(NEW_ADDRESS, None),
            SlotSet(partial_returns.RETURN_LINES, None),
            SlotSet(partial_returns.RETURN_ITEMS_SAID, None),
        ]


class ActionChangeOrderAddress(ShopAction):
    """ "Send my order to another address": allowed until it ships; the form asks for the address."""

    # "do you keep my address on file?" (test 55); "send it to 400 Euclid Ave", nothing ordered
    gives_way_to = (answer_what_is_kept, *waiting_purchases.BEFORE_ORDERING)

    def name(self) -> str:
        return "action_change_order_address"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        order = order_in_question(dispatcher, tracker, session, OrderChange.CHANGE_ADDRESS)
        if order is None:
            return waiting_for_details(tracker, self.name())
        events = remembered(tracker, order) + [SlotSet(NEW_ADDRESS, None)]
        check = check_change(order, OrderChange.CHANGE_ADDRESS)
        if not check.allowed:
            dispatcher.utter_message(text=order_replies.change_refused_text(order, check))
            offer_the_team(dispatcher)  # the team may still reach the carrier
            return events
        text = tracker.latest_message.get("text") or ""
        if (corrected := corrected_address(order.address, text)) is not None:
            # "47 not 45": the whole address with that part corrected, asked back before a change.
            return events + [SlotSet(NEW_ADDRESS, corrected),
                             FollowupAction("action_check_order_address")]  # fmt: skip
        dispatcher.utter_message(text=f"Order {order.number} is set to go to {order.address}.")
        # No requested slot left over from an earlier form: at activation Rasa would take this
        # message ("I gave the wrong address") as the answer to it.
        return events + [SlotSet("requested_slot", None), FollowupAction("order_address_form")]


class ValidateOrderAddressForm(FormValidationAction):
    def name(self) -> str:
        return "validate_order_address_form"

    def validate_new_address(self, value, dispatcher, tracker, domain) -> dict:
        text = str(value or "").strip()
        if not text:
            # Nothing typed yet (the slot cleared as the form starts): ask, don't complain.
            return {NEW_ADDRESS: None}
        if (found := address_problem(text)) is not None:
            dispatcher.utter_message(text=f"Hmm, that doesn't look like {found}. Try again?")
            return {NEW_ADDRESS: None}
        return {NEW_ADDRESS: text}


class ActionSaveOrderAddress(ShopAction):
    """The new address, once the form has it."""

    writes_to_store = True

    def name(self) -> str:
        return "action_save_order_address"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        number, address = tracker.get_slot(LAST_ORDER), tracker.get_slot(NEW_ADDRESS)
        try:
            order = change_address(session, number or "", requester_of(tracker), address or "")
        except OrderNotFound:
            dispatcher.utter_message(response="utter_order_not_found")
        except OrderError as problem:
            dispatcher.utter_message(text=f"I couldn't change it: {problem}. Nothing was changed.")
        else:
            dispatcher.utter_message(text=f"Done: order {order.number} will go to {order.address}.")
        return [SlotSet(NEW_ADDRESS, None), SlotSet(PENDING_ORDER_CHANGE, None)]


class ActionShowInvoice(ShopAction):
    """ "Can I get an invoice?": the order's lines, totals and tax."""

    def name(self) -> str:
        return "action_show_invoice"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        order = order_in_question(dispatcher, tracker, session)
        if order is None:
            return waiting_for_details(tracker, self.name())
        dispatcher.utter_message(text=order_replies.invoice_text(invoice(order)))
        return remembered(tracker, order)


# Who the team needs to hear about, in the return-without-a-number reply.
_WHO_BOUGHT_IT = {
    True: "that it was a gift and the name of the person who bought it",
    False: "the name and address it was sent to",
}

# The requests that wait for an order's number or email, by the name ORDER_ASKED_BY holds.
WAITING_FOR_AN_ORDER = {
    action().name(): action
    for action in (ActionOrderStatus, ActionCancelOrder, ActionReturnOrder,
                   ActionChangeOrderAddress, ActionShowInvoice, ActionExplainOrderChange)
}  # fmt: skip
