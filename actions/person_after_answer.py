"""The way to a person, asked beside a question another action answers: "can he return it after
the prom, or does it have to be unworn with the tags on? Is there someone I can call?" heard as
the return policy (stranger test 89, docs/nlu/stranger-test-89.md, B8), "do u take paypal? is
there a number I can ring". After the answer, the hand-over's own words: without the agents' desk
nobody joins this chat, so the team's contact details; with it, the offer of a person. Listed in
the `after_answer` of the actions such a message reaches (actions/base.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.reach_a_person import (
    TALK_TO_A_PERSON,
    no_person_here_text,
    offer_text,
    person_reachable,
    when_a_person_answers,
)
from commerce.config import load_settings
from shop_nlu.person_asides import asks_for_someone_to_call


def tell_the_way_to_a_person(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The way to a person after the answer, when the message asked for someone to call or speak
    to; nothing when it didn't, or when the answer already gave the team's phone number."""
    if not asks_for_someone_to_call(tracker.latest_message.get("text") or ""):
        return
    settings = load_settings()
    said = dispatcher.messages
    if any(settings.contact_phone in (message.get("text") or "") for message in said) or any(
        TALK_TO_A_PERSON in (message.get("buttons") or []) for message in said
    ):
        return  # the answer gave the number, or offered a person, already
    if person_reachable():
        dispatcher.utter_message(
            text=f"{offer_text(when_a_person_answers())} Or call our team on "
            f"{settings.contact_phone} ({settings.opening_hours}).",
            buttons=[TALK_TO_A_PERSON],
        )
    else:
        dispatcher.utter_message(text=no_person_here_text(settings))
