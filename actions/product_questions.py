"""Questions about one product that its card does not answer: "is it waterproof?", "what is it
made of?", "does it run small?". Answered from the catalog's words, or honestly not at all; a
question across several ("which one would last longer in the rain?") for each of them."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions import replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    latest_entities,
    products_asked_about,
    resolve_product,
)
from actions.discovery import _ProductAction
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from commerce.config import load_settings
from commerce.product_facts import product_fact
from commerce.products import check_variant
from commerce.recommend import colours_going_with
from commerce.sizes import size_query_key


class ActionAnswerProductQuestion(_ProductAction):
    """Quotes the catalog sentence that answers the question, or says it doesn't know."""

    def name(self) -> str:
        return "action_answer_product_question"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "Will that work with green?": its colours against the shop's colour guide.
        if (paired := answer_goes_with_colour(dispatcher, tracker, session)) is not None:
            return paired
        # "Which one would last longer in the rain?", "are any of them waterproof?": each of the
        # products compared or on screen.
        if handles := products_asked_about(tracker, session):
            return answer_across(dispatcher, tracker, session, handles)
        return super().perform(dispatcher, tracker, domain, session)

    def answer(self, dispatcher, tracker, session, details) -> Events:
        question = tracker.latest_message.get("text") or ""
        fact = product_fact(session, details.handle, question)
        text = replies.product_fact_text(fact, contact_details(load_settings()))
        # "How does it fit, im between an S and an M" about a blazer made in 36R-46R: say so first.
        sizes = dict.fromkeys(
            size_query_key(size) for size in latest_entities(tracker).get("size", [])
        )
        checks = [check_variant(session, details.handle, size=size) for size in sizes if size]
        if not_made := replies.not_made_in_text([check for check in checks if check]):
            text = f"{not_made}\n{text}"
        buttons = [TALK_TO_A_PERSON] if not fact.known and person_reachable() else []
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


def answer_across(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, handles: list[str]
) -> Events:
    """Answer a product question for each of these products, from the catalog's own words."""
    question = tracker.latest_message.get("text") or ""
    facts = [fact for handle in handles if (fact := product_fact(session, handle, question))]
    text = replies.facts_across_text(facts, contact_details(load_settings()))
    unknown = not all(fact.known for fact in facts)
    dispatcher.utter_message(
        text=text, buttons=[TALK_TO_A_PERSON] if unknown and person_reachable() else []
    )
    return []


# "would that go with green?", "does it match an emerald dress", "will the clutch work with gold":
# whether the product spoken of goes with a colour the shopper has, not a search for that colour.
_ASKS_IF_IT_GOES = re.compile(
    r"\b(?:would|will|does|do|did|can|could|wud|wld|wil)\s+"
    r"(?:it|that|this|they|these|those|(?:the|that|this)\s+[a-z]+(?:\s+one)?)\s+"
    r"(?:[a-z]+\s+)?(?:go|goes|work|works|look|looks|pair|pairs|match|matches|clash|clashes)\b"
)


def answer_goes_with_colour(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Answer "would that go with green?" about the product in focus (or the only one on screen)
    from its colours and the shop's colour guide; None (nothing said) when the message is no such
    question or names no colour after the verb, or it isn't clear which product it means."""
    text = tracker.latest_message.get("text") or ""
    asked = _ASKS_IF_IT_GOES.search(text.lower())
    if asked is None:
        return None
    entities = tracker.latest_message.get("entities") or []
    colours = [
        e for e in entities if e.get("entity") == "colour" and (e.get("start") or 0) >= asked.end()
    ]
    if not colours:
        return None
    # The colour and kind after the verb are what the shopper has ("an emerald dress"), not the
    # product asked about.
    before = tracker.copy()
    before.latest_message = {
        **tracker.latest_message,
        "entities": [e for e in entities if (e.get("start") or 0) < asked.end()],
    }
    reference = resolve_product(before, session)
    pairing = (
        colours_going_with(session, reference.handle, colours[-1]["value"])
        if (reference.handle)
        else None
    )
    if pairing is None:
        return None
    dispatcher.utter_message(text=wording.colour_pairing_text(pairing))
    return [SlotSet(CURRENT_PRODUCT, reference.handle)]
