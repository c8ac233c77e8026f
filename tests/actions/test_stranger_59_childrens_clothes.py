"""Stranger test 59 (docs/nlu/stranger-test-59.md, persona Margaret, worst problem 4): "a white
dress for Sofia and a little suit for Mateo, they are 8. Oh, and something for me too, maybe a
navy dress, size 14" got every dress (not white, not navy, not 14) and no word that the shop has
no children's clothes.

Clothes for a child get an honest "we don't sell children's clothes" (the catalog has adult sizes
only); what the same message asks for the shopper herself is searched with its own colour and
size."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

MARGARET = (
    "Good evening! My twin grandchildren, a boy and a girl, are making their First Holy Communion "
    "in May and I would like to buy their outfits, a white dress for Sofia and a little suit for "
    "Mateo, they are 8. Oh, and something for me too, maybe a navy dress, size 14."
)


@pytest.mark.parametrize(
    "text",
    [
        "i need a suit for my son, he's 6",
        "girl's dress size 8 for my daughter",
        "a little suit for my grandson aged 10",
        "do u have toddler shoes",
        "looking for a communion dress for my 7 year old",
        "any dresses in kids sizes?",
        "shoes for my daughter she is 9 years old",
        "a communion suit for my son, he is 7",
    ],
)
def test_clothes_for_a_child_are_not_sold(chat, extractor, text):
    reply = search(chat, extractor, text)
    print(reply.text)
    assert "we don't sell children's clothes" in reply.text.lower(), reply.text
    assert "Whitehall Two-Piece Suit" not in reply.text, reply.text
    assert "Gown" not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        MARGARET,
        "a white dress for my granddaughter, she's 8, and a navy dress for me in size 14",
        "my son is 6 and needs a suit, and i need a navy dress too, size 14 for me",
        "kids clothes for my twins (they are 8) and for myself a navy dress size 14",
    ],
)
def test_the_shoppers_own_part_is_searched(chat, extractor, text):
    reply = search(chat, extractor, text)
    print(reply.text)
    assert "we don't sell children's clothes" in reply.text.lower(), reply.text
    assert "navy" in reply.text.lower() and "14" in reply.text, reply.text
    assert "Sienna Satin Slip Dress" not in reply.text, reply.text  # black, gold, pink
    assert "suits" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "a dress for my daughter's wedding, size 8",
        "my 16 year old son needs a suit",
        "navy dress size 8",
        "suit for my son, he's 25",
        "shoes for my wife, she is a size 8",
        "sneakers for my son, he is 11",
        "a cute little dress for summer",
        "a little one-shoulder dress",
        "a dress for our 10 year anniversary",
        "godmother at her baby's christening, a dress in soft blue",
        "a dress for my kids graduation",
    ],
)
def test_grown_ups_are_no_children(chat, extractor, text):
    reply = search(chat, extractor, text)
    print(reply.text)
    assert "children" not in reply.text.lower(), reply.text
