"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona A message 2, worst problem 8): "i need
warm sweter for woman" got "Sorry, we don't sell sweaters. I have nothing close for women", though
the next message found warm women's boots. Nothing close to a sweater is for her (the blazers and
shirts nearest to one are men's), and that is still said; but what she needs it for is warmth, so
the warm things we have for women are shown, said to be no sweaters, never passed off as them."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import DEMO_TITLES, listed, search, searched

WARM_FOR_HER = [
    "i need warm sweter for woman",
    "warm sweater for women please",
    "a warm jumper for me, ladies",
    "womens cardigan, something warm",
    "looking for a cosy knit pullover for a woman",
]


@pytest.mark.parametrize("text", WARM_FOR_HER)
def test_the_warm_things_for_her_are_shown(chat, extractor, text):
    """docs/nlu/stranger-test-71.md, persona A message 2 (worst problem 8)."""
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "we don't sell" in turn.text.lower()  # honest about the sweaters
    assert "warm products for women we do have, none of them" in turn.text
    assert "Chelsea Boot" in turn.text  # the warm boots she found next
    shown = listed(turn.text)
    assert shown, turn.text
    titles = set(DEMO_TITLES.values())
    assert all(any(title in line for title in titles) for line in shown)
    assert "for men" not in turn.text and "Blazer" not in turn.text
    assert searched(turn).get("gender") == "female"


def test_a_sweater_for_her_without_warmth_still_gets_nothing_close(chat, extractor):
    """Nothing asked beyond the kind: nothing close for her, and the kinds we have for her."""
    turn = search(chat, extractor, "a sweater for my wife")

    print(turn.text)
    assert "nothing close for women" in turn.text
