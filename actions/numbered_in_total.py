"""A total of kinds and one product pointed at by its number: "how much would the dress and the
second boots come to together, and am I still under 300?", "the dress plus boots #2", "dress +
the 2nd boots, under 300?" (stranger test 73, docs/nlu/stranger-test-73.md, B4, worst problem 3).
The product pointed at is the one on screen at that number; past a list of one (only one boot
shown, "the second boots") it is that one, said briefly; each other kind is the product picked of
it. The total itself, and the budget it is measured against, are actions/cart_totals.py's."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.cart_replies import only_one_counted_text
from actions.conversation import (
    ORDINAL_OF_KIND,
    ShownResults,
    listed_of_kind,
    ordinal_of_kind,
    picked_of_kind,
    pointed_at_earlier,
    resolve_product,
)
from commerce.products import product_details
from shop_nlu.numbered_totals import number_right_after

# What names or points at one product ("the windsor", "the 2nd").
_NAMING = ("product", "product_handle", "ordinal")


def kinds_besides_named(tracker: Tracker) -> list[tuple[int, str]]:
    """The kinds a message names apart from the one product it names or points at ("the dress"
    of "the dress and the first pair", not "shoes" of "the first shoes" or "boots #2"), with where
    each was said."""
    text = tracker.latest_message.get("text") or ""
    entities = tracker.latest_message.get("entities") or []
    named = [e for e in entities if e.get("entity") in _NAMING and e.get("end") is not None]
    attached = {e["end"] + len(ORDINAL_OF_KIND.match(text, e["end"]).group(0)) for e in named}
    before = {e["start"] for e in named if e.get("entity") == "ordinal"}
    return [
        (e["start"], str(e["value"]))
        for e in entities
        if e.get("entity") == "category" and e.get("start") is not None
        and e["start"] not in attached
        and not (e.get("end") is not None and number_right_after(text, e["end"], before))
    ]  # fmt: skip


def pieces_of_kinds_and_named(
    dispatcher, tracker: Tracker, session: Session, kinds: list[tuple[int, str]]
) -> list[list[str]] | None:
    """The products of "the dress and the first pair" in the order said: the product named or
    pointed at (the only one on screen, said so, for a number past a list of one), and each kind
    as the product picked of it (several when unclear). None when one of them is nowhere."""
    reference = resolve_product(tracker, session)
    named = reference.handle
    if reference.problem == "bad_ordinal":  # "the second boots", one boot listed
        named = _only_one_shown(dispatcher, tracker, session)
    if named is None:
        return None
    start = next((e.get("start") or 0 for e in tracker.latest_message.get("entities") or []
                  if e.get("entity") in _NAMING), 0)  # fmt: skip
    said: list[tuple[int, list[str]]] = [(start, [named])]
    for at, kind in kinds:
        picked = [handle for handle in picked_of_kind(tracker, session, kind) if handle != named]
        if not picked:
            return None
        if len(picked) > 1 and (loved := pointed_at_earlier(tracker, picked)):
            picked = [loved]  # "I love the first one!" said under the dresses
        said.append((at, picked))
    return [piece for _, piece in sorted(said, key=lambda one: one[0])]


def _only_one_shown(dispatcher, tracker: Tracker, session: Session) -> str | None:
    """The only product on screen (of the kind said with the number: "the second boots" under a
    flat and a boot), said to be the one counted; None with none or several."""
    handles = ShownResults.from_tracker(tracker).handles
    if len(handles) > 1 and (said := ordinal_of_kind(tracker)):
        of_kind = listed_of_kind(tracker, session, said[1])
        handles = [handle for handle in handles if handle in of_kind]
    details = product_details(session, handles[0]) if len(handles) == 1 else None
    if details is None:
        return None
    dispatcher.utter_message(text=only_one_counted_text(details.title))
    return details.handle
