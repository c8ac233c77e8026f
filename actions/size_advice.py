"""Size advice from a body, not a label: "hes about 5 foot 8 and skinny, what size would he be"
with a blazer in view, "size for a 40 inch chest", "34 waist but long legs, 36 inseam".

The shop's size guide (commerce/size_advice.py) gives the likely sizes for the kind of product in
focus or on screen; only sizes that product (or the shop) has in stock are offered as taps, and
a waist is kept as the shopper's size for trousers and belts."""

from __future__ import annotations

import re

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.availability_replies import availability_text
from actions.base import Events
from actions.between_sizes import answer_between_two_sizes
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    latest_entities,
    latest_intent,
    opened_last,
)
from actions.jacket_sizes_of_letters import answer_letters_in_chest_sizes
from actions.product_actions import availability_of_list_answer
from actions.roomier_fit import answer_roomier_size
from actions.size_advice_replies import (
    letter_advice_text,
    shoe_size_from_body_text,
    size_buttons,
    suit_advice_text,
    waist_advice_text,
    waist_buttons,
    waist_wanted_text,
)
from actions.sizes_from_abroad import answer_size_from_abroad
from commerce.products import ProductDetails, check_variant, product_details
from commerce.profiles import kind_of_type, remember_size
from commerce.search import ProductQuery, find_products
from commerce.size_advice import (
    Body,
    inside_leg_of,
    left_unhemmed,
    letter_sizes,
    read_body,
    suit_chests,
    suit_length,
)
from commerce.sizes import LETTER_SIZES, key_of_label, size_query_key


def answer_size_from_body(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """Likely sizes for what the message says about the wearer; None when it says nothing of
    height, weight, build, chest, waist or inside leg (the general size guide answers)."""
    if latest_intent(tracker) != "ask_size_guide":
        return None
    # "I take a 44 but it pulls across the middle": the size up of those blazers (stranger 98).
    if (roomier := answer_roomier_size(dispatcher, tracker, session)) is not None:
        return roomier
    # "Between M and L, chest 41" with blazers in view: in their chest sizes (stranger test 93).
    in_view = _product_in_view(tracker, session)
    if (chest_sized := answer_letters_in_chest_sizes(dispatcher, tracker, in_view)) is not None:
        return chest_sized
    # "Between a small and a medium, which would you go for?": the product's own words first.
    if (torn := answer_between_two_sizes(dispatcher, tracker, session)) is not None:
        return torn
    body = read_body(tracker.latest_message.get("text") or "")
    if not body.said_anything:
        return None
    if body.waist_in is not None:
        return _answer_waist(dispatcher, tracker, session, body)
    details = _product_in_view(tracker, session)
    kind = kind_of_type(details.product_type) if details else None
    if kind == "shoes":
        # "Im 6'3, what size?" with oxfords on screen: a height gives no shoe size.
        searched = ProductQuery.from_dict(ShownResults.from_tracker(tracker).query).size
        dispatcher.utter_message(text=shoe_size_from_body_text(body, searched))
        return []
    if kind == "waist":
        # Trousers go by the waist, which a height doesn't give: asked for.
        dispatcher.utter_message(text=waist_wanted_text(body, details.title if details else None))
        return []
    if kind == "suits" or (kind is None and body.chest_in):
        length = suit_length(body)
        wanted = [f"{chest}{length}" for chest in suit_chests(body)]
        likely = _in_stock(details, wanted) if details else wanted
        if details and not likely and length != "R":
            # The shop makes some sizes in one length only (no 38L): the regular next to it.
            likely = _in_stock(details, [f"{chest}R" for chest in suit_chests(body)])
        dispatcher.utter_message(
            text=suit_advice_text(details.title if details else None, body, likely, length),
            buttons=size_buttons(details.handle if details else None, likely),
        )
        return []
    if kind in ("tops", "dresses") or details is None:
        wanted = list(letter_sizes(body))
        likely = _in_stock(details, wanted) if details else wanted
        dispatcher.utter_message(
            text=letter_advice_text(details.title if details else None, body, likely),
            buttons=size_buttons(details.handle if details else None, likely),
        )
        return []
    return None  # shirts by collar: a body says nothing of that size


def _product_in_view(tracker, session: Session) -> ProductDetails | None:
    """The product in focus while the shopper still looks at it (opened after the list on screen,
    or on it), else the first one on screen: trousers opened, then shoes listed: the shoes."""
    handle = tracker.get_slot(CURRENT_PRODUCT)
    shown = ShownResults.from_tracker(tracker).handles
    if shown and (not handle or (handle not in shown and not opened_last(tracker))):
        handle = shown[0]
    return product_details(session, handle) if handle else None


def _looks_at_one(tracker) -> bool:
    """Whether the shopper looks at one product (opened since the list on screen, or on it)."""
    handle = tracker.get_slot(CURRENT_PRODUCT)
    return bool(handle) and (
        handle in ShownResults.from_tracker(tracker).handles or opened_last(tracker)
    )


def _in_stock(details: ProductDetails, labels: list[str]) -> list[str]:
    """The labels among `labels` the product has in stock, in their order."""
    stocked = {key_of_label(size) for sizes in details.stock_by_colour.values() for size in sizes}
    return [label for label in labels if key_of_label(label) in stocked]


def _answer_waist(
    dispatcher: CollectingDispatcher, tracker, session: Session, body: Body
) -> Events:
    waist = body.waist_in
    remember_size(session, tracker.sender_id, "waist", str(waist))
    found = find_products(session, ProductQuery(category="trousers", size=str(waist)), limit=50)
    unhemmed, fixed = [], []
    for match in found.matches:
        details = product_details(session, match.handle)
        description = details.description if details else ""
        if left_unhemmed(description):
            unhemmed.append(match.title)
        elif (length := inside_leg_of(description)) is not None:
            fixed.append((match.title, length))
    long_suits = []
    if body.long_legs or (body.inseam_in or 0) >= 34:
        suits = find_products(session, ProductQuery(category="suits"), limit=50)
        labels = {size for match in suits.matches for size in match.sizes}
        long_suits = sorted((label for label in labels if label.upper().endswith("L")), key=str)
    dispatcher.utter_message(
        text=waist_advice_text(waist, body.inseam_in, body.long_legs, unhemmed, fixed, long_suits),
        buttons=waist_buttons(waist),
    )
    return []


_THEM = re.compile(r"\b(?:them|those|they|these|it|that|em)\b", re.IGNORECASE)


def answer_them_named_before(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """ "Do u have them in 34 waist?" with nothing on screen or open, "them" being the chinos
    the shopper spoke of a few messages back (a return): each of those in that size, from the
    store. None when something is in view, no size is asked, or no kind was named before."""
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    if (
        "size" not in entities
        or "category" in entities
        or not _THEM.search(text)
        or tracker.get_slot(CURRENT_PRODUCT)
        or ShownResults.from_tracker(tracker).handles
    ):
        return None
    size = size_query_key(entities["size"][-1])
    # "the shirt is fine but the chinos r too tight": of the kinds named, the one made in that size.
    made = (
        kind
        for kind in _kinds_named_before(tracker)
        if find_products(
            session, ProductQuery(category=kind, size=size), limit=1, in_stock_only=False
        ).matches
    )
    if not (category := next(made, None)):
        return None
    found = find_products(session, ProductQuery(category=category), limit=3)
    shown = ShownResults.of(found)
    events = availability_of_list_answer(dispatcher, session, shown, size, None)
    return [shown.slot(), *events]


def _kinds_named_before(tracker) -> list[str]:
    """The kinds of product the shopper's earlier messages named, the latest message first."""
    users = [event for event in tracker.events if event.get("event") == "user"]
    return [
        entity["value"]
        for event in reversed(users[:-1])
        for entity in (event.get("parse_data") or {}).get("entities") or []
        if entity.get("entity") == "category"
    ]


def answer_letter_size_in_view(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """ "size m" said alone with a shirt in view (stranger test 50, docs/nlu/stranger-test-50.md,
    worst problem 3: it got the shoe size chart): whether that product comes in it, or the sizes
    it comes in ("collar sizes 14.5, 15, ... 17"), from the store. None when the message says more
    than a letter size, or nothing is in view. "In asia i am L, what is US size?": no chart from
    there, and how the clothes in view are sized (actions/sizes_from_abroad.py)."""
    if (from_abroad := answer_size_from_abroad(dispatcher, tracker, session)) is not None:
        return from_abroad
    entities = latest_entities(tracker)
    # "between an S and an M" is two sizes to weigh up, answered elsewhere for both.
    if latest_intent(tracker) != "ask_size_guide" or entities.keys() != {"size"}:
        return None
    size = size_query_key(entities["size"][-1])
    shown = ShownResults.from_tracker(tracker)
    weighs_up = "between" in (tracker.latest_message.get("text") or "").lower()
    if (
        size in LETTER_SIZES.values()
        and len(shown.handles) > 1
        and not _looks_at_one(tracker)
        and not weighs_up
    ):
        # "which have M and L and XL?" under two shirts, none opened: each of them (test 58).
        return availability_of_list_answer(dispatcher, session, shown, size, None)
    if len(entities["size"]) != 1:
        return None
    details = _product_in_view(tracker, session)
    if size not in LETTER_SIZES.values() or details is None or not details.sizes_offered:
        return None
    if (check := check_variant(session, details.handle, size=size)) is None:
        return None
    dispatcher.utter_message(text=availability_text(check))
    return []
