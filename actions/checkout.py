"""Buying in one tap: pick the variant, take the shopper's details (or their saved ones), confirm,
place the order; then "when does it arrive?".

The idempotency key of a checkout is made when it starts and travels in the "Place order" button,
so a double tap (or a tap and a typed "yes") places one order.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.forms import FormValidationAction

from actions import replies
from actions.base import Events, ShopAction
from actions.conversation import (
    CURRENT_PRODUCT,
    current_query,
    latest_entities,
    resolve_product,
)
from commerce.orders import (
    Contact,
    OrderError,
    OrderNotFound,
    OutOfStock,
    Requester,
    address_problem,
    describe_status,
    email_problem,
    find_order,
    latest_order,
    name_problem,
    payment_link,
    place_order,
    remember_contact,
    saved_contact,
)
from commerce.products import check_variant
from commerce.shipping import SHIPPING_METHODS
from commerce.sizes import size_keys, size_query_key

CHECKOUT_VARIANT = "checkout_variant"
CHECKOUT_KEY = "checkout_key"
LAST_ORDER = "last_order"
NAME, EMAIL, ADDRESS = "customer_name", "customer_email", "customer_address"
CHECKOUT_SLOTS = (CHECKOUT_VARIANT, CHECKOUT_KEY, NAME, EMAIL, ADDRESS)


def _size_key_of(label: str) -> str:
    """The key a button sends for a size label: 'US 10 / EU 43' -> 'us10'."""
    first = label.split("/")[0].strip()
    return size_query_key(first) or sorted(size_keys(label))[0]


class ActionStartCheckout(ShopAction):
    """ "Buy" on a product (or "I'll take it"): settle size and colour, then ask for details."""

    def name(self) -> str:
        return "action_start_checkout"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        reference = resolve_product(tracker, session)
        if reference.handle is None:
            dispatcher.utter_message(response="utter_which_product")
            return []
        entities = latest_entities(tracker)
        size = size_query_key(entities["size"][-1]) if "size" in entities else None
        colour = entities["colour"][-1] if "colour" in entities else None
        check = check_variant(session, reference.handle, size=size, colour=colour)
        if check is not None and size is None and colour is None:
            # The size and colour searched for, when this product comes in them (a bow tie
            # bought after a search for shoes in size 10 has no size 10).
            search = current_query(tracker)
            searched = check_variant(session, reference.handle, search.size, search.colour)
            if searched is not None and searched.offered:
                check, size, colour = searched, search.size, search.colour
        if check is None:
            dispatcher.utter_message(response="utter_unknown_product")
            return []
        events: Events = [SlotSet(CURRENT_PRODUCT, check.product.handle)]
        if not check.in_stock:
            dispatcher.utter_message(text=replies.availability_text(check))
            return events
        sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
        colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
        if len(sizes) > 1:
            dispatcher.utter_message(
                text=f"Which size of the {check.product.title}?",
                buttons=[
                    {
                        "title": label,
                        "payload": replies.buy_payload(
                            check.product.handle, _size_key_of(label), colour
                        ),
                    }
                    for label in sizes
                ],
            )
            return events
        if len(colours) > 1:
            dispatcher.utter_message(
                text=f"Which colour of the {check.product.title}?",
                buttons=[
                    {
                        "title": name,
                        "payload": replies.buy_payload(check.product.handle, size, name.lower()),
                    }
                    for name in colours
                ],
            )
            return events
        variant = check.in_stock[0]
        label = ", ".join(part for part in (variant.size, variant.colour) if part)
        events += [
            SlotSet(CHECKOUT_VARIANT, variant.id),
            SlotSet(CHECKOUT_KEY, uuid.uuid4().hex),
        ]
        intro = f"The {check.product.title} ({label}) at {replies.money(variant.price)}."
        saved = saved_contact(session, tracker.sender_id)
        if saved is not None:
            events += [
                SlotSet(NAME, saved.name),
                SlotSet(EMAIL, saved.email),
                SlotSet(ADDRESS, saved.address),
            ]
            dispatcher.utter_message(text=intro)
            return events + [FollowupAction("action_review_order")]
        dispatcher.utter_message(text=intro + " I need a few details to send it to you.")
        return events + [FollowupAction("checkout_form")]


class ValidateCheckoutForm(FormValidationAction):
    """Checks each answer on its own, so a shopper corrects just the one that was wrong."""

    def name(self) -> str:
        return "validate_checkout_form"

    def _check(self, slot: str, value: Any, problem, dispatcher) -> dict[str, Any]:
        text = str(value or "").strip()
        if (found := problem(text)) is not None:
            dispatcher.utter_message(text=f"Hmm, that doesn't look like {found}. Try again?")
            return {slot: None}
        return {slot: text}

    def validate_customer_name(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._check(NAME, value, name_problem, dispatcher)

    def validate_customer_email(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._check(EMAIL, value, email_problem, dispatcher)

    def validate_customer_address(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._check(ADDRESS, value, address_problem, dispatcher)


def _contact(tracker: Tracker) -> Contact:
    return Contact(
        tracker.get_slot(NAME) or "", tracker.get_slot(EMAIL) or "", tracker.get_slot(ADDRESS) or ""
    )


class ActionReviewOrder(ShopAction):
    """Everything the order will be, with one button to place it."""

    def name(self) -> str:
        return "action_review_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        key = tracker.get_slot(CHECKOUT_KEY)
        if not key or tracker.get_slot(CHECKOUT_VARIANT) is None:
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        contact = _contact(tracker)
        method = SHIPPING_METHODS["standard"]
        dispatcher.utter_message(
            text=(
                f"Please check: to {contact.name}, {contact.address} ({contact.email}), "
                f"{method.label.lower()} shipping ({method.min_business_days}–"
                f"{method.max_business_days} business days). Payment follows by link."
            ),
            buttons=[
                {
                    "title": "Place order",
                    "payload": "/place_order" + json.dumps({"idempotency_key": key}),
                },
                {"title": "Change my details", "payload": "/change_details"},
                {"title": "Cancel", "payload": "/stop"},
            ],
        )
        return []


class ActionPlaceOrder(ShopAction):
    """Places the order (once per checkout, however often the button is tapped)."""

    writes_to_store = True

    def name(self) -> str:
        return "action_place_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        key = (entities.get("idempotency_key") or [tracker.get_slot(CHECKOUT_KEY)])[-1]
        variant_id = tracker.get_slot(CHECKOUT_VARIANT)
        if not key:
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        try:
            order = place_order(
                session,
                owner=tracker.sender_id,
                contact=_contact(tracker),
                items=[(int(variant_id), 1)] if variant_id is not None else [],
                idempotency_key=key,
            )
        except OutOfStock as gone:
            dispatcher.utter_message(
                text=f"Sorry, {gone}: someone was quicker. Nothing was ordered or charged."
            )
            return _clear_checkout()
        except OrderError as problem:
            dispatcher.utter_message(text=f"I couldn't place the order: {problem}.")
            return []
        if order.number == tracker.get_slot(LAST_ORDER):
            dispatcher.utter_message(text=f"That order is already placed: {order.number}.")
            return []
        dispatcher.utter_message(text=order_confirmation_text(order))
        events = _clear_checkout() + [SlotSet(LAST_ORDER, order.number)]
        if saved_contact(session, tracker.sender_id) != _contact(tracker):
            dispatcher.utter_message(response="utter_offer_to_remember")
            # The details stay in the conversation until the shopper answers.
            events = [e for e in events if e["name"] not in (NAME, EMAIL, ADDRESS)]
        return events


def order_confirmation_text(order) -> str:
    line = order.lines[0]
    options = ", ".join(part for part in (line.size, line.colour) if part)
    delivery = order.estimated_delivery.strftime("%A %d %B")
    return (
        f"Done! Order {order.number}: {line.title} ({options}), {replies.money(order.total)} "
        f"including tax and shipping. It's awaiting payment: {payment_link(order)}\n"
        f'Estimated delivery: {delivery}. Ask me "where is my order?" any time.'
    )


def _clear_checkout() -> Events:
    return [SlotSet(slot, None) for slot in CHECKOUT_SLOTS]


class ActionRememberDetails(ShopAction):
    """The shopper agreed: keep name, email and address for a one-step checkout next time."""

    def name(self) -> str:
        return "action_remember_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        contact = _contact(tracker)
        if contact.problems():
            dispatcher.utter_message(text="I have no details to remember from this chat.")
            return []
        remember_contact(session, tracker.sender_id, contact)
        dispatcher.utter_message(response="utter_details_remembered")
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


class ActionDontRememberDetails(ShopAction):
    """The shopper said no to being remembered: drop the details from the conversation."""

    def name(self) -> str:
        return "action_dont_remember_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        dispatcher.utter_message(response="utter_details_not_remembered")
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


class ActionChangeDetails(ShopAction):
    """ "Wrong address": ask for the details again, keeping what is being bought."""

    def name(self) -> str:
        return "action_change_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if tracker.get_slot(CHECKOUT_VARIANT) is None:
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        return [
            SlotSet(NAME, None),
            SlotSet(EMAIL, None),
            SlotSet(ADDRESS, None),
            FollowupAction("checkout_form"),
        ]


class ActionStopCheckout(ShopAction):
    """ "Stop" / "never mind" during checkout: nothing is ordered, nothing is kept."""

    def name(self) -> str:
        return "action_stop_checkout"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        dispatcher.utter_message(response="utter_checkout_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *_clear_checkout()]


class ActionOrderStatus(ShopAction):
    """ "Where is my order?" / "when does it arrive?": the order just placed, the shopper's latest,
    or the one whose number and email they give."""

    def name(self) -> str:
        return "action_order_status"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        requester = Requester(tracker.sender_id, (entities.get("email") or [None])[-1])
        number = (entities.get("order_number") or [tracker.get_slot(LAST_ORDER)])[-1]
        try:
            order = (
                find_order(session, number, requester)
                if number
                else latest_order(session, tracker.sender_id)
            )
        except OrderNotFound:
            dispatcher.utter_message(response="utter_order_not_found")
            return []
        if order is None:
            dispatcher.utter_message(response="utter_ask_order_number_and_email")
            return []
        dispatcher.utter_message(text=order_status_text(order))
        return [SlotSet(LAST_ORDER, order.number)]


def order_status_text(order) -> str:
    text = f"Order {order.number} is {describe_status(order.status)}."
    if order.status in ("awaiting_payment", "paid", "shipped"):
        text += f" Estimated delivery: {order.estimated_delivery.strftime('%A %d %B')}."
    if order.status == "awaiting_payment":
        text += f" You can pay here: {payment_link(order)}"
    if order.tracking_number:
        text += f" Tracking number: {order.tracking_number}."
    return text
