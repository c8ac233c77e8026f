"""`cut_only_for`: the one gender every product of a kind is for, by the catalog's gender
(docs/nlu/stranger-test-86.md B3: "our shirts are all cut for men")."""

from __future__ import annotations

import pytest

from commerce.search import cut_only_for


@pytest.mark.parametrize(
    ("term", "gender"),
    [
        ("shirts", "male"),
        ("casual shirts", "male"),
        ("blazers", "male"),
        ("dresses", "female"),
        ("flats", "female"),
        ("sneakers", None),  # unisex and women's
        ("boots", None),  # men's and women's Chelsea boots
        ("bags", None),
        ("coats", None),  # none sold
    ],
)
def test_the_gender_every_product_of_a_kind_is_for(demo_session, term, gender):
    assert cut_only_for(demo_session, term) == gender
