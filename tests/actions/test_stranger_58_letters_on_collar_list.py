"""Stranger test 58 (docs/nlu/stranger-test-58.md, persona Linh #3, worst problem 2): under two
men's shirts sold in collar sizes, "which have M and L and XL?" was answered for the first shirt
and XL only, which read as if M and L were fine.

Letter sizes asked of a list whose shirts come in collar sizes: every shirt shown, each said to
come in collar sizes, not in M, L or XL."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep


@pytest.mark.parametrize(
    "text",
    [
        "which have M and L and XL?",
        "which ones come in M, L and XL",
        "do they have M L XL",
        "which have L and XL?",
        "which of these have size L and XL",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionCheckAvailability(), "check_availability"),
     (ActionAnswerServiceQuestion(), "ask_size_guide")],
)  # fmt: skip
def test_letter_sizes_of_collar_shirts_on_screen(chat, extractor, text, action, intent):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                         "man shirt for the office, under 80")  # fmt: skip
    titles = [line.split(". ", 1)[1].split(" by ")[0]
              for line in shown.shown.splitlines() if line[:1].isdigit()]  # fmt: skip
    assert len(titles) >= 2

    turn = say_and_keep(chat, extractor, action, intent, text)

    for title in titles:
        assert title in turn.shown, (title, turn.shown)
    assert "collar sizes" in turn.shown
