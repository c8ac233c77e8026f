"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona B Linda, B4/B5, worst problem 3): after
a brown leather belt in 38 under her $80, "Is there a cheaper belt?" listed belts of every colour
and leather under the price of the last one shown, or (with a suit on screen) "under $418".

"Cheaper" is cheaper than the belts she has seen; the brown leather and the waist 38 said for the
belt still hold, and so does her budget."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import prices_listed, search, searched
from tests.actions.test_stranger_68_goes_with import LINDA_1, LINDA_2

BELT = "And a brown leather belt to go with it? His waist is about 38"

CHEAPER = [
    "Hmm, that's a bit over what I wanted to spend. Is there a cheaper belt?",  # her words, B5
    "is there a cheaper belt?",
    "any cheaper belts?",
    "something cheaper in belts maybe",
    "a less expensive belt?",
]


@pytest.mark.parametrize("intent", ["refine_search", "search_products"])
@pytest.mark.parametrize("text", CHEAPER)
def test_a_cheaper_belt_keeps_brown_leather_38_and_her_budget(chat, extractor, text, intent):
    """docs/nlu/stranger-test-68.md, persona B message B5."""
    search(chat, extractor, LINDA_1)
    search(chat, extractor, LINDA_2)
    belts = search(chat, extractor, BELT)
    print(belts.text)
    cheapest_seen = min(prices_listed(belts.text))

    turn = search(chat, extractor, text, intent)

    print(turn.text)
    query = searched(turn)
    assert query.get("category") == "belts", query
    assert query.get("colour") == "brown", query
    assert "leather" in (query.get("features") or []), query
    assert query.get("size") == "38", query
    assert "$418" not in turn.text
    # none cheaper in brown leather, said plainly; the cheaper belts listed are cheaper than the
    # ones she saw, and none is called over a budget she never said
    assert "Nothing cheaper in brown leather belts in size 38" in turn.text
    assert "over your budget" not in turn.text
    prices = prices_listed(turn.text)
    assert prices and all(price < cheapest_seen for price in prices), turn.text
