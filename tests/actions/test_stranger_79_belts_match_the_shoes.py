"""Stranger test 79 (docs/nlu/stranger-test-79.md, persona A, message A4, worst problem 4).

Walt opened a pair of shoes, then "need a belt to match. waist 38" listed four belts to go with
them. "do they match w the shoes" about those belts got, for each, "our catalog doesn't say the
answer to that about it: it says nothing about 'match shoe'", four times, plus the team's contact.
Right: whether each belt on screen goes with the shoes he picked, computed from the catalog (the
colour guide, a material both are made of, the occasions both are for), "I can't tell" where the
catalog says too little; never a search of the belts' descriptions for "match shoe"."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowProductDetails
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say, shown_titles

SHOES = "Ashby Cap-Toe Oxford"
BELT_BROWN, BELT_BLACK = "Classic Leather Dress Belt", "Patent Evening Belt"

DO_THEY_MATCH = [
    "do they match w the shoes",
    "do they go with the shoes",
    "will these match my shoes?",
    "does the belt match w the shoes",
    "r they the same brown as the shoes",
    "do these go w my shoes",
    "would those match the shoes ok??",
]
# Where the question may land: a product question (as in the stranger's game), "what goes with
# it", a search, or "not sure".
LANDINGS = [
    (ActionAnswerProductQuestion, "ask_product_question"),
    (ActionSuggestOutfit, "ask_what_goes_with"),
    (ActionSearchProducts, "search_products"),
    (ActionClarify, "nlu_fallback"),
]


def _belts_to_match(chat, extractor) -> list[str]:
    """Persona A, A1-A3: brown church shoes listed, the first opened, belts to match listed."""
    keep_bot_messages(chat, say(chat, extractor, ActionSearchProducts(), "search_products",
                                "need brn leathr shoes sz 10.5 for church"))  # fmt: skip
    opened = say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 1st one")
    assert SHOES in keep_bot_messages(chat, opened).shown
    keep_bot_messages(chat, say(chat, extractor, ActionSearchProducts(), "search_products",
                                "need a belt to match. waist 38"))  # fmt: skip
    belts = shown_titles(chat)
    assert belts[:2] == [BELT_BROWN, BELT_BLACK], belts
    return belts


def _each_belt_answered(shown: str, belts: list[str]) -> None:
    assert "says nothing about" not in shown and "doesn't say the answer" not in shown, shown
    assert "help@" not in shown  # no hand-off to the team for a question the catalog answers
    assert SHOES in shown
    lines = {line.split(":")[0]: line for line in shown.splitlines()}
    brown = next(line for title, line in lines.items() if title.endswith(BELT_BROWN))
    assert "Yes" in brown and "brown leather" in brown, brown  # same colour and material
    black = next(line for title, line in lines.items() if title.endswith(BELT_BLACK))
    assert "doesn't pair Black with Brown" in black, black  # said, never hidden
    for belt in belts:
        assert belt in shown, (belt, shown)


@pytest.mark.parametrize(("action", "intent"), LANDINGS)
@pytest.mark.parametrize("text", DO_THEY_MATCH)
def test_each_belt_on_screen_is_checked_against_the_shoes(chat, extractor, action, intent, text):
    """docs/nlu/stranger-test-79.md, A4 (problem 4)."""
    belts = _belts_to_match(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    _each_belt_answered(turn.shown, belts)


@pytest.mark.parametrize("text", DO_THEY_MATCH[:3])
def test_the_shoes_in_the_cart_are_the_shoes_meant(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, A4: the shoes he has in his cart, then brown belts listed."""
    added = chat.run(ActionAddToCart(), "add_to_cart", "add the ashby in 10.5 brown",
                     entity_list(product_handle="ashby-cap-toe-oxford", size="10.5",
                                 colour="brown"))  # fmt: skip
    assert SHOES in keep_bot_messages(chat, added).shown
    keep_bot_messages(chat, say(chat, extractor, ActionSearchProducts(), "search_products",
                                "leather belts"))  # fmt: skip
    belts = shown_titles(chat)
    assert len(belts) > 1 and SHOES not in belts

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "says nothing about" not in turn.shown and SHOES in turn.shown
    assert sum(belt in turn.shown for belt in belts[:3]) >= 2, turn.shown
    # His shoes are the brown ones: the belts are matched to brown, never to the black pair.
    assert "both black" not in turn.shown and "both brown" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionSearchProducts, "search_products", "i want a belt that matches my shoes"),
        (ActionSuggestOutfit, "ask_what_goes_with", "what goes with the shoes"),
        (ActionSearchProducts, "search_products", "do you have a belt to match my shoes"),
        (ActionAnswerProductQuestion, "ask_product_question", "r they the same colour as the pic?"),
    ],
)
def test_asking_for_a_match_is_still_a_suggestion_or_a_search(
    chat, extractor, action, intent, text
):
    """docs/nlu/stranger-test-79.md, A4: only a yes-no question about those on screen is checked."""
    _belts_to_match(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert not turn.shown.startswith(("For each of", "Yes", "They can", "I can't tell")), turn.shown
