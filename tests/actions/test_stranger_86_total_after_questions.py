"""docs/nlu/stranger-test-86.md, B5, left open under "Fixed since": "please put the shoes in size 8
and the cheapest shirt in my cart, and tell me the total with express shipping and whether it all
arrives before the 9th" asked the flat's colour and the shirt's first; after the last answer only
"Added ..." came, and the total with express and the arrival by the 9th only when asked again.
Right: once the last question is answered, the cart's total with express and when express arrives
(before the 9th or not) follow, as she asked (and after "which dress?" in 84 B5). Also
docs/nlu/stranger-test-83.md, B5: the total asked with express gave the Standard arrival date;
the express one is said."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say_and_keep
from tests.actions.test_stranger_84_adds_named import FLATS_AND_DRESS, priyas_lists
from tests.actions.test_stranger_86_two_adds_and_total import (
    SATURDAY,
    SHOES_AND_SHIRT,
    answer,
    margarets_flat_and_shirts,
)


@pytest.fixture
def on_her_saturday(monkeypatch):
    monkeypatch.setattr("actions.cart_arrival.ordering_time", lambda: SATURDAY)


EXPRESS_BY_THE_9TH = "For Wednesday 09 December: Express shipping, ordered today, arrives by"


@pytest.mark.parametrize("text", SHOES_AND_SHIRT)
def test_after_the_last_answer_the_total_with_express_and_its_arrival_follow(
    chat, extractor, on_her_saturday, text
):
    """B5: what she chose added after her answers, then (unasked again) the cart's total with
    express and whether express arrives before the 9th."""
    margarets_flat_and_shirts(chat, extractor)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    for _ in range(3):  # each question answered with its first button
        if not turn.messages[-1].get("buttons"):
            break
        if turn.messages[-1]["buttons"][0]["payload"] in ("/checkout", "/view_cart"):
            break
        turn = answer(chat, turn)

    shown = turn.shown
    assert "Added " in shown and " now." in shown, shown  # the last answer's add
    assert "With Express shipping ($14.95)" in shown and "your total would be $" in shown, shown
    assert EXPRESS_BY_THE_9TH in shown and "Standard shipping" not in shown, shown
    assert sum(len(m.get("buttons") or []) > 0 for m in turn.messages) == 1, turn.messages


TOTAL_WITH_EXPRESS_BY_A_DAY = [
    "What would all of that come to with express shipping, and would it definitely arrive before "
    "next Saturday, the 5th of December?",
    "whats the total w express? will it come before dec 5",
    "total with express shipping please, and will it arrive by the 5th?",
    "how much all in with express, and does it get here before December 5th?",
    "What's my total with express delivery and will it be here by Saturday the 5th?",
]


@pytest.mark.parametrize("text", TOTAL_WITH_EXPRESS_BY_A_DAY)
def test_a_total_with_express_says_when_express_arrives(chat, on_her_saturday, text):
    """83 B5: the total with express, and the express arrival date (never Standard's)."""
    keep_bot_messages(
        chat,
        chat.run(ActionAddToCart(), "add_to_cart",
                 entities=entity_list(product_handle="margot-pointed-flat", size="7.5",
                                      colour="tan")),
    )  # fmt: skip
    shown = keep_bot_messages(chat, chat.run(ActionShowCart(), "view_cart", text)).shown
    assert "With Express shipping ($14.95)" in shown, shown
    assert "Express shipping, ordered today, arrives by" in shown, shown
    assert "Standard shipping, ordered today" not in shown, shown


@pytest.mark.parametrize("text", FLATS_AND_DRESS)
def test_the_express_total_follows_the_choice_of_the_dress(chat, extractor, text):
    """84 B5 the same way: "which dress?" answered (and what it asks next), then the cart's
    total with express, without asking again; never before the last answer."""
    priyas_lists(chat, extractor)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    assert turn.messages[-1]["text"].startswith("Which dress do you mean"), turn.shown

    for _ in range(3):
        turn = answer(chat, turn)
        last = turn.messages[-1]
        if not last.get("buttons") or last["buttons"][0]["payload"] in ("/checkout", "/view_cart"):
            break
        assert "total would be" not in turn.shown, turn.shown  # a question still open

    shown = turn.shown
    assert "It has 2 items now" in shown, shown
    assert "With Express shipping ($14.95)" in shown and "your total would be $" in shown, shown
