""" "I move to boston in january, very cold there?? what i need" (stranger test 46, persona
Ji-hoon): the warm things the shop has, with no word on the weather there, instead of the
off-topic reply. The reading is `shop_nlu.cold_weather`; the search is the shop's own."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import latest_entities
from actions.recommendation_replies import cold_weather_text
from actions.search_results import show_results
from commerce.search import ProductQuery
from shop_nlu.cold_weather import wants_things_for_the_cold

WARM = "warm"  # the lexicon's feature for what is made for the cold


def answer_cold_weather_needs(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The warm things the shop has, for a message that says a cold winter is ahead and asks what
    to get; None for any other message."""
    if not wants_things_for_the_cold(tracker.latest_message.get("text") or ""):
        return None
    genders = latest_entities(tracker).get("gender") or []
    gender = genders[0] if len(set(genders)) == 1 else None
    dispatcher.utter_message(text=cold_weather_text(gender))
    return show_results(dispatcher, session, ProductQuery(features=(WARM,), gender=gender))
