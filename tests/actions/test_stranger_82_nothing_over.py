"""docs/nlu/stranger-test-82.md, A (worst problem 1): "also need a tie silver or light grey, nothin
over 50" was read as a floor: "ties ... over $50" with a $69 tie, the budget turned round. A
ceiling typed as "nothin", "nuthin" or "nothng" over (or more than) an amount is a ceiling, as
"nothing over 50" always was."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import prices_listed, search


@pytest.mark.parametrize(
    "text",
    [
        "also need a tie silver or light grey, nothin over 50",
        "tie in silver or grey nuthin over 50",
        "a silver tie, nothng over $50 pls",
        "grey tie nothin more than 50",
        "need a tie, nothin above 50 bucks",
    ],
)
def test_nothin_over_an_amount_is_a_ceiling(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "over $50" not in turn.text.split("\n")[0], turn.text
    listed = prices_listed(turn.text)
    assert listed and all(price <= 50 for price in listed), turn.text
