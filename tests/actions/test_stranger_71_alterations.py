"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona James, message B3, worst problem 2).

"Do you do alterations? The trousers always need taking up an inch or so on me, I'm not the
tallest chap." became a search for trousers in his shoe size. Whether the shop alters, hems or
tailors is a question about the shop's service, which its policies do not state: the honest
answer is that the bot doesn't know, with the team's contact; never a search."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from shop_nlu.alteration_questions import asks_about_alterations
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

ALTERATIONS = [
    "Do you do alterations? The trousers always need taking up an inch or so on me, I'm not the "
    "tallest chap.",
    "can you hem trousers?",
    "do u do tailoring",
    "is hemming included?",
    "do you offer alteration services",
    "could you shorten the trousers for me? legs are too long",
    "any chance u can take the sleeves up",
]

NOT_ALTERATIONS = [
    "show me tailored trousers",
    "is it a tailored fit?",
    "are the riviera trousers left unhemmed?",
    "slim fit shirts in M",
    "what's your return policy",
]


@pytest.mark.parametrize("text", ALTERATIONS)
def test_an_alterations_question_is_read_as_one(text):
    assert asks_about_alterations(text)


@pytest.mark.parametrize("text", NOT_ALTERATIONS)
def test_other_messages_are_not(text):
    assert not asks_about_alterations(text)


@pytest.mark.parametrize("heard_as", ["search_products", "ask_product_question", "nlu_fallback"])
def test_whatever_it_is_heard_as_it_reaches_the_service_answer(heard_as):
    resolution = resolve_intent(heard_as, 0.6, [], ALTERATIONS[0], None)
    assert resolution is not None and resolution.intent == "ask_contact"


@pytest.mark.parametrize("text", ALTERATIONS)
def test_the_answer_is_honest_and_gives_the_team(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact", text)

    print(turn.shown)
    assert "I don't know whether we alter" in turn.shown
    assert "help@harbourlane.example" in turn.shown
    assert "I found" not in turn.shown
