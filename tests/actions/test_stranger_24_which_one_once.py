"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Mateus #11-#14, worst problem 7): after
"add the jacket in size M to my bag please" with three blazers on screen, the bot asked "Which one
do you mean: the Lancaster Linen Blazer, the Hampstead Cotton Blazer or the Henley Hopsack Blazer?",
and then appended that same question, buttons and all, to each following unrelated answer (the
total, a delivery date, "you ship to brazil also?").

A pending "which one" is asked once: an unrelated question gets its own answer only (the blazers
stay a tap away on the earlier message)."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep, search

WHICH_ONE = "Which one do you mean"


def _ask_which_blazer(chat, extractor) -> None:
    # (The stranger's "ok and maybe a light jacket for if it rains in the night" now answers that
    # no jacket is rainproof, with no blazer in its place: test_stranger_24_festival_and_rain.py.
    # Jackets without the rain put three blazers on screen, as the stranger then saw.)
    search(chat, extractor, "ok and maybe a jacket for the night, for men")
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                  "add the jacket in size M to my bag please")  # fmt: skip
    assert WHICH_ONE in asked.text, asked.text


UNRELATED = [
    ("ask_delivery_time", "the festival start on friday 4 december, it arrive before?"),
    ("ask_shipping", "you ship to brazil also? my family want to buy too"),
    ("ask_payment_methods", "do u take paypal"),
    ("ask_delivery_time", "how long does shipping take"),
    ("ask_return_policy", "can i return it if it dont fit?"),
    ("ask_discounts", "you have student discount?"),
]


@pytest.mark.parametrize(("intent", "text"), UNRELATED)
def test_an_unrelated_question_is_answered_without_the_which_one_again(
    chat, extractor, intent, text
):
    _ask_which_blazer(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    assert turn.shown.strip()  # answered
    assert WHICH_ONE not in turn.shown


def test_three_unrelated_questions_in_a_row_never_repeat_it(chat, extractor):
    _ask_which_blazer(chat, extractor)

    for intent, text in UNRELATED[:3]:
        turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), intent, text)
        assert WHICH_ONE not in turn.shown
