"""Stranger test 34 (docs/nlu/stranger-test-34.md, persona Kev: terse, heavy typos), worst
problems 1 and 3: "wil it get here by satrday" got the give-up message instead of the delivery
dates, and "wich is cheepest" (brown chelsea boots on screen) and "whats the totl" were called
off-topic. Misspelt, each is heard as its meaning and answered as the words spelt right are."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.discovery import ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import ActionConversation, say, search, shown_titles


def _heard(extractor, text: str, guess: str = "out_of_scope", confidence: float = 0.6) -> str:
    resolution = resolve_intent(guess, confidence, extractor.extract(text), text, None)
    return resolution.intent if resolution else guess


@pytest.mark.parametrize(
    ("text", "spelt_right"),
    [
        ("wil it get here by satrday", "will it get here by saturday"),
        ("wil it gt here by saterday", "will it get here by saturday"),
        ("will it arive by wensday", "will it arrive by wednesday"),
        ("can u delivr by thursdy", "can you deliver by thursday"),
        ("gt it by fridy?", "get it by friday?"),
        ("wil it come by tuesdy", "will it come by tuesday"),
    ],
)
def test_a_misspelt_day_gets_that_days_delivery_answer(chat, extractor, text, spelt_right):
    assert _heard(extractor, text, "nlu_fallback", 0.4) == "ask_delivery_time"
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)
    print(turn.text)
    right = say(
        ActionConversation(sender="right"), extractor, ActionAnswerServiceQuestion(),
        "ask_delivery_time", spelt_right,
    )  # fmt: skip
    assert turn.text == right.text
    assert "Ordered today, for" in turn.text


@pytest.mark.parametrize(
    "text",
    ["wich is cheepest", "wich one is cheapst", "which is the cheepest", "whch of these is cheapest",
     "wich of them is chepest"],
)  # fmt: skip
def test_which_is_cheapest_mistyped_opens_the_cheapest_on_screen(chat, extractor, text):
    search(chat, extractor, "yo u got chelsea boots")
    search(chat, extractor, "brwn ones size 11 under 120", "refine_search")
    on_screen = shown_titles(chat)
    assert "Thornton Lined Chelsea Boot" in on_screen, on_screen
    assert _heard(extractor, text) == "select_product"
    turn = say(chat, extractor, ActionSelectProduct(), "select_product", text)
    print(turn.text)
    assert "Thornton Lined Chelsea Boot" in turn.text
    assert "Which one do you mean" not in turn.text


@pytest.mark.parametrize(
    "text", ["whats the totl", "wats the total", "whats my totl", "how much is the totl", "totl?"]
)
def test_the_total_mistyped_shows_the_cart(chat, extractor, text):
    assert _heard(extractor, text, confidence=0.8) == "view_cart"
    assert chat.run(ActionShowCart(), "view_cart", text).responses == ["utter_cart_empty"]
