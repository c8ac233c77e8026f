"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire, worst problem 4): "will you
remember me next time I come back? And do you share my info with anyone else?" got only what the
bot keeps; whether it is shared went unanswered. Whether the shopper's data is passed on has its
own answer (from the settings: nothing sold or given to advertisers, and what goes where), given
beside what is kept when both are asked."""

from __future__ import annotations

import pytest

from actions.privacy import ActionAnswerPrivacyQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

CLAIRE_5 = (
    "Before I buy anything, will you remember me next time I come back? And do you share my info "
    "with anyone else? I'm a bit funny about that sort of thing"
)
SHARED = [
    CLAIRE_5,
    "do u sell my data",
    "who sees my details",
    "is my info shared with third parties",
    "do you keep my stuff and do you give it to anyone?",
    "will you remember me? is my data passed on to other companies",
]
SHARING = "I don't sell your data or give it to advertisers"


@pytest.mark.parametrize("text", SHARED)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope", "ask_privacy"])
def test_whether_it_is_shared_is_answered(chat, extractor, text, guess):
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
    intent = resolution.intent if resolution else guess
    assert intent == "ask_privacy", (guess, text)
    turn = say(chat, extractor, ActionAnswerPrivacyQuestion(), intent, text)

    print(turn.text)
    assert SHARING in turn.text
    assert "payment page" in turn.text  # what does go somewhere, and where


def test_claire_hears_what_is_kept_too(chat, extractor):
    turn = say(chat, extractor, ActionAnswerPrivacyQuestion(), "ask_privacy", CLAIRE_5)

    assert "Our conversations are kept too" in turn.text  # what is kept, as before
    assert SHARING in turn.text
