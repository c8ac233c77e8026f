"""Stranger test 19 (docs/nlu/stranger-test-19.md, c3): "ok. recommend stuff only if nothing gets
stored. possible?" was heard as a returns question. It is a privacy question; whatever the
classifier hears, actions/shared_answers.py `answer_private_suggestions` answers it by its words (see
tests/actions/test_stranger_19_private_recommendations.py), but the classifier should hear privacy."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ok. recommend stuff only if nothing gets stored. possible?",
        "can you recommend without saving anything about me",
        "i dont want you storing my data, can i still get suggestions",
        "recommendations but dont keep my info",
        "can u sugest things w/o storing my data",
    ],
)
def test_suggestions_without_storing_is_a_privacy_question(parse, text):
    assert parse(text) == "ask_privacy", text
