"""Stranger test 41 (docs/nlu/stranger-test-41.md, worst problems 3 and 4): "Is it real leather or
that plasticky stuff?" of the Elodie Satin Evening Flat, and Kofi's "it is wool?" of the Whitehall
Two-Piece Suit, got catalog quotes with no answer, and "Flexible leather sole" passed as the
upper's material.

A yes/no question on a material is answered yes or no by the product's main material, as the
catalog names it, with the one line that says so; when only a part (the sole, the lining) is of
that material, that is said; when the catalog doesn't say, "I don't know" and who can tell."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say


def ask(chat, extractor, product: str, question: str):
    say(chat, extractor, ActionSelectProduct(), "product_details", product)
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", question)
    print(turn.text)
    return turn


@pytest.mark.parametrize(
    "question",
    [
        "Is it real leather or that plasticky stuff? My sister bought some 'leather' boots last "
        "year and they cracked in a month lol",
        "is it leather?",
        "real leather??",
        "is this genuine leather",
        "are they leathr or plastic",
    ],
)
def test_a_satin_flat_with_a_leather_sole_is_not_leather(chat, extractor, question):
    turn = ask(chat, extractor, "the elodie satin evening flat", question)

    assert turn.text.startswith("No, the Elodie Satin Evening Flat is satin"), turn.text
    assert "only its sole is leather" in turn.text
    assert "“Flexible leather sole" in turn.text


@pytest.mark.parametrize(
    "question", ["it is wool?", "is it wool", "real wool??", "IS IT WOOL? maybe too hot", "wool?"]
)
def test_a_worsted_wool_suit_is_wool(chat, extractor, question):
    turn = ask(chat, extractor, "the whitehall two-piece suit", question)

    assert turn.text.startswith("Yes, the Whitehall Two-Piece Suit is worsted wool."), turn.text
    assert "“Super 110s worsted wool" in turn.text


@pytest.mark.parametrize("question", ["is it real leather?", "is it leather", "leather?"])
def test_a_calf_boot_is_leather(chat, extractor, question):
    turn = ask(chat, extractor, "the linnet heeled chelsea boot", question)

    assert turn.text.startswith("Yes, the Linnet Heeled Chelsea Boot is calf leather."), turn.text
    assert "“Smooth calf" in turn.text


def test_a_suede_boot_is_a_leather_and_says_suede(chat, extractor):
    turn = ask(chat, extractor, "the wren suede chelsea boot", "is it real leather?")

    assert turn.text.startswith("Yes, the Wren Suede Chelsea Boot is leather (suede)."), turn.text
    assert "suede" in turn.text


def test_a_material_the_catalog_does_not_name_is_not_known(chat, extractor):
    turn = ask(chat, extractor, "the elodie satin evening flat", "is it silk?")

    assert "doesn't say" in turn.text
    assert not turn.text.startswith(("Yes", "No"))
