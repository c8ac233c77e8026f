"""Stranger test 58 (docs/nlu/stranger-test-58.md), persona Linh, problem 7: "hi need gift for
colegue he leave our office friday" offered Dresses among the kinds for a man, looked "among
products for office" (he leaves the office: no office occasion asked for) and did not take Friday
as the day it is needed."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

FAREWELL = [
    "hi need gift for colegue he leave our office friday",
    "present for a colleague, he is leaving our office on friday",
    "looking for a gift for my coworker, he leaves the company friday",
    "need a farewell gift for a colleague, he's leaving our team on friday",
    "gift for my boss, he leave the office friday",
]


@pytest.mark.parametrize("text", FAREWELL)
def test_a_farewell_gift_for_him_by_friday(chat, extractor, text):
    turn = search(chat, extractor, text)

    titles = [button["title"] for button in turn.buttons]
    assert titles and "Dresses" not in titles, turn.shown
    assert "for him" in turn.text, turn.text
    assert "office" not in turn.text, turn.text
    assert "For Friday" in turn.text, turn.text


def test_office_wear_asked_for_is_still_office(extractor):
    found = extractor.extract("a gift for my colleague, something he can wear to the office")

    assert ("occasion", "office") in [(e.entity, e.value) for e in found]
