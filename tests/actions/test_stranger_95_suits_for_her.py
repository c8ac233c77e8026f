"""docs/nlu/stranger-test-95.md, B1 and B3 (worst problems 3 and 5).

B1: "a navy or charcoal trouser suit, or maybe a skirt suit ... in a size 12, ideally under $400
for the suit" got a button for men's suits over budget and men's trousers in waist sizes; nothing
said whether suits for women are sold. Right, from the catalog: a trouser suit, a skirt suit, a
pantsuit is a woman's suit, one kind (not trousers, not a skirt); every suit here is men's, so she
is told so, with the suits' lowest price against her budget ("they start at $419, over your
$400"), and the kinds the store has for her; never men's trousers as the nearest.

B3: "Also a blouse, white or ivory, silky not see-through, size 12" got "You asked for suits too"
before "we don't sell blouses", then only the departments. Right: the answer first (no blouses,
and what the store has for her: a blouse is a woman's, every shirt here is men's), the reminder of
the other kind after it."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say, say_and_keep, search, searched
from tests.actions.test_stranger_95_express_kept import B1

SUITS_FOR_HER = [
    B1,  # the doc's
    "need a navy trouser suit for an interview, size 12, max $400",
    "do u have skirt suits? charcoal, sz 12, under 400",
    "Looking for a pantsuit in navy, size 12, budget $400 for the suit",
    "a charcoal pant suit in a 12 under $400 pls",
    "Any trouser suits or skirt suits in navy? Size 12, under $400 ideally",
]


@pytest.mark.parametrize("text", SUITS_FOR_HER)
def test_b1_a_womans_suit_is_answered_honestly(chat, extractor, text):
    turn = search(chat, extractor, text)
    shown = turn.shown

    assert "we don't have suits for women" in shown, shown
    assert "our suits are all men's" in shown, shown
    assert "start at $419.00, over your $400" in shown, shown
    # No men's trousers or suits listed as hers, and the kinds the store has for her.
    assert "Trousers" not in shown and "1. " not in shown, shown
    assert "For women" in shown, shown
    assert {"Dresses", "Gowns"} & {button["title"] for button in turn.buttons}, turn.buttons


BLOUSES = [
    "Lovely. I'll also need a blouse to go under it, white or ivory, something silky but not "
    "see-through, size 12 as well, and not too pricey since the suit is already my splurge.",
    "also need a blouse, white or ivory, size 12, nothing pricey as the suit is my splurge",
    "do u have a silky white blouse in a 12? the suit was expensive enough lol",
    "Any ivory blouses, size 12? Not too expensive please, the suit is the big spend",
    "and a white blouse pls, size 12",
]


@pytest.mark.parametrize("text", BLOUSES)
def test_b3_the_blouse_is_answered_first_with_what_she_can_have(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    turn = search(chat, extractor, text)
    shown = turn.shown

    first = turn.messages[0].get("text") or ""
    assert first.startswith("Sorry, we don't sell blouses") and "for women" in first, shown
    # "since the suit is already my splurge": no second wish, so no suits searched now.
    assert searched(turn).get("category") == "blouses", searched(turn)
    assert {"Dresses", "Gowns"} & {button["title"] for button in turn.buttons}, turn.buttons
    assert "1. " not in shown, shown  # never a men's shirt as hers


# B2: "tell me more" of the first one listed, with its stock in her size: both answered.
MORE_AND_STOCK = [
    "Oh those look nice, could you tell me a bit more about the first one, and is it actually in "
    "stock in a M?",
    "tell me more about the first one, and is it in stock in M?",
    "more details on the 1st one pls, and do u have it in M",
    "Can you tell me a little more about the first one? Is it available in a medium?",
    "the first one - tell me more about it and is it in stock in size M?",
]


@pytest.mark.parametrize("text", MORE_AND_STOCK)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionCheckAvailability, "check_availability"),
        (ActionSelectProduct, "select_product"),
    ],
)
def test_b2_tell_me_more_and_the_stock_are_both_answered(chat, extractor, text, action, intent):
    listed_first = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "womens dresses for the office"
    )
    first = re.search(r"1\. (.+?) by ", listed_first.shown).group(1)

    turn = say(chat, extractor, action(), intent, text)
    shown = turn.shown

    # Tell me more: its details ("Ottilie Shift Dress by Sable & Thread: $309.95." and on).
    assert re.search(rf"{re.escape(first)} by [^\n]+: \$", shown), shown
    assert "in stock in M" in shown or "size M" in shown, shown  # and its stock in M
