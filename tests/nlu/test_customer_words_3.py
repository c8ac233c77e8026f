"""Buying and order tracking in shoppers' slang, read by the trained model (issue 8): "bag me a pair
of those brogues" or "gimme those in a 10" is buying the product on screen, not a new search, and
"yo wheres my loafers at" asks after an order. A plain search that names the same kinds of product
stays a search. Messages from helper nludata's own probe and the misses it was given (never
trained on); each group holds messages the model once misread."""

from __future__ import annotations

import pytest

SEARCHES = {"search_products", "refine_search"}


@pytest.mark.parametrize(
    "text",
    ["bag me a pair of those brogues", "i'll take the brogues", "gimme those in a 10",
     "get me them sandals in a 7", "put me down for the red heels size 38",
     "cop those jordans for me"],
)  # fmt: skip
def test_buying_in_slang_is_buying(parse, text):
    assert parse(text) == "buy"


@pytest.mark.parametrize(
    "text",
    ["yo wheres my loafers at", "where my trainers at, ordered them monday",
     "wheres me boots?? been 6 days", "oi my sneakers still havent turned up",
     "any news on them heels i ordered"],
)  # fmt: skip
def test_asking_after_ordered_goods_in_slang_is_order_status(parse, text):
    assert parse(text) == "order_status"


@pytest.mark.parametrize(
    "text",
    ["show me brogues", "brown loafers in a 10", "got any chelsea boots", "red heels size 38",
     "cheap sneakers for the gym", "sandals for a beach holiday"],
)  # fmt: skip
def test_a_search_naming_the_same_kinds_stays_a_search(parse, text):
    assert parse(text) in SEARCHES
