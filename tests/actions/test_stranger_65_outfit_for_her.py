"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona B Dana, worst problem 1): "I need an
outfit: a dress, some shoes and maybe a small bag … a medium in dresses and a size 8 in shoes … my
total budget for everything is about $400" got a men's outfit first (blazer, chinos, loafers) and
"your $480". A dress is for women: the whole outfit is a women's one, and "about $400" is restated
as $400, not the top of its range."""

from __future__ import annotations

import re

import pytest

from tests.actions.conversation_driver import search

DANA_1 = (
    "Hi there! So I'm a potter and I finally have my first little solo show at a gallery "
    "downtown in a few weeks, and I need an outfit: a dress, some shoes and maybe a small bag to "
    "go with it. I'm usually a medium in dresses and a size 8 in shoes, and my total budget for "
    "everything is about $400, so nothing crazy please"
)


@pytest.mark.parametrize(
    "text",
    [
        DANA_1,
        "need an outfit for my show, a dress and shoes, about 400 for everything",
        "outfit pls: dress + heels, around $400 total",
        "i want a whole outfit with a dress, roughly 400 all in",
        "Looking for an outfit - a dress, shoes and a bag - approx $400 in total",
        "an outfit built around a dress, abt 400 for the lot",
    ],
)
def test_an_outfit_with_a_dress_is_a_womens_one_within_the_amount_said(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "men's outfit" not in turn.text.replace("women's outfit", "")
    assert "women's outfit" in turn.text
    assert "Dress" in turn.text
    for mens in ("Blazer", "Chinos", "Suit", "Loafer"):
        assert mens not in turn.text
    assert "$400" in turn.text
    assert "$480" not in turn.text and "$440" not in turn.text


@pytest.mark.parametrize(
    "text",
    [
        DANA_1,
        "need an outfit, a dress and shoes and a bag. im a medium in dresses and an 8 in shoes, "
        "about 400 for everything",
        "outfit for my show: dress, shoes, small bag. size M in dresses, size 8 in shoes. ~400 total",
        "whole outfit pls, a dress + shoes + a bag, i'm a small in dresses and a 7 in shoes, "
        "around 350 all in",
        "i need an outfit with a dress and a bag and shoes, i'm a medium in dresses and a size 8 "
        "in shoes, 400 in total",
    ],
)
def test_each_piece_keeps_its_own_size_and_the_bag_asked_for_is_in(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    first = turn.text.split("\n")[0]
    dress_size = "S" if "a small in dresses" in text else "M"
    shoe_size = "7" if "a 7 in shoes" in text else "8"
    assert f"in {dress_size}" in first and f"in {shoe_size}" in first
    assert "Dress" in turn.text
    assert re.search(r"Bag|Clutch|Tote|Backpack", turn.text)
