"""Stranger test 62 (docs/nlu/stranger-test-62.md, persona Gloria #1, worst problem 4): "my budget
is around $200 but I could stretch a little" was read as a stretch-fabric filter ("black stretch
dresses"), leaving one velvet dress. "Stretch" said of the budget or money ("could stretch a
little", "can stretch a bit", "stretch my budget", "could stretch to 250") is how firm the budget
is, never the stretch feature; "stretchy", or "stretch" beside the garment, still is."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

GLORIA_1 = (
    "Hi there! So I'm a pianist and I've got a solo recital at the end of next month at our little "
    "community arts centre, and the dress code for performers is all black, floor length ideally, "
    "nothing sparkly because the stage lights bounce off it. I'm usually a size 8 or a medium, and "
    "my budget is around $200 but I could stretch a little for the right dress. I'll also need "
    "some black flats I can actually pedal in, women's 7.5, no heel at all!"
)
BUDGET_STRETCHES = [
    GLORIA_1,
    "black dress, budget around $200 but I could stretch a little",
    "black dresses under 150, can stretch a bit if its worth it",
    "black dress about $180, i could stretch my budget for the right one",
    "a black dress for 150, could stretch to 250",
    "black dress max 200 but i can stretch a tad",
    "looking for a black dress, i can stretch the budget slightly, say 200",
]


@pytest.mark.parametrize("message", BUDGET_STRETCHES, ids=lambda m: m[:40])
def test_stretching_a_budget_is_no_stretch_fabric(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "stretch" not in turn.shown.lower(), turn.shown
    assert listed(turn.shown), turn.shown


@pytest.mark.parametrize(
    "message", ["stretchy black dress", "a black dress with some stretch in it"]
)
def test_stretch_of_the_garment_is_still_the_feature(extractor, message):
    assert any(e.entity == "feature" and e.value == "stretch" for e in extractor.extract(message))


FLOOR_LENGTH = [
    GLORIA_1,
    "black dress, floor length, size M",
    "a floor-length black dress under 300",
    "black maxi dress in M",
    "looking for something black and floor length for a recital",
    "all black floor lenght dress pls",
]


@pytest.mark.parametrize("message", FLOOR_LENGTH, ids=lambda m: m[:40])
def test_floor_length_is_searched_or_said(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    shown = turn.shown.lower()
    assert "floor-length" in shown or "floor length" in shown or "maxi" in shown, turn.shown
