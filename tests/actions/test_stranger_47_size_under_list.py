"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Thanh, worst problem 7): right under three
brown leather oxfords, "size 44 eu" (heard as a size-guide question) got the whole size guide: US/EU
tables, how to measure a foot, suit and shirt sizes.

A size said alone under a list narrows that list to the size (EU 44: the shop's shoes in US 11 /
EU 44); a question about sizes ("what is 44 eu in us?") still gets its answer."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, search, shown_titles

OXFORDS = ["Ashby Cap-Toe Oxford", "Greville Semi-Brogue Oxford", "Kingsley Full-Brogue Oxford"]


def three_oxfords(chat, extractor) -> None:
    search(chat, extractor, "my shoes broke, sole come off. need new same kind brown leather")
    assert shown_titles(chat) == OXFORDS


@pytest.mark.parametrize(
    "text",
    ["size 44 eu", "eu 44", "44 eu pls", "my size is 44 EU", "i wear eu 44", "Size 44 EU."],
)
def test_a_size_said_under_the_list_narrows_it(chat, extractor, text):
    three_oxfords(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.shown)
    assert "To measure your foot" not in turn.text
    assert "Men's: US 7 = EU 40" not in turn.text
    assert "brown leather shoes in size EU 44" in turn.text
    assert shown_titles(chat) and "Greville Semi-Brogue Oxford" in shown_titles(chat)
    query = next(e["value"] for e in turn.events if e.get("name") == "search_query")
    assert query["size"] == "eu44"
    assert query["colour"] == "brown"


def test_a_question_about_sizes_under_the_list_still_gets_the_guide(chat, extractor):
    three_oxfords(chat, extractor)

    turn = say(
        chat,
        extractor,
        ActionAnswerServiceQuestion(),
        "ask_size_guide",
        "how do i measure my foot?",
    )

    assert "To measure your foot" in turn.text
