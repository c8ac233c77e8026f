"""Feedback through rasa-sdk's real objects: asked after an order or thanks, never twice in a row."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from actions.checkout import ActionPlaceOrder, ActionRememberDetails, ActionStartCheckout
from actions.feedback import ActionAskFeedback, ActionSaveFeedbackComment, ActionSaveRating
from commerce.db import get_engine, session_scope
from commerce.models import Feedback
from tests.actions.conversation_driver import ActionConversation, entity_list

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="ann")


def stored(url: str) -> list[tuple]:
    with session_scope(get_engine(url)) as session:
        return [(f.owner, f.topic, f.order_number, f.rating, f.comment)
                for f in session.scalars(select(Feedback).order_by(Feedback.id))]  # fmt: skip


def test_after_an_order_the_shopper_is_asked_once(chat, demo_store_url):
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    assert placed.responses == ["utter_offer_to_remember"]  # one question at a time

    remembered = chat.run(ActionRememberDetails(), "affirm")

    assert remembered.responses == ["utter_details_remembered", "utter_ask_rating"]
    assert [b["payload"] for b in remembered.buttons] == [
        f'/rate{{"rating": "{stars}"}}' for stars in (5, 4, 3, 2, 1)
    ]
    order = chat.slots["last_order"]
    assert stored(demo_store_url) == [("ann", "order", order, None, None)]

    thanks = chat.run(ActionAskFeedback(), "thank", "thanks!")
    assert thanks.responses == []  # asked a moment ago: not again


def test_rating_then_comment_are_stored_together(chat, demo_store_url):
    chat.run(ActionAskFeedback(), "thank")

    rated = chat.run(ActionSaveRating(), "rate", "4 stars", entities=entity_list(rating="4"))
    chat.slots["feedback_comment"] = "the size guide could be clearer"
    commented = chat.run(ActionSaveFeedbackComment(), "inform")

    assert rated.responses == ["utter_thanks_for_rating"]
    assert commented.responses == ["utter_comment_saved"]
    assert stored(demo_store_url) == [
        ("ann", "question", None, 4, "the size guide could be clearer")
    ]


def test_a_low_rating_offers_a_person(chat, demo_store_url):
    turn = chat.run(ActionSaveRating(), "rate", "honestly a 1, nothing worked")

    assert turn.responses == ["utter_sorry_low_rating"]
    assert stored(demo_store_url)[0][3] == 1


def test_no_rating_in_the_message_asks_again_and_stores_nothing(chat, demo_store_url):
    turn = chat.run(ActionSaveRating(), "rate", "it was fine i guess")

    assert "number from 1 (poor) to 5 (great)" in turn.text
    assert [e["name"] for e in turn.events if e["event"] == "followup"] == ["action_listen"]
    assert stored(demo_store_url) == []
