"""How a tie on screen is tied, asked with the pick: "Oh those look nice. Is the first one a
self-tie or pre-tied? He is hopeless with knots honestly ... And does it come in midnight blue as
well as black?" (stranger test 81, docs/nlu/stranger-test-81.md, B2) searched neckties in
"midnight or blue or black". Right: the one meant answered from the catalog's words (the
pre-tied ones on screen offered when it is not), kept in focus, and the colours asked of it
answered as "does it come in navy?" is (action_check_availability)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events, perform_action
from actions.conversation import CURRENT_PRODUCT, ShownResults, latest_entities, resolve_product
from actions.replies import select_payload
from actions.tie_style_replies import tie_style_text
from commerce.products import product_details
from commerce.tie_styles import TieStyle, tie_style
from shop_nlu.tie_styles import asks_how_it_ties

_TIES = frozenset({"ties", "bow ties"})


def answer_how_it_ties(dispatcher, tracker: Tracker, session) -> Events | None:
    """The tie meant said pre-tied, a self-tie, or not told by the catalog, then its colours
    asked answered; None unless the message asks how a tie (on screen or in focus) is tied."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/") or not asks_how_it_ties(text):
        return None
    handle = resolve_product(tracker, session).handle
    details = product_details(session, handle) if handle else None
    if details is None or details.product_type.lower() not in _TIES:
        return None
    style = tie_style(details.title, details.description)
    pre_tied = []
    if style is not TieStyle.PRE_TIED:
        for other in ShownResults.from_tracker(tracker).handles:
            found = product_details(session, other) if other != handle else None
            if found and tie_style(found.title, found.description) is TieStyle.PRE_TIED:
                pre_tied.append(found)
    dispatcher.utter_message(
        text=tie_style_text(details.title, style, [(p.title, p.price_from) for p in pre_tied]),
        buttons=[{"title": p.title, "payload": select_payload(p.handle)} for p in pre_tied],
    )
    events: Events = [SlotSet(CURRENT_PRODUCT, handle)]
    if latest_entities(tracker).keys() & {"colour", "size"}:  # "does it come in midnight blue"
        events += perform_action("action_check_availability", dispatcher, tracker, {}, session)
    return events
