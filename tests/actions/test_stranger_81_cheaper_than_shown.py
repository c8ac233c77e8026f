"""docs/nlu/stranger-test-81.md, A2 (worst problem 5): after "need grey overcoat size L under 200
for court date friday" (coats are not sold: the nearest blazers, the cheapest the Henley Hopsack
Blazer at $199.50, none grey), "anythin cheaper" answered "I have no grey blazers in size L under
$199 ... The closest I have: Henley $199.50, Soho $209, Regatta $239 ... over your budget": cheaper
gave dearer. Products no cheaper than the cheapest shown are no answer to "cheaper", whatever
budget was said before (tests/conversations/journeys/stranger_6_interview_outfit.yml too), so it
says plainly that nothing is cheaper, and which is the cheapest."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import prices_listed, search

CHEAPER = [
    "anythin cheaper",
    "cheaper pls",
    "any cheaper ones?",
    "something cheaper",
    "anything less expensive",
    "more cheap",
]


@pytest.mark.parametrize("text", CHEAPER)
def test_cheaper_after_the_blazers_for_an_overcoat_with_a_budget_says_none_is(
    chat, extractor, text
):
    shown = search(chat, extractor, "need grey overcoat size L under 200 for court date friday")
    assert "we don't sell coats" in shown.text, shown.text
    cheapest = min(prices_listed(shown.text))

    turn = search(chat, extractor, text, "refine_search")

    print(turn.text)
    assert all(price < cheapest for price in prices_listed(turn.text)), turn.text
    assert "Nothing cheaper" in turn.text
    assert "Henley Hopsack Blazer at $199.50 is the cheapest" in turn.text
    assert "under $199" not in turn.text  # a budget the shopper never said


@pytest.mark.parametrize(
    "first",
    [
        "grey blazer under 250",
        "grey blazer size 40R, budget 300",
        "need a grey blazer under $250 pls",
        "men's grey blazer, max 260",
        "grey blazer below 300",
    ],
)
def test_cheaper_with_a_budget_said_never_lists_dearer_blazers(chat, extractor, first):
    shown = search(chat, extractor, first)
    cheapest = min(prices_listed(shown.text))

    turn = search(chat, extractor, "anythin cheaper", "refine_search")

    print(turn.text)
    assert turn.text.strip()
    assert all(price < cheapest for price in prices_listed(turn.text)), turn.text
