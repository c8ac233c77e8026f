"""The main wish of a long first message searched first (stranger test 81,
docs/nlu/stranger-test-81.md, persona B, B1, worst problem 3).

"Hi there! So my husband Marcus has his firm's winter gala on the 12th of December and I'm after a
proper black silk bow tie, and if you have cufflinks or a pocket square that would be lovely too,
ideally the whole lot under $120." searched only "cufflinks|pocket squares" (none black), dropped
the bow tie, and printed "Your $120 is for the cufflinks|pocket squares, the cufflinks and the
pocket squares together". Right: the bow ties she is after listed first, the cufflinks (the shop
sells them) kept for next, and the budget line in words, never the search's joined kinds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from actions.budget_outfit_replies import budget_for_all_text
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say_and_keep

GALA = [
    "Hi there! So my husband Marcus has his firm's winter gala on the 12th of December and I'm "
    "after a proper black silk bow tie, and if you have cufflinks or a pocket square that would "
    "be lovely too, ideally the whole lot under $120.",
    "need a black silk bow tie for my husband's gala, and if you have cufflinks or a pocket "
    "square too, all under $120",
    "Looking for a black bow tie, silk, and cufflinks or a pocket square if you have them, whole "
    "lot under 120",
    "hi! a proper black silk bowtie please, and cufflinks or pocket square would be nice too, "
    "under $120 total",
    "I'm after a black silk bow-tie, and maybe cufflinks or a pocket square as well, ideally all "
    "under $120.",
]


def her_bow_ties(chat, extractor, text: str = GALA[0]):
    """B1 as she typed it (heard as a search): the turn, kept in the conversation."""
    return say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)


@pytest.mark.parametrize("text", GALA)
def test_the_bow_tie_is_searched_first(chat, extractor, text):
    """docs/nlu/stranger-test-81.md, B1: bow ties listed, the cufflinks said to come next, and no
    search's inner "|" in anything she reads."""
    turn = her_bow_ties(chat, extractor, text)

    rows = listed(turn.shown)
    assert rows and all("Bow Tie" in row for row in rows), turn.shown
    assert "Silk Self-Tie Bow Tie" in turn.shown, turn.shown
    assert "cufflinks" in turn.shown.lower(), turn.shown
    assert "|" not in turn.shown, turn.shown


def test_the_budget_for_the_lot_names_the_bow_ties(chat, extractor):
    """B1: "the whole lot under $120" is for the bow tie and the rest together, said in words."""
    turn = her_bow_ties(chat, extractor)

    assert "Your $120 is for the bow ties and the cufflinks" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("kinds", "said"),
    [
        (["cufflinks|pocket squares", "cufflinks", "pocket squares"],
         "Your $120 is for the cufflinks and the pocket squares together"),
        (["bow ties", "cufflinks|pocket squares", "cufflinks"],
         "Your $120 is for the bow ties and the cufflinks or pocket squares together"),
        (["heels|flats", "dresses"], "Your $120 is for the heels or flats and the dresses together"),
    ],
)  # fmt: skip
def test_kinds_either_of_which_will_do_are_said_in_words(kinds, said):
    """B1: a kind either of which will do ("cufflinks|pocket squares") reads as words in the
    budget line, and a kind within it is not named twice."""
    text = budget_for_all_text(Decimal(120), kinds)

    assert text.startswith(said), text
    assert "|" not in text, text
