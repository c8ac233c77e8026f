"""A colour said with a kind that none of the products of it shown comes in: "put those shoes and
the navy dress in my basket" with three dresses listed, none in navy (stranger test 82,
docs/nlu/stranger-test-82.md, B#5). It is said so, with the colours each comes in, a button to
add each (in the size said, its colour still to pick) and a search for that kind in that colour;
not a question which dress, so that a purchase question asked with it (the shoes' colour) stays
the one question, with no "I'll ask about ... next" that is never kept."""

from __future__ import annotations

import json

from rasa_sdk import Tracker

from actions.colour_lists import colours_listed
from actions.conversation import as_tapped, which_one_buttons
from actions.reference_replies import none_in_colour_text
from commerce.products import check_variant, product_details


def none_in_colour(
    tracker: Tracker, session, kind: str, handles: list[str], colour: str | None
) -> bool:
    """Whether `kind` was named by a colour right before it ("the navy dress") and none of
    `handles` is made in it ("navy|black": in either). A colour asked for ("the suit in white") is
    no name: the colour question asks it (stranger test 71)."""
    wanted = [c for c in (colour or "").split("|") if c]
    return bool(wanted and handles and _named_by_colour(tracker, kind)) and not any(
        (check := check_variant(session, handle, None, one)) is not None and check.offered
        for handle in handles
        for one in wanted
    )


def _named_by_colour(tracker: Tracker, kind: str) -> bool:
    """Whether a colour found in the latest message stands right before `kind` ("navy dress")."""
    text = tracker.latest_message.get("text") or ""
    entities = sorted(
        (e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None),
        key=lambda e: int(e["start"]),
    )
    return any(
        first.get("entity") == "colour"
        and then.get("entity") == "category"
        and then.get("value") == kind
        and not text[int(first.get("end") or 0) : int(then["start"])].strip()
        for first, then in zip(entities, entities[1:], strict=False)
    )


def tell_none_in_colour(
    dispatcher,
    tracker: Tracker,
    session,
    none_of: list[tuple[str, list[str]]],
    said: dict[str, dict[str, str]],
) -> None:
    """For each kind and the products of it shown (`none_of`) that none comes in the colour said
    with the kind (`said`, by kind), said so: said, not asked which."""
    for kind, handles in none_of:
        _tell(dispatcher, tracker, session, kind, handles, said.get(kind, {}))


def _tell(
    dispatcher, tracker: Tracker, session, kind: str, handles: list[str], said: dict[str, str]
) -> None:
    """That none of `handles` (of `kind`, shown) comes in the colour `said` with the kind, the
    colours they do come in; a button to add each in the size said, and one to search for it."""
    colour = said["colour"].replace("|", " or ")
    made_in = [
        (details.title, colours_listed(details))
        for handle in handles
        if (details := product_details(session, handle)) is not None
    ]
    size = {"size": said["size"]} if said.get("size") else {}
    search = {"category": kind, "colour": said["colour"].split("|")[0], **size}
    buttons = [
        *which_one_buttons(as_tapped(tracker, "add_to_cart", size), session, handles),
        {
            "title": f"Show {colour} {kind.lower()}",
            "payload": "/search_products" + json.dumps(search),
        },
    ]
    dispatcher.utter_message(text=none_in_colour_text(kind, colour, made_in), buttons=buttons)
