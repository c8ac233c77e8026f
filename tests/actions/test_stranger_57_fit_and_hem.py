"""Stranger test 57 (docs/nlu/stranger-test-57.md, persona Darren, worst problem 5): "The first one -
how does it fit? ... is it a slim cut or is there some room? And do the trousers come hemmed?" got
"I don't know from our catalog how the Whitehall Two-Piece Suit fits", though its description says
"a modern, gently tapered cut" and "trousers, left unhemmed for tailoring".

A fit question is answered from the description's own sentences on its cut and hem."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "The first one - how does it fit? I've got a bit of a belly these days, is it a slim cut "
        "or is there some room? And do the trousers come hemmed?",
        "how does the first one fit? slim or roomy?",
        "is the first one a slim cut?",
        "the first one, is there some room in it or is it tight?",
        "how is the fit of the first one, and are the trousers hemmed?",
    ],
)
def test_the_fit_is_quoted_from_the_description(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "navy suits in 42R")
    assert chat.slots["shown_results"]["handles"][0] == "whitehall-two-piece-suit"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "I don't know" not in turn.shown, turn.shown
    assert "tapered cut" in turn.shown, turn.shown
