"""Stranger test 34 (docs/nlu/stranger-test-34.md): Kev's typos and Desmond's thanks.

- Worst problem 1 (Kev #5): "wil it get here by satrday" fell back twice in a row and got the
  give-up message. A weekday misspelt where a day stands ("satrday", "wensday", "fridy"), with the
  words around it mistyped too ("wil", "gt", "arive", "delivr"), is that day: a delivery question.
- Worst problem 3 (Kev #3 and #8): "wich is cheepest" and "whats the totl" were called off-topic.
  A slip in a key shopping word ("cheapest", "which", "total") is read as the word.
- Worst problem 4 (Desmond #9): "Thank you, you've been very patient with an old fool." got the
  complaint answer. Thanks with praise or the shopper's own apology, naming no problem, is thanks.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shop_nlu.dates import asks_if_it_arrives_by, needed_by
from shop_nlu.resolution import resolve_intent
from shop_nlu.typos import key_word_meant, with_key_words_corrected

FRIDAY = date(2026, 11, 27)  # the day of the test


# --- 1. A misspelt day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("wil it get here by satrday", 5),
        ("wil it gt here by saterday", 5),
        ("will it arive by wensday", 2),
        ("can u delivr by thursdy", 3),
        ("gt it by fridy?", 4),
        ("wil it come by tuesdy", 1),
        ("will it arrive before saturdy", 5),
    ],
)
def test_a_misspelt_day_is_the_day_it_must_come_by(extractor, text, weekday):
    assert asks_if_it_arrives_by(text, FRIDAY)
    day = needed_by(text, FRIDAY)
    # the coming one; "fridy" said on a Friday is next Friday (stranger test 50), not today
    assert day is not None and day.weekday() == weekday and day - FRIDAY <= timedelta(days=7)
    for guess in ("nlu_fallback", "out_of_scope", "ask_contact"):
        resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_delivery_time", guess


@pytest.mark.parametrize(
    "text", ["i like a sundae", "on sundae", "this money is fine", "by monkey"]
)
def test_a_real_word_where_a_day_may_stand_is_no_day(text):
    assert needed_by(text, FRIDAY) is None


# --- 3. Key shopping words mistyped -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wich is cheepest",
        "wich one is cheapst",
        "which is the cheepest",
        "whch of these is cheapest",
        "wich of them is chepest",
    ],
)
def test_the_cheapest_of_those_on_screen_mistyped(extractor, text):
    entities = extractor.extract(text)
    assert any(e.entity == "sort" and e.value == "price_asc" for e in entities)
    for guess in ("out_of_scope", "nlu_fallback"):
        resolution = resolve_intent(guess, 0.6, entities, text, None)
        assert resolution is not None and resolution.intent == "select_product", guess


@pytest.mark.parametrize(
    "text",
    ["whats the totl", "wats the total", "whats my totl", "how much is the totl", "totl?",
     "whats the totla now", "so whats the toal"],
)  # fmt: skip
def test_the_cart_total_mistyped(extractor, text):
    for guess in ("out_of_scope", "nlu_fallback"):
        resolution = resolve_intent(guess, 0.8, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "view_cart", guess


@pytest.mark.parametrize(
    "text", ["whats the total of a suit and a shirt", "my total is wrong", "a tote bag"]
)
def test_other_totals_are_not_the_cart(extractor, text):
    resolution = resolve_intent("out_of_scope", 0.8, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "view_cart"


@pytest.mark.parametrize("word", ["witch", "tote", "got", "sundae", "tonal", "which", "total"])
def test_real_words_are_never_corrected(word):
    assert key_word_meant(word) is None
    assert with_key_words_corrected(f"the {word} one") == f"the {word} one"


# --- 4. Thanks with praise or an apology -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, you've been very patient with an old fool.",
        "thanks, sorry for all the questions",
        "cheers, youve been a great help",
        "thank you so much, sorry I'm hopeless with computers",
        "thx ur a star, sorry im so slow with this stuff",
        "Many thanks, you've been ever so kind to a silly old woman.",
    ],
)
def test_thanks_with_praise_or_an_apology_is_thanks(extractor, text):
    for guess in ("complaint", "out_of_scope", "nlu_fallback"):
        resolution = resolve_intent(guess, 0.9, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "thank", guess


@pytest.mark.parametrize(
    "text",
    [
        "thanks but my order still hasnt come",
        "thank you for nothing",
        "thanks, the boots arrived broken",
        "cheers, it never arrived though",
        "you've been useless, thanks",
        "thanks, now show me belts",
        "thanks, my order number is HL-4XK9PZ",
    ],
)
def test_thanks_naming_a_problem_or_a_request_is_not_only_thanks(extractor, text):
    resolution = resolve_intent("complaint", 0.9, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "thank"
