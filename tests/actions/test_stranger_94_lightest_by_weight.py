"""docs/nlu/stranger-test-94.md, B4: two shoes on screen (Osprey Slip-On, Margot Pointed Flat),
"Which of those is the lightest?" was answered "Our catalog doesn't give weights", though the
catalog gives each variant's grams (Shopify's "Variant Grams"). Right: the weights of those on
screen, compared, in the shopper's size where the search has one (the Margot's US 7 is 407 g a
pair, the Osprey's 830 g), saying what each weight is of; a product the catalog gives no weight
for is said to have none, never guessed; "is the first one light?" gets its weight beside the
others'. (With no weights at all: test_stranger_94_lightest_and_medium.py.)"""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowPrice
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts
from tests.actions.conversation_driver import say_and_keep, without_grams

B1 = (
    "I'm looking for comfortable walking shoes for myself, women's size 7, ideally in navy or "
    "beige, and nothing with a heel please."
)
LIGHTEST = [
    "Which of those is the lightest?",
    "which one is lighter",
    "wich one is the lightest of the two??",
    "ok which of these weighs less",
    "which is lightest, I walk a lot",
    "out of those two which is lighter to wear",
]
HEAVIEST = [
    "which of those is the heaviest?",
    "which one's heavier",
    "which of them weighs the most",
]
THE_FIRST_ONE_LIGHT = [
    "is the first one light?",
    "is the 1st one lightweight",
    "how heavy is the first one?",
    "how much does the first one weigh",
    "whats the weight of the first one",
]
# As the classifier may hear a question across those on screen.
ACROSS = [
    (ActionAnswerProductQuestion, "ask_product_question"),
    (ActionCompareProducts, "compare_products"),
]


@pytest.mark.parametrize(("action", "intent"), ACROSS)
@pytest.mark.parametrize("text", LIGHTEST)
def test_the_lightest_on_screen_is_said_with_the_weights(chat, extractor, action, intent, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(chat, extractor, action(), intent, text).shown

    assert "The Margot Pointed Flat is the lightest of these" in shown, shown
    assert "407 g a pair in US 7 / EU 37.5" in shown, shown  # the shopper's size, as weighed
    assert "830 g a pair in US 7 / EU 40" in shown, shown
    assert "doesn't give weights" not in shown, shown


@pytest.mark.parametrize("text", HEAVIEST)
def test_the_heaviest_on_screen_is_said_with_the_weights(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown

    assert "The Osprey Slip-On is the heaviest of these" in shown, shown
    assert "830 g a pair" in shown and "407 g a pair" in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        "Which of those is the lightest? And could you tell me how much the second one costs and "
        "whether you have it in medium?",
        "which one is lightest? also how much is the 2nd one and do u have it in medium",
        "whats the lightest one?? how much is the second and have you got it in a medium",
        "which of these is lighter? and how much does the second one cost, do you have it in M?",
        "Which is the lightest of them? And what's the price of the second one, got it in medium?",
    ],
)
def test_asked_beside_the_price_and_a_size_each_is_answered(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(chat, extractor, ActionShowPrice(), "ask_price", text).shown

    assert "The Margot Pointed Flat is the lightest of these" in shown, shown
    assert "407 g a pair in US 7 / EU 37.5" in shown, shown  # never "in M": no shoe is
    assert "The Margot Pointed Flat is $59.00" in shown, shown
    assert "numbered sizes, not M" in shown, shown


@pytest.mark.parametrize("text", THE_FIRST_ONE_LIGHT)
def test_is_the_first_one_light_gets_its_weight_beside_the_others(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown

    assert "Osprey Slip-On" in shown and "830 g a pair in US 7 / EU 40" in shown, shown
    assert "heaviest" in shown and "407 g a pair" in shown, shown  # beside the Margot's
    assert "first light" not in shown, shown  # never a topic made of its words


def test_a_stock_question_beside_it_is_answered_too(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the second one light? and do you have it in black",
    ).shown  # fmt: skip

    assert "407 g a pair in US 7 / EU 37.5" in shown, shown
    assert "black" in shown.split("407 g", 1)[1].lower(), shown  # its stock in black, after


@pytest.mark.parametrize(
    "text",
    [
        "how much does the first one weigh?",
        "how much do the 1st ones weigh",
        "how heavy is the first one",
    ],
)
def test_how_much_it_weighs_heard_as_a_price_question_gets_its_weight(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(chat, extractor, ActionShowPrice(), "ask_price", text).shown

    assert "830 g a pair in US 7 / EU 40" in shown, shown
    assert "$" not in shown, shown  # no price was asked


@pytest.mark.parametrize("text", ["which of those is the lightest?", "wich one weighs less"])
def test_a_product_without_a_weight_is_said_to_have_none(chat, extractor, demo_store_url, text):
    without_grams(demo_store_url, "osprey-slip-on")
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown

    assert "no weight for the Osprey Slip-On" in shown, shown
    assert "407 g a pair in US 7 / EU 37.5" in shown, shown
    assert "is the lightest" not in shown, shown  # one weighed of two: never a guess


def test_with_no_weights_at_all_the_catalog_s_silence_is_said(chat, extractor, demo_store_url):
    without_grams(demo_store_url)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "which one is lighter?",
    ).shown  # fmt: skip

    assert "catalog doesn't give weights" in shown, shown
    assert " g " not in shown, shown


def test_with_no_size_searched_each_weight_says_its_size(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "suede chelsea boots")

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "which of those is the lightest",
    ).shown  # fmt: skip

    assert "is the lightest of these" in shown, shown
    assert len(re.findall(r"\d k?g a pair in US \d", shown)) == 2, shown  # each of its size


def test_a_light_colour_is_no_weight_question(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the first one light blue?",
    ).shown  # fmt: skip

    assert " g a pair" not in shown, shown
