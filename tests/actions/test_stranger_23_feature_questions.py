"""Stranger test 23 (docs/nlu/stranger-test-23.md, persona A, the nurse, #2; worst problem 3): with
comfortable women's shoes in size 8 on screen, "anything with good arch support? or cushioned" got
the same list again, word for word.

A question about a feature of the list is answered from the catalog's own words: the products whose
text says it, said as such; where none says it, that the catalog doesn't say which have it (never
"yes" nor "none has it"), with the closest it does say (those described as cushioned)."""

from __future__ import annotations

import csv
import re

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import ActionConversation, say, shown_titles
from tests.conftest import DEMO_CATALOG


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_messages=True)


def _descriptions() -> dict[str, str]:
    with DEMO_CATALOG.open(encoding="utf-8") as file:
        return {row["Title"]: row["Body (HTML)"] for row in csv.DictReader(file) if row["Title"]}


DESCRIPTIONS = _descriptions()


def _comfy_shoes_in_8(chat, extractor) -> str:
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "hi, im a nurse doing 12hr shifts and my feet are killing me. need comfy shoes, womens 8")  # fmt: skip
    assert shown_titles(chat), turn.text
    return turn.text


# Nothing in the demo catalog says "arch support": the answer says the catalog doesn't say.
@pytest.mark.parametrize(
    "text",
    [
        "anything with good arch support? or cushioned",
        "any of these got arch support?",
        "do any of them have good arch support",
        "which ones have arch support or cushioning?",
        "anything with decent arch support?",
    ],
)
def test_arch_support_is_what_the_catalog_does_not_say(chat, extractor, text):
    before = _comfy_shoes_in_8(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", text)

    print(turn.shown)
    assert turn.shown != before, "not the same list again"
    assert "arch support" in turn.shown
    assert re.search(r"doesn't say|don't say|does not say|do not say", turn.shown), turn.shown
    # The closest offered are those the catalog itself calls cushioned, said as such.
    assert "cushion" in turn.shown.lower()
    titles = shown_titles(chat)
    assert titles
    for title in titles:
        assert "cushion" in DESCRIPTIONS[title].lower(), title
        assert "arch" not in DESCRIPTIONS[title].lower()


@pytest.mark.parametrize(
    "text",
    [
        "any cushioned ones?",
        "which of them are cushioned",
        "anything with cushioning?",
        "r any of these cushioned",
        "got any with a cushioned sole?",
    ],
)
def test_cushioned_narrows_the_list_to_those_the_catalog_calls_cushioned(chat, extractor, text):
    before = _comfy_shoes_in_8(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", text)

    print(turn.shown)
    assert turn.shown != before, "not the same list again"
    assert "cushioned" in turn.shown
    titles = shown_titles(chat)
    assert titles
    for title in titles:
        assert "cushion" in DESCRIPTIONS[title].lower(), title
    # Still the nurse's list: women's shoes in size 8.
    query = chat.slots["search_query"]
    assert query.get("size") == "8" and query.get("gender") == "female"


@pytest.mark.parametrize(
    "text",
    [
        "which ones have arch support or cushioning?",
        "do any of them have good arch support",
        "any of these got arch support?",
        "r any of them orthotic friendly",
        "which of these have arch support",
    ],
)
def test_heard_as_a_product_question_arch_support_is_still_not_guessed(chat, extractor, text):
    _comfy_shoes_in_8(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "Which one do you mean" not in turn.shown
    assert re.search(r"doesn't say which of the 15 comfortable shoes", turn.shown), turn.shown
    for title in shown_titles(chat):
        assert "cushion" in DESCRIPTIONS[title].lower(), title


def test_a_material_asked_of_the_list_is_still_answered_for_each(chat, extractor):
    """ "Are any of these leather?" keeps its answer from each product's own words."""
    _comfy_shoes_in_8(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "are any of these leather")  # fmt: skip

    print(turn.shown)
    assert "Stratus Runner" in turn.shown and "doesn't say which" not in turn.shown
