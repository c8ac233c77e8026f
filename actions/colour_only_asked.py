"""A colour only asked about is no choice of colour: grey trousers searched, "does it come in
navy" (yes), then "add the trousers in 32" adds the grey pair, not the navy one; the heels
searched in nude or tan, "does it come in black as well?", then "add the heels in size 8" takes
nude or tan, or asks which (stranger test 90, docs/nlu/stranger-test-90.md, A5 and B4). A colour
asked for ("ok add it in navy", "navy then") is a choice, and so is one asked about when the
search named no colour ("does it come in green?", then "add it": the green one). Nor is a colour
said of another kind in the message that listed the product: "a bag ... and cufflinks, do you sell
silver ones?" listed bags, not silver ones; the first bag is not silver for it."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.conversation import SHOWN_RESULTS, search_that_listed
from commerce.search import ProductQuery, colour_choices
from shop_nlu.colour_questions import only_asks_if_made_in_colour


def chosen_colour(tracker: Tracker, handle: str | None, asked: str | None) -> str | None:
    """`asked` (the colour the shopper named of the product `handle` before this message), unless
    it was said with the search that listed the product and that search did not take it, or it
    was only asked about and the search that listed the product named other colours."""
    if not asked or not handle:
        return asked
    said = _message_naming(tracker, asked, handle)
    if said is None:
        return asked
    text, its_list = said
    if its_list is not None and not _among(asked, its_list.colour):
        return None  # said of something else than what that message listed
    listed = search_that_listed(tracker, handle)
    searched = listed.colour if listed else None
    if not colour_choices(searched) or _among(asked, searched):
        return asked
    return None if only_asks_if_made_in_colour(text) else asked


def _among(colour: str, colours: str | None) -> bool:
    return colour.strip().lower() in [c.strip().lower() for c in colour_choices(colours)]


def _message_naming(
    tracker: Tracker, colour: str, handle: str
) -> tuple[str, ProductQuery | None] | None:
    """The newest message before the latest one that names `colour`: its text, and the search of
    the list it was answered with, when that list showed the product."""
    found: list[tuple[str, set[str], ProductQuery | None]] = []
    for event in tracker.events or []:
        if event.get("event") == "user":
            entities = (event.get("parse_data") or {}).get("entities") or []
            named = {
                str(entity.get("value") or "").strip().lower()
                for entity in entities
                if entity.get("entity") == "colour" and not entity.get("role")
            }
            found.append((str(event.get("text") or ""), named, None))
        elif event.get("event") == "slot" and event.get("name") == SHOWN_RESULTS and found:
            shown = event.get("value") if isinstance(event.get("value"), dict) else {}
            if handle in (shown.get("handles") or []):
                text, named, _ = found[-1]
                found[-1] = (text, named, ProductQuery.from_dict(shown.get("query")))
    for text, named, its_list in reversed(found[:-1]):
        if colour.strip().lower() in named:
            return text, its_list
    return None
