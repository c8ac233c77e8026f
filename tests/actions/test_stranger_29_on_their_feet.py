"""Stranger test 29 (docs/nlu/stranger-test-29.md, persona Dee, #1; worst problem 3): "hi need comfy
work shoes, im a nurse on my feet 12 hrs" got "I found 4 comfortable shoes for office." with a
pointed flat, a block-heel pump and a $239 slingback.

A nurse's (a carer's, a waitress's, a chef's, a shop worker's) work is shifts on their feet, not the
office occasion: the answer is what the catalog describes as comfortable, never heels first, and,
as nothing in the catalog is made for that job, it says so in one line. Someone who works in an
office keeps the office occasion; a gender said later ("womens 8") still applies."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search, shown_titles

HEELS = ("Pump", "Slingback", "Heel", "Stiletto", "Sandal")


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("hi need comfy work shoes, im a nurse on my feet 12 hrs", "nursing"),
        ("im a carer and need work shoes, on my feet all day", "nursing"),
        ("need shoes for work, im a waitress doing double shifts", "catering"),
        ("I'm a chef, want comfy shoes for work", "catering"),
        ("work shoes for the shop floor please, I work retail", "retail work"),
        ("shoes for my 12 hour shifts on the ward", "nursing"),
    ],
)
def test_a_job_on_ones_feet_is_not_the_office(chat, extractor, text, job):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "office" not in turn.text.lower()
    titles = shown_titles(chat)
    assert titles and listed(turn.text), turn.text
    # Comfortable first, never heels first ("comfortable through a long day" pumps come last).
    assert not any(word in titles[0] for word in HEELS), titles
    assert f"Nothing in our catalog is made for {job} specifically" in turn.text
    assert "are described as comfortable" in turn.text


def test_the_gender_said_later_still_applies(chat, extractor):
    search(chat, extractor, "hi need comfy work shoes, im a nurse on my feet 12 hrs")

    turn = search(chat, extractor, "womens 8 pls, black or white")

    print(turn.text)
    assert "office" not in turn.text.lower()
    assert "women" in turn.text and "size 8" in turn.text
    assert shown_titles(chat), turn.text


@pytest.mark.parametrize(
    "text",
    [
        "shoes for work, I work in an office",
        "need some work shoes for the office",
        "womens shoes to wear to work",
    ],
)
def test_office_work_keeps_the_office(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "office" in turn.text.lower()
    assert "made for" not in turn.text
