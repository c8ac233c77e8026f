"""Stranger test 44 (docs/nlu/stranger-test-44.md, Dev #4): "how long exchnage" got the general
shipping times, not how long an exchange takes, which the README says is computed from them."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion

MISTYPED = [
    "how long exchnage",
    "how long exhange",
    "how long does an exchang take",
    "how many days for a replacment",
    "how long excange??",
]


@pytest.mark.parametrize("intent", ["ask_return_policy", "ask_delivery_time"])
@pytest.mark.parametrize("text", MISTYPED)
def test_a_mistyped_exchange_gets_how_long_an_exchange_takes(chat, intent, text):
    turn = chat.run(ActionAnswerServiceQuestion(), intent, text)

    assert "as soon as your return is on its way" in turn.text, turn.text


def test_a_delivery_question_with_no_exchange_gets_no_exchange_answer(chat):
    turn = chat.run(
        ActionAnswerServiceQuestion(), "ask_delivery_time", "how long does delivery take"
    )

    assert "as soon as your return is on its way" not in turn.text, turn.text
