"""A colour swapped for another ("actually scrap the grey, can i see charcoal ones instead"): the
colour let go is the one of the search that asked for it, which may be an earlier one than the
list on screen (grey or navy suits, then white shirts: the suits again, in charcoal). The colour
let go is replaced, never kept as an exclusion nobody asked for ("charcoal shirts not in grey")."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, latest_entities
from actions.conversation.history import searches_made
from actions.search_results import show_results
from commerce.lexicon import load_lexicon
from commerce.search import COLOUR_ALTERNATIVES, ProductQuery, colour_choices

# "scrap the grey", "forget the grey", "grey ... instead", "instead of grey", "rather than grey":
# the colour ruled out is one asked for before, swapped for the one named now.
_SWAPS = re.compile(r"\b(?:scrap|forget|ditch|drop|never ?mind|instead|rather|swap|change)\b")


def answer_colour_of_earlier_search(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """With nothing opened, a message that swaps a colour for another and names nothing else:
    the newest search that asked for the colour let go, again in the new colour (its kind,
    size and occasion kept). None (nothing said) for any other message, or when no search of
    the conversation asked for that colour."""
    entities = latest_entities(tracker)
    text = (tracker.latest_message.get("text") or "").lower()
    if (
        set(entities) != {"colour", "not_colour"}
        or tracker.get_slot(CURRENT_PRODUCT)
        or not _SWAPS.search(text)
    ):
        return None
    let_go = [colour.lower() for colour in entities["not_colour"]]
    wanted = [colour.lower() for colour in entities["colour"] if colour.lower() not in let_go]
    if not wanted:
        return None
    searched = next((query for query in searches_made(tracker) if _asked_for(query, let_go)), None)
    if searched is None:
        return None
    query = searched.updated(
        colour=COLOUR_ALTERNATIVES.join(dict.fromkeys(wanted)),
        not_colours=tuple(c for c in searched.not_colours if c.lower() not in let_go),
    )
    return show_results(dispatcher, session, query, keep=frozenset({"colour"}))


def _asked_for(query: ProductQuery, colours: list[str]) -> bool:
    """Whether a search asked for one of `colours`, or for a shade of one ("charcoal" for grey)."""
    lexicon = load_lexicon()
    for chosen in colour_choices(query.colour):
        chosen = chosen.lower()
        if chosen in colours or lexicon.colour_family(chosen) in colours:
            return True
    return False
