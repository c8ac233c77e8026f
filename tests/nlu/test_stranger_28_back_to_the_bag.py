"""Stranger test 28 (docs/nlu/stranger-test-28.md), after its fixes: "go back to the bag" / "back to
the bag pls" with a bag shown earlier found no kind in the message: "to the bag" was taken for the
cart ("add it to the bag"), while "go back to that bag" found the bag. Going back to the bag is the
product talked about before; putting something (back) into the bag is still the cart."""

from __future__ import annotations

import pytest


def _kinds(extractor, text: str) -> list[str]:
    return [e.value for e in extractor.extract(text) if e.entity == "category"]


@pytest.mark.parametrize(
    "text",
    [
        "go back to the bag",
        "back to the bag pls",
        "can we go back to the bag",
        "ok going back to the bag you showed me",
        "get back to the bag",
        "lets go back to the bag, i prefer it",
    ],
)
def test_going_back_to_the_bag_is_the_bag(extractor, text):
    assert _kinds(extractor, text) == ["bags"], extractor.extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "add it to the bag",
        "put them in the bag",
        "add it back to the bag",
        "put the boots back to the bag",
        "go back to the shopping bag",
        "whats in the bag",
        "take it out of the bag",
        "go back to my bag",
        "add it to my bag",
    ],
)
def test_the_bag_that_is_the_cart_is_still_no_kind(extractor, text):
    assert "bags" not in _kinds(extractor, text), extractor.extract(text)
