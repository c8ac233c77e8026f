"""Life context said around a search, and wishes said in passing (docs/nlu/stranger-test-80.md,
B1 and B4, worst problem 5). "Hi there! So my daughter is graduating from nursing school on the
12th of next month ... I'm thinking a navy or cobalt blue dress, size 12, nothing over $200, and
I'll be standing in the sun for hours so nothing too heavy please" searched "nursing" dresses
("not for nursing or comfortable") and dropped "nothing too heavy"; "my feet swell in the heat so
if they run small tell me" under the heels got no word on fit. A school named for a job is the
shopper's life, never a product filter; "nothing too heavy" is a wish for lightweight things; a
fit asked in passing is answered under the list from the catalog's words (or that it says none)."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

NURSING_SCHOOL = [
    "Hi there! So my daughter is graduating from nursing school on the 12th of next month and I "
    "want to look smart but comfortable, I'm thinking a navy or cobalt blue dress, size 12, nothing "
    "over $200",  # the doc's, up to the weight
    "my daughter graduates nursing school next month, need a navy dress",
    "son just finished nursing college, looking for a navy dress for me for the ceremony",
    "a blue dress for my niece's nursing school graduation",
    "navy dress for my girls nursing graduation pls",
    "her graduation from nursing is on the 12th, i need a dress in navy",
]
NOT_TOO_HEAVY = [
    "a navy dress, I'll be standing in the sun for hours so nothing too heavy please",
    "navy dress nothing too heavy",
    "navy dress, not too heavy, its gonna be hot",
    "looking for a navy dress that isnt heavy",
    "a navy dress but not a heavy one pls",
]
RUN_SMALL = [
    "beige block heel pumps US 7.5, my feet swell in the heat so if they run small tell me",
    "beige block heels in 7.5, let me know if they run small",
    "beige block heels 7.5 - do they run small?",
    "beige block heels size 7.5, tell me if they come up small",
    "beige block heel pumps 7.5 and pls say if they run a bit small",
]


@pytest.mark.parametrize("text", NURSING_SCHOOL)
def test_a_nursing_school_is_no_filter(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B1: dresses, never "for nursing"."""
    turn = search(chat, extractor, text)

    shown = turn.shown.lower()
    assert "nursing" not in shown, turn.shown
    assert "dress" in shown, turn.shown


def test_a_nurse_still_gets_shoes_for_shifts(chat, extractor):
    """(control) "im a nurse" is still a job on one's feet."""
    turn = search(chat, extractor, "im a nurse, need shoes for 12 hour shifts")
    assert "nursing" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize("text", NOT_TOO_HEAVY)
def test_nothing_too_heavy_is_lightweight(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B1: "nothing too heavy" asks for light things."""
    turn = search(chat, extractor, text)

    query = next(e["value"] for e in turn.events if e.get("name") == "search_query")
    assert "lightweight" in (query.get("features") or []), query
    assert "lightweight" not in (query.get("not_features") or []), query


@pytest.mark.parametrize("text", RUN_SMALL)
def test_a_fit_asked_in_passing_is_answered_under_the_list(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B4: the heels, and what the catalog says of their fit."""
    turn = search(chat, extractor, text)

    shown = turn.shown
    assert "Lucia Block-Heel Pump" in shown, shown
    under = shown.split("Lucia Block-Heel Pump", 1)[1]  # under the list: its fit, quoted
    assert "catalog" in under and "true-to-size fit" in under, shown


def test_no_fit_note_without_the_question(chat, extractor):
    """(control) the heels alone: no word on fit."""
    turn = search(chat, extractor, "beige block heels in 7.5")
    assert "true-to-size" not in turn.shown, turn.shown
