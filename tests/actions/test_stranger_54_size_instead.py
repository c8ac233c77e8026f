"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Gareth, worst problem 2): with the Soho
Velvet Blazer open, after asking to send his wife's dress back for the next size up, "It's the
green one, she wants a 14 instead of the 12" got "The Soho Velvet Blazer is in stock — Green".

Another size asked "instead of" the one bought, right after a return of that order, gets the
exchanges answer, not the stock of the product on screen."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep

RETURN = (
    "I ordered a dress for my wife, a size too small, the order number is HL-4TQ8WP and my email "
    "is gareth@example.com, can I send it back and get the next size up?"
)


@pytest.mark.parametrize(
    "text",
    [
        "It's the green one, she wants a 14 instead of the 12, UK sizes I mean",
        "the green one. a 14 instead of a 12 please",
        "she needs size 14 instead of 12",
        "green, 14 instead of the 12 she got",
        "its green and she want a 10 instead of the 8",
    ],
)
def test_a_size_instead_after_a_return_is_the_exchange(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet blazer")
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the soho velvet blazer")
    say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", RETURN)

    turn = say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert "Soho Velvet Blazer" not in turn.shown
    assert "exchang" in turn.shown.lower(), turn.shown
