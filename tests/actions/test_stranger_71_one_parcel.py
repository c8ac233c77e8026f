"""Stranger test 71 (docs/nlu/stranger-test-71.md, messages B10 and B20): "will the suit, shirt and
loafers come in the same box?" got the general shipping costs. The shop's rules (content/faq.yml,
commerce/config.py) say nothing about sending an order in one parcel, so the bot says it doesn't
know and gives the team's contact, instead of answering another question."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say

ONE_PARCEL_QUESTIONS = [
    "and will the suit, shirt and loafers come in the same box?",
    "Will everything arrive together in one parcel or will it come in bits and pieces?",
    "do you ship everything in one package?",
    "will my items be shipped together or separately?",
    "could the order come in several parcels?",
]


@pytest.mark.parametrize("intent", ["ask_shipping", "ask_delivery_time"])
@pytest.mark.parametrize("question", ONE_PARCEL_QUESTIONS, ids=lambda q: q[:30])
def test_one_parcel_is_answered_honestly(chat, extractor, question, intent):
    """docs/nlu/stranger-test-71.md, messages B10 and B20."""
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, question)

    print(turn.shown)
    assert "one parcel" in turn.shown and "don't know" in turn.shown, turn.shown
    assert "help@harbourlane.example" in turn.shown, turn.shown
    assert "Standard shipping is" not in turn.shown, turn.shown


@pytest.mark.parametrize(
    "question", ["how much is shipping?", "do you ship to Boston?", "what does express cost"]
)
def test_other_shipping_questions_still_get_the_costs(chat, extractor, question):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping", question)

    assert "one parcel" not in turn.shown, turn.shown
