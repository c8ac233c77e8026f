"""Buying in one tap: pick the variant, take the shopper's details (or their saved ones), confirm,
place the order; then "when does it arrive?".

The idempotency key of a checkout is made when it starts and travels in the "Place order" button,
so a double tap (or a tap and a typed "yes") places one order.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.forms import FormValidationAction

from actions import order_replies, replies
from actions.base import Events, ShopAction
from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ShownResults,
    ask_which_one,
    colour_asked_about,
    colour_asked_lately,
    current_query,
    day_asked_for,
    latest_entities,
    latest_intent,
    open_question,
    points_at_a_product,
    resolve_product,
    said_lately,
    size_asked_lately,
)
from actions.feedback import ask_for_rating
from commerce import order_rules
from commerce.orders import (
    Contact,
    OrderError,
    OutOfStock,
    address_problem,
    cart_items,
    checkout_cart,
    email_problem,
    latest_order,
    name_problem,
    payment_link,
    place_order,
    quote,
    remember_contact,
    saved_contact,
)
from commerce.products import VariantCheck, check_variant, product_details
from commerce.search import ProductQuery, VariantFacts, variant_fits
from commerce.shipping import SHIPPING_METHODS, better_method
from commerce.sizes import key_of_label, size_keys, size_query_key, size_system

CHECKOUT_VARIANT = "checkout_variant"  # one product bought with Buy (a variant id) ...
CHECKOUT_QUANTITY = "checkout_quantity"
CHECKOUT_FROM_CART = "checkout_from_cart"  # ... or everything in the cart
CHECKOUT_SHIPPING = "checkout_shipping"
CHECKOUT_KEY = "checkout_key"
LAST_ORDER = "last_order"
NAME, EMAIL, ADDRESS = "customer_name", "customer_email", "customer_address"
CHECKOUT_SLOTS = (
    CHECKOUT_VARIANT, CHECKOUT_QUANTITY, CHECKOUT_FROM_CART, CHECKOUT_SHIPPING, CHECKOUT_KEY,
    NAME, EMAIL, ADDRESS,
)  # fmt: skip

PayloadFor = Callable[[str, "str | None", "str | None"], str]


def requested_quantity(tracker: Tracker) -> int | None:
    """The quantity in the latest message ("2 pairs", "make it 3"), if any."""
    values = latest_entities(tracker).get("quantity")
    try:
        return int(values[-1]) if values else None
    except ValueError:
        return None


def quantity_for(dispatcher, tracker: Tracker, variant: VariantFacts) -> int | None:
    """The quantity asked for (1 if none), or None after saying why it can't be had."""
    asked = requested_quantity(tracker)
    quantity = 1 if asked is None else asked
    if problem := quantity_problem(quantity, variant.stock):
        dispatcher.utter_message(text=problem)
        return None
    return quantity


def quantity_problem(quantity: int, in_stock: int) -> str | None:
    """Why a quantity cannot be bought (the core's one rule), in the shopper's words; None if it
    can."""
    problem = order_rules.quantity_problem(quantity, in_stock)
    return order_replies.quantity_problem_text(problem, in_stock) if problem else None


def choose_variant(
    dispatcher, tracker: Tracker, session, payload_for: PayloadFor
) -> tuple[Events, VariantFacts | None, str]:
    """The variant the shopper means (size and colour from the message, else the size they asked
    about since the list on screen was shown, else the search's).

    Returns the events to apply, the variant (None when a question or a problem was said instead),
    and the product's title. Buttons for a missing size or colour carry `payload_for`'s payloads, so
    a tap continues whatever the shopper was doing (buying, adding to the cart).
    """
    entities = latest_entities(tracker)
    size = size_query_key(entities["size"][-1]) if "size" in entities else None
    colour = entities["colour"][-1] if "colour" in entities else None
    asked = None if size else size_query_key(size_asked_lately(tracker) or "")
    reference = the_one_that_fits(tracker, session, resolve_product(tracker, session),
                                  size or asked, colour)  # fmt: skip
    if reference.handle is None:
        # "the black one" when both are black: name them, a tap goes on with the purchase.
        if not ask_which_one(dispatcher, tracker, session, reference):
            dispatcher.utter_message(response="utter_which_product")
        return [], None, ""
    search = current_query(tracker)
    # "Womens 8.5" on a shoe made in men's sizes: the size its catalog says that is, or a question.
    sized = in_the_products_sizes(
        dispatcher, tracker, session, reference.handle, (size, asked, search), colour, payload_for
    )
    if sized is None:
        return [SlotSet(CURRENT_PRODUCT, reference.handle)], None, ""
    size, asked, search = sized
    check = None
    if colour is None and (
        asked_colour := colour_asked_lately(tracker)
        or colour_asked_about(tracker, reference.handle)
    ):
        # "Does it come in green?" ("Yes ... Olive"), then "add it": the green one, when it is
        # in stock in it; else the question which colour, as if none had been asked. Shoes to go
        # with it in between, then "add the dress": still the green dress.
        check = _check_as_asked(session, reference.handle, search, size, asked, asked_colour)
        check = check if check is not None and check.in_stock else None
    if check is None:
        check = _check_as_asked(session, reference.handle, search, size, asked, colour)
    if check is None:
        dispatcher.utter_message(response="utter_unknown_product")
        return [], None, ""
    size, colour = check.size, check.colour
    product = check.product
    events: Events = [SlotSet(CURRENT_PRODUCT, product.handle)]
    if not check.in_stock:
        dispatcher.utter_message(text=replies.availability_text(check))
        in_size = check_variant(session, product.handle, size) if size is not None else None
        if colour and not check.colour_made and in_size is not None and in_size.in_stock:
            # "is there a sage one, im a M": no sage at all; the colours left in M, one tap each.
            colours = list(dict.fromkeys(v.colour for v in in_size.in_stock if v.colour))
            _ask_colour(dispatcher, product, size, colours, payload_for)
            return events, None, product.title
        if size is not None:
            # Sold out in the size asked for: the sizes it is still in stock in, one tap each.
            others = check_variant(session, product.handle, None, colour)
            if others is None or not others.in_stock:
                others = check_variant(session, product.handle)
            if others is not None and others.in_stock:
                ask_size(dispatcher, product.handle, product.title, others.in_stock, None,
                         payload_for)  # fmt: skip
        return events, None, product.title
    sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
    colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
    if len(sizes) > 1:
        ask_size(dispatcher, product.handle, product.title, check.in_stock, colour, payload_for)
        return events, None, product.title
    if len(colours) > 1:
        _ask_colour(dispatcher, product, size, colours, payload_for)
        return events, None, product.title
    return events, check.in_stock[0], product.title


def in_the_products_sizes(
    dispatcher,
    tracker: Tracker,
    session,
    handle: str,
    sizes: tuple[str | None, str | None, ProductQuery],
    colour: str | None,
    payload_for: PayloadFor,
) -> tuple[str | None, str | None, ProductQuery] | None:
    """The sizes in use (`sizes`: the message's, the one asked lately, the search) in the
    product's own size system: a women's 8.5 on a sneaker made in men's US sizes is the men's US 7
    its catalog text gives ("women usually take 1.5 sizes down"), said so. None, after saying it
    is sized for the other gender and asking which size, when the catalog gives no rule."""
    size, asked, search = sizes
    said_for, said = _size_said_for(tracker, size, asked, search)
    if not (said_for and said and re.fullmatch(r"(?:us)?[\d.]+", said)):
        return sizes  # no gender said with it, or no US-style size (EU and letters are shared)
    details = product_details(session, handle)
    system = size_system(details.description) if details else None
    if system is None or said_for == system.sized_for:
        return sizes
    converted = system.converted(said)
    if converted is None:
        dispatcher.utter_message(
            text=order_replies.sized_for_other_text(details.title, system, said)
        )
        in_colour = check_variant(session, handle, None, colour)
        if in_colour is None or not in_colour.in_stock:
            in_colour = check_variant(session, handle)
        if in_colour is not None and in_colour.in_stock:
            ask_size(dispatcher, handle, details.title, in_colour.in_stock, colour, payload_for)
        return None
    dispatcher.utter_message(
        text=order_replies.converted_size_text(details.title, system, said, converted)
    )
    if size:
        return converted, asked, search
    if asked:
        return size, converted, search
    return size, asked, search.updated(size=converted)


def _size_said_for(
    tracker: Tracker, size: str | None, asked: str | None, search: ProductQuery
) -> tuple[str | None, str | None]:
    """The gender the size in use was said for ("womens 8.5": female) and that size key: the one
    in the latest message, else the one asked about lately, else the search's."""
    if size:
        return (latest_entities(tracker).get("gender") or [None])[-1], size
    if asked:
        return (said_lately(tracker, "size").get("gender") or [None])[-1], asked
    return search.gender, search.size


def _check_as_asked(
    session,
    handle: str,
    search: ProductQuery,
    size: str | None,
    asked: str | None,
    colour: str | None,
) -> VariantCheck | None:
    """The product's variants in the size and colour said (`check_as_searched`), the size asked
    about lately (`asked`) first: "a small?" then "add it" is in S, when it is made in S."""
    if asked:
        check = check_as_searched(session, handle, search.updated(size=asked), None, colour)
        if check is not None and check.size == asked:
            return check
    return check_as_searched(session, handle, search, size, colour)


def ask_size(
    dispatcher, handle: str, title: str, in_stock, colour: str | None, payload_for: PayloadFor
) -> None:
    """ "Which size of the ...?", with a button for each size in stock."""
    sizes = list(dict.fromkeys(v.size for v in in_stock if v.size))
    dispatcher.utter_message(
        text=f"Which size of the {title}?",
        buttons=[
            {"title": label, "payload": payload_for(handle, key_of_label(label), colour)}
            for label in sizes
        ],
    )


def _ask_colour(
    dispatcher, product, size: str | None, colours: list[str], payload_for: PayloadFor
) -> None:
    """ "Which colour of the ...?", with a button for each colour."""
    dispatcher.utter_message(
        text=f"Which colour of the {product.title}?",
        buttons=[
            {"title": name, "payload": payload_for(product.handle, size, name.lower())}
            for name in colours
        ],
    )


def size_taken(tracker: Tracker, variant: VariantFacts) -> str | None:
    """The size key of `variant` when the latest message named no size and the variant is in the
    size asked about earlier or searched for ("buy it" after "the windsor in a size 8?"), so the
    reply can say which size it took; None otherwise."""
    if "size" in latest_entities(tracker) or not variant.size:
        return None
    for said in (size_asked_lately(tracker), current_query(tracker).size):
        key = size_query_key(said or "")
        if key and key in size_keys(variant.size):
            return key
    return None


def chosen_product(events: Events) -> str | None:
    """The product `choose_variant` put in focus (its events), for the reply to name."""
    return next((str(e["value"]) for e in events if e.get("name") == CURRENT_PRODUCT), None)


def colour_taken(tracker: Tracker, variant: VariantFacts, handle: str | None = None) -> str | None:
    """The colour of `variant` when the latest message named none and the colour asked about
    lately is this one ("does it come in green?" -> Olive, then "add it"), or the one asked about
    product `handle` a few messages back, so the reply can say which colour it took; None
    otherwise."""
    asked = colour_asked_lately(tracker) or (handle and colour_asked_about(tracker, handle))
    if "colour" in latest_entities(tracker) or not variant.colour or not asked:
        return None
    return variant.colour if variant_fits(variant, ProductQuery(colour=asked), False) else None


def the_one_that_fits(
    tracker: Tracker, session, reference: ProductReference, size: str | None, colour: str | None
) -> ProductReference:
    """ "Add it" when several products are on screen and the shopper asked about a size: the only
    one in stock in it ("does that come in a small?" answered for each), or the question narrowed
    to those that are. Any other reference is kept."""
    if reference.handle is not None or size is None or reference.problem != "ambiguous":
        return reference
    candidates = reference.candidates or tuple(ShownResults.from_tracker(tracker).handles)
    fitting = []
    for handle in candidates:
        check = check_variant(session, handle, size, colour)
        if check is not None and check.in_stock:
            fitting.append(handle)
    if len(fitting) == 1:
        return ProductReference(fitting[0])
    if 1 < len(fitting) < len(candidates):
        return ProductReference(None, "ambiguous", candidates=tuple(fitting))
    return reference


def check_as_searched(
    session, handle: str, search: ProductQuery, size: str | None, colour: str | None
) -> VariantCheck | None:
    """The product's variants in the size and colour the message names and, where it names
    none, in what the current search asked for: the shopper said it once ("black shoes in size
    10" -> "add the second one" is the black pair in 10; "a leather bag, not brown" -> "add the
    first one" offers no brown).

    The search's size and colour count only for a product made in them (a bow tie bought after a
    search for shoes in size 10 has no size 10); the colours it ruled out, only while another
    colour is left in stock.
    """
    searched_size = search.size if size is None else size
    searched_colour = search.colour if colour is None else colour
    ruled_out = search.not_colours if colour is None else ()
    if ruled_out:
        narrowed = check_variant(session, handle, searched_size, searched_colour, ruled_out)
        if narrowed is not None and narrowed.in_stock:
            return narrowed
    if (searched_size, searched_colour) != (size, colour):
        searched = check_variant(session, handle, searched_size, searched_colour)
        if searched is not None and searched.offered:
            return searched
        if searched_size != size and searched_colour != colour:
            # Navy suits searched, then "the chester loafer in 10?" and "buy it": no navy loafer,
            # but the size still counts.
            sized = check_variant(session, handle, searched_size, colour)
            if sized is not None and sized.offered:
                return sized
    return check_variant(session, handle, size, colour)


def variant_label(variant: VariantFacts) -> str:
    return ", ".join(part for part in (variant.size, variant.colour) if part)


class ActionStartCheckout(ShopAction):
    """ "Buy" on a product (or "I'll take two"): settle size, colour and quantity, then the details."""

    def name(self) -> str:
        return "action_start_checkout"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if resolve_product(tracker, session).problem == "none":
            # "How do I place an order?" with nothing on screen or in focus: how ordering works,
            # not "which one do you mean?".
            dispatcher.utter_message(response="utter_how_to_order")
            return []
        events, variant, title = choose_variant(dispatcher, tracker, session, replies.buy_payload)
        if variant is None:
            return events
        quantity = quantity_for(dispatcher, tracker, variant)
        if quantity is None:
            return events
        intro = order_replies.buy_intro_text(
            title, variant_label(variant), replies.money(variant.price), quantity,
            size_taken(tracker, variant), colour_taken(tracker, variant, chosen_product(events)),
        )  # fmt: skip
        events += [
            SlotSet(CHECKOUT_VARIANT, variant.id),
            SlotSet(CHECKOUT_QUANTITY, quantity),
            SlotSet(CHECKOUT_FROM_CART, False),
        ]
        return events + begin_checkout(dispatcher, tracker, session, intro)


def buys_what_it_points_at(tracker: Tracker, session) -> bool:
    """ "Ok ill take the cheaper one" heard as a choice of shipping or "place the order" while no
    checkout is going on: a purchase of the product it points at, if one on screen or in focus
    fits (resolved as for any other intent, `resolve_product`)."""
    return points_at_a_product(tracker) and resolve_product(tracker, session).handle is not None


def begin_checkout(dispatcher, tracker: Tracker, session, intro: str) -> Events:
    """A new checkout: a fresh idempotency key, then the review (saved details) or the form."""
    # "Checkout, express shipping": the method named with the checkout is the one chosen.
    named = (latest_entities(tracker).get("shipping_method") or [None])[-1]
    method = named if named in SHIPPING_METHODS else None
    events: Events = [SlotSet(CHECKOUT_KEY, uuid.uuid4().hex), SlotSet(CHECKOUT_SHIPPING, method)]
    saved = saved_contact(session, tracker.sender_id)
    if saved is not None:
        dispatcher.utter_message(text=intro)
        return events + [
            SlotSet(NAME, saved.name),
            SlotSet(EMAIL, saved.email),
            SlotSet(ADDRESS, saved.address),
            FollowupAction("action_review_order"),
        ]
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
                from actions.after_sales import explain_order_change  # it imports this module

                return explain_order_change(dispatcher, tracker, session)
            from actions.cart_totals import tell_nothing_to_check_out_yet  # it imports this module

            # "Express shipping pls" while the slip-on waits for its colour: ask again.
            if tell_nothing_to_check_out_yet(dispatcher, tracker, session):
                return []
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
        method = tracker.get_slot(CHECKOUT_SHIPPING) or "standard"
        events: Events = []
        if latest_intent(tracker) == "choose_shipping":
            asked = (latest_entities(tracker).get("shipping_method") or [None])[-1]
            if asked not in SHIPPING_METHODS:
                asked = "express" if method == "standard" else "standard"
            method = asked
            events.append(SlotSet(CHECKOUT_SHIPPING, method))
        now = ordering_time()
        offer = quote(session, items, method, now=now)
        contact = _contact(tracker)
        other = SHIPPING_METHODS["express" if method == "standard" else "standard"]
        text = order_replies.review_text(offer, contact)
        place = {
            "title": "Place order",
            "payload": "/place_order" + json.dumps({"idempotency_key": key}),
        }
        switch = {
            "title": f"{other.label} shipping ({order_replies.shipping_price(other, offer)})",
            "payload": "/choose_shipping" + json.dumps({"shipping_method": other.key}),
        }
        first = [place, switch]
        # "Can I get it by friday?" asked earlier: whether this shipping makes it, never silently,
        # and the one that does better offered first.
        if (needed := day_asked_for(tracker, now.date())) is not None:
            text += "\n" + order_replies.review_deadline_text(
                offer.method, needed, now.date(), offer.charges.subtotal
            )
            if better_method(offer.method, needed, now.date()) == other:
                first = [switch, place]
        dispatcher.utter_message(
            text=text,
            buttons=[
                *first,
                {"title": "Change my details", "payload": "/change_details"},
                {"title": "Cancel", "payload": "/stop"},
            ],
        )
        return events


def ordering_time() -> datetime:
    """Now, for an order's delivery dates (one function, so a test can fix the day)."""
    return datetime.now(timezone.utc)


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
            dispatcher.utter_message(response="utter_nothing_to_check_out")
            return []
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
            from actions.after_sales import order_in_discussion  # it imports this module

            text = (tracker.latest_message.get("text") or "").lower()
            # An order only looked up is not "it" while the bot asks something else ("Which
            # colour of ...?"): "cancel it" then drops that question.
            about_the_order = tracker.get_slot(LAST_ORDER) or (
                order_in_discussion(tracker) and not open_question(tracker)
            )
            if about_the_order and re.search(r"\bcancel", text):
                return [FollowupAction("action_cancel_order")]
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
