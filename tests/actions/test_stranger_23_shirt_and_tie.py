"""Stranger test 23 (docs/nlu/stranger-test-23.md, persona B, miss #4): with a suit picked ("the
cheaper one then" after comparing two), "what tie and shirt would go w it" got "Let's start with
the ties; then ask me for the shirts" and a plain list of ties, matched to no suit.

A shirt and a tie asked for together to go with the suit in focus are both suggested, in one
answer, by the shop owner's pairing rules (commerce/recommend/), and said to go with that suit."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts, ActionSuggestOutfit
from tests.actions.conversation_driver import say, search, shown_titles

SUITS = "yo my brothers wedding is next saturday and im in charge of my own suit lol. need something grey or navy, 40R"  # noqa: E501


def pick_the_cheaper_suit(chat, extractor):
    search(chat, extractor, SUITS)
    say(chat, extractor, ActionCompareProducts(), "compare_products",
        "whats the diff between the first two")  # fmt: skip
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "the cheaper one then. does it need hemming?? trousers always too long on me")  # fmt: skip
    assert chat.slots.get("current_product") == "ascot-morning-suit"


def assert_shirt_and_tie_for_the_suit(turn, chat):
    print(turn.text)
    assert "Let's start with" not in turn.text, "both kinds at once, none put off"
    assert "I found" not in turn.text, "not a plain search"
    assert "Ascot Morning Suit" in turn.text  # what they go with is said
    titles = shown_titles(chat)
    assert any("Shirt" in title for title in titles), titles
    assert any("Tie" in title for title in titles), titles


@pytest.mark.parametrize(
    "text",
    [
        "what tie and shirt would go w it",
        "what shirt and tie go with it",
        "which tie n shirt would match it",
        "need a shirt + tie to go with this",
        "wat shirt and tie shud i wear with it",
    ],
)
def test_a_shirt_and_a_tie_for_the_suit_in_focus(chat, extractor, text):
    pick_the_cheaper_suit(chat, extractor)

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    assert_shirt_and_tie_for_the_suit(turn, chat)


@pytest.mark.parametrize(
    "text", ["what tie and shirt would go w it", "need a shirt + tie to go with this"]
)
def test_heard_as_a_search_a_shirt_and_a_tie_for_the_suit_in_focus(chat, extractor, text):
    pick_the_cheaper_suit(chat, extractor)

    turn = search(chat, extractor, text)

    assert_shirt_and_tie_for_the_suit(turn, chat)
