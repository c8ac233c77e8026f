"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire, worst problem 2): with the
Harriet Shirt Dress still waiting for its colour and nothing ordered, "could you switch it to
express and send it to my office instead? It's 400 Euclid Ave, Cleveland OH 44115" got "Sorry, I'm
not sure I understood". A shipping method or an address given while a purchase waits (no order
placed) is answered: nothing is ordered yet, the purchase's colour asked again with its buttons,
and express and the address kept for the checkout (said so: "I'll send it by express to ...")."""

from __future__ import annotations

import pytest

from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

CLAIRE_B10 = (
    "Actually could you switch it to express and send it to my office instead? It's 400 Euclid "
    "Ave, Cleveland OH 44115, I'm never home during the day"
)
WAITING = "The Harriet Shirt Dress is still waiting for a colour: which one?"


def harriet_waiting_for_a_colour(chat):
    asked = chat.run(ActionStartCheckout(), "buy", "I'll take the dress in a medium please",
                     entities=entity_list(product_handle="harriet-shirt-dress", size="M"))  # fmt: skip
    keep_bot_messages(chat, asked)
    assert "Which colour of the Harriet Shirt Dress?" in asked.text, asked.text


WITH_AN_ADDRESS = [
    CLAIRE_B10,
    "can u make it express and ship to 12 Oak Street, Boston MA 02110",
    "send it to my work instead: 55 Market St, San Francisco CA 94105",
    "express delivery please, and deliver to 9 harbour rd, 2000 sydney",
    "ship it to 88 Maple Avenue, 60614 Chicago",
    "pls switch to express and send to 45 oak st apt 3, 11372 jackson heights ny",
]


def _assert_nothing_ordered_and_colour_asked(turn) -> None:
    assert "Nothing is ordered yet" in turn.text, turn.text
    assert WAITING in turn.text
    assert [b["title"] for b in turn.buttons] == ["White", "Blue"]
    assert "not sure I understood" not in turn.shown


@pytest.mark.parametrize("text", WITH_AN_ADDRESS)
@pytest.mark.parametrize("action", [ActionClarify, ActionReviewOrder])
def test_express_or_an_address_before_ordering_is_answered(chat, extractor, text, action):
    harriet_waiting_for_a_colour(chat)
    intent = "choose_shipping" if action is ActionReviewOrder else "nlu_fallback"

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    _assert_nothing_ordered_and_colour_asked(turn)
    # Kept for the checkout, not asked again there (test_stranger_66_express_and_address_kept.py).
    assert "address when you check out" not in turn.text
    assert "I'll send it " in turn.text
    if "express" in text.lower():
        assert "I'll send it by express to " in turn.text


@pytest.mark.parametrize(
    "text", ["switch it to express shipping pls", "can i get express on that", "make it express"]
)
def test_express_alone_before_ordering_says_it_is_chosen_at_the_review(chat, extractor, text):
    harriet_waiting_for_a_colour(chat)

    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", text)

    print(turn.shown)
    _assert_nothing_ordered_and_colour_asked(turn)
    assert "I'll send it by express (you can change that at the review)" in turn.text
    assert "address when you check out" not in turn.text


def test_a_question_about_express_is_not_taken_as_a_change(chat, extractor):
    harriet_waiting_for_a_colour(chat)

    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", "how much is express?")

    assert "Nothing is ordered yet" not in turn.text
