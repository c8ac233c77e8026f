"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Margaret, worst problem 2): "I shall
take the first pair in size 11" of the Ravello Suede Derby got "The Ravello Suede Derby isn't made
in size 11; it comes in shoe sizes EU 39 ... EU 44 ...", though the shop's own size chart makes a
men's US 11 an EU 44.

A shoe labelled in one system only is made in the other system's size the chart gives (commerce/
sizes.py `shoe_size_keys`, men's and women's): it is bought, found and said in stock in it, and the
reply names both ("US 11 / EU 44")."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionCheckAvailability
from commerce.sizes import label_in_both, shoe_size_keys
from tests.actions.conversation_driver import listed, say, search

BUY_IN_11 = [
    "Very well, I think I shall take the first pair in size 11, please.",
    "ill take the first one in 11",
    "buy the first in a us 11 pls",
    "first pair, size 11",
    "I'd like the first one in an 11 please",
]


@pytest.mark.parametrize("text", BUY_IN_11)
def test_us_11_of_an_eu_sized_derby_is_bought_in_eu_44(chat, extractor, text):
    search(chat, extractor, "ravello suede derby")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    print(turn.shown)
    assert "isn't made in" not in turn.shown
    assert "Ravello Suede Derby (US 11 / EU 44" in turn.shown


ASK_IN_11 = [
    "do u have the ravello suede derby in us 11?",
    "is the ravello suede derby in stock in 11",
    "Ravello Suede Derby in size 11?",
    "got the ravello derby in a size 11 mens",
    "Would the Ravello Suede Derby come in an 11?",
]


@pytest.mark.parametrize("text", ASK_IN_11)
def test_us_11_asked_of_an_eu_sized_derby_is_in_stock_as_eu_44(chat, extractor, text):
    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert "isn't made in" not in turn.shown
    assert "in stock in US 11 / EU 44" in turn.shown


@pytest.mark.parametrize(
    "text, title",
    [
        ("brera derbies size 11 pls", "Ravello Suede Derby"),
        ("brera oxfords in a 10", "Milano Wholecut Oxford"),
        ("brera loafers for men size 12", "Portofino Suede Loafer"),
        ("brera monk straps in US 13", "Bergamo Double Monk"),
        ("Brera suede loafers size 9 for men", "Portofino Suede Loafer"),
    ],
)
def test_a_us_size_finds_the_eu_sized_shoes_it_is(chat, extractor, text, title):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert any(title in line for line in listed(turn.shown))


@pytest.mark.parametrize(
    "label, gender, asked, both",
    [
        ("EU 44", "male", "11", "US 11 / EU 44"),
        ("EU 40", "male", "us7", "US 7 / EU 40"),
        ("EU 46", "male", "13", "US 13 / EU 46"),
        ("EU 40", "female", "9", "US 9 / EU 40"),
        ("EU 37.5", "female", "us7", "US 7 / EU 37.5"),
        ("US 8", "female", "eu38.5", "US 8 / EU 38.5"),
        ("US 10", "male", "43", "US 10 / EU 43"),
    ],
)
def test_the_chart_makes_mens_and_womens_shoes_in_both_systems(label, gender, asked, both):
    keys = shoe_size_keys(label, gender)
    assert asked in keys
    assert label_in_both(label, keys) == both


def test_the_chart_is_no_dress_or_unknown_rule():
    assert shoe_size_keys("EU 44", None) == {"eu44", "44"}  # not a shoe: no chart
    assert shoe_size_keys("EU 39", "male") == {"eu39", "39"}  # below the men's chart
    assert shoe_size_keys("US 10 / EU 43", "male") == {"us10", "10", "eu43", "43"}
