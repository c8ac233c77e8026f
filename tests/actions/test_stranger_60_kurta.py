"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Hamza, worst problem 6): "also for me
long shirt like kurta, white, size L" showed white shirts with no word on kurtas, and "no kurta?
ok linen shirt white is ok" left the question unanswered and size L out of the heading. Right: a
kind we don't sell named as a likeness ("like a kurta", "kind of a kaftan") is said to be unsold,
beside the nearest we have; "no kurta?" asks whether we sell them, and is answered so."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

LIKENESSES = [
    ("also for me long shirt like kurta, white, size L", "kurtas"),
    ("something like a kurta for me, white, L", "kurtas"),
    ("a white shirt kind of like a kaftan, size L", "kaftans"),
    ("long shirt for me, sort of a thobe, in L", "thobes"),
    ("i need a shirt similar to a dishdasha, white, large", "thobes"),
    ("a suit like a sherwani for a wedding, size 40R", "sherwanis"),
]
ASKED_IF_SOLD = [
    ("no kurta?", "kurtas"),
    ("u dont have kurta?", "kurtas"),
    ("no kurtas at all?", "kurtas"),
    ("so no kaftan?", "kaftans"),
    ("you have no abaya?", "abayas"),
]


def search(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)
    print(turn.shown)
    return turn


@pytest.mark.parametrize(("text", "kind"), LIKENESSES)
def test_a_kind_we_dont_sell_named_as_a_likeness_is_said_to_be_unsold(chat, extractor, text, kind):
    turn = search(chat, extractor, text)

    assert f"don't sell {kind}" in turn.shown
    assert listed(turn.shown), "the nearest we have is still shown"


def test_hamzas_shirt_like_a_kurta_keeps_white_and_size_l(chat, extractor):
    turn = search(chat, extractor, "also for me long shirt like kurta, white, size L")

    assert "don't sell kurtas" in turn.shown
    assert "white" in turn.shown and "size L" in turn.shown
    assert "Southwold Linen Shirt" in turn.shown


@pytest.mark.parametrize(("text", "kind"), ASKED_IF_SOLD)
def test_asked_whether_we_sell_a_kind_we_dont_is_answered(chat, extractor, text, kind):
    search(chat, extractor, "also for me long shirt like kurta, white, size L")

    turn = search(chat, extractor, text)

    assert f"don't sell {kind}" in turn.shown
    assert "other than" not in turn.shown


def test_no_kurta_then_the_linen_shirt_keeps_size_l(chat, extractor):
    search(chat, extractor, "also for me long shirt like kurta, white, size L")

    turn = search(chat, extractor, "no kurta? ok linen shirt white is ok")

    assert "don't sell kurtas" in turn.shown
    assert "Southwold Linen Shirt" in turn.shown
    assert "size L" in turn.shown
