"""Stranger test 52 (docs/nlu/stranger-test-52.md, worst problems 1 and 3).

Problem 1 (Harriet, turn 3): after emerald dresses, "his mum bought him a green tie ... show me
something in dusty pink or blush instead ... up to $250" got "I have no ties for men in stock in
any size right now": the tie someone else bought is owned, told in passing, and "go up to $250" is a
budget, not the biggest size; and ties, sold in one size, were said not to be in stock at all.

Problem 3 (Minh, turn 4): "blazer dark grey and black tie" for a funeral read "black tie" as the
dress code; after "and" in a list of garments it is a black necktie."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, searched

EMERALD = (
    "Hi there! So my fiancé and I have our engagement photo shoot in a couple of weeks down at the "
    "harbour, golden hour, the whole thing, and I'm hunting for a dress - I was thinking emerald "
    "green, something flowy, size 8, ideally under $200?"
)


@pytest.mark.parametrize(
    "text",
    [
        "Okay, total change of plan, sorry! My fiancé just texted that his mum bought him a green "
        "tie for the shoot, so we'd clash horribly - can you show me something in dusty pink or "
        "blush instead, and actually I'd go up to $250 for the right one.",
        "his mum already bought him a green tie so can we do blush pink instead? up to $250 is fine",
        "ok change of plan, his mom got him a green tie for the shoot. show me dusty pink instead, "
        "i can go up to $250",
        "his mom gave him a green tie lol so pink instead pls, i'd go up to 250",
        "he already got a green tie for it, so something in blush instead, up to $250",
    ],
)
def test_a_tie_bought_for_him_is_no_search(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", EMERALD)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "tie" not in turn.text.lower()
    assert "dress" in turn.text.lower()
    query = searched(turn)
    assert query["category"] == "dresses"
    assert query["price_max"] == "250"
    assert "pink" in str(query.get("colour"))
    assert not query.get("gender")


@pytest.mark.parametrize(
    "text",
    [
        "whats the biggest tie size you carry",
        "how big do your ties go",
        "smallest size in ties?",
        "what's the largest size for ties",
        "biggest size of tie u have",
    ],
)
def test_one_size_ties_are_never_said_to_be_out_of_stock(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "no ties" not in turn.text.lower()
    assert "one size" in turn.text.lower()


def test_a_kind_really_out_of_stock_still_says_so(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "biggest suit size?")

    print(turn.text)
    assert "biggest size" in turn.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "ok forget suit, just blazer dark grey and black tie",
        "blazer dark grey and black tie",
        "need grey blazer, black tie",
        "charcoal blazer + black tie for a funeral",
        "a dark grey blazer and black tie pls",
    ],
)
def test_black_tie_in_a_list_of_garments_is_a_necktie(extractor, text):
    found = [(e.entity, e.value) for e in extractor.extract(text) if not e.role]

    assert ("occasion", "black-tie") not in found
    assert ("category", "ties") in found
    assert ("colour", "black") in found


@pytest.mark.parametrize(
    "text",
    [
        "a suit for a black tie event",
        "it's black tie",
        "black tie wedding next month, need a suit",
        "navy suit for black tie",
        "any black tie suits?",
    ],
)
def test_black_tie_the_dress_code_stays(extractor, text):
    found = [(e.entity, e.value) for e in extractor.extract(text)]

    assert ("occasion", "black-tie") in found


@pytest.mark.parametrize(
    "text",
    ["ok forget suit, just blazer dark grey and black tie", "blazer dark grey and black tie"],
)
def test_the_blazer_is_searched_without_the_black_tie_dress_code(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "hi need blak suit for funeral")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "black tie" not in turn.text.lower()
    assert "blazer" in turn.text.lower()
    assert not searched(turn).get("occasion")
