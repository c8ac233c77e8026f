"""Stranger test 38 (docs/nlu/stranger-test-38.md, persona Luc, worst problem 4, left open): with
the Soho Velvet Blazer open, "is size 40 ok?" on its own is heard as a size-guide question and got
the shoe size table. A size asked whether it will do, of the product opened, is whether that
product comes in it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, search


@pytest.mark.parametrize(
    "text",
    ["is size 40 ok?", "size 40 is ok?", "IS SIZE 40 OK", "would a 40 be fine?", "size 40 good?",
     "will size 40 work"],
)  # fmt: skip
def test_is_size_40_ok_of_the_blazer_opened_is_its_stock_in_40(chat, extractor, text):
    search(chat, extractor, "bonjour. need velvet blazer for play piano on stage")
    search(chat, extractor, "in burgundy?", intent="refine_search")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first")
    assert "Soho Velvet Blazer" in opened.text, opened.text

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "shoes are labelled" not in turn.text and "EU 40" not in turn.text
    assert "Soho Velvet Blazer" in turn.text
    assert "40R" in turn.text


def test_a_size_question_with_nothing_opened_still_gets_the_guide(chat, extractor):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", "is size 40 ok?")

    assert "40R" not in turn.text
