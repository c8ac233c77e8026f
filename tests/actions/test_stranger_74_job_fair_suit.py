"""Stranger test 74 (docs/nlu/stranger-test-74.md, persona A, messages A1 and A5, worst problem 1).

"hi. need black suit for job fair" got "I found 2 black suits": the Ascot Morning Suit and the
Sterling Slim Suit (for weddings and prom), "job fair" silently dropped; the README's interview
suit (the Whitehall) was never offered. Right: a job fair is dressed for as an interview is (the
catalog's tag "interview"), so the search is for interview suits and says so."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

JOB_FAIRS = [
    "hi. need black suit for job fair",
    "black suit for a job fair pls",
    "need a suit for the career fair next week",
    "what suit should i wear to a careers fair",
    "suit for jobfair, black",
    "going to a recruitment fair, need a black suit",
]


@pytest.mark.parametrize("text", JOB_FAIRS)
def test_a_job_fair_is_an_interview(chat, extractor, text):
    """docs/nlu/stranger-test-74.md, A1 (problem 1)."""
    assert ("occasion", "interview") in {(e.entity, e.value) for e in extractor.extract(text)}
    turn = search(chat, extractor, text)
    print(turn.shown)
    assert "interview" in (searched(turn).get("occasions") or []), searched(turn)
    assert "interview" in turn.shown.lower() or "Whitehall" in turn.shown
