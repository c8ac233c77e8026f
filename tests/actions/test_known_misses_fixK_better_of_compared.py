"""Known leftovers (task fixK, item 4): right after a comparison, "which is better?" showed the
same comparison table again. It asks the bot to choose: one of those compared, and why (the pick
rule of actions/shared_answers.py `pick_for_me`), never the table again."""

from __future__ import annotations

import pytest

from actions.recommendations import ActionCompareProducts
from tests.actions.conversation_driver import say, search

SUITS = "need a grey or navy suit, 40R"


@pytest.mark.parametrize(
    "text",
    [
        "which is better?",
        "which one is better",
        "so which of them is better?",
        "which would you pick?",
        "which one would you recommend",
    ],
)
def test_which_is_better_after_a_comparison_gets_a_pick_and_why(chat, extractor, text):
    search(chat, extractor, SUITS)
    compared = say(chat, extractor, ActionCompareProducts(), "compare_products",
                   "whats the diff between the first two")  # fmt: skip
    assert "cheaper" in compared.text

    turn = say(chat, extractor, ActionCompareProducts(), "compare_products", text)

    print(turn.text)
    assert "My pick: the " in turn.text
    assert "cheaper." not in turn.text  # not the table again
    picked = turn.text.split("My pick: the ", 1)[1].split(" (", 1)[0]
    assert picked in compared.text, picked  # one of the two compared
