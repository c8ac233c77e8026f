"""The offer to compare two of a list ("Tell me which two, e.g. "the first and the second", and
I'll compare them."), made once per topic: a shopper weighing up a present for her, handbags then
scarves, is told once, not under every list (stranger test 70, docs/nlu/stranger-test-70.md, B4).
A topic is the department of the kind listed (accessories, shoes, clothing)."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import SHOWN_RESULTS
from commerce.search import departments_of

OFFER_TO_COMPARE = "utter_offer_to_compare"


def _kinds_offered_under(tracker: Tracker) -> list[str | None]:
    """The kind of the list each earlier offer to compare was made under, oldest first."""
    kinds: list[str | None] = []
    shown: str | None = None
    offered = False
    for event in tracker.events or []:
        name = event.get("event")
        if name == "user":
            if offered:
                kinds.append(shown)
            offered = False
        elif name == "slot" and event.get("name") == SHOWN_RESULTS:
            shown = ((event.get("value") or {}).get("query") or {}).get("category")
        elif (
            name == "bot" and (event.get("metadata") or {}).get("utter_action") == OFFER_TO_COMPARE
        ):
            offered = True
    return [*kinds, shown] if offered else kinds


def compare_offered_on_topic(tracker: Tracker, session: Session, kind: str | None) -> bool:
    """Whether the offer to compare was made already under a list of the same topic as a list of
    `kind`: the same kind, or one of the same department."""
    wanted = departments_of(session, kind) if kind else set()
    return any(
        earlier == kind or bool(wanted and earlier and wanted & departments_of(session, earlier))
        for earlier in _kinds_offered_under(tracker)
    )
