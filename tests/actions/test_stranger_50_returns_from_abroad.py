"""Stranger test 50 (docs/nlu/stranger-test-50.md, persona Henrik, worst problem 5): "If they don't
fit when they arrive, can I send them back from Sweden, and who pays for the return postage in that
case?" got "Returns are free: ... we send you a prepaid return label", the shop's US rule, as if it
applied to a parcel sent from Sweden.

The shop's settings say nothing about returns from abroad: the reply says where the shop delivers,
that how a return from that country works (and who pays) is not known here, who can tell, and the
return window it does know; not the free label as if it held there."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "If they don't fit when they arrive, can I send them back from Sweden, and who pays for "
        "the return postage in that case?",  # the stranger's words
        "can i return them from sweden?",
        "who pays the return shipping if im in germany",
        "how do returns work from canada",
        "can I send it back from abroad if it doesnt fit",
    ],
)
def test_a_return_from_abroad_is_answered_honestly(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert "prepaid return label" not in turn.shown
    assert "costs you nothing" not in turn.shown
    assert "I don't know" in turn.shown
    assert "United States" in turn.shown
    assert "within 30 days" in turn.shown  # what is known
    assert "help@" in turn.shown  # who can tell


def test_a_return_from_home_still_gets_the_free_label(chat, extractor):
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
        "who pays for the return postage?",
    )  # fmt: skip

    assert "prepaid return label" in turn.shown
