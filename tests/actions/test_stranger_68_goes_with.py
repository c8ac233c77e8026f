"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona B Linda, message B2, worst problem 1):
"He mostly wears navy and grey suits, so which ties would go with those?" searched suits.

What the shopper asks for (ties) is the kind searched; what he already wears, or what it must go
with (suits), is only said to pick it: neither its kind nor its colours filter the search."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search, searched

LINDA_1 = (
    "Hi there! My dad is retiring next Friday after 38 years on the railway. For the party I want "
    "a nice tie and maybe a belt, around $80 total"
)
LINDA_2 = (
    "He mostly wears navy and grey suits, so which ties would go with those? Silk would be lovely "
    "if you have it."
)


def test_ties_to_go_with_his_suits_are_ties(chat, extractor):
    """docs/nlu/stranger-test-68.md, persona B message B2."""
    search(chat, extractor, LINDA_1)
    turn = search(chat, extractor, LINDA_2)

    print(turn.text)
    assert "suit" not in turn.text.lower()
    shown = listed(turn.text)
    assert shown and all(" Tie " in line for line in shown), shown
    assert searched(turn).get("category") == "ties"


@pytest.mark.parametrize(
    ("text", "kind", "owned_colour"),
    [
        (LINDA_2, "ties", "grey"),
        ("which ties go with a navy suit", "ties", "navy"),
        ("a belt to go with my brown shoes", "belts", "brown"),
        ("shirt that goes with grey trousers", "shirts", "grey"),
        ("what shoes would match a navy suit", "shoes", "navy"),
        ("he wears grey suits mostly, need a tie", "ties", "grey"),
    ],
)
def test_the_kind_asked_is_searched_not_what_it_goes_with(
    chat, extractor, text, kind, owned_colour
):
    """docs/nlu/stranger-test-68.md, message B2: what it goes with is no kind and no colour."""
    turn = search(chat, extractor, text)

    print(turn.text)
    query = searched(turn)
    assert query.get("category") == kind, query
    assert owned_colour not in (query.get("colour") or ""), query
    assert listed(turn.text), turn.text
    heading = turn.text.lower().split("\n")[0]
    assert f"{owned_colour} {kind}" not in heading and "suits" not in heading, heading
