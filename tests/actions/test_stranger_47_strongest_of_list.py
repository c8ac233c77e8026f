"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Thanh, worst problem 4): under three
brown leather oxfords, "wich one is most strong, i walk all day" got "Which one do you mean: the
Ashby…, the Greville… or the Kingsley…?" with three buttons.

A superlative asked of the list ("which is the strongest", "the sturdiest") is about every product
on screen, typos and all: the answer says what the catalog tells of how each is made (the
Greville's grippy Dainite rubber sole, the Goodyear welts), and that we can't judge it ourselves."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, search, shown_titles

OXFORDS = ["Ashby Cap-Toe Oxford", "Greville Semi-Brogue Oxford", "Kingsley Full-Brogue Oxford"]


@pytest.mark.parametrize(
    "text",
    [
        "wich one is most strong, i walk all day",
        "which one is the strongest? im on my feet all day",
        "wich is strongest",
        "which of these is toughest",
        "which one is more robust, i walk a lot",
        "whitch one most strong",
    ],
)
def test_the_strongest_of_the_list_is_answered_for_each(chat, extractor, text):
    search(chat, extractor, "my shoes broke, sole come off. need new same kind brown leather")
    assert shown_titles(chat) == OXFORDS

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "Which one do you mean" not in turn.text
    assert "can't judge quality" in turn.text
    for title in OXFORDS:
        assert title in turn.text
    assert "Dainite rubber sole" in turn.text
    assert "Goodyear-welted" in turn.text
