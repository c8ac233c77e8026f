"""Stranger test 58 (docs/nlu/stranger-test-58.md, persona Linh #8, worst problem 1): "ok i take
blue L" for the Chancery Non-Iron Shirt, sold in collar sizes, only repeated the blue collar sizes
in stock: no purchase started, no size asked.

Taking it in a colour and a letter size is a purchase: it starts in that colour, says the letter
size isn't one of the shirt's collar sizes, and asks which collar size, a button for each."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from shop_nlu.entity import Entity
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say_and_keep

TAKES = [
    "ok i take blue L",
    "i take the blue in L",
    "ill take blue, size L",
    "ok i get blue XL",
    "i'll take white M pls",
]


@pytest.mark.parametrize("text", TAKES)
def test_taking_it_in_a_colour_and_size_is_a_purchase(extractor, text):
    entities = [Entity(e.entity, e.value, e.start, e.end, e.role) for e in extractor.extract(text)]
    resolved = resolve_intent("check_availability", 0.6, entities, text, None)
    assert resolved is not None and resolved.intent == "buy", resolved


@pytest.mark.parametrize("text", TAKES)
def test_a_letter_size_of_a_collar_shirt_asks_the_collar(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "man shirt, nice one not too expensiv, under 80")  # fmt: skip
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the chancery shirt")

    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)

    letter = text.split()[-1] if "pls" not in text else "M"
    letter = letter.strip(",").upper()
    assert "Chancery Non-Iron Shirt" in turn.shown
    assert f"isn't made in size {letter}" in turn.shown, turn.shown
    assert "collar size" in turn.shown.lower()
    buttons = [b for m in turn.messages for b in m.get("buttons") or []]
    assert "16" in [b["title"] for b in buttons], buttons

    # The collar tapped: that purchase goes on in the colour taken.
    tapped = next(b for b in buttons if b["title"] == "16")
    entities = [{"entity": "product_handle", "value": "chancery-non-iron-shirt"},
                {"entity": "size", "value": "16"}]  # fmt: skip
    if '"colour"' in tapped["payload"]:
        entities.append(
            {"entity": "colour", "value": tapped["payload"].split('"colour": "')[1][:-2]}
        )
    chosen = chat.run(ActionStartCheckout(), "buy", tapped["payload"], entities)
    colour = "White" if "white" in text else "Blue"
    assert f"16, {colour}" in chosen.shown, chosen.shown
