"""Known leftovers (task fixK, item 1): "green dress for 200", "shoes for 80", "need a blazer for
150 max": "for <number>" after a kind named is what the shopper means to spend, a ceiling. Not
when the number is a size of that kind ("shoes for 9"), a quantity ("a table for 4"), a time or a
day ("a dress for 8pm", "a suit for the 12th")."""

from __future__ import annotations

import pytest


def prices(extractor, text: str) -> set[tuple[str, str]]:
    return {(e.entity, e.value) for e in extractor.extract(text) if e.entity.startswith("price")}


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("green dress for 200", "200"),
        ("shoes for 80", "80"),
        ("a tie for like 40 bucks", "40"),
        ("need a blazer for 150 max", "150"),
        ("looking for a suit for 500", "500"),
        ("any black boots for 120?", "120"),
        ("a coat for 250 please", "250"),
        ("can i get a jacket for 90 pls", "90"),
        ("sneakers for 60", "60"),
        ("something like a red dress for 150 for my sisters wedding", "150"),
    ],
)
def test_a_kind_for_an_amount_is_a_budget(extractor, text, ceiling):
    assert ("price_max", ceiling) in prices(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "shoes for 9",
        "running shoes for 10.5",
        "a dress for 8pm",
        "a suit for the 12th",
        "a dress for 12 december",
        "shoes for 2 please",
        "a dress for 5 year old",
        "a suit for 2 days",
        "a dress for 4 people",
        "boots for 44",
        "a dress for 10",
    ],
)
def test_a_size_time_or_quantity_after_for_is_no_budget(extractor, text):
    assert not any(entity == "price_max" for entity, _ in prices(extractor, text))
