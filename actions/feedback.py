"""Feedback: after an order or an answered question, a 1–5 rating and an optional comment.

A shopper is asked at most once a day (commerce.feedback), so never twice in a row.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.address_change_asides import ask_address_again
from actions.base import Events, ShopAction
from actions.conversation import latest_entities
from actions.reach_a_person import (
    TALK_TO_A_PERSON,
    contact_details,
    contact_details_given,
    offer_text,
    person_reachable,
    when_a_person_answers,
)
from commerce.config import load_settings
from commerce.feedback import ask_for_feedback, record_comment, record_rating

FEEDBACK_COMMENT = "feedback_comment"
_RATING_IN_TEXT = re.compile(r"(?<![\d.,$])\b([1-5])\b(?![.,]\d)")


def ask_for_rating(
    dispatcher: CollectingDispatcher,
    session,
    owner: str,
    topic: str,
    order_number: str | None = None,
) -> bool:
    """Ask for a 1–5 rating unless the shopper was asked recently; True if asked."""
    if ask_for_feedback(session, owner, topic, order_number) is None:
        return False
    dispatcher.utter_message(
        response="utter_ask_rating",
        buttons=[
            {"title": "★" * stars, "payload": f'/rate{{"rating": "{stars}"}}'}
            for stars in range(5, 0, -1)
        ],
    )
    return True


def rating_in(tracker: Tracker) -> int | None:
    """The rating the shopper gave: the button's entity, or a lone 1–5 in what they typed."""
    values = latest_entities(tracker).get("rating")
    if values:
        return int(values[-1]) if values[-1] in ("1", "2", "3", "4", "5") else None
    found = _RATING_IN_TEXT.findall(tracker.latest_message.get("text") or "")
    return int(found[0]) if len(found) == 1 else None


class ActionAskFeedback(ShopAction):
    """After a question was answered and the shopper thanks the bot."""

    writes_to_store = True
    gives_way_to = (ask_address_again,)  # a new address still waiting for its yes (95, B10)

    def name(self) -> str:
        return "action_ask_feedback"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        ask_for_rating(dispatcher, session, tracker.sender_id, "question")
        return []


class ActionSaveRating(ShopAction):
    """Stores the rating; the feedback form then asks (once) for an optional comment."""

    writes_to_store = True

    def name(self) -> str:
        return "action_save_rating"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        rating = rating_in(tracker)
        if rating is None:
            dispatcher.utter_message(
                text="Give me a number from 1 (poor) to 5 (great), or tap a star."
            )
            return [FollowupAction("action_listen")]  # no comment without a rating
        record_rating(session, tracker.sender_id, rating)
        if rating <= 2:
            dispatcher.utter_message(response="utter_sorry_low_rating")
            _offer_help(dispatcher, tracker)
        else:
            dispatcher.utter_message(response="utter_thanks_for_rating")
        return [SlotSet(FEEDBACK_COMMENT, None)]


def _offer_help(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After a low rating: a person when one can be reached, else the team's contact details
    (once per conversation)."""
    settings = load_settings()
    if person_reachable():
        dispatcher.utter_message(
            text=offer_text(when_a_person_answers()), buttons=[TALK_TO_A_PERSON]
        )
    elif not contact_details_given(tracker, settings):
        dispatcher.utter_message(
            text=f"If you'd like to tell our team, you can reach them at "
            f"{contact_details(settings)}."
        )


class ActionSaveFeedbackComment(ShopAction):
    """The comment after a rating goes with it, for the shop owner to read."""

    writes_to_store = True

    def name(self) -> str:
        return "action_save_feedback_comment"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        comment = tracker.get_slot(FEEDBACK_COMMENT) or ""
        if record_comment(session, tracker.sender_id, comment) is not None:
            dispatcher.utter_message(response="utter_comment_saved")
        return [SlotSet(FEEDBACK_COMMENT, None)]
