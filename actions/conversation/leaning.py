"""The product a shopper says in passing they lean towards ("Okay, I think I'm leaning towards the
wrap one, but before I commit, what's your return policy?"): one of those compared last, on screen
or shown before, by its name, colour, brand, price or description (the Vivienne Velvet Dress has
"a wrap front"). Whatever the message was heard as, that product comes into focus, so that "I'll
take it in a small" next takes it (stranger test 49, docs/nlu/stranger-test-49.md, Ilona #7-9).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.conversation.history import earlier_products
from actions.conversation.picking import (
    DESCRIBERS,
    ProductReference,
    by_description,
    by_position,
    by_title_words,
)
from actions.conversation.screen import (
    CURRENT_PRODUCT,
    SHOWN_RESULTS,
    ShownResults,
    compared_products,
)
from commerce.models import Product
from shop_nlu.leaning import one_leant_towards
from shop_nlu.stop_words import says_nothing

# Words of "the ... one" that describe no product.
_NOT_DESCRIBING = frozenset({"the", "that", "one", "by", "from", "in", "with", "this"})
_SORT_OF_DIRECTION = {"cheaper": "price_asc", "pricier": "price_desc"}


def focus_on_the_one_leant_towards(tracker: Tracker, session: Session, events: list) -> list:
    """The event that puts the product the latest message leans towards in focus, when the
    action's own events neither focus on a product nor show a new list; else none."""
    if any(
        event.get("event") == "slot" and event.get("name") in (CURRENT_PRODUCT, SHOWN_RESULTS)
        for event in events
    ):
        return []
    handle = leant_towards(tracker, session)
    if handle is None or handle == tracker.get_slot(CURRENT_PRODUCT):
        return []
    return [SlotSet(CURRENT_PRODUCT, handle)]


def leant_towards(tracker: Tracker, session: Session) -> str | None:
    """The product the latest message says the shopper leans towards ("i like the green one"):
    of those compared last, else on screen, else shown earlier; None when it says none, or its
    words fit none or several of them."""
    text = tracker.latest_message.get("text") or ""
    if (span := one_leant_towards(text)) is None:
        return None
    start, end = span
    said: dict[str, list[str]] = {}
    for entity in tracker.latest_message.get("entities") or []:
        at = entity.get("start")
        if at is not None and start <= int(at) and int(entity.get("end") or at) <= end:
            said.setdefault(str(entity.get("entity")), []).append(str(entity.get("value")))
    shown = ShownResults.from_tracker(tracker)
    if ordinals := said.get("ordinal"):  # "i think the second one": of those compared, or shown
        compared = compared_products(tracker)
        return by_position(ordinals[-1], ShownResults(compared) if compared else shown).handle
    if direction := _SORT_OF_DIRECTION.get((said.get("price_direction") or [""])[-1]):
        said["sort"] = [direction]
    earlier = [handle for group in earlier_products(tracker) for handle in group]
    pools = [compared_products(tracker), shown.handles, list(dict.fromkeys(earlier))]
    for pool in pools:
        picked = _picked_of(session, text[start:end], said, pool) if pool else None
        if picked is not None and (picked.handle or picked.problem == "ambiguous"):
            return picked.handle  # (several of those compared are green: none of the others)
    return None


def _picked_of(
    session: Session, words: str, said: dict[str, list[str]], pool: list[str]
) -> ProductReference | None:
    """The product of `pool` that "the wrap one" / "the green one" describes: by the words of its
    name, by colour, brand, kind or price, else by a word of its description."""
    if by_name := by_title_words(session, words, ShownResults(pool)):
        return by_name
    if said.keys() & (DESCRIBERS | {"sort"}):
        return by_description(session, said, ShownResults(pool))
    wanted = {
        word
        for word in re.findall(r"[a-z]{3,}", words.lower())
        if word not in _NOT_DESCRIBING and not says_nothing(word)
    }
    if not wanted:
        return None
    rows = session.execute(
        select(Product.handle, Product.description).where(Product.handle.in_(pool))
    ).all()
    fitting = [
        handle
        for handle, description in rows
        if wanted <= set(re.findall(r"[a-z]+", (description or "").lower()))
    ]
    return ProductReference(fitting[0]) if len(fitting) == 1 else None
