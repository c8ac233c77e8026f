"""Stranger test 56 (docs/nlu/stranger-test-56.md, persona Priya #1; worst problem 1): "coordinating
outfits, nothing too matchy-matchy, maybe a navy dress for me ... and something navy for him, like
a blazer, he's a 42R" got "Matching navy evening dresses ... take 2 of the same one": a satin gown
for her husband too, and no blazer.

A couple's coordinating outfits with a kind named for each are her kind and his kind, in the
colour asked: a dress for her and a blazer for him, never two of one gown."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

PRIYA = (
    "Hi there! So my husband and I are celebrating our 10th anniversary next month and we're "
    "taking a little trip to Vienna for the Christmas markets and a fancy dinner — I'd love us to "
    "have coordinating outfits, nothing too matchy-matchy, maybe a navy dress for me (I'm usually "
    "a medium) and something navy for him, like a blazer, he's a 42R I think. Budget is around "
    "$400 for both together if possible!"
)


@pytest.mark.parametrize(
    "text",
    [
        PRIYA,
        "coordinating outfits for me and my husband: a navy dress for me and a navy blazer for him",
        "my boyfriend and I want matching outfits, a blazer for him and a dress for me, in navy",
        "coordinated looks for me and my hubby please, dress for me, blazer for him",
        "me and my husband need coordinating outfits, navy dress and navy blazer",
    ],
)
def test_her_dress_and_his_blazer(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "of the same one" not in turn.text
    assert "For him:" in turn.text and "For her:" in turn.text, turn.text
    his = turn.text.split("For him:")[1].split("For her:")[0]
    hers = turn.text.split("For her:")[1]
    assert "Blazer" in his and "Dress" not in his and "Gown" not in his, his
    assert "Dress" in hers or "Gown" in hers, hers
