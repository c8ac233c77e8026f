"""Stranger test 18 (docs/nlu/stranger-test-18.md, a3): asking whether the dress in focus comes in a
colour, with one's size ("is there a sage one, im a M"), is a stock question, not a purchase; the
trained classifier must not hear "buy" in it (a purchase asks for a name and an address)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "is there a sage one, im a M",
        "is there a pink one? im a small",
        "got a blue one in L?",
        "does it come in sage? size m",
        "ok im usually a medium. do you have it in sage tho or only pink",
    ],
)
def test_a_colour_of_it_with_ones_size_is_no_purchase(parse, text):
    assert parse(text) in {"check_availability", "refine_search"}, text
