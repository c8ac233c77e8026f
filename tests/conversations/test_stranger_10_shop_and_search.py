"""Stranger test 10 (docs/nlu/stranger-test-10.md), turn by turn through the actions: the prom
budget "my mom said", the nurse's "anything comfy", the suit that won't wrinkle before a flight,
and the questions about the shop itself (where, Sundays, pick-up, price matching, Canada). The
shopper's words go through the real catalog extractor; the intents are those the trained model
gives them (tests/nlu/test_stranger_10_shop_questions.py); the actions run on rasa-sdk's real
Tracker against the demo store, with the conversation's events kept."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_events=True)


def test_the_prom_budget_from_mom_is_no_search_for_women(chat, extractor):
    first = say(chat, extractor, ActionSearchProducts(), "search_products",
                "ok so prom is in 2 weeks and my mom said i can spend like 250 max on the "
                "whole thing lol")  # fmt: skip
    tux = say(chat, extractor, ActionSearchProducts(), "refine_search",
              "need a tux or smth, im kinda skinny")  # fmt: skip

    assert "for women" not in first.text and "for women" not in tux.text
    assert "gender" not in chat.slots["search_query"]


def test_the_nurse_gets_comfortable_shoes_then_a_no_for_nurses_discounts(chat, extractor):
    comfy = say(chat, extractor, ActionSearchProducts(), "search_products",
                "hey im a nurse doing 12 hr shifts and my feet are killing me, do you have "
                "anything comfy")  # fmt: skip
    discount = chat.run(ActionAnswerServiceQuestion(), "ask_discounts",
                        "do u do a discount for nurses or healthcare workers")  # fmt: skip

    assert "comfortable" in comfy.text and "Stratus Runner" in comfy.text
    assert "nurses" in discount.text and "student discount" not in discount.text


def test_the_traveller_gets_the_travel_suit_the_arrival_line_and_answers_for_the_list(
    chat, extractor
):
    first = say(chat, extractor, ActionSearchProducts(), "search_products",
                "Need a suit that won't wrinkle in a carry-on. Flying out Thursday morning for "
                "a conference in Chicago.")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "search_products", "charcoal or navy suits, 40R")
    across = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "anything with stretch or a travel fabric?")  # fmt: skip

    assert "Clifton Travel Suit" in first.text.splitlines()[1]
    # Flying out on Thursday: the suit must arrive before it (stranger 18's trip), no longer
    # "For Thursday", which let arriving on the day of the flight pass as in time.
    assert "Before you fly on Thursday" in first.text
    assert "Which one do you mean" not in across.shown
    assert "Whitehall Two-Piece Suit" in across.text and "Belvoir Three-Piece Suit" in across.text


def test_questions_about_the_shop_get_their_own_answers(chat):
    service = ActionAnswerServiceQuestion()
    turns = [
        chat.run(service, intent, text)
        for intent, text in [
            ("ask_contact", "hello, are you a real store or online only?"),
            ("ask_contact", "where are you located"),
            ("ask_contact", "what time do you open on sundays"),
            ("ask_shipping", "can i pick up in person instead of paying for shipping"),
            ("ask_discounts", "do you price match? saw the same loafers cheaper on another site"),
            ("ask_delivery_time", "how long does shipping usually take to canada"),
        ]
    ]
    shown = [turn.shown for turn in turns]

    assert len(set(shown)) == len(shown)
    assert "no store or showroom" in shown[1]
    assert shown[2].startswith("Our team doesn't work on Sundays.")
    assert "no pick-up" in shown[3]
    assert "We don't price match" in shown[4]
    assert shown[5] == (
        "We ship only to addresses in the United States, so I can't send an order to Canada."
    )
