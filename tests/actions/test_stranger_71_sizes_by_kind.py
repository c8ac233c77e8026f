"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona B, message B1): "I'm a 42R in the
jacket, 34 waist and a 10.5 in shoes" saved 10.5 as his waist and searched the suits in 10.5.
Each size goes with the kind it is said with: the suit's size is the one the search uses, and each
is kept in the profile under its own kind."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched, sizes_kept

# (message, suit size searched, sizes kept by kind)
SIZES_TOLD_TOGETHER = [
    (
        "I need a light-coloured suit, plus a shirt and a pair of loafers to go with it. "
        "I'm a 42R in the jacket, 34 waist and a 10.5 in shoes.",
        "42r",
        {"suits": "42r", "waist": "34", "shoes": "10.5"},
    ),
    (
        "a beige suit please, i'm a 40 long, 32 waist, 9 shoe",
        "40l",
        {"suits": "40l", "waist": "32", "shoes": "9"},
    ),
    (
        "looking for a summer suit. jacket 44R, trousers 36, shoes 11",
        "44r",
        {"suits": "44r", "waist": "36", "shoes": "11"},
    ),
    (
        "a linen suit for me: I'm 42 regular in jackets, a 34 waist and size 10 in shoes",
        "42r",
        {"suits": "42r", "waist": "34", "shoes": "10"},
    ),
    (
        "need a grey suit, I'm a 38R, 30 waist, and an 8.5 in shoes",
        "38r",
        {"suits": "38r", "waist": "30", "shoes": "8.5"},
    ),
]


@pytest.mark.parametrize(
    ("message", "suit", "kept"), SIZES_TOLD_TOGETHER, ids=lambda m: str(m)[:40]
)
def test_each_size_goes_with_its_own_kind(chat, extractor, demo_store_url, message, suit, kept):
    """docs/nlu/stranger-test-71.md, message B1."""
    turn = search(chat, extractor, message)

    print(turn.text)
    assert searched(turn).get("size", "").lower() == suit
    assert "size 10.5 in trousers" not in turn.text
    got = {k: v.lower() for k, v in sizes_kept(demo_store_url).items()}
    assert {k: got.get(k) for k in kept} == kept, got


def test_the_shirt_and_loafers_are_kept_for_later(chat, extractor):
    """docs/nlu/stranger-test-71.md, message B1: the shirt and loafers asked in the same message."""
    turn = search(chat, extractor, SIZES_TOLD_TOGETHER[0][0])

    print(turn.text)
    assert "Riviera Linen Suit" in turn.text
    titles = [button["title"].lower() for button in turn.buttons]
    assert any("shirt" in title for title in titles), titles
    assert any("loafer" in title for title in titles), titles
