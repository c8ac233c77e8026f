"""Whether a product comes with something, from its own description (commerce/included_items.py;
stranger test 35, docs/nlu/stranger-test-35.md, worst problem 4)."""

from __future__ import annotations

import pytest

from commerce.included_items import included_answer

TUXEDO = (
    "<p>A warm-weather dinner jacket in lightweight wool, worn with black trousers. Half-canvassed "
    "dinner jacket with matching satin-striped trousers; ideal for weddings.</p>"
)


@pytest.mark.parametrize("item", ["trousers", "pants", "trouser"])
def test_with_matching_trousers_is_a_yes_and_worn_with_is_no_evidence(item):
    answer = included_answer("Monaco", TUXEDO, item)

    assert answer.comes_with is True
    assert answer.quote.startswith("Half-canvassed dinner jacket with matching")


def test_sold_separately_is_a_no():
    description = "A wool dinner jacket. Matching trousers sold separately."

    answer = included_answer("Aubrey", description, "trousers")

    assert answer.comes_with is False
    assert answer.quote == "Matching trousers sold separately."


@pytest.mark.parametrize("item", ["cummerbund", "bow tie", "waistcoat"])
def test_what_the_description_does_not_say_is_unknown(item):
    answer = included_answer("Monaco", TUXEDO, item)

    assert answer.comes_with is None and answer.quote is None


def test_a_waistcoat_named_with_and_is_included():
    description = "Wool morning coat with striped trousers and a dove-grey waistcoat."

    assert included_answer("Ascot", description, "waistcoat").comes_with is True
    assert included_answer("Ascot", description, "vest").comes_with is True
