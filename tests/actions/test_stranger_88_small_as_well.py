"""docs/nlu/stranger-test-88.md, stranger 88 B2 (worst problem 3).

B2 "Oh the second one looks lovely! Is it machine washable, and does it come in a small as well
...?" got "our catalog says nothing about 'small'" and the team's contacts twice: "a small", "in
small", "a medium?", "an XL" are the letter sizes S, M and XL, answered from the dress's stock, and
the contacts are given once in a reply."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, say_as_heard, search

ACTIONS = {
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "ask_product_question": ActionAnswerProductQuestion,
    "search_products": ActionSearchProducts,
}
B1 = (
    "Hello! Exciting news, my first novel is coming out and I need a cocktail dress for the "
    "launch, pink or maybe red, size medium, not more than $250."
)
HEARD = ["ask_product_question", "check_availability"]
SIZE_ASKED = [
    ("Oh the second one looks lovely! Is it machine washable, and does it come in a small as "
     "well, just in case?", "S"),
    ("Oh the second one looks lovely! Is it machine washable, and does it come in a small as "
     "well in case I lose a bit of weight before the launch?", "S"),
    ("the second one, does it come in small as well", "S"),
    ("2nd one in small?", "S"),
    ("does the second one come in a medium?", "M"),
    ("is the second one available in an XL", "XL"),
    ("second one - do u have it in a large too", "L"),
]  # fmt: skip


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize(("text", "size"), SIZE_ASKED)
def test_a_small_is_size_s_answered_from_stock(chat, extractor, text, size, heard):
    """B2: the Sienna in S (M, XL, L), never "says nothing about 'small'"; contacts at most once."""
    search(chat, extractor, B1)

    shown = _said(chat, extractor, heard, text).shown
    print(shown)

    assert "Sienna Satin Slip Dress" in shown, shown
    assert f"in {size} " in shown or f"in {size}." in shown or f"size {size}" in shown, shown
    assert "nothing about" not in shown, shown
    assert shown.count("help@") <= 1, shown


SIZE_ALONE = [("a small?", "S"), ("in small?", "S"), ("a medium?", "M"), ("an XL?", "XL"),
              ("and in a large", "L"), ("what about in medium", "M")]  # fmt: skip


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize(("text", "size"), SIZE_ALONE)
def test_a_size_said_alone_of_the_dress_open_is_its_stock(chat, extractor, text, size, heard):
    """B2, said alone under the dress opened: "a medium?" is M, answered from its stock."""
    search(chat, extractor, B1)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the second one")

    shown = _said(chat, extractor, heard, text).shown
    print(shown)

    assert "Sienna Satin Slip Dress" in shown, shown
    assert f"in {size} " in shown or f"in {size}." in shown or f"size {size}" in shown, shown
    assert "nothing about" not in shown, shown


TWO_UNKNOWNS = [
    "the second one, is it machine washable? and does it stretch?",
    "Is the second one machine washable, and would it crease in a suitcase?",
    "2nd one - can i put it in the washer, and is it see through?",
    "second one: is it washable? does it shrink?",
    "is the 2nd one machine washable and is it lined?",
]


@pytest.mark.parametrize("text", TWO_UNKNOWNS)
def test_the_team_contacts_are_given_once_in_a_reply(chat, extractor, text):
    """B2: two questions the catalog is silent on get the team's contacts once, not twice."""
    search(chat, extractor, B1)

    shown = _said(chat, extractor, "ask_product_question", text).shown
    print(shown)

    assert "Sienna Satin Slip Dress" in shown, shown
    assert shown.count("help@") == 1, shown
