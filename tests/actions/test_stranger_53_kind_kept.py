"""Stranger test 53 (docs/nlu/stranger-test-53.md, worst problems 3 and 7).

Problem 3 (Rachel, turn 2): pastel dresses on screen, then "a bit too dressy for a garden party,
is there anything more floaty and relaxed, maybe in light blue or a soft pink?" got pink
sneakers: a change of wish about the dresses in view keeps the dresses, in light blue or pink,
the floaty ones (the catalog's "airy", "fluid", "flutter sleeves") first.

Problem 7 (Linh, turn 3): black boots in size 7, then "under 120 pls" showed sneakers under $120:
a budget keeps the kind, so the nearest boots over it are shown. In turn 2, "not to high heel" was
lost: it is a low heel, as "not too high" is."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say, searched, shown_titles
from tests.actions.test_stranger_53_owned_and_exchange import RACHEL

TOO_DRESSY = [
    "Oh those are lovely but honestly a bit too dressy for a garden party, is there anything more "
    "floaty and relaxed, maybe in light blue or a soft pink?",
    "bit too dressy tbh, anything floaty in light blue or pink?",
    "those are too formal for a garden party, something more floaty, light blue or soft pink",
    "hmm a little too dressy for me, anything more relaxed and floaty? light blue or soft pink",
    "too dressy! something flowy maybe in light blue or a soft pink",
]


@pytest.mark.parametrize("text", TOO_DRESSY)
def test_too_dressy_keeps_the_dresses_in_view(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", RACHEL)
    assert all("dress" in title.lower() for title in shown_titles(chat))

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "sneaker" not in turn.text.lower()
    titles = shown_titles(chat)
    assert titles and all("dress" in title.lower() for title in titles), titles
    query = searched(turn)
    assert query["category"] == "dresses"
    assert "pink" in str(query.get("colour")) and "blue" in str(query.get("colour"))
    assert "floaty" in (query.get("features") or []), query


@pytest.mark.parametrize(
    "text",
    [
        "blak ankle boot size 7 not to high heel",
        "black boots size 7 not too high",
        "ankle boots, heel not to high pls",
        "boots that aren't crazy high",
        "black boots nothing to high",
    ],
)
def test_not_to_high_is_a_low_heel(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "hi need boots womens")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "low heel" in searched(turn).get("features", []), searched(turn)
    lines = listed(turn.text)
    assert lines and "Boot" in lines[0] and "Heeled" not in lines[0], lines


@pytest.mark.parametrize("budget", ["under 120 pls", "under 120", "max 120", "below $120 pls"])
def test_a_budget_under_boots_keeps_the_boots(chat, extractor, budget):
    say(chat, extractor, ActionSearchProducts(), "search_products", "hi need boots womens")
    say(chat, extractor, ActionSearchProducts(), "search_products", "blak ankle boot size 7")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", budget)

    print(turn.text)
    lines = listed(turn.text)
    assert lines and all("Boot" in line for line in lines), lines
    assert "sneaker" not in turn.text.lower()
    assert "over your budget" in turn.text
