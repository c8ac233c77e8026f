"""A colour asked of one product on screen, then a wish for the whole list, in one message: "Oh
the second one looks lovely, but does it come in cobalt, or only navy? And is there anything with
sleeves, I don't love my arms these days" under three dresses (stranger test 80, docs/nlu/
stranger-test-80.md, B2) once fell back to "not sure" buttons. The question is answered of that
one as it would be alone (ActionCheckAvailability), then the wish narrows the list on screen as it
would alone (the search's refinement, "nothing is" said honestly). Where the wish starts:
shop_nlu/wish_after_a_question.py."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events, perform_action
from actions.conversation import ShownResults
from shop_nlu.wish_after_a_question import wish_after_a_question


def _part(tracker: Tracker, intent: str, start: int, end: int | None) -> Tracker:
    """The tracker with the latest message cut to text[start:end], as if said alone."""
    text = tracker.latest_message.get("text") or ""
    end = len(text) if end is None else end
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None]
    part = tracker.copy()
    part.latest_message = {
        **tracker.latest_message,
        "text": text[start:end],
        "intent": {"name": intent, "confidence": 1.0},
        "entities": [
            {**e, "start": int(e["start"]) - start, "end": int(e["end"]) - start}
            for e in said
            if start <= int(e["start"]) < end
        ],
    }
    return part


def answer_colour_then_wish(dispatcher, tracker: Tracker, session) -> Events | None:
    """The colour question about the one pointed at by number, then the wish for the list; None
    when the message has no wish after its question, points at none by number, or no list is on
    screen."""
    text = tracker.latest_message.get("text") or ""
    turn = wish_after_a_question(text)
    if turn is None:
        return None
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None]
    before = {e.get("entity") for e in said if int(e["start"]) < turn}
    if not {"ordinal", "colour"} <= before or not any(int(e["start"]) >= turn for e in said):
        return None
    if not ShownResults.from_tracker(tracker).handles:
        return None
    question = _part(tracker, "check_availability", 0, turn)
    events = perform_action("action_check_availability", dispatcher, question, {}, session)
    wish = _part(tracker, "refine_search", turn, None)
    return events + perform_action("action_search_products", dispatcher, wish, {}, session)
