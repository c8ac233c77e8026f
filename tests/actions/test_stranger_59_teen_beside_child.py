"""Stranger test 59 (docs/nlu/stranger-test-59.md, problem 4; fixB brief): "my son is 16 and my
daughter is 8" got only "we don't sell children's clothes". The 16-year-old's part is searched
in grown-up sizes for his gender; the 8-year-old's is said not sold."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

TEEN_AND_CHILD = [
    ("my son is 16 and my daughter is 8, they both need white shirts", "son", "for men"),
    ("white shirts for my kids: my son is 16 and my daughter is 8", "son", "for men"),
    ("my daughter is 15 and my son is 7, looking for black dresses", "daughter", "for women"),
    ("need sneakers, my 16 year old son and my 8 year old daughter", "son", "for men"),
    ("my boy is 17, his sister is 9 - white shirts for both?", "boy", "for men"),
]


@pytest.mark.parametrize(("message", "word", "whom"), TEEN_AND_CHILD, ids=lambda m: str(m)[:40])
def test_the_teenagers_part_is_searched(chat, extractor, message, word, whom):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "don't sell children's clothes" in turn.shown, turn.shown
    assert f"For your {word}" in turn.shown, turn.shown
    assert whom in turn.shown, turn.shown
    assert listed(turn.shown), turn.shown
