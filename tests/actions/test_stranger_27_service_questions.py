"""Stranger test 27 (docs/nlu/stranger-test-27.md), two service questions answered as something else.

Gerald #5 (worst problem 3): "Can I telephone somebody and order that way instead" got "Sorry, I'm
not getting this right. I'm the Harbour Lane Outfitters assistant, a bot, and I can't bring a
person into this chat. You can reach our team at ..." (the second-misunderstanding hand-over). A
question about ordering by phone, email or in person is a contact question, whatever the
classifier heard; whether the team takes orders that way comes from the shop's settings
(SHOP_TEAM_TAKES_ORDERS_BY) and, where they don't say, the bot says it doesn't know, gives the
team's contact details and hours, and offers to help order here. It never claims it otherwise.

Marta #2 (worst problem 5): after "the box was broken and one shoe have big scratch on the toe",
"what i must do now? i want new pair, not money back" got the size/colour exchange text and a
gift paragraph. A wish for a new one after a damaged (or wrong) item gets the replacement steps of
the shop's rule for such items (content/faq.yml, `damaged_replacement` beside
`damaged_or_wrong_items`), with the button that starts the return; no exchange or gift text."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.service import ActionAnswerServiceQuestion
from actions.service_topics import START_A_RETURN
from commerce.faq import faq_answer
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

PHONE_ORDER_QUESTIONS = [
    "Can I telephone somebody and order that way instead",
    "can i order over the phone",
    "is there a number i can call to place an order",
    "can i ring you to order",
    "do you take phone orders?",
    "could i just call you and place my order by phone",
    "can i phone in an order",
]


@pytest.mark.parametrize("text", PHONE_ORDER_QUESTIONS)
def test_ordering_by_phone_is_a_contact_question_whatever_was_heard(extractor, text):
    for guess in ("nlu_fallback", "request_human", "buy", "search_products", "out_of_scope"):
        resolution = resolve_intent(guess, 0.5, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_contact", (guess, resolution)


@pytest.mark.parametrize(
    "text",
    [
        "what is your phone number",
        "i ordered by phone last week and it hasnt come",
        "can i change my order by phone",
        "order number is HL-4RT8WQ",
        "can i pay by phone",
    ],
)
def test_other_phone_and_order_messages_are_left_alone(extractor, text):
    resolution = resolve_intent("nlu_fallback", 0.5, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_contact", resolution


@pytest.fixture
def unsaid(monkeypatch):
    """The default: the shop owner hasn't said whether the team takes orders other ways."""
    monkeypatch.delenv("SHOP_TEAM_TAKES_ORDERS_BY", raising=False)


@pytest.mark.parametrize("text", PHONE_ORDER_QUESTIONS)
def test_without_a_setting_the_bot_says_it_does_not_know(chat, extractor, unsaid, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact", text)

    print(turn.shown)
    assert "I don't know whether our team takes orders by phone" in turn.shown
    assert "+1 555 0100" in turn.shown and "help@harbourlane.example" in turn.shown
    assert "Mon–Sat 9:00–18:00" in turn.shown
    assert "order right here" in turn.shown
    assert "Yes" not in turn.shown and "not getting this right" not in turn.shown


def test_the_shop_owners_setting_says_yes(chat, extractor, monkeypatch):
    monkeypatch.setenv("SHOP_TEAM_TAKES_ORDERS_BY", "phone")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact",
               "Can I telephone somebody and order that way instead")  # fmt: skip

    assert turn.shown.startswith("Yes, our team takes orders by phone: call +1 555 0100")


@pytest.mark.parametrize("setting", ["email", "none"])
def test_the_shop_owners_setting_says_no(chat, extractor, monkeypatch, setting):
    monkeypatch.setenv("SHOP_TEAM_TAKES_ORDERS_BY", setting)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact",
               "can i order over the phone")  # fmt: skip

    assert turn.shown.startswith("Sorry, our team doesn't take orders by phone")
    assert "order right here" in turn.shown


def test_ordering_by_email_is_answered_from_the_same_setting(chat, extractor, monkeypatch):
    monkeypatch.setenv("SHOP_TEAM_TAKES_ORDERS_BY", "phone, email")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact",
               "can i just email you to order")  # fmt: skip

    assert turn.shown.startswith("Yes, our team takes orders by email: email help@harbourlane")


def test_ordering_in_person_gets_where_the_shop_is(chat, extractor, unsaid):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_contact",
               "can i buy them in person somewhere")  # fmt: skip

    assert faq_answer("location") in turn.text
    assert "order right here" in turn.shown


# --- a new one for a damaged item --------------------------------------------------------------

DAMAGED = (
    "hello, my order is arrive yesterday but the box was broken and one shoe have big scratch on "
    "the toe"
)
NEW_ONE_WISHES = [
    "what i must do now? i want new pair, not money back",
    "i dont want a refund, i want a new pair",
    "can you just send me the same again",
    "i'd like a replacement please, not my money back",
    "i want another pair, not money back",
]


def _after_the_damage(chat) -> None:
    chat.history.append({"event": "user", "text": DAMAGED})


def _is_the_replacement_steps(turn) -> None:
    print(turn.text)
    assert turn.text == faq_answer("damaged_replacement")
    assert "1. Start the return here" in turn.text and "help@harbourlane.example" in turn.text
    assert "photo" in turn.text
    assert "size or colour" not in turn.text and "gift" not in turn.text.lower()
    assert turn.buttons == [START_A_RETURN]


@pytest.mark.parametrize("text", NEW_ONE_WISHES)
def test_a_new_one_for_a_damaged_item_gets_the_replacement_steps(chat, extractor, text):
    _after_the_damage(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    _is_the_replacement_steps(turn)


# Heard as a return of one's order: "not money back" made it the exchanges answer.
@pytest.mark.parametrize(
    "text", [wish for wish in NEW_ONE_WISHES if "not" in wish or "dont" in wish]
)
def test_heard_as_a_return_it_is_the_replacement_steps_too(chat, extractor, text):
    _after_the_damage(chat)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    _is_the_replacement_steps(turn)


def test_without_damage_another_size_is_still_an_exchange(chat, extractor):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order",
               "i want a different size, not money back")  # fmt: skip

    assert turn.text == faq_answer("exchanges")
