"""docs/nlu/stranger-test-88.md, stranger 88 A1 (worst problem 1).

A1 "blk derbys sz 11 pls, on my feet all day shooting weddings" lost the kind "derbys" (the plural
of derby as often typed) and showed a women's 9 cm satin pump as "black comfortable products for
wedding". A kind said is the kind searched: his derbies in 11, never a women's heel for the
weddings he photographs."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, shown_titles

DERBIES = [
    "blk derbys sz 11 pls, on my feet all day shooting weddings",
    "black derbys in 11, I'm on my feet all day",
    "Derbys size 11 please",
    "need comfy derbys for weddings, 11",
    "any black derby's in an 11?",
    "black derbies size 11 for standing all day at weddings",
]


@pytest.mark.parametrize("text", DERBIES)
def test_derbys_are_derbies_never_a_womens_heel(chat, extractor, text):
    """A1: derbies are shown (in his 11), and no pump, heel or flat."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    titles = shown_titles(chat)
    assert titles, turn.shown
    assert all("Derby" in title for title in titles), titles
    assert "size 11" in turn.shown, turn.shown


SHOE_KIND_WORDS = [
    ("derbys in 10", "derbies"),
    ("any loafer's in a 10?", "loafers"),
    ("black oxford's size 10", "oxfords"),
    ("monk's in 10 pls", "monk straps"),
    ("a black pump's in 7", "heels"),
    ("brogue's in 9", "brogue"),
]


@pytest.mark.parametrize(("text", "kind"), SHOE_KIND_WORDS)
def test_every_shoe_kind_word_is_read_in_its_forms(chat, extractor, text, kind):
    """A1, the other shoe kinds: a plural as typed or a stray apostrophe keeps the kind."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    assert kind in turn.shown.lower(), turn.shown
    assert shown_titles(chat), turn.shown


WEDDINGS_WORKED = [
    "blk shoes sz 11 pls, on my feet all day shooting weddings",
    "black shoes 11, I photograph weddings so I'm standing all day",
    "need black shoes in 11 for filming a wedding",
    "comfy black shoes for working at weddings, size 11",
    "i shoot weddings, black shoes size 11 pls",
]


@pytest.mark.parametrize("text", WEDDINGS_WORKED)
def test_weddings_he_works_at_are_not_his_occasion(chat, extractor, text):
    """A1: "shooting weddings" is his work: no search "for wedding", and never a heel for it."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    assert "wedding" not in turn.shown.lower(), turn.shown
    assert not [t for t in shown_titles(chat) if "Pump" in t or "Stiletto" in t], turn.shown


WEDDINGS_GONE_TO = [
    ("black shoes size 11 for my friend's wedding", "wedding"),
    ("a black dress for a wedding, size 10", "wedding"),
    ("shoes for a shooting party, size 11", "party"),
]


@pytest.mark.parametrize(("text", "occasion"), WEDDINGS_GONE_TO)
def test_an_event_gone_to_is_still_the_occasion(chat, extractor, text, occasion):
    """A1's neighbours: a wedding gone to, and a shooting party, are still searched for."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    assert occasion in turn.shown.lower(), turn.shown
