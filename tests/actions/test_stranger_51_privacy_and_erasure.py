"""Stranger test 51 (docs/nlu/stranger-test-51.md), persona Margaret.

1. (Margaret #7, worst problem 1) "I'd like to know what you actually keep about me and whether it
   gets passed to anyone else?" got "not sure" with a complaint button. Asking what is kept about
   the shopper, or whether it is passed on, is the privacy question the README answers.
2. (Margaret #8, worst problem 3) "can you delete it all? I don't want marketing emails either."
   got only the newsletter answer. "Delete it all", "erase everything you have on me", "wipe my
   data", "get rid of my info" ask "Erase it all?", as "forget me" does.
"""

from __future__ import annotations

import pytest

from actions.privacy import ActionAnswerPrivacyQuestion, ActionForgetDetails
from shop_nlu.resolution import resolve_intent

# --- 1. what is kept about me, and is it passed on ----------------------------------------------

MARGARET_7 = (
    "Actually before I check out, I bought a dress from you last spring and I had to give my "
    "address and email and all that. I'd like to know what you actually keep about me and "
    "whether it gets passed to anyone else?"
)
KEPT_OR_PASSED_ON = [
    MARGARET_7,
    "do you pass my details on",
    "who do you share my info with",
    "what do you store about me and do you share it",
    "is my data sold to anyone",
    "what u actualy keep on me? does it get passed on to other companies",
    "do u sell my personal data",
]


@pytest.mark.parametrize("text", KEPT_OR_PASSED_ON)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope", "bot_capabilities"])
def test_what_is_kept_or_passed_on_is_a_privacy_question(extractor, text, guess):
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "ask_privacy", (guess, text)


@pytest.mark.parametrize(
    "text",
    ["can i give my address over the phone", "i want to share my size with you",
     "what do you have in navy"],
)  # fmt: skip
def test_other_questions_are_not_privacy_questions(extractor, text):
    resolution = resolve_intent("ask_contact", 0.6, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_privacy"


def test_margarets_question_says_what_is_kept_and_that_nothing_is_sold(chat):
    turn = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", MARGARET_7)

    print(turn.text)
    assert "I don't sell your data or give it to advertisers" in turn.text
    assert "Kept in the shop's records" in turn.text
    assert "Right now I keep nothing about you besides our conversations." in turn.text
    assert '"forget me"' in turn.text


# --- 2. "delete it all" after talk about data ----------------------------------------------------

MARGARET_8 = (
    "And if I'd rather you didn't keep any of it once this order is done, can you delete it all? "
    "I don't want marketing emails either."
)
DELETE_IT_ALL = [
    MARGARET_8,
    "can you delete it all?",
    "erase everything you have on me",
    "wipe my data",
    "get rid of my info",
    "pls wipe it all",
    "ok delete all of it",
]


@pytest.mark.parametrize("text", [MARGARET_8, "can you delete it all please", "wipe it all"])
def test_delete_it_all_heard_as_the_newsletter_is_a_request_to_forget(extractor, text):
    resolution = resolve_intent("newsletter", 0.7, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "forget_details", text


@pytest.mark.parametrize(
    "text", ["remove me from the newsletter", "delete my email from your newsletter list",
             "unsubscribe me"],
)  # fmt: skip
def test_leaving_the_newsletter_stays_the_newsletter(extractor, text):
    resolution = resolve_intent("newsletter", 0.7, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "forget_details"


@pytest.mark.parametrize("text", DELETE_IT_ALL)
def test_delete_it_all_after_a_data_question_asks_to_erase_everything(chat, text):
    chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", MARGARET_7)

    turn = chat.run(ActionForgetDetails(), "forget_details", text)

    print(turn.text)
    assert "Erase it all?" in turn.text and chat.slots["erasure_pending"] is True
