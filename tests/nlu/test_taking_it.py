"""Saying you'll take it (stranger test 8, C3.4 and C4.9): "Very well, I shall take it." and "ill go
with the first one in 11.5" start the purchase, whatever question or stock check the classifier
heard in the rest of the message; a waist or collar said in words is the size. The classifier's
guesses are those the stranger's messages got from the trained model."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent


def acted_on(extractor, text: str, intent: str, confidence: float) -> str:
    """The intent the assistant acts on, after the resolver, for the classifier's guess."""
    resolution = resolve_intent(intent, confidence, extractor.extract(text), text, None)
    return resolution.intent if resolution else intent


@pytest.mark.parametrize(
    ("text", "guess", "confidence"),
    [
        ("Very well, I shall take it. My waist is 34 inches.", "ask_product_question", 0.60),
        ("ill go with the first one in 11.5", "check_availability", 0.68),
        ("ill go with that one", "nlu_fallback", 0.40),
        ("go on then, ill have it", "nlu_fallback", 0.40),
        ("yes that one please, size 34", "nlu_fallback", 0.40),
        ("i think ill go for the cheaper one, is it in a 10?", "check_availability", 0.70),
        ("ok im gonna get it in a medium", "check_availability", 0.55),
        ("lemme grab the second one in black", "select_product", 0.60),
    ],
)
def test_saying_you_take_it_is_buying(extractor, text, guess, confidence):
    assert acted_on(extractor, text, guess, confidence) == "buy"


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("In that case, I shall have a look at a brown leather belt instead.", "search_products"),
        ("i'll take it back to the store if it doesn't fit", "return_order"),
        ("ill have a look at the sale", "search_products"),
        ("I'll have it sent to my office", "ask_shipping"),
        ("should i go with the first one?", "compare_products"),
        ("what goes with it", "ask_what_goes_with"),
        ("i'll have to think about it", "out_of_scope"),
        ("yes that one", "select_product"),
    ],
)
def test_other_things_said_with_take_or_have_are_not_buying(extractor, text, guess):
    assert acted_on(extractor, text, guess, 0.6) != "buy"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("My waist is 34 inches.", "34"),
        ("my waist is about 32", "32"),
        ("waist: 36", "36"),
        ("my waist measures 38", "38"),
        ("a belt for a 34in waist", "34"),
        ("34 inches waist", "34"),
        ("collar is 15.5", "15.5"),
    ],
)
def test_a_waist_or_collar_said_in_words_is_the_size(extractor, text, size):
    assert ("size", size) in {(e.entity, e.value) for e in extractor.extract(text)}


# Session 12: after feature searches ("any w decent cushioning??") joined the training data, the
# model heard "bag me a pair of those brogues" as a search (0.52), and the extractor read its "bag"
# as the kind bags, which a buy would then have looked for. A slang verb before "those" or "them"
# takes the products pointed at; "bag" is then the verb.
@pytest.mark.parametrize(
    "text",
    [
        "bag me a pair of those brogues",
        "ok bag me those in a 9",
        "cop those jordans for me",
        "snag me one of those pls",
        "gimme those in a 10",
        "get me them sandals in a 7",
    ],
)
def test_slang_taking_those_is_buying(extractor, text):
    assert acted_on(extractor, text, "search_products", 0.52) == "buy"
    assert "bags" not in [e.value for e in extractor.extract(text) if e.entity == "category"]


@pytest.mark.parametrize(
    "text",
    ["a bag me and my wife can share", "show me a bag like those", "get me a dress for a wedding"],
)
def test_bags_and_searches_said_with_such_words_stay_searches(extractor, text):
    assert acted_on(extractor, text, "search_products", 0.52) == "search_products"


@pytest.mark.parametrize(
    "text",
    [
        "yes that one, do you have it in L?",
        "ok this one, have you got XL?",
        "great, the one in navy - is it in stock in M?",
        "perfect that one. available in S?",
        "right the one i liked, any left in a 10?",
        "sure, that one: got it in M?",
        "ok that one. in stock M?",
    ],
)
def test_asking_whether_the_one_comes_in_a_size_is_not_buying(extractor, text):
    """A yes to the product with a question whether it is there in a size is the stock check,
    not the purchase "yes that one please, size 34" is: the shopper has not said they take it."""
    assert acted_on(extractor, text, "check_availability", 0.6) == "check_availability"
