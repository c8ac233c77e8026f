"""An add asked with questions about the cart and its arrival: "Add the cheaper belt too please,
and what's the total? Also if I pick express would it arrive before we leave for his parents' on
the 10th?" (stranger test 81, docs/nlu/stranger-test-81.md, B4), heard as a change to an order,
got "I don't see an order from you". Right: the product meant added as a one-product add adds it
(in the size of the list it is on), the cart and its total shown, and whether the shipping asked
about (else the cheapest that does) arrives by the day named, a day she leaves on counted as the
day before. "the 10th" of "on the 10th" is that day, never the tenth product on screen."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.adding import add_one, show_cart
from actions.base import Events
from actions.budget_checks import tell_whether_within_budget
from actions.cart_totals import asks_total
from actions.checkout_slots import CHECKOUT_KEY, ordering_time
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    day_meant,
    latest_entities,
    purchases_waiting,
    resolve_product,
)
from actions.delivery_replies import needed_by_note
from actions.waiting_purchases import tell_still_waiting
from commerce.cart import cart_items
from commerce.products import product_details
from commerce.search import category_types
from commerce.shipping import SHIPPING_METHODS
from commerce.sizes import size_query_key
from shop_nlu.adding_words import asks_to_add
from shop_nlu.arrival_questions import asks_when_it_would_arrive
from shop_nlu.dates import leaves_on
from shop_nlu.days_of_the_month import a_day_of_the_month
from shop_nlu.order_additions import names_the_order
from shop_nlu.size_if_needed import size_only_if_needed


def asks_to_add_to_the_cart(tracker: Tracker, text: str) -> bool:
    """Whether `text` asks to add to the cart in words, outside a form or a checkout ("add a belt
    to my order" is the order's)."""
    return not (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)
        or text.startswith("/")
        or not asks_to_add(text)
        or names_the_order(text)
    )


def answer_add_with_questions(dispatcher, tracker: Tracker, session) -> Events | None:
    """The product meant added, then the cart's total and the arrival by the day asked about;
    None for a message that doesn't add and ask one of those, or adds nothing on screen or in
    focus, or comes during a form or a checkout."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_add_to_the_cart(tracker, text):
        return None
    today = ordering_time().date()
    # "express before the 10th possible?": a shipping named with a day asks whether it makes it.
    shipping_named = "shipping_method" in latest_entities(tracker)
    asks_arrival = asks_when_it_would_arrive(text, today) or shipping_named
    needed = day_meant(tracker, text, today) if asks_arrival else None
    if needed is None and not asks_total(text):
        return None
    adding = days_not_places(tracker, text)
    handle = resolve_product(adding, session).handle
    shown = ShownResults.from_tracker(tracker)
    details = product_details(session, handle) if handle else None
    if details is None or (
        handle not in shown.handles and handle != tracker.get_slot(CURRENT_PRODUCT)
    ):
        return None
    said = latest_entities(adding)
    # "add it, and a black belt too, under $80?": another kind to look for, the search's.
    own = details.product_type.lower()
    if any(own not in category_types(kind) for kind in said.get("category") or []):
        return None
    add = {"product_handle": handle}
    listed_size = (shown.query or {}).get("size") if handle in shown.handles else None
    size = next(iter(said.get("size") or []), None) or listed_size
    # "size M if it needs a size" of a one-size bag: it needs none (stranger test 91, B5).
    if size and not (size_only_if_needed(text) and not details.sizes_offered):
        add["size"] = size_query_key(str(size)) or str(size)
    if colour := next(iter(said.get("colour") or []), None):
        add["colour"] = colour
    one = as_tapped(adding, "add_to_cart", add)
    one.latest_message["text"] = ""  # the add alone: the questions are answered here
    events: Events = [SlotSet(CURRENT_PRODUCT, handle), *add_one(dispatcher, one, session)]
    if asks_total(text):
        show_cart(dispatcher, cart_items(session, tracker.sender_id))
        tell_whether_within_budget(dispatcher, tracker, session)  # "am I still under 250?"
        # The tote whose colour is still asked: not in the cart yet, said so (test 91, B5).
        tell_still_waiting(dispatcher, tracker, session, purchases_waiting(tracker))
    if needed is not None:
        asked = next(iter(said.get("shipping_method") or []), None)
        leaving = leaves_on(text, needed, today)
        method = SHIPPING_METHODS.get(asked) if asked else None
        dispatcher.utter_message(text=needed_by_note(needed, today, leaving, method))
    return events


def days_not_places(tracker: Tracker, text: str) -> Tracker:
    """A copy of the tracker without the ordinals that are days ("on the 10th"), so an add
    asked with a day ("... arrives before the 9th") never reads the day as a place on screen."""
    lowered = text.lower()
    copy = tracker.copy()
    copy.latest_message = {
        **tracker.latest_message,
        "entities": [
            entity
            for entity in tracker.latest_message.get("entities") or []
            if not (
                entity.get("entity") == "ordinal"
                and entity.get("start") is not None
                and a_day_of_the_month(lowered, int(entity["start"]), int(entity["end"]))
            )
        ],
    }
    return copy
