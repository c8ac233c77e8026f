"""Stranger test 52 (docs/nlu/stranger-test-52.md, worst problems 2 and 4).

Problem 2 (Harriet, turn 5): with a gown opened, "Would you have some nude or tan heels that go
with it that aren't crazy high? I'll be standing on cobbles." got "The Genevieve Off-Shoulder Gown
doesn't come in tan": a new kind in colours of its own, with a low heel ("aren't crazy high"),
is heels to look for, the lowest first, never a colour question about the gown.

Problem 4 (Harriet, turn 4): "can you check which of those come in a 6?" under dresses up to
$250 offered gowns at $489 to $620 in size 6: what is offered instead keeps the budget."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import listed, prices_listed, say
from tests.actions.test_stranger_52_pink_not_the_tie import EMERALD

HEELS = [
    "I love the first one. Would you have some nude or tan heels that go with it that aren't "
    "crazy high? I'll be standing on cobbles.",
    "any nude or tan heels to go with it? not too high",
    "tan heels that go with it, nothing crazy high pls",
    "would nude heels go with it? ones that aren't too high",
    "do you have tan or nude heels that aren't crazy high to wear with it",
]


@pytest.mark.parametrize("intent", ["check_availability", "search_products"])
@pytest.mark.parametrize("text", HEELS)
def test_low_nude_or_tan_heels_for_the_gown(chat, extractor, text, intent):
    say(chat, extractor, ActionSearchProducts(), "search_products", "gowns in size 6")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the genevieve")
    action = ActionCheckAvailability() if intent == "check_availability" else ActionSearchProducts()

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert "doesn't come in" not in turn.text
    lines = listed(turn.text)
    assert lines, turn.text
    assert not any(re.search(r"Stiletto|Platform|Delphine|Odette", line) for line in lines), lines


SIX = [
    "Hmm, also I've been doing a lot of pilates lately so I might be more of a 6 now, can you "
    "check which of those come in a 6?",
    "which of those come in a 6?",
    "do any of them come in size 6?",
    "any of these in a 6?",
    "can you check which come in 6",
]


@pytest.mark.parametrize("text", SIX)
def test_size_six_of_the_list_keeps_the_budget(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", EMERALD)
    say(
        chat, extractor, ActionSearchProducts(), "search_products",
        "can you show me something in dusty pink or blush instead, I'd go up to $250",
    )  # fmt: skip

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    assert all(price <= 250 for price in prices_listed(turn.text)), turn.text
    assert "Gown" not in turn.text or "$489" not in turn.text
