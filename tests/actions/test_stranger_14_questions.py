"""Stranger test 14's question misses (docs/nlu/stranger-test-14.md): "r those waterproof?" about the
shoes suggested for a dress is answered for each of them, not with "which one do you mean?"; "do u
have it in 11.5 too, my feet are between sizes" about the loafer in focus says yes or no for 11.5
first, not the whole range of sizes."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import ActionConversation, say

ALBANY = "Albany Penny Loafer"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="festival", keep_messages=True)


def listed_names(text: str) -> list[str]:
    return [
        re.sub(r"^\s*\d+\. (.*?)(?: by .*|:.*)?$", r"\1", line)
        for line in text.splitlines()
        if re.match(r"\s*\d+\. ", line)
    ]


_ACTIONS = {
    "ask_product_question": ActionAnswerProductQuestion,
    "check_availability": ActionCheckAvailability,
    "ask_size_guide": ActionAnswerServiceQuestion,
    "refine_search": ActionSearchProducts,
    "search_products": ActionSearchProducts,
}


def ask(chat, extractor, text: str, intent: str):
    """Say `text` to the action the rules run for `intent` (as the shared model reads it)."""
    return say(chat, extractor, _ACTIONS[intent](), intent, text)


# --- A5: "those" about the shoes suggested for a dress -------------------------------------------


def _shoes_for_the_dress(chat, extractor) -> list[str]:
    say(chat, extractor, ActionSearchProducts(), "search_products", "a velvet dress, size S")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the vivienne velvet dress")
    suggested = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
                    "what shoes would go with that")  # fmt: skip
    names = [name for name in listed_names(suggested.text) if "Dress" not in name]
    assert len(names) >= 2, suggested.text
    return names


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("r those waterproof? it always rains at glastonbury lol", "ask_product_question"),
        ("are they comfy?", "ask_product_question"),
        ("are any of these leather", "ask_product_question"),
        ("do those come in wide", "ask_product_question"),
        ("are these ok for rain", "ask_product_question"),
        ("r they true to size", "ask_product_question"),
        ("r they true to size", "ask_size_guide"),
    ],
)
def test_those_after_suggested_shoes_answers_for_each(chat, extractor, text, intent):
    names = _shoes_for_the_dress(chat, extractor)

    turn = ask(chat, extractor, text, intent)

    print(turn.text)
    assert turn.responses != ["utter_which_product"]
    assert "Which one do you mean" not in turn.text
    assert "about each" in turn.text, turn.text
    assert all(name in turn.text for name in names), turn.text


@pytest.mark.parametrize(
    "text", ["do those come in wide", "does it come in wide fit?", "do they come in leather"]
)
def test_a_feature_asked_of_those_on_screen_is_a_product_question(extractor, text):
    """The classifier hears "do those come in wide" as a stock check, which has no size or colour
    to check: it asks what the catalog says of them."""
    entities = extractor.extract(text)

    resolution = resolve_intent("check_availability", 0.88, entities, text, None)

    assert resolution is not None and resolution.intent == "ask_product_question"


def test_what_the_catalog_does_not_say_is_said_for_that_shoe(chat, extractor):
    _shoes_for_the_dress(chat, extractor)

    turn = ask(chat, extractor, "r those waterproof? it always rains at glastonbury lol",
               "ask_product_question")  # fmt: skip

    print(turn.text)
    assert "doesn't say" in turn.text


@pytest.mark.parametrize(
    "text",
    ["is it waterproof", "are they waterproof", "r they comfy? it always rains there lol"],
)
def test_one_shoe_just_opened_is_still_that_one(chat, extractor, text):
    _shoes_for_the_dress(chat, extractor)
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    title = opened.text.split(" by ")[0]

    turn = ask(chat, extractor, text, "ask_product_question")

    print(turn.text)
    assert "about each" not in turn.text
    assert title in turn.text


# --- B4: "do u have it in 11.5" about the loafer in focus ----------------------------------------


def _the_albany(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "brown loafers, size 11")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the albany one")
    assert opened.text.startswith(ALBANY), opened.text


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("do u have it in 11.5 too, my feet are between sizes", "US 11.5"),
        ("do you have 11.5", "US 11.5"),
        ("is there an 11.5", "US 11.5"),
        ("got it in a 10.5?", "US 10.5"),
        ("any chance of size 9.5", "US 9.5"),
        ("does it come in 11 and a half", "US 11.5"),
    ],
)
def test_a_half_size_asked_of_the_loafer_is_a_yes_or_no(chat, extractor, text, size):
    _the_albany(chat, extractor)

    turn = ask(chat, extractor, text, "check_availability")

    print(turn.text)
    assert turn.text.startswith(f"Yes, the {ALBANY} is in stock in {size} "), turn.text
    assert "Black" in turn.text and "Brown" in turn.text


def _opened(chat, extractor, search: str, name: str):
    say(chat, extractor, ActionSearchProducts(), "search_products", search)
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", name)
    assert opened.text.startswith(name), opened.text


@pytest.mark.parametrize(
    "text", ["do u have it in 11.5 too, my feet are between sizes", "is there an 11.5"]
)
def test_a_half_size_of_a_loafer_made_in_whole_sizes_is_a_no(chat, extractor, text):
    _opened(chat, extractor, "penny loafers", "Positano Penny Loafer")

    turn = ask(chat, extractor, text, "check_availability")

    print(turn.text)
    assert turn.text.startswith("The Positano Penny Loafer isn't made in half sizes"), turn.text
    assert "EU 39" in turn.text


@pytest.mark.parametrize("text", ["do you have 11.5", "does it come in 11 and a half"])
def test_a_half_size_sold_out_says_so(chat, extractor, text):
    _opened(chat, extractor, "brogue derby shoes", "Hartley Brogue Derby")

    turn = ask(chat, extractor, text, "check_availability")

    print(turn.text)
    assert "sold out" in turn.text.split("\n")[0], turn.text
    assert "11.5" in turn.text.split("\n")[0], turn.text


_UNSURE_OF_A_SIZE = [
    {"name": "nlu_fallback", "confidence": 0.4},
    {"name": "check_availability", "confidence": 0.35},
    {"name": "refine_search", "confidence": 0.27},
    {"name": "state_size", "confidence": 0.23},
]


@pytest.mark.parametrize("text", ["any chance of size 9.5", "any chance of 10.5"])
def test_a_size_the_classifier_was_unsure_of_is_checked_for_the_loafer(chat, extractor, text):
    _the_albany(chat, extractor)
    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
        for e in extractor.extract(text)
    ]

    turn = chat.run(ActionClarify(), "nlu_fallback", text, entities, ranking=_UNSURE_OF_A_SIZE)

    print(turn.shown)
    assert turn.text.startswith(f"Yes, the {ALBANY} is in stock in US "), turn.shown


def test_between_sizes_gets_the_catalogs_fit_advice_after_the_yes(chat, extractor):
    _the_albany(chat, extractor)

    turn = ask(chat, extractor, "do u have it in 11.5 too, my feet are between sizes",
               "check_availability")  # fmt: skip

    print(turn.text)
    assert turn.text.startswith(f"Yes, the {ALBANY} is in stock in US 11.5 ")
    assert "if between sizes, take the smaller" in turn.text


def test_the_question_asked_is_answered_not_the_rain_said_after_it(chat, extractor):
    _shoes_for_the_dress(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")

    turn = ask(chat, extractor, "r they comfy? it always rains there lol", "ask_product_question")

    print(turn.text)
    assert "waterproof" not in turn.text
    assert "Padded insole" in turn.text
