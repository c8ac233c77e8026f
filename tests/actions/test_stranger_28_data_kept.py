"""Stranger test 28 (docs/nlu/stranger-test-28.md, persona "mixup" #7, worst problem 2): a formal
gentleman asked "Do you keep my address on file? I would rather you did not." and got the account
FAQ: how to create an account, "My account", and "I can't change or delete accounts from this
chat", though the very next turn ("Then please forget my details.") showed the bot knew nothing
was remembered and could forget it. Replayed, "do you store my address" got the contact details,
"do you save my card details" a "Did you mean" and "is my phone number kept" the account FAQ.

Right: a question about what personal data is kept is answered from the store and the settings at
that moment (commerce/privacy.py `what_is_kept`, `data_sharing`): whether that detail is kept
(the details remembered for one-tap checkout, orders, the payment page for cards, no phone number
asked at all), and how not to have it kept or have it erased. "I would rather you did not" is
answered, never ignored. And the account FAQ no longer says the chat can't delete what it can
forget."""

from __future__ import annotations

import pytest

from actions.privacy import ActionAnswerPrivacyQuestion
from actions.privacy_replies import asks_about_private_suggestions, details_asked_if_kept
from actions.profile import ActionWhatIKnow
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from commerce.config import load_settings
from commerce.faq import faq_answer
from tests.actions.conversation_driver import ActionConversation, buy_and_be_remembered

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip

# The intents the trained model heard in these questions (replayed with devtools.transcript),
# and those a question about data could be heard as, each with the action it goes to.
HEARD_AS = [
    (ActionAnswerServiceQuestion, "account_help"),
    (ActionAnswerServiceQuestion, "ask_contact"),
    (ActionClarify, "nlu_fallback"),
    (ActionWhatIKnow, "ask_what_you_know"),
    (ActionAnswerPrivacyQuestion, "ask_privacy"),
]

ABOUT_THE_ADDRESS = [
    "Do you keep my address on file? I would rather you did not.",
    "do you store my address",
    "will you save my address for next time? i'd prefer you didn't",
    "is my address kept anywhere",
    "do u keep my home address?",
    "Does the shop hold on to my postal address after I order?",
]


@pytest.fixture
def shop(demo_store_url, monkeypatch) -> str:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    return demo_store_url


@pytest.mark.parametrize("text", ABOUT_THE_ADDRESS)
@pytest.mark.parametrize(("action", "intent"), HEARD_AS)
def test_with_nothing_remembered_the_address_question_says_none_is_kept_and_how(
    shop, action, intent, text
):
    turn = ActionConversation(sender="gentleman").run(action(), intent, text)

    print(turn.shown)
    assert "No address of yours is kept" in turn.shown, turn.shown
    assert "say no" in turn.shown  # how not to have it kept
    assert '"forget me"' in turn.shown
    assert "Create account" not in turn.shown and "Did you mean" not in turn.shown
    assert "I can't change or delete accounts from this chat" not in turn.shown


@pytest.mark.parametrize(("action", "intent"), HEARD_AS)
def test_with_details_remembered_it_says_which_and_how_to_have_them_deleted(shop, action, intent):
    ann = buy_and_be_remembered("ann", ANN)

    turn = ann.run(action(), intent, "Do you keep my address on file? I would rather you did not.")

    print(turn.shown)
    assert "12 Harbour Lane, 02110 Boston" in turn.shown  # what is kept, from the store
    assert '"forget my details"' in turn.shown  # how to have it deleted now
    assert "order" in turn.shown  # the order keeps it, for the shop's accounts: said


@pytest.mark.parametrize(
    "text",
    [
        "do you save my card details",
        "do you keep my credit card number?",
        "is my card stored",
        "do you store my payment details",
        "will you remember my card for next time",
    ],
)
@pytest.mark.parametrize(("action", "intent"), HEARD_AS)
def test_card_details_are_never_seen_the_payment_page_takes_them(shop, action, intent, text):
    turn = ActionConversation(sender="carol").run(action(), intent, text)

    assert "never see or keep card details" in turn.shown, turn.shown
    assert "pay.harbourlane.example" in turn.shown  # the payment page, from the settings


@pytest.mark.parametrize(
    "text",
    ["is my phone number kept", "do you store my phone number", "do you keep my mobile number?",
     "will you save my phone no", "do you have my number on file"],
)  # fmt: skip
@pytest.mark.parametrize(("action", "intent"), HEARD_AS)
def test_no_phone_number_is_asked_for_so_none_is_kept(shop, action, intent, text):
    turn = ActionConversation(sender="dave").run(action(), intent, text)

    assert "never ask for a phone number" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    ["what do you keep about me", "what data do you store about me?", "do you keep my data",
     "what info do you save on me", "do you store my details"],
)  # fmt: skip
@pytest.mark.parametrize(("action", "intent"), HEARD_AS)
def test_a_general_question_lists_everything_kept(shop, action, intent, text):
    ann = buy_and_be_remembered("ann", ANN)

    turn = ann.run(action(), intent, text)

    assert "Here's everything I keep about you" in turn.shown, turn.shown
    assert "ann@example.com" in turn.shown


@pytest.mark.parametrize(
    "text",
    ["how long do you keep my data", "is my order saved?", "can you save my cart for later",
     "will you remember my size", "do you keep size 10 in stock", "what do you know about me",
     "recommend stuff but dont store my data"],
)  # fmt: skip
def test_other_messages_about_keeping_are_left_to_their_own_answers(text):
    assert details_asked_if_kept(text) is None or asks_about_private_suggestions(text)


@pytest.mark.parametrize(
    "text",
    ["how do i create an account", "can you delete my account?", "do i need an account to order"],
)
def test_account_questions_still_get_the_account_answer(shop, text):
    turn = ActionConversation(sender="erin").run(
        ActionAnswerServiceQuestion(), "account_help", text
    )

    assert "guest checkout" in turn.shown, turn.shown


def test_the_account_faq_does_not_deny_what_the_chat_can_forget(shop):
    said = faq_answer("account", load_settings())

    assert "I can't change or delete accounts from this chat" not in said
    assert '"forget my details"' in said or '"forget me"' in said
