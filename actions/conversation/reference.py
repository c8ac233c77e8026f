"""Which product a message means: by button, name, position or description of one on screen, the
one in focus, or one opened or listed earlier ("the shirt"). How one product is picked by name,
title, description or position is `picking`'s; products of a kind shown before, `of_a_kind`'s;
asking which one when that is unclear, `which_one`'s. How the message's words point is
`pointing`'s; the products a question across several is about ("which one is warmer?", "these
two") are `several`'s."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.conversation.compared import pick_among_compared
from actions.conversation.focus_of_kind import the_one_opened_of_that_kind
from actions.conversation.history import earlier_products, opened_products
from actions.conversation.of_a_kind import (
    earlier_of_kind,
    listed_of_kind,
    opened_instead,
    ordinal_of_kind,
)
from actions.conversation.picking import (
    DESCRIBERS,
    NOT_NAMING,
    SORT_OF_DIRECTION,
    ProductReference,
    by_description,
    by_name,
    by_position,
    by_title_words,
)
from actions.conversation.pointing import SPEAKS_OF_IT, points_at_shown
from actions.conversation.said import latest_entities, latest_intent
from actions.conversation.screen import CURRENT_PRODUCT, ShownResults, opened_last
from commerce.models import Product
from commerce.search import category_types, sells_kind


def resolve_product(tracker: Tracker, session: Session) -> ProductReference:
    """The product the latest message refers to: by button, name, position, description of one
    on screen ("the cheapest one", "the black one", "the one by Brera"), or the one in focus.

    "it" and "this one" mean the product in focus; right after a list of one product, that one.
    """
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    if "product_handle" in entities:
        return ProductReference(entities["product_handle"][-1])
    if "product" in entities:
        reference = by_name(session, entities["product"][-1], entities)
        if reference.problem == "ambiguous_name" and shown.handles:
            # "the whitehall" with the suit on screen: that one, not the trousers of that name.
            return by_title_words(session, entities["product"][-1], shown) or reference
        return reference
    if "unknown_product" in entities:  # "is whey protein available?": a name the NLU did not know
        return by_name(session, entities["unknown_product"][-1], entities)
    if compared := pick_among_compared(tracker, session):
        return ProductReference(compared)  # "the cheaper one then" right after comparing two
    if "ordinal" in entities:
        if said := ordinal_of_kind(tracker):
            # "the first suit" with dresses on screen: the first of the suits listed before.
            listed = listed_of_kind(tracker, session, said[1])
            if listed and not set(shown.handles) <= set(listed):
                return by_position(said[0], ShownResults(listed))
        return by_position(entities["ordinal"][-1], shown)
    text = tracker.latest_message.get("text") or ""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if focus and SPEAKS_OF_IT.search(text.lower()) and not points_at_shown(text):
        # "is it pure silk?", "is it in black?": the product in focus, whatever else is on screen
        # (the Liana Silk Midi Dress is not "it" because it is silk).
        return ProductReference(focus)
    if shown.handles and (reference := by_title_words(session, text, shown)):
        return reference
    if reference := _named_one_shown_before(tracker, session, text, shown):
        return reference  # "ooh the wrap one" two lists after the Mirabel Wrap Dress was shown
    if focus and opened_last(tracker) and _describes_the_focus(session, entities, text, focus):
        # "is there a sage one, im a M", "ill take the coat in L" (no coats are sold) right
        # after opening the blazer: that product, not one of the list before it.
        return ProductReference(focus)
    if (sort := SORT_OF_DIRECTION.get((entities.get("price_direction") or [""])[-1])) and (
        points_at_shown(text) and "sort" not in entities
    ):
        entities = {**entities, "sort": [sort]}  # "the cheaper one": the cheapest of those shown
    describers = DESCRIBERS & entities.keys()
    asks_a_question = latest_intent(tracker) == "ask_product_question"
    if asks_a_question:
        describers -= {"feature"}  # "is it real wool?" asks about wool; it picks no product
    if shown.handles and describers:
        reference = by_description(session, entities, shown)
        if reference.problem == "no_such_one" and asks_a_question and focus:
            # "is the shirt slim fit?" with shoes open: a shirt opened before; but "How high is
            # the heel?" after picking a boot: a part of it, not a heel on screen.
            opened = earlier_of_kind(tracker, session, entities, opened_only=True)
            return opened if opened and opened.handle else ProductReference(focus)
        if reference.problem == "no_such_one" and focus and _THAT_ONE.search(text.lower()):
            # "ill take that one in navy" of the dress in focus: that dress (it may lack navy).
            return ProductReference(focus)
        if reference.problem == "no_such_one" and "category" in entities:
            # "is the shirt slim fit?" after a shoe list replaced the shirts: the shirt from before;
            # "ill take the coat" (no coats sold) after belts: the blazer opened instead of one.
            return (
                earlier_of_kind(tracker, session, entities)
                or opened_instead(tracker, session, entities)
                or reference
            )
        return the_one_opened_of_that_kind(reference, opened_products(tracker), entities)
    if (
        not focus
        and "category" in entities
        and (earlier := earlier_of_kind(tracker, session, entities))
    ):
        return earlier
    if focus:
        return ProductReference(focus)
    if len(shown.handles) == 1:
        return ProductReference(shown.handles[0])
    # "add it" with several on screen: which of them, a button each (stranger test 34, Kev #6).
    if shown.handles:
        return ProductReference(None, "ambiguous", candidates=tuple(shown.handles))
    return ProductReference(None, "none")


_THAT_ONE = re.compile(r"\b(?:that|this) one\b")


def _describes_the_focus(
    session: Session, entities: dict[str, list[str]], text: str, focus: str
) -> bool:
    """Whether a message about the product opened last names nothing that points elsewhere: no
    pick on screen ("the black one"), brand or order, and a kind only if it is the focus's or
    one the shop doesn't sell ("the coat" with the only blazer open)."""
    if points_at_shown(text) or entities.keys() & {"sort", "brand", "price_direction"}:
        return False
    kinds = entities.get("category") or []
    if not kinds:
        return True
    product_type = session.scalar(select(Product.product_type).where(Product.handle == focus))
    return all(
        (product_type or "").lower() in category_types(kind) or not sells_kind(session, kind)
        for kind in kinds
    )


# "the wrap one", "that velvet one": a product named by a word of its title.
_THE_WORD_ONE = re.compile(r"\b(?:the|that|this)\s+((?:[a-z'&-]+\s+){1,3}?)one\b(?!s)")


def _named_one_shown_before(
    tracker: Tracker, session: Session, text: str, shown: ShownResults
) -> ProductReference | None:
    """ "The wrap one" when nothing on screen is called that: the one product shown earlier in
    the conversation (opened or in a recent list) with that word in its title, if exactly one is.
    Words the shop reads as a colour, brand, kind or feature ("the black one") describe instead."""
    match = _THE_WORD_ONE.search(text.lower())
    if not match:
        return None
    described = {
        word
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") in DESCRIBERS | {"sort", "ordinal", "price_direction"}
        and entity.get("start") is not None
        for word in text[entity["start"] : entity["end"]].lower().split()
    }
    words = [word for word in match.group(1).split() if word not in described | NOT_NAMING]
    earlier = [
        handle
        for group in earlier_products(tracker)
        for handle in group
        if handle not in shown.handles
    ]
    if not words or not earlier:
        return None
    return by_title_words(session, " ".join(words), ShownResults(list(dict.fromkeys(earlier))))
