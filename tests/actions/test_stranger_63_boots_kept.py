"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Margaret, worst problem 3): "men's
boots ... warm and sturdy ... size 11 ... brown, suede" got one summer derby "for warm-weather
weddings", not boots: the kind asked for was given up before the warmth and the material.

The kind named (boots) is kept: when no boots are all of it, the nearest boots are shown, and
"warm-weather" (summer) is never taken for warm."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

BOOTS = ("Chelsea Boot", "Chukka")

WARM_BROWN_SUEDE_BOOTS = [
    "Good afternoon. I wonder if you could help me; I'm looking for a pair of men's boots for my "
    "nephew, who is starting university in Scotland this autumn and will need something warm and "
    "sturdy. He takes a size 11, and I would prefer brown, suede if you have such a thing.",
    "warm sturdy mens boots size 11 brown suede",
    "need warm boots for men, brown suede, sz 11",
    "brown suede boots for a man, warm ones, US 11",
    "mens boots warm brown suede 11 pls",
    "looking for warm brown suede boots for my son, he's an 11",
]


@pytest.mark.parametrize("text", WARM_BROWN_SUEDE_BOOTS)
def test_warm_brown_suede_boots_show_boots(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    shown = listed(turn.shown)
    assert shown, turn.shown
    assert all(any(boot in line for boot in BOOTS) for line in shown), turn.shown
    assert "warm-weather" not in turn.shown and "Derby" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "warm shoes for men",
        "something warm for my feet, mens, for the winter",
        "warm winter shoes for men pls",
        "i need a warm jacket for men",
        "warm suede shoes for a man",
    ],
)
def test_warm_weather_is_never_warm(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "Ravello Suede Derby" not in turn.shown
    assert "Monaco Dinner Jacket" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "velvet boots for men",
        "mens patent leather boots size 10",
        "linen boots pls",
        "any velvet boots for a man?",
        "patent boots mens",
    ],
)
def test_the_kind_is_kept_before_a_material(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    shown = listed(turn.shown)
    assert shown and all(any(boot in line for boot in BOOTS) for line in shown), turn.shown
    assert "not boots" not in turn.shown
