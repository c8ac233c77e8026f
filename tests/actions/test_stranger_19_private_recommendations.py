"""Stranger test 19, persona (c) (docs/nlu/stranger-test-19.md): "ok. recommend stuff only if nothing
gets stored. possible?" got the whole returns policy. Whatever the classifier heard, the words ask
what getting suggestions keeps: the answer says what the code keeps (colours and styles named in
a search, a size said to be theirs, the cart, the conversation) and what it doesn't ("what goes
with it", best sellers, new arrivals), and the claim holds against the store."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.privacy import ActionAnswerPrivacyQuestion
from actions.recommendations import ActionSuggestOutfit
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from commerce.db import session_scope
from commerce.privacy import what_is_kept
from tests.actions.conversation_driver import ActionConversation, say

STRANGER = "ok. recommend stuff only if nothing gets stored. possible?"
PHRASINGS = [
    STRANGER,
    "can you recommend without saving anything about me",
    "i dont want you storing my data, can i still get suggestions",
    "recommendations but dont keep my info",
    "can u sugest stuff w/o storing anything",
    "Can I get personalised recommendations without you keeping my details?",
]
# Where each phrasing may land: the returns answer (as in the stranger's game), "not sure", a
# search, "what goes with it", or the privacy answer itself.
LANDINGS = [
    (ActionAnswerServiceQuestion, "ask_return_policy"),
    (ActionClarify, "nlu_fallback"),
    (ActionSearchProducts, "search_products"),
    (ActionSuggestOutfit, "ask_what_goes_with"),
    (ActionAnswerPrivacyQuestion, "ask_privacy"),
]


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="private-shopper", keep_messages=True)


def assert_private_recommendations_answer(shown: str) -> None:
    assert "30 days" not in shown and "I found" not in shown and "Sorry" not in shown
    # What doesn't get stored, and what does: never "nothing at all".
    assert "what goes with" in shown and "nothing to your profile" in shown
    assert "colours and styles you name in a search" in shown
    assert "conversation" in shown and "chat history" in shown
    assert '"forget me"' in shown
    assert "Where your data is stored" not in shown and "advertisers" not in shown  # not asked


@pytest.mark.parametrize("text", PHRASINGS)
@pytest.mark.parametrize(("action", "intent"), LANDINGS)
def test_recommendations_without_storing_get_what_is_kept(chat, extractor, action, intent, text):
    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert_private_recommendations_answer(turn.shown)


def test_what_the_answer_promises_holds_in_the_store(chat, extractor, demo_store_url):
    """Suggestions and a search naming no colour or style add nothing to the profile; a search
    naming a colour is counted, as the answer says."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "bags")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the second one")
    say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", "what goes with it")
    with session_scope() as session:
        kept = what_is_kept(session, chat.sender)
        assert not kept.tastes and not kept.sizes and not kept.cart

    say(chat, extractor, ActionSearchProducts(), "search_products", "brown bags")
    with session_scope() as session:
        assert [t.value for t in what_is_kept(session, chat.sender).tastes] == ["brown"]


@pytest.mark.parametrize(
    "text",
    [
        "recommend shoes that keep my feet dry",
        "suggest a dress to save me money",
        "what goes with it",
    ],
)
def test_a_plain_request_for_suggestions_is_not_a_privacy_question(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "chat history" not in turn.shown
