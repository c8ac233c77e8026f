"""Stranger test 21 (docs/nlu/stranger-test-21.md, persona A #7): after pricing the brown Ashby
Cap-Toe Oxford and the brown Classic Leather Dress Belt, "does belt match the shoes" got "I don't
know from our catalog the answer to that about the Classic Leather Dress Belt". Whether two products
of the conversation go together is computed from the catalog: their colours by the shop's colour
guide (catalog/lexicon.yml), a material both are made of, and the occasions both are tagged for;
"they can, but ..." where those don't line up, and "I can't tell" where the catalog says too
little."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowPrice
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say

SHOES = "Ashby Cap-Toe Oxford"
BELT = "Classic Leather Dress Belt"

DO_THEY_GO = [
    "does belt match the shoes",
    "does the belt go with the shoes",
    "will these match",
    "do they go together",
    "belt match shoes?",
    "would the brown belt work with those oxfords",
    "do the shoes and belt look good together??",
]
# Where such a question may land: a product question (as in the stranger's game), "what goes
# with it", a search, or "not sure".
LANDINGS = [
    (ActionAnswerProductQuestion, "ask_product_question"),
    (ActionSuggestOutfit, "ask_what_goes_with"),
    (ActionSearchProducts, "search_products"),
    (ActionClarify, "nlu_fallback"),
]


def _shoes_then_belt(chat, extractor, belt: str = "also a leather belt. brown") -> None:
    """Persona A's messages before #7, as played (the size and stock questions left out)."""
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "need brown shoes for work. bank job")  # fmt: skip
    priced = say(chat, extractor, ActionShowPrice(), "ask_price", "price of the first one")
    assert f"The {SHOES} is $129.00." in priced.text, priced.text
    say(chat, extractor, ActionSearchProducts(), "search_products", belt)
    say(chat, extractor, ActionShowPrice(), "ask_price", "how much")


@pytest.mark.parametrize(("action", "intent"), LANDINGS)
@pytest.mark.parametrize("text", DO_THEY_GO)
def test_a_brown_leather_belt_goes_with_brown_leather_oxfords(
    chat, extractor, action, intent, text
):
    _shoes_then_belt(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert "I don't know" not in turn.shown
    assert turn.shown.startswith("Yes"), turn.shown
    assert SHOES in turn.shown and BELT in turn.shown
    assert "brown leather" in turn.shown  # why: the same colour and material
    assert "formal" in turn.shown  # and both are for formal wear


def test_a_black_belt_with_brown_shoes_can_but_the_colours_are_said(chat, extractor):
    _shoes_then_belt(chat, extractor, belt="and a black patent belt")
    assert chat.slots["current_product"] == "patent-evening-belt"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "does the belt go with the shoes")  # fmt: skip

    print(turn.shown)
    assert turn.shown.startswith("They can, but our colour guide doesn't pair Black with Brown")
    # The belt is made in black only; the shoes are in stock in black too.
    assert f"the {SHOES} also comes in Black, which goes" in turn.shown


def test_a_casual_belt_with_formal_oxfords_can_but_says_what_each_is_for(chat, extractor):
    _shoes_then_belt(chat, extractor, belt="a suede casual belt")
    assert chat.slots["current_product"] == "suede-casual-belt"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "will these match")  # fmt: skip

    print(turn.shown)
    assert turn.shown.startswith("They can, but"), turn.shown
    assert "casual" in turn.shown and "formal" in turn.shown


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionSuggestOutfit, "ask_what_goes_with", "what goes with the shoes"),
        (ActionSearchProducts, "search_products", "show me a tie that goes with these"),
        (ActionSearchProducts, "search_products", "i want a belt that matches my shoes"),
    ],
)
def test_what_goes_with_them_is_still_a_suggestion_or_a_search(
    chat, extractor, action, intent, text
):
    _shoes_then_belt(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert not turn.shown.startswith(("Yes", "They can", "I can't tell")), turn.shown
