"""Stranger test 8 (docs/nlu/stranger-test-8.md), conversation 4: a shopper weighing up chelsea
boots. "The first two" and "both of them" with a list on screen, "which one is better quality",
"which one would last longer in the rain" and "do any of them come in 11.5" are questions across
the products shown or being compared, answered for each of them from the catalog. The shopper's
words go through the real catalog extractor; the actions run on rasa-sdk's real Tracker against
the demo store. The intents are those the trained model gave the stranger's messages."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts
from commerce.db import get_engine, session_scope
from commerce.product_facts import product_fact
from commerce.products import check_variant
from commerce.sizes import size_query_key
from tests.actions.conversation_driver import ActionConversation, say

RIDGEWAY, FELL, ASHCOMBE = "Ridgeway Chelsea Boot", "Fell Suede Chelsea Boot", "Ashcombe Dress"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_events=True)


def show_boots(chat, extractor) -> list[str]:
    """ "show me chelsea boots for men": the Ridgeway, the Fell and the Ashcombe, in that order."""
    boots = say(chat, extractor, ActionSearchProducts(), "search_products",
                "show me chelsea boots for men")  # fmt: skip
    shown = chat.slots["shown_results"]["handles"]
    assert [RIDGEWAY in boots.text, FELL in boots.text, ASHCOMBE in boots.text] == [True] * 3
    return shown


def compared(turn) -> str:
    """The heading of a comparison: "A vs B:"."""
    return next(line for line in turn.text.splitlines() if " vs " in line)


# C4.3: "the first two" with the list on screen compares those two.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("whats the difference between the first two", (RIDGEWAY, FELL)),
        ("compare the top 2", (RIDGEWAY, FELL)),
        ("difference between the first 2?", (RIDGEWAY, FELL)),
        ("which is better, the first two", (RIDGEWAY, FELL)),
        ("what's the difference between the last two", (FELL, ASHCOMBE)),
        ("how do the top three compare", (RIDGEWAY, FELL, ASHCOMBE)),
    ],
)
def test_the_first_two_with_a_list_on_screen_compares_those(chat, extractor, text, expected):
    show_boots(chat, extractor)

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    assert turn.responses != ["utter_ask_which_to_compare"], turn.text
    heading = compared(turn)
    assert heading.count(" vs ") == len(expected) - 1, heading
    for title in expected:
        assert title in heading, heading


@pytest.mark.parametrize(
    "text", ["how do these two compare", "compare both of them", "difference between the two of them",
             "compare them both", "whats the difference between these 2"],
)  # fmt: skip
def test_these_two_after_comparing_two_means_those_two(chat, extractor, text):
    show_boots(chat, extractor)
    say(chat, extractor, ActionCompareProducts(), "compare_products", "compare the 3rd and the 1st")

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    heading = compared(turn)
    assert heading.count(" vs ") == 1 and ASHCOMBE in heading and RIDGEWAY in heading, heading


def test_these_two_with_three_on_screen_and_none_compared_asks_which(chat, extractor):
    show_boots(chat, extractor)

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", "compare these two")

    assert turn.responses == ["utter_ask_which_to_compare"], turn.text


# C4.4: "which one is better quality" after "the first two": those two, and an honest answer.


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("compare_products", "which one is better quality"),
        ("compare_products", "which one is better made"),
        ("compare_products", "which is better quality tbh"),
        ("compare_products", "which would hold up better"),
        ("ask_product_question", "which of them is more durable"),
        ("ask_product_question", "which ones better quality"),
    ],
)
def test_better_quality_says_it_cannot_judge_and_quotes_the_catalog(chat, extractor, intent, text):
    show_boots(chat, extractor)
    say(chat, extractor, ActionCompareProducts(), "compare_products",
        "whats the difference between the first two")  # fmt: skip
    action = (
        ActionCompareProducts() if intent == "compare_products" else ActionAnswerProductQuestion()
    )

    turn = say(chat, extractor, action, intent, text)

    assert "can't judge quality" in turn.text, turn.text
    assert "priciest" not in turn.text and "pricier" not in turn.text, turn.text
    # What bears on it, for each of the two compared (not the third on screen), from the catalog.
    assert "Goodyear-welted" in turn.text and "Oiled leather" in turn.text, turn.text
    assert "Water-repellent suede" in turn.text, turn.text
    assert ASHCOMBE not in turn.text, turn.text


# C4.5: "which one would last longer in the rain": each of the products, from the catalog.


@pytest.mark.parametrize(
    "text",
    [
        "which one would last longer in the rain",
        "which of them is good in the rain",
        "are any of them waterproof",
        "which ones ok if it rains",
        "would either of them survive a wet day",
    ],
)
def test_a_rain_question_across_the_compared_boots_answers_each(chat, extractor, text):
    show_boots(chat, extractor)
    say(chat, extractor, ActionCompareProducts(), "compare_products",
        "whats the difference between the first two")  # fmt: skip

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    assert RIDGEWAY in turn.text and "shrugs off rain" in turn.text, turn.text
    assert FELL in turn.text and "Water-repellent suede" in turn.text, turn.text
    assert ASHCOMBE not in turn.text, turn.text
    assert "is waterproof" not in turn.text.replace("whether", ""), turn.text


def test_a_rain_question_about_a_list_answers_each_and_says_what_it_does_not_know(chat, extractor):
    show_boots(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "which one would last longer in the rain")  # fmt: skip

    lines = [line for line in turn.text.splitlines() if line.startswith("• ")]
    assert len(lines) == 3, turn.text
    ashcombe = next(line for line in lines if ASHCOMBE in line)
    assert "doesn't say" in ashcombe and "waterproof" in ashcombe, ashcombe


def test_which_one_about_one_product_in_focus_is_still_about_that_one(chat, extractor):
    show_boots(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "is the second one waterproof?")  # fmt: skip

    assert turn.text.startswith(f"Here's what our catalog says about the {FELL}"), turn.text


def test_water_repellent_and_shrugs_off_rain_answer_the_rain_question(demo_store_url):
    with session_scope(get_engine(demo_store_url)) as session:
        fell = product_fact(session, "fell-suede-chelsea-boot", "good in the rain?")
        ridgeway = product_fact(session, "ridgeway-chelsea-boot", "good in the rain?")
        ashcombe = product_fact(session, "ashcombe-dress-chelsea-boot", "good in the rain?")
    assert any("Water-repellent suede" in quote for quote in fell.quotes)
    assert any("shrugs off rain" in quote for quote in ridgeway.quotes)
    assert not ashcombe.known


# C4.8: "do any of them come in 11.5": each product on the list.


@pytest.mark.parametrize(
    ("text", "size", "colour"),
    [
        ("hmm do any of them come in 11.5", "11.5", None),
        ("do any of these come in black", None, "black"),
        ("which of these come in a 10", "10", None),
        ("are any of them available in size 9", "9", None),
        ("do any come in 12", "12", None),
        ("which ones come in brown", None, "brown"),
    ],
)
def test_any_of_them_in_a_size_answers_for_each_on_the_list(
    chat, extractor, demo_store_url, text, size, colour
):
    shown = show_boots(chat, extractor)
    # As the stranger did: a question about one of them first puts that one in focus.
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the cheaper one suede?")  # fmt: skip

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    lines = [line for line in turn.text.splitlines() if line.startswith("• ")]
    assert len(lines) == len(shown), turn.text
    with session_scope(get_engine(demo_store_url)) as session:
        for handle, line in zip(shown, lines, strict=True):
            check = check_variant(
                session, handle, size=size_query_key(size) if size else None, colour=colour
            )
            assert line.startswith(f"• {check.product.title}: "), line
            expected = "yes" if check.in_stock else "sold out" if check.offered else "not made"
            assert expected in line, line


def test_do_they_about_the_product_opened_is_still_that_product(chat, extractor):
    show_boots(chat, extractor)
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the cheaper one suede?")  # fmt: skip

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability",
               "do they come in 11.5?")  # fmt: skip

    assert not [line for line in turn.text.splitlines() if line.startswith("• ")], turn.text


# C4.1: "trying to decide between two pairs of chelsea boots": the list, and an offer to compare.


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("search_products", "trying to decide between two pairs of chelsea boots, can u help"),
        ("search_products", "cant decide between 2 pairs of loafers"),
        ("search_products", "help me choose between two dresses"),
        ("search_products", "torn between two chelsea boots"),
        ("search_products", "im comparing oxfords rn, which is better"),
        ("compare_products", "comparing a couple of oxfords, which should i get"),
    ],
)
def test_deciding_between_shows_the_kind_and_offers_to_compare(chat, extractor, intent, text):
    action = ActionSearchProducts() if intent == "search_products" else ActionCompareProducts()

    turn = say(chat, extractor, action, intent, text)

    assert chat.slots["shown_results"]["handles"], turn.text
    assert "utter_offer_to_compare" in turn.responses, turn.messages


def test_a_plain_search_offers_no_comparison(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "chelsea boots for men")

    assert "utter_offer_to_compare" not in turn.responses


def test_after_a_new_list_which_one_means_the_new_list_not_the_boots_compared(chat, extractor):
    show_boots(chat, extractor)
    say(chat, extractor, ActionCompareProducts(), "compare_products", "compare the first two")
    say(chat, extractor, ActionSearchProducts(), "search_products", "oxfords for men")
    shown = chat.slots["shown_results"]["handles"]

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "which one is better in the rain")  # fmt: skip

    assert RIDGEWAY not in turn.text and FELL not in turn.text, turn.text
    assert len([line for line in turn.text.splitlines() if line.startswith("• ")]) == len(shown)


def test_add_both_after_comparing_two_of_three_adds_those_two(chat, extractor):
    from actions.cart_adding import ActionAddToCart

    show_boots(chat, extractor)
    say(chat, extractor, ActionCompareProducts(), "compare_products", "compare the 3rd and the 1st")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add both to my cart")

    assert "haven't added anything" not in turn.text, turn.text
    assert ASHCOMBE in turn.text and RIDGEWAY in turn.text and FELL not in turn.text, turn.text


@pytest.mark.parametrize(
    "text", ["is it good quality?", "will they last long?", "are they well made"]
)
def test_is_it_good_quality_about_one_product_says_it_cannot_judge(chat, extractor, text):
    show_boots(chat, extractor)
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the first one waterproof")  # fmt: skip

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    assert turn.text.startswith("I can't judge quality myself"), turn.text
    assert RIDGEWAY in turn.text and "Goodyear-welted" in turn.text, turn.text
