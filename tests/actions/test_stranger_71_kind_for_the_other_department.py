"""After a search for one department, a kind sold only for the other one, asked without naming
anyone ("green dress for 200" after men's suits), is searched for the department that has it,
never answered "Sorry, we don't have dresses for men" (fixQ brief, stranger session: "a suit for
my son and a dress for my daughter", then "green dress for 200")."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

AFTER_MENS_SUITS = "a suit for my son and a dress for my daughter"
AFTER_WOMENS_DRESSES = "a dress for my daughter"

# (the search before, the next message, the kind's word in the reply, department it is sold for)
OTHER_DEPARTMENT = [
    (AFTER_MENS_SUITS, "green dress for 200", "dress", "female"),
    (AFTER_MENS_SUITS, "show me dresses", "dress", "female"),
    (AFTER_MENS_SUITS, "any heels?", "heel", "female"),
    (AFTER_WOMENS_DRESSES, "ties?", "tie", "male"),
    (AFTER_WOMENS_DRESSES, "a suit please", "suit", "male"),
]


# A person's department ("my son") does not carry to a kind sold only for the other; the shopper's
# own ("womens red dresses", then "a suit") still does (tests/actions/test_follow_ups.py).
@pytest.mark.parametrize(
    ("before", "message", "kind", "gender"), OTHER_DEPARTMENT, ids=lambda m: str(m)[:30]
)
def test_a_kind_sold_for_the_other_department_is_shown(
    chat, extractor, before, message, kind, gender
):
    """fixQ brief ("a suit for my son and a dress for my daughter", then "green dress for 200")."""
    search(chat, extractor, before)
    turn = search(chat, extractor, message)

    print(turn.text)
    assert "we don't have" not in turn.text.lower()
    assert "nothing close" not in turn.text.lower()
    assert kind in turn.text.lower()
    assert searched(turn).get("gender") in (None, gender)
