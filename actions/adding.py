"""Adding to the cart ("add it", "add both", "the suit and the shirt"), whichever action asks for it
(`add_as_asked`: "add to cart", a "take both" while buying, a swap), and the cart as shown. The
action itself, with what it gives way to: actions/cart_adding.py."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import partial

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select

from actions import cart_replies, order_replies, replies
from actions.base import Events
from actions.colour_only_asked import chosen_colour
from actions.conversation import (
    ORDINAL_OF_KIND,
    SEARCH_QUERY,
    SHOWN_RESULTS,
    ProductReference,
    ShownResults,
    as_tapped,
    ask_which_one,
    colour_asked_about,
    earlier_products,
    latest_entities,
    opened_products,
    pointed_at_earlier,
    resolve_product,
    search_that_listed,
    several_meant,
    sizes_said,
    the_several,
    which_one_buttons,
)
from actions.conversation.in_colour import the_one_in_colour
from actions.conversation.size_asked import size_asked_about
from actions.first_of_one_listed import listed_or_alone
from actions.kind_talked_about import adds_each_kind, of_kind_meant
from actions.none_in_colour import none_in_colour, tell_none_in_colour
from actions.quantity_choice import quantity_for, requested_quantity
from actions.reference_replies import both_unclear_text, nothing_of_kind_text, which_of_kind_text
from actions.shipping_reminder import remind_where_we_ship
from actions.those_by_price import price_end_meant, said_of_those
from actions.variant_asked_before import search_of_another_kind, searched_for_it
from actions.variant_choice import choose_variant
from actions.variant_questions import PayloadFor
from actions.variant_taken import chosen_product, colour_taken, size_taken, variant_label
from actions.variant_waiting import ask_one_at_a_time
from commerce.cart import add_to_cart, cart_items
from commerce.models import CartItem, Product, Variant
from commerce.orders import OrderError
from commerce.products import check_variant
from commerce.profiles import kind_of_type, usual_size
from commerce.search import colour_choices, nearest_kind_on_sale, sells_kind
from commerce.sizes import size_query_key

# "add both to cart", "put the two of them in my basket"
BOTH = re.compile(r"\b(?:both|the two of them|the 2 of them)\b", re.IGNORECASE)


CART_BUTTONS = [
    {"title": "Check out", "payload": "/checkout"},
    {"title": "View cart", "payload": "/view_cart"},
]


def show_cart(dispatcher, items: list[CartItem]) -> None:
    if not items:
        dispatcher.utter_message(response="utter_cart_empty")
        return
    dispatcher.utter_message(text=order_replies.cart_text(items), buttons=CART_BUTTONS)


# --- what a message adds ----------------------------------------------------------------------


def add_as_asked(dispatcher, tracker: Tracker, session) -> Events:
    """ "Add it to my cart", "add both", "the suit and the shirt": what the message adds, each in
    the size and colour said or settled, or the question for what is still open."""
    remind_where_we_ship(dispatcher, tracker)  # after "I can't send an order to the UK": once
    entities = latest_entities(tracker)
    kinds = list(dict.fromkeys(entities.get("category") or []))
    # "the clutch and the first heels": each kind, the ordinal the first of the heels listed.
    ordinals = _ordinal_of_each_kind(tracker)
    if adds_each_kind(tracker, session, kinds) and ordinals is not None and not entities.keys() & {
        "product_handle", "product"
    }:  # fmt: skip
        return add_each_kind(dispatcher, tracker, session, kinds, ordinals)
    # "the Whitehall suit in 42R, the white shirt in 16.5": a product named among other things.
    each = list(_said_with_each_kind(tracker))
    if len(each) > 1 and "product" in entities and "product_handle" not in entities:
        return add_each_kind(dispatcher, tracker, session, each, ordinals)
    count = several_meant(tracker.latest_message.get("text") or "")
    if count and "product_handle" not in entities:
        return _add_several(dispatcher, tracker, session, count)
    # "add 3 of it" asked "Which colour?": a tap still adds 3.
    keep = partial(replies.add_to_cart_payload, quantity=requested_quantity(tracker))
    return add_one(dispatcher, tracker, session, keep)


def add_one(
    dispatcher, tracker: Tracker, session, payload_for: PayloadFor = replies.add_to_cart_payload
) -> Events:
    """One product in the size, colour and quantity said or settled (`choose_variant`), or the
    question for what is still open, its buttons `payload_for`'s (one that keeps a quantity: "4
    in medium and 4 in large", actions/sizes_and_quantities.py)."""
    events, variant, title = choose_variant(dispatcher, tracker, session, payload_for)
    if variant is None:
        return events
    quantity = quantity_for(dispatcher, tracker, variant, session)
    if quantity is None:
        return events
    try:
        add_to_cart(session, tracker.sender_id, variant.id, quantity)
    except OrderError as problem:
        dispatcher.utter_message(text=f"I couldn't add that: {problem}.")
        return events
    items = cart_items(session, tracker.sender_id)
    count = sum(item.quantity for item in items)
    added = f"{quantity} × " if quantity > 1 else ""
    # "Does it come in green?", then "add it": say which colour (and size) that took.
    handle = chosen_product(events)
    search = searched_for_it(tracker, session, handle)
    taken = order_replies.as_you_asked_text(
        size_taken(tracker, variant, search), colour_taken(tracker, variant, handle, search)
    )
    dispatcher.utter_message(
        text=f"Added {added}{title} ({variant_label(variant)}) to your cart.{taken} "
        f"It has {count} item{'s' if count != 1 else ''} now.",
        buttons=CART_BUTTONS,
    )
    return events


def _add_several(dispatcher, tracker: Tracker, session, count: int) -> Events:
    """ "Add both", "all three": the products meant (`the_several`: compared, on screen, or
    opened last, like the shoes priced and then the belt), each in the size and colour the
    conversation settled (`_settled_for`), or with the question for what is still open.
    When it isn't clear which, nothing is added, and the shopper is told so."""
    shown = ShownResults.from_tracker(tracker).handles
    meant = the_several(tracker, count)
    if not meant:
        # The product opened last is likely one of the two ("the shoes and the belt").
        latest = [h for h in opened_products(tracker)[:1] if h not in shown]
        if count == 2 and latest and shown and _of_another_kind(session, latest[0], shown):
            # The tux opened and shoes suggested for it: "both" is the tux and one of them.
            return _add_one_and_ask_which(dispatcher, tracker, session, latest[0])
        offered = which_one_buttons(tracker, session, latest + shown)
        titles = [button["title"] for button in offered]
        dispatcher.utter_message(text=both_unclear_text(titles, count), buttons=offered)
        return []
    said = latest_entities(tracker)  # "add both in brown": for each
    named = {name: said[name][-1] for name in ("size", "colour") if name in said}
    wanted = {handle: _settled_for(tracker, session, handle, named) for handle in meant}
    return _add_each(dispatcher, tracker, session, wanted)


def _add_one_and_ask_which(dispatcher, tracker: Tracker, session, opened: str) -> Events:
    """ "Add both" with a product opened and a list of another kind on screen: that product
    (in the size said for it, or with the question which), then which of the list."""
    said = latest_entities(tracker)
    details = {name: said[name][-1] for name in ("size", "colour") if name in said}
    if "size" not in details and (size := _size_said_for(tracker, session, opened)):
        details["size"] = size  # "slim tuxedos in 42R" said a while ago
    one = as_tapped(tracker, "add_to_cart", {"product_handle": opened, **details})
    events = add_as_asked(dispatcher, one, session)
    shown = ShownResults.from_tracker(tracker).handles
    ask_which_one(
        dispatcher,
        tracker,
        session,
        ProductReference(None, "ambiguous", candidates=tuple(shown)),
    )
    return events


def add_each_kind(
    dispatcher,
    tracker: Tracker,
    session,
    kinds: list[str],
    ordinals: dict[str, str] | None = None,
) -> Events:
    """ "Add the suit and the shirt": each kind named, as the product picked of it (opened,
    or the only one of it listed; "the first heels": the first of the heels listed), in the
    size and colour said with it. What is clear is added first (each says so); then the
    question which one, for a kind that could be several products (four shirts shown)."""
    said = said_of_those(tracker, session, kinds, _said_with_each_kind(tracker))
    names = {kind: details.pop("product", None) for kind, details in said.items()}
    wanted: dict[str, dict[str, str]] = {}
    missing: list[str] = []
    unclear: list[tuple[str, list[str]]] = []
    not_in_colour: list[tuple[str, list[str]]] = []  # "the navy dress", none navy
    kind_of: dict[str, str] = {}  # each product picked: the kind it was named by
    for kind in kinds:
        picked = _named_of_kind(tracker, session, kind, names.get(kind))
        if ordinal := (ordinals or {}).get(kind):
            listed = listed_or_alone(tracker, session, kind, ordinal)  # one shown: it
            position = (
                len(listed) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
            )
            picked = [listed[position - 1]] if 1 <= position <= len(listed) else listed
        if len(picked) > 1 and (end := price_end_meant(tracker, kind, picked)):
            picked = [_at_price_end(session, picked, end)]  # "the cheaper belt" (stranger 68)
        if len(picked) > 1 and not ordinal and (loved := pointed_at_earlier(tracker, picked)):
            picked = [loved]  # "I love the first one!" said under the dresses (stranger 73)
        colour = said.get(kind, {}).get("colour")
        if len(picked) > 1 and (one := the_one_in_colour(session, picked, colour)):
            picked = [one]  # "the tie in navy": the one tie shown in navy (stranger 78)
        kind_of |= dict.fromkeys(picked, kind)
        if none_in_colour(tracker, session, kind, picked, colour):
            not_in_colour.append((kind, picked))
        elif len(picked) == 1:
            details = _settled_for(tracker, session, picked[0], said.get(kind, {}))
            if "size" not in details and (size := _size_said_for(tracker, session, picked[0])):
                details["size"] = size  # "42 regular" said of the suits a while ago
            wanted[picked[0]] = details
        elif picked:
            unclear.append((kind, picked))
        else:
            missing.append(kind)
    # Said before the questions, so that a question stays the last word, still open next turn.
    start = len(dispatcher.messages)
    for kind in missing:
        sold = sells_kind(session, kind)
        nearest = None if sold else nearest_kind_on_sale(session, kind)
        dispatcher.utter_message(text=nothing_of_kind_text(kind, sold, nearest))
    tell_none_in_colour(dispatcher, tracker, session, not_in_colour, said)  # (stranger 82, B#5)
    events = _add_each(dispatcher, tracker, session, wanted) if wanted else []
    # "the tux and the bow tie", several of each shown: each asked, none dropped (stranger test 39)
    for kind, picked in unclear:
        asking = as_tapped(tracker, "add_to_cart", said.get(kind, {}))
        buttons = which_one_buttons(asking, session, picked)
        titles = [button["title"] for button in buttons]
        dispatcher.utter_message(text=which_of_kind_text(kind, titles), buttons=buttons)
    # Two purchases waiting: asked one at a time, in the order said (stranger test 73, B6).
    ask_one_at_a_time(dispatcher, session, start, kinds, kind_of)
    return events


# --- several products at once ------------------------------------------------------------------


def _add_each(dispatcher, tracker: Tracker, session, wanted: dict[str, dict[str, str]]) -> Events:
    """Add each product (handle: the size and colour settled for it) that those make one variant
    in stock; then one reply: what was added, at what price, and the cart's count and total,
    followed by the question for each product still open (its size, its colour) or why it can't
    be had (sold out in that size), with the store's choices as buttons."""
    asked = CollectingDispatcher()
    added: list[tuple[str, str, Decimal, int]] = []
    events: Events = []
    for handle, details in wanted.items():
        one = _as_settled(tracker, handle, details)
        found, variant, title = choose_variant(asked, one, session, replies.add_to_cart_payload)
        events += found
        quantity = quantity_for(asked, one, variant, session) if variant is not None else None
        if variant is None or quantity is None:
            continue
        try:
            add_to_cart(session, tracker.sender_id, variant.id, quantity)
        except OrderError as problem:
            asked.utter_message(text=f"I couldn't add the {title}: {problem}.")
            continue
        added.append((title, variant_label(variant), variant.price, quantity))
    if added:
        items = cart_items(session, tracker.sender_id)
        count = sum(item.quantity for item in items)
        total = sum(item.variant.price * item.quantity for item in items)
        dispatcher.utter_message(
            text=cart_replies.added_several_text(added, count, total),
            buttons=[] if asked.messages else CART_BUTTONS,
        )
    dispatcher.messages.extend(asked.messages)
    return events


def _as_settled(tracker: Tracker, handle: str, details: dict[str, str]) -> Tracker:
    """The tap of "add to cart" on the product, in the size and colour settled for it, with the
    search that listed it as the search, so that another product's search gives it no colour
    (the belt searched in black, then "add both": not black shoes). A colour not settled
    ("white or grey") is asked among those (stranger test 74: "Burgundy or Navy?", no Black)."""
    one = as_tapped(tracker, "add_to_cart", {"product_handle": handle, **details})
    listed = search_that_listed(tracker, handle)
    among = listed if listed and len(colour_choices(listed.colour)) > 1 else None
    one.slots[SEARCH_QUERY] = (among or replace(listed, colour=None)).to_dict() if listed else {}
    return one


def _settled_for(tracker: Tracker, session, handle: str, named: dict[str, str]) -> dict[str, str]:
    """The size and colour the conversation settled for one of several products added at once:
    those the message names for it (`named`); else the size asked about it ("does it come in
    9.5?"), the shopper's own size for its kind (kept in their profile) or the search's, and the
    colour they asked about it or searched for ("brown shoes for work"), each only where the
    product is made in it. A size said of something else is never taken: it is asked."""
    details = {**size_asked_about(tracker, session, handle), **named}  # (stranger test 84, A6)
    listed = search_that_listed(tracker, handle)
    if "size" not in details:
        product = session.scalar(select(Product).where(Product.handle == handle))
        kind = kind_of_type(product.product_type or "") if product is not None else None
        own = usual_size(session, tracker.sender_id, kind)
        for size in (own.size_key if own else None, listed.size if listed else None):
            if size and _made_in(session, handle, size, None):
                details["size"] = size
                break
    if "colour" not in details:
        # "Does the suit come in charcoal?", then shirts searched: still asked of the suit.
        of_another_kind = search_of_another_kind(tracker, session, handle) is not None
        asked = chosen_colour(tracker, handle, colour_asked_about(tracker, handle, of_another_kind))
        # "brown or tan would be nice": the one of them it is made in (stranger test 72).
        for colour in (asked, listed.colour if listed else None):
            made = [
                c for c in (colour or "").split("|") if c and _made_in(session, handle, None, c)
            ]
            if len(made) == 1:
                details["colour"] = made[0]
                break
    return details


def _made_in(session, handle: str, size: str | None, colour: str | None) -> bool:
    check = check_variant(session, handle, size_query_key(size) if size else None, colour)
    return check is not None and check.offered


# --- which product of each kind, in which size ------------------------------------------------


def _ordinal_of_each_kind(tracker: Tracker) -> dict[str, str] | None:
    """ "The clutch and the first heels": the ordinal said of each kind (heels: "1"), when every
    ordinal in the message comes right before a kind; None when one stands alone ("the 2nd")."""
    found = [entity for entity in tracker.latest_message.get("entities") or []
             if entity.get("entity") in ("ordinal", "category")]  # fmt: skip
    if any("start" not in entity for entity in found):
        return None if any(entity["entity"] == "ordinal" for entity in found) else {}
    found.sort(key=lambda entity: int(entity["start"]))
    text = tracker.latest_message.get("text") or ""
    ordinals: dict[str, str] = {}
    for entity, after in zip(found, [*found[1:], None], strict=False):
        if entity["entity"] != "ordinal":
            continue
        between = text[int(entity["end"]) : int(after["start"])] if after else ""
        if after is None or after["entity"] != "category" or not ORDINAL_OF_KIND.fullmatch(between):
            return None
        ordinals[str(after["value"])] = str(entity["value"])
    return ordinals


def _named_of_kind(tracker: Tracker, session, kind: str, name: str | None) -> list[str]:
    """The product of a kind the shopper picked (`of_kind_meant`), or the one they name with it
    ("the Whitehall suit"; "the Whitehall" said alone: `kind` is its name)."""
    if name is None:
        return of_kind_meant(tracker, session, kind)
    category = {"category": kind} if kind != name else {}
    asking = as_tapped(tracker, "add_to_cart", {"product": name, **category})
    named = resolve_product(asking, session)
    # "the Whitehall" (a suit and trousers are called that): the one shown earlier, newest first.
    for shown in earlier_products(tracker) if named.problem == "ambiguous_name" else []:
        asking.slots[SHOWN_RESULTS] = {"handles": shown}
        if (named := resolve_product(asking, session)).handle:
            break
    return [named.handle] if named.handle else []


def _at_price_end(session, handles: list[str], end: str) -> str:
    """The cheapest of `handles` ("low"), or the priciest ("high"), by its lowest price."""
    prices = dict(
        session.execute(
            select(Product.handle, func.min(Variant.price))
            .join(Variant, Variant.product_id == Product.id)
            .where(Product.handle.in_(handles))
            .group_by(Product.handle)
        ).all()
    )
    ordered = sorted(handles, key=lambda handle: prices.get(handle) or 0)
    return ordered[0] if end == "low" else ordered[-1]


def _of_another_kind(session, handle: str, others: list[str]) -> bool:
    """Whether the product is of a kind (product type) none of `others` is."""
    rows = dict(
        session.execute(
            select(Product.handle, Product.product_type).where(
                Product.handle.in_([handle, *others])
            )
        ).all()
    )
    kind = (rows.get(handle) or "").lower()
    return bool(kind) and all((rows.get(other) or "").lower() != kind for other in others)


def _size_said_for(tracker: Tracker, session, handle: str) -> str | None:
    """The newest size the shopper said earlier that this product is made in, if any."""
    for size in sizes_said(tracker):
        key = size_query_key(size)
        if key and (check := check_variant(session, handle, key)) is not None and check.offered:
            return size
    return None


# What may come between a colour and the kind it is said of: "navy tie", "navy silk tie".
_ADJECTIVE_GAP = re.compile(r"[\s-]*(?:(?!and\b|or\b|with\b|in\b)[a-z]+[\s-]+)?", re.IGNORECASE)


def _said_with_each_kind(tracker: Tracker) -> dict[str, dict[str, str]]:
    """ "The suit in 42R and the shirt in white": the size and colour said after each kind (before
    the next), by kind, in the order said; said before any kind, they go with the first. One said
    right before a kind is that kind's: "the shirt, and the navy tie as well" (stranger test 51).
    A product named goes with the kind said right after it ("the Whitehall suit": the suits'
    "product"), or stands for a kind of its own, keyed by its name ("the Whitehall in 42R")."""
    text = tracker.latest_message.get("text") or ""
    kinds: list[tuple[int, str]] = []
    details: list[tuple[int, int, str, str]] = []
    named: dict[str, str] = {}
    found = [entity for entity in tracker.latest_message.get("entities") or []
             if not entity.get("role") and entity.get("value") is not None]  # fmt: skip
    found.sort(key=lambda entity: int(entity.get("start") or 0))
    for entity, after in zip(found, [*found[1:], None], strict=False):
        start = int(entity.get("start") or 0)
        end = int(entity.get("end") or start)
        value = str(entity["value"])
        if entity["entity"] == "product":
            gap = text[end : int(after.get("start") or end)] if after else ""
            if after and after["entity"] == "category" and not gap.strip():
                named[str(after["value"])] = value  # "the Whitehall suit"
            else:
                kinds.append((start, value))
                named[value] = value
        elif entity["entity"] == "category":
            kinds.append((start, value))
        elif entity["entity"] in ("size", "colour"):
            details.append((start, end, entity["entity"], value))
    said: dict[str, dict[str, str]] = {kind: {} for _, kind in kinds}
    for kind, name in named.items():
        said.setdefault(kind, {})["product"] = name
    for start, end, name, value in details:
        before = [kind for at, kind in kinds if at <= start]
        kind = before[-1] if before else (kinds[0][1] if kinds else None)
        if name == "colour":
            kind = next(
                (k for at, k in kinds if at >= end and _ADJECTIVE_GAP.fullmatch(text[end:at])), kind
            )
        if kind is not None:
            said.setdefault(kind, {})[name] = value
    return said
