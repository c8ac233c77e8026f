"""Stranger test 64 (docs/nlu/stranger-test-64.md, persona Gillian, worst problem 3): "I ordered the
velvet dress ... in a medium, and it only turned up yesterday, four days later than you said ...
the label says L, not M" was answered as a general complaint: an apology, "no one from our team
will answer here" (nobody had asked for a person) and the contact details; the wrong size ignored.

What came in another size or colour than ordered ("ordered M, got L", "came in L not M") gets the
wrong-item answer the README promises, with its Start a return button, even when the parcel was
late too; the lateness is owned as well. A complaint never volunteers that no one will answer
when no person was asked for."""

from __future__ import annotations

import pytest

from actions.handoff import ActionHandOver
from tests.actions.conversation_driver import say

GILLIAN = (
    "Hi there, I ordered the velvet dress from you last Tuesday, the burgundy one in a medium, and "
    "it only turned up yesterday, four days later than you said it would, which was annoying "
    "enough, but when I opened it the label says L, not M. I've got my company's awards dinner on "
    "the 12th so I'm a bit worried now."
)

WRONG_AND_LATE = [
    GILLIAN,
    "my dress came 4 days late and in L instead of M",
    "the parcel arrived a week late and you sent me the wrong size",
    "it turned up days later than promised and the label says L not M",
    "order came late AND its a large, i ordered medium",
]

WRONG_ONLY = [
    "ordered M, got L",
    "you sent me the wrong size",
    "it came in L not M",
    "i ordered a medium but got a large",
    "the dress came in a size L, not the M I ordered",
    "label says L, not M. i ordered M!",
]


def _assert_wrong_item_answer(turn) -> None:
    print(turn.shown)
    assert "the wrong size, colour or product" in turn.shown, turn.shown
    assert "Start a return" in [b["title"] for b in turn.buttons], turn.buttons
    assert "no one from our team will answer" not in turn.shown


@pytest.mark.parametrize("text", WRONG_AND_LATE)
def test_wrong_size_that_came_late_gets_the_wrong_item_answer_and_the_lateness_owned(
    chat, extractor, no_desk, text
):
    turn = say(chat, extractor, ActionHandOver(), "complaint", text)

    _assert_wrong_item_answer(turn)
    assert "late" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize("text", WRONG_ONLY)
def test_wrong_size_received_gets_the_wrong_item_answer(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "complaint", text)

    _assert_wrong_item_answer(turn)
    assert "late" not in turn.shown.lower()


@pytest.mark.parametrize(
    "text",
    [
        "this is really not good enough",
        "I'm very disappointed with your service",
        "terrible experience, honestly",
    ],
)
def test_a_complaint_never_volunteers_that_no_one_will_answer(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "complaint", text)

    print(turn.shown)
    assert "no one from our team will answer" not in turn.shown
    assert "help@harbourlane.example" in turn.shown  # the way to a person, all the same
