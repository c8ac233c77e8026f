"""docs/nlu/stranger-test-90.md, B4 (worst problem 3): "please add the heels in size 8 and the
first bag to my cart, I'll think about the cufflinks" answered "I haven't shown you a cufflink
yet, so I haven't added one", as if she had asked for cufflinks. Right: "I'll think about the X",
"maybe later for the X", "hold off on the X", "the X can wait" name something not to add now: the
heels and the bag are added (or asked about), and nothing is said of adding cufflinks."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep, shown_titles

HEELS = "I need heels for a conference, nothing higher than a couple of inches, nude or tan, size 8"
BAGS = (
    "Wonderful. I'll also need a bag to go with it, something that goes on the shoulder and fits "
    "a tablet. Oh and my husband keeps hinting about cufflinks, do you sell silver ones?"
)
PUT_OFF = [
    "Lovely, please add the heels in size 8 and the first bag to my cart, "
    "I'll think about the cufflinks.",
    "add the heels in 8 and the first bag, maybe later for the cufflinks",
    "pls add the heels sz 8 and the 1st bag, hold off on the cufflinks for now",
    "add the heels in size 8 and the first bag please, i'll have a think about the cufflinks",
    "the heels in 8 and the first bag in my cart pls, cufflinks maybe later",
    "add the heels in size 8 and the first bag, the cufflinks can wait",
    "put the heels in size 8 and the first bag in my cart, let me think about the cufflinks",
]


def heels_opened_and_bags_listed(chat, extractor) -> str:
    """The heels listed and the second opened, then the bags listed (silver cufflinks asked
    about beside them); the first bag's title."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", HEELS)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the second one")
    bags = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", BAGS)
    assert shown_titles(chat), bags.shown
    return shown_titles(chat)[0]


@pytest.mark.parametrize("text", PUT_OFF)
def test_cufflinks_thought_about_are_not_asked_for(chat, extractor, text):
    """B4: the heels added in 8 and the first bag asked about (its colour); no word of having
    added no cufflinks, nor of cufflinks not yet shown."""
    first_bag = heels_opened_and_bags_listed(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "cufflink" not in turn.shown.lower(), turn.shown
    assert "haven't added" not in turn.shown, turn.shown
    assert "(US 8 / EU 38.5" in turn.shown, turn.shown
    assert first_bag in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("I'm thinking about a new bag", ["bags"]),
        ("thinking about getting cufflinks for my husband", ["cufflinks"]),
        ("add the heels and the cufflinks", ["heels", "cufflinks"]),
        ("i'll take the cufflinks", ["cufflinks"]),
        ("show me cufflinks, i'll think about the bag later", ["cufflinks"]),
        ("add the heels and the bag maybe later the cufflinks", ["heels", "bags"]),
    ],
)
def test_a_kind_wished_is_still_found(extractor, text, wished):
    """Thinking of buying one is a wish: the kind is still found; one thought about is not."""
    kinds = [e.value for e in extractor.extract(text) if e.entity == "category" and not e.role]

    assert kinds == wished, kinds
