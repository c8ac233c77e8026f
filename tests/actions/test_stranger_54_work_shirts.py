"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Mei, worst problem 6): "need shirt for
husband work" listed a pleated tuxedo shirt and a white-tie wing-collar shirt first; "work" was
lost. Stranger test 50 (docs/nlu/stranger-test-50.md, Rico #1): "yo need black shirt slim fit 4
work" showed only the Gerrard Pleated Tuxedo Shirt.

Shirts for someone's work are the shirts for the office, never formalwear first; the person named
still says who they are for."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles

FORMALWEAR_ONLY = {
    "Gerrard Pleated Tuxedo Shirt",
    "Marcella Dress Shirt",
    "Cavendish Silk-Blend Shirt",
}
OFFICE_SHIRTS = {
    "Jermyn Poplin Dress Shirt", "Eton Oxford Button-Down", "Belgravia Twill Dress Shirt",
    "Piccadilly Striped Shirt", "Chancery Non-Iron Shirt",
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "hi need shirt for husband work, he not here",
        "need shirt for my husband's work",
        "a shirt for his work please",
        "shirts 4 work",
        "looking for a shirt for my son new job",
        "hubby needs shirts for work",
    ],
)
def test_shirts_for_someones_work_are_office_shirts(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles and set(titles) <= OFFICE_SHIRTS, titles
    assert not FORMALWEAR_ONLY & set(titles)


def test_the_husband_still_says_who_the_shirt_is_for(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "need shirt for husband work")  # fmt: skip

    print(turn.text)
    assert "for men" in turn.text.split("\n")[0], turn.text


def test_white_or_light_blue_keeps_the_work_shirts(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hi need shirt for husband work, he not here")  # fmt: skip
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search",
               "white or light blue. not too expensive")  # fmt: skip

    print(turn.text)
    titles = shown_titles(chat)
    assert titles and not FORMALWEAR_ONLY & set(titles), titles


def test_a_black_slim_shirt_for_work_is_no_tuxedo_shirt(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "yo need black shirt slim fit 4 work")  # fmt: skip

    print(turn.text)
    assert "Gerrard Pleated Tuxedo Shirt" not in turn.text.split("\n")[0]
    assert "office" in turn.text.lower() or "work" in turn.text.lower(), turn.text


@pytest.mark.parametrize(
    "text",
    ["would a 4 work for him?", "does size 4 work", "i need it to work for my husband"],
)
def test_a_size_or_the_verb_is_no_work_wear(extractor, text):
    assert not [e for e in extractor.extract(text) if e.value == "office"]
