"""Notes beside a delivery date about where the order goes: delivered at home, not where the
shopper travels ("I fly to London on 4 december"); sent to someone else by giving their name and
address at checkout ("ship it straight to his house", stranger test 68, B7), also asked alone
before any order ("I'd like it sent straight to her dorm, is that possible?", stranger test 70, B6).
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.delivery_replies import travel_place_note
from actions.service_topics import GIFT_RECIPIENT
from commerce.faq import faq_answer
from commerce.shipping import destination_travelled_to
from shop_nlu.recipient_address import sends_to_someone_else


def where_it_goes_notes(text: str, ships_to: str) -> list[str]:
    """What to add to a delivery date for `text`: where it is delivered, and how to send it to
    someone else; none when the message says neither."""
    notes = []
    if place := destination_travelled_to(text, ships_to):
        notes.append(travel_place_note(place, ships_to))
    if sends_to_someone_else(text):
        notes.append(faq_answer(GIFT_RECIPIENT))
    return notes


def answer_sending_to_someone_else(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Can it be sent to her dorm, not my house?" with no order placed in this conversation:
    yes, and how (their name and address at checkout); None for any other message, or once an
    order was placed (then it is that order's address to change)."""
    text = tracker.latest_message.get("text") or ""
    if tracker.get_slot(LAST_ORDER) or not sends_to_someone_else(text):
        return None
    dispatcher.utter_message(text=f"Yes. {faq_answer(GIFT_RECIPIENT)}")
    return []
