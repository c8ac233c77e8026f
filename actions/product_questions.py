"""Questions about one product that its card does not answer: "is it waterproof?", "what is it
made of?", "does it run small?". Answered from the catalog's words, or honestly not at all."""

from __future__ import annotations

from actions import replies
from actions.base import Events
from actions.discovery import _ProductAction
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from commerce.config import load_settings
from commerce.product_facts import product_fact


class ActionAnswerProductQuestion(_ProductAction):
    """Quotes the catalog sentence that answers the question, or says it doesn't know."""

    def name(self) -> str:
        return "action_answer_product_question"

    def answer(self, dispatcher, tracker, session, details) -> Events:
        question = tracker.latest_message.get("text") or ""
        fact = product_fact(session, details.handle, question)
        text = replies.product_fact_text(fact, contact_details(load_settings()))
        buttons = [TALK_TO_A_PERSON] if not fact.known and person_reachable() else []
        dispatcher.utter_message(text=text, buttons=buttons)
        return []
