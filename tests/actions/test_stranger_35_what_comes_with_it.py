"""Stranger test 35 (docs/nlu/stranger-test-35.md, the groom, worst problem 4): with the Monaco
Dinner Jacket in focus, "Does it come with the trousers or I must buy separately?" got two quoted
sentences that seemed to contradict each other ("worn with black trousers", "with matching
satin-striped trousers"), and no yes or no.

Whether a product comes with something is answered yes or no from its description, quoting the
one sentence that says so (commerce/included_items.py); or that the catalog doesn't say, and who
can tell. The demo catalog's Monaco line no longer says "worn with black trousers"."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say

JACKET = "Monaco Dinner Jacket"
TUXEDOS = "Good afternoon. Please I am looking for a tuxedo for my own wedding on 12th December"


def open_the_jacket(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", TUXEDOS)
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the monaco")
    assert JACKET in opened.text, opened.text


def ask(chat, extractor, text: str):
    return say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)


@pytest.mark.parametrize(
    "text",
    [
        "Does it come with the trousers or I must buy separately?",
        "does it come with trousers",
        "are the pants included?",
        "do i have to buy the trousers separately",
        "Kindly confirm if the trousers are included in the price",
        "comes w trousers?",
    ],
)
def test_the_trousers_come_with_the_dinner_jacket(chat, extractor, text):
    open_the_jacket(chat, extractor)

    turn = ask(chat, extractor, text)

    print(turn.text)
    assert turn.text.startswith(f"Yes, the {JACKET} comes with the"), turn.text
    assert "satin-striped trousers" in turn.text
    assert "worn with black trousers" not in turn.text
    assert turn.text.count("“") == 1  # one supporting line, not two that disagree


@pytest.mark.parametrize(
    "text",
    [
        "does it come with a bow tie?",
        "is the waistcoat included",
        "Does it come with the cummerbund or I must buy separately?",
        "are the shirt studs sold separately",
        "does the price include a pocket square",
    ],
)
def test_what_the_catalog_does_not_say_is_not_guessed(chat, extractor, text):
    open_the_jacket(chat, extractor)

    turn = ask(chat, extractor, text)

    print(turn.text)
    assert turn.text.startswith(f"Our catalog doesn't say whether the {JACKET} comes with")
    assert "Our team can tell you" in turn.text
    assert not turn.text.startswith(("Yes", "No"))


def test_a_three_piece_suit_comes_with_its_waistcoat(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "three-piece suit")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the belvoir three-piece suit")

    turn = ask(chat, extractor, "is the waistcoat included?")

    print(turn.text)
    assert turn.text.startswith("Yes, the Belvoir Three-Piece Suit comes with the waistcoat.")
    assert "matching six-button waistcoat" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "are the trousers included?",
        "do they come with trousers?",
        "do they come with the trousers or must I buy separately",
        "trousers included??",
        "are the pants sold separately",
    ],
)
def test_asked_of_the_list_each_is_answered(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", TUXEDOS)

    turn = ask(chat, extractor, text)

    print(turn.text)
    assert "None of the products on screen fits" not in turn.text
    assert "• Kensington Shawl-Collar Tuxedo: yes." in turn.text
    assert f"• {JACKET}: yes." in turn.text
