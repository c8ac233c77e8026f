"""Stranger test 56 (docs/nlu/stranger-test-56.md, persona Priya #2; worst problem 6): after navy
dresses under $400, "navy is a bit boring for a celebration — could you show me dresses in
burgundy or green instead?" got "I found 2 navy or burgundy or green velvet winter dresses", and
the $400 budget was let go without a word ($549 shown as if in budget).

A colour called boring, drab or dull is ruled out, not asked for: the heading names only the
colours wanted. The budget said before still holds."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import prices_listed, search


@pytest.mark.parametrize(
    "text",
    [
        "Actually, on second thought, navy is a bit boring for a celebration — could you show me "
        "dresses in burgundy or green instead? Velvet would be lovely for winter.",
        "navy is boring, burgundy or green instead",
        "hmm navy's a bit dull. show me burgundy or green",
        "navy feels too safe, any in burgundy or green?",
        "navy is kinda drab, burgundy or green please",
        "navy won't do, burgundy or green instead",
    ],
)
def test_a_boring_colour_is_replaced(chat, extractor, text):
    search(chat, extractor, "a navy dress for a fancy dinner, under $400")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.text)
    heading = turn.text.split("\n")[0]
    assert "burgundy or green" in heading, heading
    assert "navy or" not in heading, heading
    # The budget said before holds: nothing over $400 is listed as if it were in it.
    assert prices_listed(turn.text), turn.text
    assert all(price <= 400 for price in prices_listed(turn.text)) or "400" in turn.text, turn.text
