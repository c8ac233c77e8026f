"""Products of a kind the shopper names ("the shirt", "the first heels") that were opened or
listed before the current screen: the one meant, the ones picked, the ones a list showed."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation.history import earlier_products, opened_products
from actions.conversation.picking import ProductReference
from commerce.search import ProductQuery, find_products, nearest_sold_kind, sells_kind


def earlier_of_kind(
    tracker: Tracker, session: Session, entities: dict[str, list[str]], opened_only: bool = False
) -> ProductReference | None:
    """The product of the kind named ("the shirt", "those shoes") that the shopper opened or was
    shown most recently, when none on screen is of that kind; "ambiguous" (with the candidates)
    when the latest list of that kind had several."""
    description = ProductQuery(
        category=(entities.get("category") or [None])[-1],
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
    )
    groups = [[h] for h in opened_products(tracker)] if opened_only else earlier_products(tracker)
    for group in groups:
        fitting = find_products(
            session, description, limit=len(group), only_handles=group, in_stock_only=False
        )
        handles = [handle for handle in group if handle in {m.handle for m in fitting.matches}]
        if len(handles) == 1:
            return ProductReference(handles[0])
        if handles:
            return ProductReference(None, "ambiguous", candidates=tuple(handles))
    if description.colour and description.category and not opened_only:
        # "i buy the dress in navy" after shirts, the one dress before not navy: that dress.
        alone = earlier_of_kind(tracker, session, {"category": [description.category]})
        return alone if alone is not None and alone.handle else None
    return None


def opened_instead(
    tracker: Tracker, session: Session, entities: dict[str, list[str]]
) -> ProductReference | None:
    """ "The coat" when the shop sells no coats: the product opened most recently of the kind it
    offered instead (the tweed blazer), if one was opened."""
    kind = (entities.get("category") or [""])[-1]
    if not kind or sells_kind(session, kind) or not (nearest := nearest_sold_kind(kind)):
        return None
    opened = earlier_of_kind(tracker, session, {"category": [nearest]}, opened_only=True)
    return opened if opened and opened.handle else None


def picked_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of a kind ("the dress", "the shoes") the shopper picked: the one "add the
    dress" takes (`resolve_product`), the latest of that kind opened or shown alone (the dearer
    dress opened, then a cheaper one found: the cheaper one); when the latest list of that kind
    had several, the one opened last of that kind, else all of them (two heels on screen: both).
    None when nothing of that kind was opened or listed."""
    entities = {"category": [kind]}
    listed = earlier_of_kind(tracker, session, entities)
    if listed is not None and listed.handle:
        return [listed.handle]
    opened = earlier_of_kind(tracker, session, entities, opened_only=True)
    if opened and opened.handle:
        return [opened.handle]
    return list(listed.candidates) if listed is not None else []


# "the first heels", "the 1st pair of heels": what may stand between an ordinal and the kind it is
# said of.
ORDINAL_OF_KIND = re.compile(r"\s*(?:(?:pair|pairs|set|one|ones)\s+of\s+(?:the\s+)?)?")


def ordinal_of_kind(tracker: Tracker) -> tuple[str, str] | None:
    """ "The second dress", "the 1st pair of heels": the ordinal and the kind said right after it,
    when the latest message says one ordinal; None when it stands alone ("the 2nd one")."""
    found = sorted(
        (entity for entity in tracker.latest_message.get("entities") or []
         if entity.get("entity") in ("ordinal", "category") and entity.get("start") is not None),
        key=lambda entity: int(entity["start"]),
    )  # fmt: skip
    ordinals = [at for at, entity in enumerate(found) if entity["entity"] == "ordinal"]
    if len(ordinals) != 1 or ordinals[0] + 1 >= len(found):
        return None
    ordinal, kind = found[ordinals[0]], found[ordinals[0] + 1]
    text = tracker.latest_message.get("text") or ""
    between = text[int(ordinal["end"]) : int(kind["start"])]
    if kind["entity"] != "category" or not ORDINAL_OF_KIND.fullmatch(between):
        return None
    return str(ordinal["value"]), str(kind["value"])


def listed_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of a kind in the latest list that had any, in the order shown ("the first
    heels" is the first of them), even when one of them was opened since."""
    lists = [group for group in earlier_products(tracker) if len(group) > 1]
    for group in lists:
        fitting = find_products(session, ProductQuery(category=kind), limit=len(group),
                                only_handles=group, in_stock_only=False)  # fmt: skip
        found = {match.handle for match in fitting.matches}
        if handles := [handle for handle in group if handle in found]:
            return handles
    return []
