"""Known misses found by the lead's replays of earlier stranger tests (see
docs/nlu/stranger-test-22.md/23.md's 'not fixed' lists): with two derbies just compared and one in
the cart, "exchange it for the other one pls" was heard as a return and got the exchanges policy,
the cart untouched.

A message trading one product for another it points at ("the other one", "the second one", a
product's name) is the add action's, which swaps the cart line (or, with nothing in the cart after
an order, says how an exchange works: tests/actions/test_known_misses_12b.py); one trading it for
another size or colour stays a return."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent

TRADES_FOR_ANOTHER = [
    "swap it for the other one",
    "exchange it for the other one pls",
    "can i swap it for the other one",
    "actually switch it for the other pair",
    "trade that for the second one",
    "could you exchange the carlton for the rutland",
]


@pytest.mark.parametrize("text", TRADES_FOR_ANOTHER)
@pytest.mark.parametrize("intent", ["return_order", "ask_return_policy"])
def test_a_trade_for_another_product_is_the_add_actions(extractor, text, intent):
    resolution = resolve_intent(intent, 0.72, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "add_to_cart", text


@pytest.mark.parametrize(
    "text",
    ["can i swap it for a bigger size", "can i swap these for the right size",
     "they sent the wrong colour, can i swap them", "i want to exchange them for the other size",
     "exchange for the right size please", "swap em for the black ones pls",
     "i want to return the other one"],
)  # fmt: skip
def test_a_trade_for_another_size_or_colour_stays_a_return(extractor, text):
    resolution = resolve_intent("return_order", 0.9, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "add_to_cart", text


@pytest.mark.parametrize("text", TRADES_FOR_ANOTHER[:3])
def test_the_trained_assistant_hands_a_trade_to_the_add_action(parse, text):
    assert parse(text) == "add_to_cart", text
