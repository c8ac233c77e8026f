"""A colour asked about for the dresses shown, said with a colour the shopper fears on herself
(docs/nlu/stranger-test-85.md, B2): after two red or green dresses at $109, "which of them is
the cheapest, and does it come in green because I think red might clash with my hair?" got each
dress in red (Burgundy, Red). Red is the colour to avoid, green the one asked: now the Vivienne
Velvet Dress in green (the Calla is not made in it), never red, and never a suit for "red
doesn't suit me" nor a washing answer for "red washes me out"."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say_as_heard, search

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
}
# What the model may hear (it heard the doc's message as refine_search, resolved to a pick).
HEARD = ["select_product", "refine_search", "check_availability"]
DRESSES = (
    "Hi there! So my office Christmas party is on December 11th and I need a red or green dress "
    "in a size M, nothing over $150"
)
GREEN_NOT_RED = [
    "Oh those look lovely, which of them is the cheapest, and does it come in green because I "
    "think red might clash with my hair?",  # the doc's
    "which of them is the cheapest, and does it come in green, not red, it washes me out",
    "which is cheapest? does it come in green? red isnt my colour",
    "which one is the cheapest and do they come in green, red doesnt really suit me",
    "anything but red, which is the cheapest and does it come in green",
    "which of those is cheapest, and is it available in green? red would clash with my hair",
]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", GREEN_NOT_RED)
def test_green_is_the_colour_asked_not_the_red_she_fears(chat, extractor, text, heard):
    """docs/nlu/stranger-test-85.md, B2: the Vivienne in green; no red, no suits, no washing."""
    search(chat, extractor, DRESSES)

    shown = _said(chat, extractor, heard, text).shown

    assert "I found" not in shown and "Suit" not in shown, shown  # no new search
    assert "Vivienne Velvet Dress" in shown and "(Green)" in shown, shown
    assert "in stock" in shown, shown
    assert "Burgundy" not in shown and "(Red)" not in shown, shown
    assert "wash" not in shown.lower(), shown
    if "Calla Pleated Midi Dress" in shown:
        assert "not made in green" in shown, shown


FEARED = [
    "red might clash with my hair",
    "red isnt my colour",
    "red is not really my color",
    "red's not my colour",
    "red washes me out",
    "red doesn't suit me",
    "red would look awful on me",
    "not red, it washes me out",
]
WISHED = [
    "red is my colour",
    "red's my colour",
    "a red dress in M",
    "does red suit a wedding",
    "red or green dress please",
]


@pytest.mark.parametrize("text", FEARED)
def test_a_colour_feared_is_ruled_out(extractor, text):
    """docs/nlu/stranger-test-85.md, B2: a colour said as one not wanted is never the wish."""
    colours = [(e.value, e.role) for e in extractor.extract(text) if e.entity == "colour"]
    assert colours == [("red", "excluded")], colours
    assert not [e for e in extractor.extract(text) if e.entity == "category"], text


@pytest.mark.parametrize("text", WISHED)
def test_a_colour_wished_stays_wished(extractor, text):
    """The reading stays on fears: "red is my colour" is still a wish for red."""
    colours = [(e.value, e.role) for e in extractor.extract(text) if e.entity == "colour"]
    assert ("red", None) in colours, colours


@pytest.mark.parametrize(
    "text", ["whats the most expensive suit you have", "a navy suit her size", "a suit for him"]
)
def test_a_suit_asked_for_stays_a_suit(extractor, text):
    """ "Suit me" is a verb; "the suit you have" is still a suit."""
    assert "suits" in [e.value for e in extractor.extract(text) if e.entity == "category"], text
