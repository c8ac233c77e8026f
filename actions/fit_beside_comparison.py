"""A question about every product on screen with a fit question about one of them: "Which of those
is the most comfortable one, honestly? And does the second one run small?" over three derbies
(stranger test 60, docs/nlu/stranger-test-60.md, Doug #5) was answered for two of them, the fit
left out. Now the first part is answered for each product shown, then the second one's fit from
its catalog words (or that they don't say)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import product_replies
from actions.base import Events
from actions.conversation import ShownResults, asks_across
from actions.conversation.picking import by_position
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from commerce.config import load_settings
from commerce.product_facts import product_fact
from shop_nlu.fit_questions import asks_of_them_all, fit_asked_beside


def answer_fit_beside_comparison(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Each product on screen on what the message asks of them all, then the fit of the one it
    picks ("the second one"); None when the message asks no such pair of things."""
    shown = ShownResults.from_tracker(tracker)
    text = tracker.latest_message.get("text") or ""
    if (asked := fit_asked_beside(text)) is None or len(shown.handles) < 2:
        return None
    across, fit_question = asked
    if not (asks_across(across) or asks_of_them_all(across)):
        return None  # "is it in stock, and does the second one run small?": not of them all
    # The place said in the fit question ("the second one"), not elsewhere ("my last pair").
    places = [
        str(entity.get("value"))
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "ordinal"
        and entity.get("end")
        and text[entity.get("start") or 0 : entity.get("end") or 0].lower() in fit_question.lower()
    ]
    one = by_position(places[0], shown).handle if places else None
    if one is None:
        return None
    contact = contact_details(load_settings())
    facts = [fact for handle in shown.handles if (fact := product_fact(session, handle, across))]
    fit = product_fact(session, one, fit_question)
    if len(facts) < 2 or fit is None:
        return None
    texts = [product_replies.facts_across_text(facts, contact)]
    said_whom_to_ask = not all(fact.known for fact in facts)
    texts.append(product_replies.fit_of_one_text(fit, "" if said_whom_to_ask else contact))
    unknown = said_whom_to_ask or not (fit.known and fit.quotes)
    dispatcher.utter_message(
        text="\n".join(texts), buttons=[TALK_TO_A_PERSON] if unknown and person_reachable() else []
    )
    return []
