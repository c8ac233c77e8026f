"""Buying in one tap: pick the variant, take the shopper's details (or their saved ones), confirm,
place the order; then "when does it arrive?".

The idempotency key of a checkout is made when it starts and travels in the "Place order" button,
so a double tap (or a tap and a typed "yes") places one order.
"""

from __future__ import annotations

import json
import re
import uuid

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet

from actions import checkout_replies, delivery_choice, delivery_replies, order_replies, replies
from actions.adding_with_more import answer_pick_with_more
from actions.base import Events, ShopAction, perform_action
from actions.budget_at_review import budget_over_at_review_line
from actions.buying_several import buy_several
from actions.checkout_arrival import asks_arrival_at_review, tell_arrival_asked_when_placing
from actions.checkout_slots import (
    ADDRESS,
    CHECKOUT_FROM_CART,
    CHECKOUT_KEY,
    CHECKOUT_QUANTITY,
    CHECKOUT_SHIPPING,
    CHECKOUT_SLOTS,
    CHECKOUT_VARIANT,
    EMAIL,
    LAST_ORDER,
    NAME,
    ordering_time,
)
from actions.checkout_told import details_for_the_checkout, keep_details_told
from actions.conversation import (
    day_asked_for,
    latest_entities,
    latest_intent,
    open_question,
    points_at_a_product,
    resolve_product,
    several_meant,
)
from actions.earlier_kind import answer_kind_from_before
from actions.feedback import ask_for_rating
from actions.focus_out_of_view import ask_which_out_of_view
from actions.order_address import placed_orders_address
from actions.order_changes import explain_order_change
from actions.order_lookup import order_in_discussion
from actions.quantity_choice import quantity_for
from actions.search_followups import names_a_kind_not_on_screen
from actions.shipping_method_asked import SHIPPING_FIGURES
from actions.shipping_reminder import remind_where_we_ship
from actions.size_of_order_placed import answer_size_change_of_order_placed
from actions.size_with_its_kind import answer_bought_before_another_kind
from actions.sizes_and_quantities import answer_sizes_with_quantities
from actions.two_questions_of_one import answer_two_questions_heard_as_buying
from actions.unplaced_purchases import answer_cancel_before_ordering, answer_plans_called_off
from actions.variant_asked_before import searched_for_it
from actions.variant_choice import choose_variant
from actions.variant_taken import chosen_product, colour_taken, size_taken, variant_label
from actions.variant_waiting import hold_checkout_for_waiting
from actions.waiting_purchases import (
    answer_delivery_before_the_choice,
    tell_nothing_to_check_out_yet,
)
from commerce.cart import cart_items, checkout_cart
from commerce.orders import (
    Contact,
    OrderError,
    OutOfStock,
    payment_link,
    place_order,
    quote,
    remember_contact,
    saved_contact,
)
from commerce.orders_after_sale import latest_order
from commerce.shipping import SHIPPING_METHODS, better_method


class ActionStartCheckout(ShopAction):
    """ "Buy" on a product (or "I'll take two"): settle size, colour and quantity, then the details."""

    # "I take the bag from before" under boots: that bag, or which of the bags shown; "buy 4 in
    # medium and 4 in large": each size in its quantity into the cart, as an add does; "can i get
    # the shirt in L instead" right after ordering it in M: what can be done with that order.
    gives_way_to = (
        answer_kind_from_before,
        answer_two_questions_heard_as_buying,  # "does it come in 38L, and is it wool?"
        answer_sizes_with_quantities,
        answer_size_change_of_order_placed,
        answer_pick_with_more,  # "the first pair, add them in 8. And a clutch" (stranger 93, B4)
        answer_bought_before_another_kind,  # "I'll take them in a 10! Oh and jeans in 32" (96)
    )

    def name(self) -> str:
        return "action_start_checkout"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if several_meant(tracker.latest_message.get("text") or ""):
            return buy_several(dispatcher, tracker, session)  # "take both": then the checkout
        reference = resolve_product(tracker, session)
        if ask_which_out_of_view(dispatcher, tracker, session, reference):
            return []  # "ok buy" with another list shown since the product in focus was opened
        if reference.problem == "none":
            # "How do I place an order?" with nothing on screen or in focus: how ordering works,
            # not "which one do you mean?".
            dispatcher.utter_message(response="utter_how_to_order")
            return []
        if names_a_kind_not_on_screen(tracker, session, reference.handle):
            # "i want boots that can go in the mud, size 42" under summer clothing: boots to look
            # for, not one of the list to pick; "flats to go with it" (the dress), flats to look
            # for (stranger test 62). (By name: the search imports this module.)
            return perform_action("action_search_products", dispatcher, tracker, domain, session)
        # After "I can't send an order to the United Kingdom": where we deliver, before the size.
        remind_where_we_ship(dispatcher, tracker)
        events, variant, title = choose_variant(dispatcher, tracker, session, replies.buy_payload)
        if variant is None:
            # "the tote please, sent to Lily Carter, ...": kept while its colour is asked.
            return events + keep_details_told(tracker)
        quantity = quantity_for(dispatcher, tracker, variant)
        if quantity is None:
            return events
        handle = chosen_product(events)
        search = searched_for_it(tracker, session, handle)
        intro = order_replies.buy_intro_text(
            title, variant_label(variant), replies.money(variant.price), quantity,
            size_taken(tracker, variant, search),
            colour_taken(tracker, variant, handle, search),
        )  # fmt: skip
        events += [
            SlotSet(CHECKOUT_VARIANT, variant.id),
            SlotSet(CHECKOUT_QUANTITY, quantity),
            SlotSet(CHECKOUT_FROM_CART, False),
        ]
        return events + begin_checkout(dispatcher, tracker, session, intro, buying=handle)


def buys_what_it_points_at(tracker: Tracker, session) -> bool:
    """ "Ok ill take the cheaper one" heard as a choice of shipping or "place the order" while no
    checkout is going on: a purchase of the product it points at, if one on screen or in focus
    fits (resolved as for any other intent, `resolve_product`)."""
    return points_at_a_product(tracker) and resolve_product(tracker, session).handle is not None


def begin_checkout(
    dispatcher, tracker: Tracker, session, intro: str, buying: str | None = None
) -> Events:
    """A new checkout: a fresh idempotency key, then the review (saved details) or the form. The
    cart's (`buying` no product) waits while a purchase asked about isn't in it (stranger 73)."""
    if buying is None and (held := hold_checkout_for_waiting(dispatcher, tracker, session)):
        return held
    # "checkout, express", or chosen before; or kept while the purchase waited (waiting_purchases)
    method = delivery_choice.method_chosen(tracker) or tracker.get_slot(CHECKOUT_SHIPPING)
    events: Events = [SlotSet(CHECKOUT_KEY, uuid.uuid4().hex), SlotSet(CHECKOUT_SHIPPING, method)]
    saved = saved_contact(session, tracker.sender_id)
    # "let's check out. It's James Whitfield, james@..., 7 Paddock Road, ...", or typed while a
    # purchase waited for its colour: kept, never asked again (stranger tests 70, 71 and 75).
    told = details_for_the_checkout(tracker)
    if saved is not None or len(told) == len((NAME, EMAIL, ADDRESS)):
        dispatcher.utter_message(text=intro)
        return events + [
            SlotSet(NAME, told.get(NAME) or saved.name),
            SlotSet(EMAIL, told.get(EMAIL) or saved.email),
            # "send it to my office"
            SlotSet(ADDRESS, told.get(ADDRESS) or tracker.get_slot(ADDRESS) or saved.address),
            FollowupAction("action_review_order"),
        ]
    if told:
        dispatcher.utter_message(text=intro + " " + checkout_replies.details_kept_text(told))
    else:
        dispatcher.utter_message(text=intro + " I need a few details to send it to you.")
    return (
        events
        + [SlotSet(slot, value) for slot, value in told.items()]
        + [FollowupAction("checkout_form")]
    )


def _contact(tracker: Tracker) -> Contact:
    return Contact(
        tracker.get_slot(NAME) or "", tracker.get_slot(EMAIL) or "", tracker.get_slot(ADDRESS) or ""
    )


def checkout_items(tracker: Tracker, session) -> list[tuple[int, int]]:
    """(variant id, quantity) of what this checkout buys: the one product, or the cart."""
    if tracker.get_slot(CHECKOUT_FROM_CART):
        return [(item.variant_id, item.quantity) for item in cart_items(session, tracker.sender_id)]
    variant_id = tracker.get_slot(CHECKOUT_VARIANT)
    if variant_id is None:
        return []
    return [(int(variant_id), int(tracker.get_slot(CHECKOUT_QUANTITY) or 1))]


class ActionReviewOrder(ShopAction):
    """Everything the order will be (lines, shipping, tax, total, address), one tap to place it.

    "Express please" here switches the shipping method and shows the review again.
    """

    # "whats it come to w express" with no checkout yet: added up; "still going express?" (95)
    gives_way_to = (*SHIPPING_FIGURES, answer_delivery_before_the_choice)

    def name(self) -> str:
        return "action_review_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        key = tracker.get_slot(CHECKOUT_KEY)
        items = checkout_items(tracker, session)
        if not key or not items:
            if buys_what_it_points_at(tracker, session):
                return ActionStartCheckout().perform(dispatcher, tracker, domain, session)
            if latest_intent(tracker) == "choose_shipping" and (
                tracker.get_slot(LAST_ORDER) or latest_order(session, tracker.sender_id)
            ):
                # No checkout going on: "switch my order to express" is about the placed order.
                return explain_order_change(dispatcher, tracker, session)
            # "Express shipping pls" while the slip-on waits for its colour: ask again.
            if tell_nothing_to_check_out_yet(dispatcher, tracker, session):
                return []
            if delivery_choice.tell_method_chosen(dispatcher, tracker, session):  # "express pls"
                return []
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        method = tracker.get_slot(CHECKOUT_SHIPPING) or "standard"
        events: Events = []
        if latest_intent(tracker) == "choose_shipping":
            method = delivery_choice.method_asked(tracker, instead_of=method)  # "the faster one"
            events.append(SlotSet(CHECKOUT_SHIPPING, method))
        now = ordering_time()
        offer = quote(session, items, method, now=now)
        if asks_arrival_at_review(tracker):  # "when it come" here: its date, not ordered yet
            arrives = offer.method, offer.estimated_delivery
            dispatcher.utter_message(text=delivery_replies.arrival_at_review_text(*arrives))
        contact = _contact(tracker)
        other = SHIPPING_METHODS["express" if method == "standard" else "standard"]
        text = order_replies.review_text(offer, contact)
        place = {
            "title": "Place order",
            "payload": "/place_order" + json.dumps({"idempotency_key": key}),
        }
        switch = {
            "title": f"{other.label} shipping ({delivery_replies.shipping_price(other, offer)})",
            "payload": "/choose_shipping" + json.dumps({"shipping_method": other.key}),
        }
        first = [place, switch]
        # "Can I get it by friday?" asked earlier: whether this shipping makes it, never silently,
        # and the one that does better offered first.
        if (needed := day_asked_for(tracker, now.date())) is not None:
            text += "\n" + delivery_replies.review_deadline_text(
                offer.method, needed, now.date(), offer.charges.subtotal
            )
            if better_method(offer.method, needed, now.date()) == other:
                first = [switch, place]
        if over := budget_over_at_review_line(tracker, session, offer.charges.total):
            text += "\n" + over  # "budget about 300", then a $928.75 suit: said (stranger 74)
        dispatcher.utter_message(
            text=text,
            buttons=[
                *first,
                {"title": "Change my details", "payload": "/change_details"},
                {"title": "Cancel", "payload": "/stop"},
            ],
        )
        return events


class ActionPlaceOrder(ShopAction):
    """Places the order (once per checkout, however often the button is tapped)."""

    writes_to_store = True

    def name(self) -> str:
        return "action_place_order"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        key = (entities.get("idempotency_key") or [tracker.get_slot(CHECKOUT_KEY)])[-1]
        if not key and buys_what_it_points_at(tracker, session):
            return ActionStartCheckout().perform(dispatcher, tracker, domain, session)
        # "ok send it" while the shirt still waits for its size: that one asked again.
        if not key and tell_nothing_to_check_out_yet(dispatcher, tracker, session):
            return []
        if not key:
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        order_details = dict(
            owner=tracker.sender_id,
            contact=_contact(tracker),
            idempotency_key=key,
            shipping_method=tracker.get_slot(CHECKOUT_SHIPPING) or "standard",
        )
        try:
            if tracker.get_slot(CHECKOUT_FROM_CART):
                order = checkout_cart(session, **order_details)
            else:
                order = place_order(
                    session, items=checkout_items(tracker, session), **order_details
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
        dispatcher.utter_message(
            text=order_replies.order_confirmation_text(order, payment_link(order))
        )
        tell_arrival_asked_when_placing(dispatcher, tracker, order)  # "...before the 12th?"
        events = _clear_checkout() + [SlotSet(LAST_ORDER, order.number)]
        if saved_contact(session, tracker.sender_id) != _contact(tracker):
            dispatcher.utter_message(response="utter_offer_to_remember")
            # The details stay in the conversation until the shopper answers.
            return [e for e in events if e["name"] not in (NAME, EMAIL, ADDRESS)]
        ask_for_rating(dispatcher, session, tracker.sender_id, "order", order.number)
        return events


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
        ask_for_rating(
            dispatcher, session, tracker.sender_id, "order", tracker.get_slot(LAST_ORDER)
        )
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


class ActionDontRememberDetails(ShopAction):
    """The shopper said no to being remembered: drop the details from the conversation."""

    def name(self) -> str:
        return "action_dont_remember_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        dispatcher.utter_message(response="utter_details_not_remembered")
        ask_for_rating(
            dispatcher, session, tracker.sender_id, "order", tracker.get_slot(LAST_ORDER)
        )
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


_DETAIL_WORDS = {
    NAME: re.compile(r"\bname\b", re.IGNORECASE),
    EMAIL: re.compile(r"\b(?:e-?mail|mail)\b", re.IGNORECASE),
    ADDRESS: re.compile(
        r"\b(?:address|street|postcode|zip|city|house|flat|apartment)\b", re.IGNORECASE
    ),
}


def details_named(tracker: Tracker) -> list[str]:
    """The detail slots the shopper names ("wrong email" -> email); all three if none is named."""
    text = tracker.latest_message.get("text") or ""
    named = [slot for slot, words in _DETAIL_WORDS.items() if words.search(text)]
    if "email" in latest_entities(tracker) and EMAIL not in named:
        named.append(EMAIL)
    return named or [NAME, EMAIL, ADDRESS]


class ActionChangeDetails(ShopAction):
    """ "Wrong email": ask again for the detail named (or all three), keeping what is being bought
    and the other details."""

    def name(self) -> str:
        return "action_change_details"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if not tracker.get_slot(CHECKOUT_KEY):
            return placed_orders_address(dispatcher, tracker, session)  # "wrong postcode"
        return [SlotSet(slot, None) for slot in details_named(tracker)] + [
            FollowupAction("checkout_form")
        ]


_SAYS_GOODBYE = re.compile(
    r"\b(?:bye+|goodbye|good bye|byee*|cya|see (?:ya|you)|laters|take care|good ?night|ttyl)\b"
)


class ActionStopCheckout(ShopAction):
    """ "Stop" / "never mind" during checkout: nothing is ordered, nothing is kept."""

    def name(self) -> str:
        return "action_stop_checkout"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        in_progress = (
            tracker.active_loop.get("name")
            or tracker.get_slot(CHECKOUT_VARIANT)
            or tracker.get_slot(CHECKOUT_FROM_CART)
        )
        if not in_progress:
            # Nothing to stop, so "nothing was ordered" would be false: "cancel it" right after an
            # order, or after looking one up (found or not), is about that order (the cancel flow
            # asks for a yes first, or says it needs the order first).
            text = (tracker.latest_message.get("text") or "").lower()
            # An order only looked up is not "it" while the bot asks something else ("Which
            # colour of ...?"): "cancel it" then drops that question.
            about_the_order = tracker.get_slot(LAST_ORDER) or (
                order_in_discussion(tracker) and not open_question(tracker)
            )
            if about_the_order and re.search(r"\bcancel", text):
                return [FollowupAction("action_cancel_order")]
            if (events := answer_plans_called_off(dispatcher, tracker, session)) is not None:
                return events  # "cancel that, court got moved" with nothing ordered (test 81)
            if re.search(r"\bcancel", text) and (
                (events := answer_cancel_before_ordering(dispatcher, tracker, session)) is not None
            ):
                return events  # "cancel it" with a purchase never placed (stranger test 63)
            if latest_intent(tracker) == "goodbye" or _SAYS_GOODBYE.search(text):
                # "Never mind, I'll think about it. Bye": a goodbye, whatever was asked.
                dispatcher.utter_message(response="utter_goodbye")
            elif open_question(tracker):
                # "Never mind" to "Which size of ...?": that question is dropped, not "nothing is
                # in progress" right after asking it.
                dispatcher.utter_message(response="utter_left_it_there")
            else:
                dispatcher.utter_message(response="utter_nothing_to_stop")
            return []
        bye = latest_intent(tracker) == "goodbye" or _SAYS_GOODBYE.search(
            (tracker.latest_message.get("text") or "").lower()
        )
        dispatcher.utter_message(
            response="utter_checkout_stopped_bye" if bye else "utter_checkout_stopped"
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None), *_clear_checkout()]
