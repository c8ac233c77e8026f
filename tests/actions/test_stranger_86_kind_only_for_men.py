"""docs/nlu/stranger-test-86.md, stranger 86 B3 (worst problem 4): a kind asked "for women" that
the shop makes only for men.

"Could you also find me a loose button-front shirt or a soft cardigan in a women's large, maybe in
a soft blue?" got only "Sorry, we don't have shirts for women". True: every shirt in the demo
catalog is men's. She is told so, in the catalog's words ("our shirts are all men's"), and
what the shop has for women instead, each a button; never a made-up product, never men's shirts."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep, search
from tests.actions.test_stranger_86_one_kind_in_two_words import B1, B2

# (what she says, the kind the shop makes only for men, as the reply names it)
ONLY_FOR_MEN = [
    ("womens shirts", "shirts"),
    ("shirt for women", "shirts"),
    ("do you have any ladies shirts in medium", "shirts"),
    (
        "Could you find me a loose button-front shirt in a women's large, maybe in a soft blue?",
        "shirts",
    ),
    ("ladies trousers size 12", "trousers"),
    ("women's blazer in L", "blazers"),
    ("looking for a blazer for my wife", "blazers"),
]


@pytest.mark.parametrize(("text", "kind"), ONLY_FOR_MEN)
def test_a_kind_made_only_for_men_is_said_so(chat, extractor, text, kind):
    """The honest no, why (the catalog's men's cut), and the kinds the shop has for women."""
    turn = search(chat, extractor, text)
    print(turn.shown, [b["title"] for b in turn.buttons])

    assert f"we don't have {kind} for women" in turn.shown, turn.shown
    assert f"our {kind} are all men's" in turn.shown, turn.shown
    assert "For women" in turn.shown, turn.shown
    assert {"Dresses", "Gowns"} & {b["title"] for b in turn.buttons}, turn.buttons
    assert "1. " not in turn.shown, turn.shown  # no men's product listed as the closest


def test_accessories_made_only_for_men_are_made_not_cut(chat, extractor):
    """Ties are not cut: "our ties are all men's"."""
    turn = search(chat, extractor, "ladies ties")

    assert "our ties are all men's" in turn.shown, turn.shown


BLOUSES = [
    "a blouse for me (im a woman)",
    "womens blouse size M",
    "a silk blouse for my wife",
    "do you have any ladies blouses",
    "looking for a white blouse, women's medium",
]


@pytest.mark.parametrize("text", BLOUSES)
def test_a_blouse_is_not_sold_and_she_hears_what_is(chat, extractor, text):
    """A blouse is a woman's shirt: none sold, no men's shirt in its place, and her kinds."""
    turn = search(chat, extractor, text)
    print(turn.shown, [b["title"] for b in turn.buttons])

    assert "we don't sell blouses" in turn.shown, turn.shown
    assert "for women" in turn.shown and "for her!" not in turn.shown, turn.shown
    assert {"Dresses", "Gowns"} <= {b["title"] for b in turn.buttons}, turn.buttons
    assert "1. " not in turn.shown, turn.shown


SOLD_FOR_WOMEN = ["women's boots", "ladies dresses in M", "womens heels"]


@pytest.mark.parametrize("text", SOLD_FOR_WOMEN)
def test_a_kind_sold_for_women_is_listed(chat, extractor, text):
    """Boots, dresses and heels are made for women: listed, with no word of a men's cut."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    assert "1. " in turn.shown, turn.shown
    assert "are all men's" not in turn.shown, turn.shown


def test_b3_after_the_flats_says_the_shirts_are_mens(chat, extractor):
    """B3 in its conversation: the shirts are all men's, and what the shop has for her in L."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B2)
    turn = say_and_keep(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "Lovely. Could you also find me a loose button-front shirt or a soft cardigan in a "
        "women's large, maybe in a soft blue?",
    )
    print(turn.shown)

    assert "our shirts are all men's" in turn.shown, turn.shown
    assert "For women in size L we have" in turn.shown, turn.shown
    assert {"Dresses", "Gowns"} <= {b["title"] for b in turn.buttons}, turn.buttons
