"""A change of mind about the item being bought or just added ("actually make it a medium").

Also the word said when a purchase waiting for a size or colour is dropped for something else.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import availability_replies, order_replies
from actions.adding import add_as_asked, show_cart
from actions.base import Events
from actions.checkout import ActionStartCheckout
from actions.conversation import (
    CURRENT_PRODUCT,
    as_tapped,
    bot_answer,
    latest_entities,
    purchase_kept,
    purchase_waiting,
)
from actions.quantity_choice import quantity_problem, requested_quantity
from actions.variant_taken import variant_label
from actions.waiting_purchases import waits_for
from commerce.cart import add_to_cart, cart_items, set_cart_quantity
from commerce.products import check_variant, product_details
from commerce.search import category_types
from commerce.sizes import size_query_key
from shop_nlu.return_followups import asks_to_exchange_if_it_does_not_fit

# "actually make it a medium", "make that an M", "can i get it in L instead", "change it to size
# M": the item being bought (or just added) in another size, colour or number.
_CHANGES_IT = re.compile(
    r"\b(?:make|change|switch|swap|turn|put)\s+(?:it|that|this|them|those|mine|the \w+)\b"
    r"|\b(?:get|have|take|want|need) (?:it|that|this|one|them) in\b",
    re.IGNORECASE,
)
# "change it to size L", "make mine a medium": the item in focus changed, even a while after it
# was added to the cart.
_SWITCHES_IT = re.compile(
    r"\b(?:make|change|switch|swap)\s+(?:it|that|this|mine)\s+(?:to|into|for)?\s*(?:an?\s+)?"
    r"(?:size\b|small\b|medium\b|large\b|x*[sl]\b|m\b|xs\b|\d)",
    re.IGNORECASE,
)
# "actually medium please", "L instead": a change too, when no other kind of product is named.
_CHANGE_WORDS = re.compile(r"\b(?:instead|actually|rather|on second thought)\b", re.IGNORECASE)
# "wrong size, 40 not 38" (stranger test 52): the size ruled out is the one being corrected.
_DETAILS = frozenset({"size", "colour", "quantity", "not_size", "not_colour"})


def change_of_mind(dispatcher, tracker: Tracker, domain, session) -> Events | None:
    """ "Actually make it a medium" while "Which colour of the dress?" is open: the same purchase
    in the new size (colour, number), going on where it was (the colour asked again, or the
    dress added); right after the dress was added, its cart line changed. None (nothing said)
    when the message changes no size, colour or number of the item, or moves to another kind."""
    entities = latest_entities(tracker)
    said = {name: entities[name][-1] for name in ("size", "colour") if name in entities}
    quantity = requested_quantity(tracker)
    if not said and quantity is None:
        return None
    text = tracker.latest_message.get("text") or ""
    if asks_to_exchange_if_it_does_not_fit(text):
        return None  # "can change to size 6 if too small?": how exchanges work (stranger test 54)
    if (
        not _CHANGES_IT.search(text)
        and not (set(entities) <= _DETAILS | {"category"} and _CHANGE_WORDS.search(text))
        and not set(entities) <= _DETAILS
    ):
        return None
    waiting = purchase_waiting(tracker)
    handle = waiting[1] if waiting else tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, handle) if handle else None
    if details is None or (
        not _CHANGES_IT.search(text)
        and any(
            (details.product_type or "").lower() not in category_types(kind)
            for kind in entities.get("category") or []
        )
    ):
        return None  # "actually black boots in 8": another kind, a search
    if waiting is not None and said:
        # A count alone ("make it 2") is left to the cart: the buttons asked again carry none.
        intent = waiting[0]
        kept = purchase_kept(tracker)
        if "size" in said:
            said["size"] = _in_the_same_length(said["size"], kept.get("size"))
            _say_the_size_corrected(dispatcher, session, handle, said["size"], entities)
        chosen = {**kept, **said, "product_handle": handle}
        if quantity is not None:
            chosen["quantity"] = str(quantity)
        adding = as_tapped(tracker, intent, chosen)
        if intent == "add_to_cart":
            return add_as_asked(dispatcher, adding, session)
        return ActionStartCheckout().perform(dispatcher, adding, domain, session)
    # Right after "Added ...": only in words of a change ("size 9?" may be a new question);
    # later, "change it to size L" of the product in focus, in the cart. Not a count alone
    # ("make it 2" is the cart's own change of quantity).
    just_added = bot_answer(tracker).startswith("Added ")
    if said and (
        (just_added and (_CHANGES_IT.search(text) or _CHANGE_WORDS.search(text)))
        or _SWITCHES_IT.search(text)
    ):
        return _change_line_just_added(dispatcher, tracker, session, handle, said, quantity)
    return None


# A suit or jacket size: the chest in inches and its length, "38R" (S short, R regular, L long).
_CHEST_AND_LENGTH = re.compile(r"\d{2}\s*([SRL])", re.IGNORECASE)


def _in_the_same_length(size: str, before: str | None) -> str:
    """ "40" said to correct a purchase in 38R (stranger test 52): 40R, the length kept; any
    other size as said."""
    length = _CHEST_AND_LENGTH.fullmatch((before or "").strip())
    if not length or not size.strip().isdigit():
        return size
    return f"{size.strip()}{length.group(1).upper()}"


def _say_the_size_corrected(dispatcher, session, handle: str, size: str, entities: dict) -> None:
    """ "size 40 not 38" while buying: "OK, size 40R instead of 38.", before the purchase goes on,
    when the product is made in the size wanted (else the purchase says it isn't)."""
    if not entities.get("not_size"):
        return
    check = check_variant(session, handle, size_query_key(size), None)
    if check is not None and check.size_made:
        dispatcher.utter_message(
            text=order_replies.size_corrected_text(size, entities["not_size"][-1])
        )


def answer_change_of_mind(dispatcher, tracker: Tracker, session) -> Events | None:
    """`change_of_mind` as an answer the actions a change of size may reach give way to (a
    search, a change of quantity); the purchase it goes on with needs no domain."""
    return change_of_mind(dispatcher, tracker, {}, session)


def _change_line_just_added(
    dispatcher, tracker: Tracker, session, handle: str, said: dict[str, str], quantity: int | None
) -> Events | None:
    """ "Added Vivienne Velvet Dress (S, Green)", then "make it a medium": that line in M (the
    same colour and number, unless said), or why not; None when no line of it is in the cart."""
    items = cart_items(session, tracker.sender_id)
    lines = [item for item in items if item.variant.product.handle == handle]
    if not lines:
        return None
    line = max(lines, key=lambda item: item.added_at)
    size = size_query_key(said["size"]) if "size" in said else None
    colour = said.get("colour")
    check = check_variant(
        session,
        handle,
        size or size_query_key(line.variant.size or "") or None,
        colour or line.variant.colour_key or None,
    )
    if check is None:
        return None
    in_stock = check.in_stock
    if len(in_stock) != 1:
        if not in_stock:
            dispatcher.utter_message(text=availability_replies.availability_text(check))
        else:
            dispatcher.utter_message(text=order_replies.which_change_text(check.product.title))
        show_cart(dispatcher, items)
        return []
    variant = in_stock[0]
    count = line.quantity if quantity is None else quantity
    if problem := quantity_problem(count, variant.stock):
        dispatcher.utter_message(text=problem)
        return []
    before = order_replies.variant_text(line)
    set_cart_quantity(session, tracker.sender_id, line.variant_id, 0)
    add_to_cart(session, tracker.sender_id, variant.id, count)
    dispatcher.utter_message(
        text=order_replies.line_changed_text(
            before, f"{check.product.title} ({variant_label(variant)})", count
        )
    )
    show_cart(dispatcher, cart_items(session, tracker.sender_id))
    return [SlotSet(CURRENT_PRODUCT, handle)]


def note_dropped_purchase(dispatcher, tracker: Tracker, session) -> None:
    """ "Which size of the Whitehall Wool Trousers?", and the shopper asks for shirts instead: one
    line saying the trousers were not added (or bought), so nothing is dropped without a word."""
    waiting = purchase_waiting(tracker)
    named = latest_entities(tracker).get("category") or []
    if waiting is None or not named:
        return
    intent, handle, question = waiting
    details = product_details(session, handle)
    if details is None or any(
        (details.product_type or "").lower() in category_types(kind) for kind in named
    ):
        return  # "the trousers in 32": the answer, not a move to something else
    # "Which colour of ...?", or asked again "... is still waiting for a colour: which one?"
    missing = waits_for(question) or "choice"
    dispatcher.utter_message(
        text=order_replies.purchase_dropped_text(details.title, missing, intent == "buy")
    )
