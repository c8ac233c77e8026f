"""Stranger test 78 (docs/nlu/stranger-test-78.md, persona A, A1 and A4, worst problem 9).

Jake typed "need shirt n tie for my sis wedding. blue or navy. got like 120 for both" and got the
Belgravia Twill Dress Shirt ($89.95) with no word about the tie: "n" was no "and", and "for my sis
wedding" was read as what the shirt goes with. Then, the shirt opened, "wat tie goes w it" listed
four ties, every one over the $30.05 his $120 leaves after the shirt, and nothing said so. Right:
the tie half is said, with a button for ties, and the ties that go with the shirt say what is left
of the $120 and that they are over it (those within it, if any, first)."""

from __future__ import annotations

import json

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowProductDetails
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import ActionConversation, say_and_keep

A1 = "need shirt n tie for my sis wedding. blue or navy. got like 120 for both"

SHIRT_AND_TIE = [
    A1,
    "need a shirt and a tie for my sisters wedding, blue or navy, 120 for both",
    "shirt n tie for my bro's wedding pls, navy, got 120 for both",
    "lookin for a shirt + tie for my cousins wedding. blue. 120 for the both",
    "i need a shirt & tie for my wedding, blue or navy, 120 total",
    "need shirt n tie for a wedding, blue, like 120 altogether",
]


@pytest.mark.parametrize("text", SHIRT_AND_TIE)
def test_the_tie_half_is_said_with_a_button(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, A1: the tie is not silently dropped."""
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "Belgravia Twill Dress Shirt" in turn.shown, turn.shown
    assert "ask me for the ties" in turn.shown, turn.shown
    searches = [json.loads(b["payload"].removeprefix("/search_products")) for b in turn.buttons
                if b["payload"].startswith("/search_products")]  # fmt: skip
    assert any(search.get("category") == "ties" for search in searches), turn.buttons
    assert "$120" in turn.shown and "together" in turn.shown, turn.shown  # for both


@pytest.mark.parametrize(
    "text",
    [
        "need a belt for my jeans and shoes",  # what the belt goes with: no second wish
        "a belt for my jeans n shoes",
    ],
)
def test_what_it_goes_with_is_still_no_second_kind(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "then ask me for" not in turn.shown, turn.shown


def shirt_opened(chat: ActionConversation, extractor) -> None:
    """A1-A3: the shirt and tie asked for, $120 for both; collar 15.5; the shirt opened."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "collar 15.5")
    say_and_keep(chat, extractor, ActionShowProductDetails(), "product_details", "the first one")


TIE_FOR_IT = [
    "wat tie goes w it",
    "what tie goes with it",
    "which tie would match it?",
    "tie to go with it?",
    "n a tie that goes w it pls",
]


@pytest.mark.parametrize("text", TIE_FOR_IT)
def test_ties_for_the_shirt_say_what_is_left_of_the_budget(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, A4: $120 - $89.95 = $30.05 left; every tie is over it."""
    shirt_opened(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    assert "Tie" in turn.shown, turn.shown
    assert "$30.05 is left" in turn.shown, turn.shown
    assert "over that" in turn.shown, turn.shown


def test_the_ties_button_after_the_shirt_keeps_to_what_is_left(chat, extractor):
    """The [Ties] button of A1, tapped once the shirt is opened: ties within $30.05, or the
    closest above it, said so."""
    first = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionShowProductDetails(), "product_details", "the first one")
    payload = next(b["payload"] for b in first.buttons if '"ties"' in b["payload"])
    entities = [
        {"entity": name, "value": value}
        for name, value in json.loads(payload.removeprefix("/search_products")).items()
    ]

    turn = chat.run(ActionSearchProducts(), "search_products", "", entities)

    print(turn.shown)
    assert "$30.05" in turn.shown, turn.shown
    assert "Tie" in turn.shown, turn.shown
