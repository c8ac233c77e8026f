"""Stranger test 73 (docs/nlu/stranger-test-73.md, persona B, message B2, worst problem 6).

Under wedding dresses, "Ooh, could you show me something in a warmer colour, like burgundy or rust
or mustard?" got "Nothing in stock is all of that at once (burgundy or rust or mustard warm dresses
...)": "a warmer colour" was read as warmth (the feature for the cold). Warm colours, warm tones,
a warmer colour are colours: the catalog's reds, burgundies, browns and tans."""

from __future__ import annotations

import pytest

from commerce.lexicon import load_lexicon
from commerce.search import COLOUR_ALTERNATIVES
from tests.actions.conversation_driver import search, searched

B1 = (
    "Hi there! So I've been invited to my cousin's barn wedding in October, very rustic autumn "
    "vibe, and I need a dress plus some boots to go with it. My budget is $300 for both together, "
    "I'm a size 8 in dresses and a 7 in shoes. What do you have?"
)

WARMER_COLOURS = [
    "Ooh, could you show me something in a warmer colour, like burgundy or rust or mustard? "
    "Nothing too fancy, it's in a barn after all!",
    "anything in warmer colours?",
    "do u have them in warm tones",
    "something in a warm color pls, like rust",
    "show me warmer colors, nothing too fancy",
    "any in warmer shades? autumn vibe",
]
WARM_COLOURS = {"red", "burgundy", "orange", "rust", "yellow", "mustard", "brown", "tan", "cognac"}


@pytest.mark.parametrize("text", WARMER_COLOURS)
def test_a_warmer_colour_is_a_colour_not_warmth(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, B2 (problem 6)."""
    search(chat, extractor, B1)

    turn = search(chat, extractor, text)

    print(turn.shown)
    query = searched(turn)
    assert "warm" not in (query.get("features") or []), query
    colours = set((query.get("colour") or "").split(COLOUR_ALTERNATIVES))
    assert "burgundy" in colours and colours <= WARM_COLOURS, query
    assert query.get("category") == "dresses" and query.get("size") == "m", query
    assert "warm dresses" not in turn.shown
    # The wedding dress in red (the Calla Pleated Midi) is one; not "nothing is all of that".
    assert "Calla Pleated Midi Dress" in turn.shown
    assert "Nothing in stock" not in turn.shown


@pytest.mark.parametrize(
    "text", ["warm boots for winter", "i need something warmer, its freezing", "warm coat pls"]
)
def test_warm_alone_is_still_warmth(extractor, text):
    """A warm coat is still one for the cold; only the colour words are colours."""
    found = extractor.extract(text)

    assert any(e.entity == "feature" and e.value == "warm" for e in found), found
    assert not any(e.entity == "colour" for e in found), found


def test_the_warm_colours_are_colours_the_lexicon_knows():
    """Every warm colour is one of the lexicon's colour words (the catalog's, or a family's)."""
    lexicon = load_lexicon()
    assert set(lexicon.colour_families) >= WARM_COLOURS, lexicon.colour_families
