"""Stranger test 44 (docs/nlu/stranger-test-44.md, Dev's table and worst problem 3).

"swap for L?" right after "bought shirt. too small" got "What are you looking for?": the exchange
was lost, though "Change it to M, not money back" gets the exchanges answer. And "return other
thing too. jacket", after a first return was asked for, got only the return policy and "tell me
'I want to return my order'", instead of the return going on as the first one did (the order
asked for)."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, say_and_keep

EXCHANGES = "Need another size or colour instead? You can exchange"
# Asked for the order's number and email (the first time, or "still need" after).
ORDER_ASKED = "number (like HL-7KQ2XM"

# What the shopper first said, as the model hears it (and the action it runs).
MISFITS = [
    ("bought shirt. too small", "return_order", ActionReturnOrder),
    ("got the boots, too tight", "search_products", ActionSearchProducts),
    ("ordered a blazer n its way too big", "return_order", ActionReturnOrder),
]
# The swap asked right after, as the model hears it.
SWAPS = [
    ("swap for L?", "refine_search", ActionSearchProducts),
    ("change for M?", "refine_search", ActionSearchProducts),
    ("can i swap to a large", "refine_search", ActionSearchProducts),
    ("exchange for XL pls", "return_order", ActionReturnOrder),
    ("swap it for a 10?", "refine_search", ActionSearchProducts),
]


@pytest.mark.parametrize("misfit", MISFITS, ids=lambda m: m[0])
@pytest.mark.parametrize("swap", SWAPS, ids=lambda s: s[0])
def test_a_swap_after_a_misfit_gets_the_exchanges_answer(chat, extractor, misfit, swap):
    said, heard_as, action = misfit
    say_and_keep(chat, extractor, action(), heard_as, said)

    text, heard_as, action = swap
    turn = say(chat, extractor, action(), heard_as, text)

    print(turn.shown)
    assert EXCHANGES in turn.shown, turn.shown
    assert "What are you looking for" not in turn.shown
    assert "I found" not in turn.shown


def test_a_size_asked_of_a_search_with_no_misfit_still_refines_it(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black boots")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "swap it for a 10?")

    assert EXCHANGES not in turn.shown
    assert "in size 10" in turn.shown, turn.shown


ANOTHER_RETURN = [
    "return other thing too. jacket",
    "also want to return the jacket",
    "i need to send back a jacket as well",
    "n the jacket, returning that too",
    "can u return my other order too, the jacket one",
]


@pytest.mark.parametrize("text", ANOTHER_RETURN)
def test_a_second_return_goes_on_like_the_first(chat, extractor, text):
    first = say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order", "bought shirt. too small"
    )
    assert ORDER_ASKED in first.shown
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "grey jumper M")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert ORDER_ASKED in turn.shown, turn.shown
    assert "the email you" in turn.shown
    assert "You can return anything within 30 days" not in turn.shown


def test_a_returns_question_with_no_return_asked_before_gets_the_policy(chat, extractor):
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
        "can i return a jacket too?",
    )  # fmt: skip

    assert "You can return anything within 30 days" in turn.shown, turn.shown
    assert ORDER_ASKED not in turn.shown
