"""Stranger test 69 (docs/nlu/stranger-test-69.md, run 1 B3, worst problem 3 and its "Fixed since"
note): "Something in size 8 that won't soak through in a puddle" was read as rainproof by the
trained model, but as rainproof *and* waterproof without it ("puddle" taken for a typo of
"puddles"), so the reply hung on the language model. The lexicon now reads the puddle itself: one
wish, waterproof; nothing is sold as waterproof, so that is said, with the nearest (the
water-repellent Wren boot) first, and never "rainproof waterproof"."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

PUDDLES = [
    "And the walking shoes? Something in size 8 that won't soak through in a puddle but still "
    "looks nice enough for dinner, not trainers please",
    "womens shoes size 8 that wont soak thru in a puddle, no trainers",
    "walking shoes for women in an 8 i can step in a puddle with",
    "ladies boots size 8 that won't get wet in a puddle",
    "women's size 8 shoes, won't soak through in puddles pls",
]


@pytest.mark.parametrize("text", PUDDLES)
def test_a_puddle_is_one_wish_read_without_the_language_model(chat, extractor, text):
    """docs/nlu/stranger-test-69.md, run 1 B3 (worst problem 3, its Fixed since note)."""
    said = [e for e in extractor.extract(text) if e.entity == "feature"]
    assert [e.value for e in said] == ["waterproof"], said

    search(chat, extractor, "a raincoat for me, women's size medium")
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "Wren Suede Chelsea Boot" in turn.text
    assert "rainproof waterproof" not in turn.text
    assert "for men" not in turn.text
    assert searched(turn).get("gender") == "female"
