"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Jonah, worst problems 3 and 5), as the
intent resolver reads them.

"do u sell gift cards? might be safer tbh" (heard as the gift-wrap question) got the gift-wrap
answer again: asking whether the shop sells gift cards is asking whether it sells a kind, whatever
short remark follows the question; the search then says honestly that it doesn't.

"idk her size lol. shes kinda petite" (heard as nothing, right after the bot asked what kind of
gift) got "What are you looking for?": not knowing the size of whom one shops for is still
shopping for them (what needs no size), not the size guide nor a fresh start."""

from __future__ import annotations

import pytest

from shop_nlu.message_readings import does_not_know_their_size
from shop_nlu.resolution import resolve_intent


# (message, what the trained classifier made of it, and how sure it was)
@pytest.mark.parametrize(
    ("text", "classifier", "confidence"),
    [
        ("do u sell gift cards? might be safer tbh", "ask_gift_options", 0.46),
        ("you have gift cards? would be easier lol", "ask_gift_options", 0.49),
        ("do you sell gift certificates? then she can choose", "ask_gift_options", 1.0),
        ("do you guys have gift cards?? might be easier", "ask_payment_methods", 0.6),
        ("got any e-gift cards? she can pick herself", "nlu_fallback", 0.4),
    ],
)
def test_asking_for_gift_cards_with_a_remark_is_asking_whether_they_are_sold(
    extractor, text, classifier, confidence
):
    resolution = resolve_intent(classifier, confidence, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "search_products"


@pytest.mark.parametrize(
    ("text", "classifier"),
    [
        ("do you sell boots? whats your return policy", "ask_return_policy"),
        ("do you have gift cards? can i pay with one", "ask_payment_methods"),
        ("can u do gift wrap or put a note inside", "ask_gift_options"),
    ],
)
def test_a_second_question_after_it_is_not_a_remark(extractor, text, classifier):
    resolution = resolve_intent(classifier, 0.9, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "search_products"


@pytest.mark.parametrize(
    ("text", "classifier", "confidence"),
    [
        ("idk her size lol. shes kinda petite", "nlu_fallback", 0.4),
        ("no clue what size she is tbh", "ask_size_guide", 0.7),
        ("i dont know his size", "nlu_fallback", 0.4),
        ("not sure about her size honestly", "ask_size_guide", 0.66),
        ("idk what size she wears", "ask_size_guide", 0.62),
    ],
)
def test_not_knowing_their_size_is_still_shopping_for_them(extractor, text, classifier, confidence):
    resolution = resolve_intent(classifier, confidence, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "search_products"


@pytest.mark.parametrize(
    "text",
    [
        "i dont know my size",
        "not sure what size i am",
        "can she exchange it if i dont know her size",
        "what if i get her size wrong, can she return it",
    ],
)
def test_own_size_and_returns_questions_are_not_it(text):
    assert not does_not_know_their_size(text)
