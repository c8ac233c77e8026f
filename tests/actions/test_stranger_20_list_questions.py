"""Stranger test 20 (docs/nlu/stranger-test-20.md, persona b): with two sneakers on screen, both
already filtered to size 11, "is 11 in stock" got "Which one do you mean?" (#3), where the answer
was the same for the whole list; "ok and a rain jacket, L" got blazers as the closest (#6), and
"is it actually waterproof or just showerproof" right after it got "Which one do you mean?" (#7)."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, shown_titles


def _trainers_in_11(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "mens trainers size 11")
    say(chat, extractor, ActionSearchProducts(), "refine_search",
        "something comfy for the school run, white or grey")  # fmt: skip
    assert shown_titles(chat) == ["Stratus Runner", "Osprey Slip-On"]


@pytest.mark.parametrize(
    "text",
    [
        "is 11 in stock",
        "r they in stock in 11?",
        "is size 11 available",
        "11 in stock??",
        "have u got 11 in stock",
    ],
)
def test_a_size_asked_of_a_list_is_answered_for_each(chat, extractor, text):
    _trainers_in_11(chat, extractor)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert "Which one do you mean" not in turn.shown
    assert "Stratus Runner" in turn.shown and "Osprey Slip-On" in turn.shown
    assert "11" in turn.shown


# --- #6: a rain jacket with none rainproof: no blazers offered in its place -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok and a rain jacket, L",
        "rain jacket?",
        "waterproof jacket pls",
        "any jackets for the rain",
        "need a rain coat for my son",
        "waterproof jacket for the school run?",
    ],
)
def test_a_rain_jacket_is_never_answered_with_blazers(chat, extractor, text):
    _trainers_in_11(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "Blazer" not in turn.shown
    assert "though not rainproof" not in turn.shown
    assert re.search(
        r"I have no (?:rainproof|waterproof) jackets|we don't sell coats", turn.shown
    ), turn.shown


# --- #7: "is it waterproof?" right after "I have no rainproof jackets" ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it actually waterproof or just showerproof",
        "is it waterproof tho",
        "does it keep the rain out?",
        "r they waterproof",
        "proper waterproof or just water resistant?",
    ],
)
def test_waterproof_after_none_rainproof_is_answered_not_which_one(chat, extractor, text):
    _trainers_in_11(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the cheapest one")
    say(chat, extractor, ActionSearchProducts(), "search_products", "ok and a rain jacket, L")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "Which one do you mean" not in turn.shown
    assert "Osprey" not in turn.shown and "Stratus" not in turn.shown
    assert "I have no rainproof jackets" in turn.shown
