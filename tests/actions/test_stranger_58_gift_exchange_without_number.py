"""Stranger test 58 (docs/nlu/stranger-test-58.md, persona Linh #6, worst problem 5): buying a
shirt as a farewell gift, "if he not fit can he change size himself? he dont have order number" got
the exchanges answer ending "they (or the buyer) email ... with the order number", the one thing
she said he doesn't have.

Said by the buyer of a gift: the order number is in her own confirmation, to pass on, or he can
ask the team without it, saying who bought it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep


@pytest.mark.parametrize(
    "text",
    [
        "if he not fit can he change size himself? he dont have order number",
        "can she exchange it herself if it doesnt fit? she wont have the order number",
        "if the size is wrong can he swap it? he has no order number",
        "can my colleague exchange it without the order number if it doesnt fit",
        "he doesnt know the order number, can he still change the size?",
    ],
)
def test_a_gift_exchanged_without_the_order_number(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "need gift for colegue he leave our office friday, man shirt under 80")  # fmt: skip

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    assert "exchange" in turn.shown.lower()
    assert "your order confirmation" in turn.shown, turn.shown
    assert "without the order number" in turn.shown
