"""Stranger test 64 (docs/nlu/stranger-test-64.md, Jake A2, worst problem 5).

After a list of ties, "smth plain nothing crazy" got "Sorry, I didn't understand “smth”, “plain”
and “crazy”, so I haven't changed your search": the plain refinement was dropped. Chat shorthand
("smth", "sth", "nthg", "w/o", "pls", "rn", "u") is read as the words it stands for, and "plain",
"nothing crazy", "simple", "basic" over a list ask for plain ones first (shop_nlu/quiet_looks.py).
The not-understood notice never quotes back a word that was used."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep, search

PLAIN_OVER_A_LIST = [
    "smth plain nothing crazy",
    "sth plain pls",
    "smthing simple nthg crazy",
    "somethin basic rn",
    "plain ones w/o anything flashy",
    "u got smth simple",
    "nthg loud pls, just plain",
]


@pytest.mark.parametrize("text", PLAIN_OVER_A_LIST)
def test_plain_in_chat_shorthand_refines_the_list(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "need a tie for wrk")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.shown)
    assert "didn't understand" not in turn.shown
    assert "tie" in turn.shown.lower()
    assert chat.slots["search_query"].get("quiet") == "plain", chat.slots["search_query"]


@pytest.mark.parametrize(
    ("text", "unknown"),
    [("smth zorbly", "zorbly"), ("plain w/ zorbly pls", "zorbly"), ("sth qwxz rn", "qwxz")],
)
def test_the_notice_quotes_only_the_words_not_understood(chat, extractor, text, unknown):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "need a tie for wrk")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.shown)
    if "didn't understand" in turn.shown:
        quoted = turn.shown.split("so I haven't")[0]
        assert f"“{unknown}”" in quoted
        for used in ("smth", "sth", "plain", "w", "pls", "rn"):
            assert f"“{used}”" not in quoted


@pytest.mark.parametrize(
    "text", ["sth simple w/o stripes", "smth w/o stripes pls", "nthg striped, plain pls"]
)
def test_shorthand_rules_out_as_the_words_would(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "need a tie for wrk")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.shown)
    assert "I found" in turn.shown and "tie" in turn.shown
    assert "Striped Repp Tie" not in turn.shown
    assert "striped products" not in turn.shown
