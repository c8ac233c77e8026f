"""Stranger test 56 (docs/nlu/stranger-test-56.md, persona Marek #1; worst problem 3): "need shoes
for kitchen work 12h standing" got "I found 85 shoes" led by the Windsor Patent Oxford: the kitchen
and the twelve hours on his feet were dropped.

Kitchen work is a job on one's feet (catering), and long hours standing ask for what the catalog
calls comfortable: never black-tie patent leather or heels first."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search, shown_titles

NOT_FIRST = ("Patent", "Pump", "Slingback", "Heel", "Stiletto", "Sandal")


@pytest.mark.parametrize(
    "text",
    [
        "need shoes for kitchen work 12h standing",
        "shoes for kitchen work",
        "i work in a restaurant kitchen, need shoes",
        "im a cook need work shoes",
        "need black shoes for cooking in a restaurant, long shifts",
        "shoes for working in a kitchen pls",
    ],
)
def test_kitchen_work_is_a_job_on_ones_feet(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles and listed(turn.text), turn.text
    assert not any(word in titles[0] for word in NOT_FIRST), titles
    assert "Nothing in our catalog is made for catering specifically" in turn.text
    assert "are described as comfortable" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "need shoes for 12h standing",
        "shoes for standing 12 hours a day",
        "work shoes for long shifts standing",
        "shoes for standing at work all day",
        "need shoes i stand 10 hrs at work",
        "shoes for long shifts on my feet",
    ],
)
def test_long_hours_standing_ask_for_comfortable_shoes(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles and listed(turn.text), turn.text
    assert not any(word in titles[0] for word in NOT_FIRST), titles
    assert "comfortable" in turn.text.split("\n")[0], turn.text
