"""The products each kind a total names stands for: "how much would the blazer and the shoes come to
together" is the blazer picked and the shoes picked (`picked_of_kind`); "those flats" the list on
screen. A kind nothing was shown of is never stood in for by products of another kind on screen:
with no blazer shown and flats listed, "the blazer" is not a flat (stranger test 61, godmother #6,
docs/nlu/stranger-test-61.md, problem 3); the kinds left are said to be not shown yet."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import ShownResults, picked_of_kind
from commerce.products import product_details
from commerce.profiles import kind_of_type, size_kind
from commerce.search import category_types

# "those flats", "these heels": the kind named is the list on screen.
_ON_SCREEN = r"\b(?:those|these)\s+(?:\w+\s+)?{kind}"


def pieces_of_kinds(
    tracker: Tracker, session: Session, kinds: list[str]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """(each kind named that stands for products, with the products it may be, in the order
    said; the kinds nothing was picked or shown of). A kind with nothing picked of it is the
    products on screen of that kind ("the heels" with low-heeled flats listed: shoes both), or
    all on screen when said with "those"; none of another kind."""
    shown = ShownResults.from_tracker(tracker).handles
    text = (tracker.latest_message.get("text") or "").lower()
    found: list[tuple[str, list[str]]] = []
    missing: list[str] = []
    for kind in kinds:
        on_screen = re.search(_ON_SCREEN.format(kind=re.escape(kind.lower().rstrip("s"))), text)
        picked = [] if on_screen else picked_of_kind(tracker, session, kind)
        if not picked:
            taken = {handle for _, piece in found for handle in piece}
            picked = [
                handle
                for handle in shown
                if handle not in taken and (on_screen or _of_kind(session, handle, kind))
            ]
        if picked:
            found.append((kind, picked))
        else:
            missing.append(kind)
    return found, missing


def _of_kind(session: Session, handle: str, kind: str) -> bool:
    """Whether a product is of the kind a shopper's word names, broadly: its type is covered by
    the word ("flats": the Flats), or it is sized as that kind is ("heels": shoes, flats too)."""
    details = product_details(session, handle)
    if details is None:
        return False
    product_type = (details.product_type or "").lower()
    sized_as = size_kind(session, kind)
    return product_type in category_types(kind) or (
        sized_as is not None and kind_of_type(product_type) == sized_as
    )
