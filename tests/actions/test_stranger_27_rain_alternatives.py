"""Stranger test 27 (docs/nlu/stranger-test-27.md, persona Marta, #6; worst problem 6): with black
women's boots in EU 39 on screen, "the first one is waterproof? here rain all the time" got only "I
don't know from our catalog whether the Linnet Heeled Chelsea Boot is waterproof. Our team can tell
you: ...": honest, but no help finding something made for the rain.

The honest answer stays; then, where the catalog describes products of the same kind (for the same
people, in the size searched for) as waterproof, or else as rainproof (water-repellent, "shrugs off
rain"), those are offered, said as what the catalog says. Where it describes none so, nothing more
is said (never a warm boot passed off as one for the rain)."""

from __future__ import annotations

import csv

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say, search, shown_titles
from tests.conftest import DEMO_CATALOG

RAIN_WORDS = ("waterproof", "water-repellent", "rain")


def _descriptions() -> dict[str, str]:
    with DEMO_CATALOG.open(encoding="utf-8") as file:
        return {row["Title"]: row["Body (HTML)"] for row in csv.DictReader(file) if row["Title"]}


DESCRIPTIONS = _descriptions()


@pytest.mark.parametrize(
    "text",
    [
        "the first one is waterproof? here rain all the time",
        "is the first one waterproof",
        "first one waterproof? it rains a lot here",
        "is the 1st one ok in the rain",
        "will the first one keep my feet dry in rain?",
    ],
)
def test_not_knowing_it_of_one_offers_those_described_so(chat, extractor, text):
    search(chat, extractor, "ok and meantime show me black ankle boots for woman, size 39")
    first = shown_titles(chat)[0]

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert f"I don't know from our catalog whether the {first} is waterproof" in turn.shown
    assert "described as" in turn.shown and "boots for women in size 39" in turn.shown
    offered = listed(turn.text)
    assert offered
    for title in shown_titles(chat):
        assert title != first
        assert any(word in DESCRIPTIONS[title].lower() for word in RAIN_WORDS), title
    assert chat.slots["current_product"] == "linnet-heeled-chelsea-boot"


def test_nothing_more_when_none_of_the_kind_is_described_so(chat, extractor):
    search(chat, extractor, "show me heels for women")
    first = shown_titles(chat)[0]

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "is the first one waterproof? here rain all the time")  # fmt: skip

    print(turn.shown)
    assert f"whether the {first} is waterproof" in turn.shown
    assert "described as" not in turn.shown and not listed(turn.text)
