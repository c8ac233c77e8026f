"""Stranger test 21 (docs/nlu/stranger-test-21.md): "hello i need dress for party on saturday, not
more then 150 dollar please fast" was read as "over $150", the opposite of her budget. A budget
said with a negation ("not more then", "cant go over", "nothing above") or a word after the
amount ("150 max", "150 or less") is a ceiling; "not less than 100", "at least 100" a floor."""

from __future__ import annotations

import pytest


def prices(extractor, text: str) -> set[tuple[str, str]]:
    return {(e.entity, e.value) for e in extractor.extract(text) if e.entity.startswith("price")}


@pytest.mark.parametrize(
    "text",
    [
        "hello i need dress for party on saturday, not more then 150 dollar please fast",
        "not more then 150",
        "not more than 150",
        "no more then 150",
        "not over 150",
        "nothing above 150",
        "nothing more then 150 pls",
        "150 max",
        "max 150$",
        "150$ max",
        "150 dollars max",
        "at most 150",
        "150 at most",
        "less then 150",
        "150 or less",
        "150 or lower",
        "below 150 euros",
        "not more expensive than 150",
        "no more expensive then 150",
        "not pricier than 150",
        "cant go over 150",
        "i can't go above $150",
        "i cannot spend more than 150",
        "dont want anything more expensive than 150",
        "dont show me anything over 150",
        "it shouldnt cost more than 150",
        "must not be over 150",
        "not exceeding 150",
        "maximum of 150",
        "need a dress for a wedding, budget 150",
    ],
)
def test_a_ceiling_however_it_is_said(extractor, text):
    assert prices(extractor, text) == {("price_max", "150")}


@pytest.mark.parametrize(
    "text",
    [
        "not less than 100",
        "not less then 100",
        "no less than 100 dollars",
        "at least 100",
        "over 100",
        "more than 100",
        "100 or more",
        "$100 or more",
        "100 minimum",
        "something more expensive than 100",
    ],
)
def test_a_floor_however_it_is_said(extractor, text):
    assert prices(extractor, text) == {("price_min", "100")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 100 and 150", {("price_min", "100"), ("price_max", "150")}),
        ("between 100 and 150 dollar", {("price_min", "100"), ("price_max", "150")}),
        ("150, could stretch to 200", {("price_max", "200")}),
        ("around 150 but i can stretch to 180", {("price_max", "180")}),
        ("i dont want to spend more than 200", {("price_max", "200")}),
        ("i dont mind spending over 100", {("price_min", "100")}),
        ("dress under 150 size M", {("price_max", "150")}),
        ("anything cheaper than 80 in red", {("price_max", "80")}),
    ],
)
def test_ranges_stretches_and_what_is_not_a_ceiling_stay_as_they_were(extractor, text, expected):
    assert prices(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "size 10",
        "do you have it in size 10 or more",
        "not more than 2 days delivery please",
        "ready in 30 min or less?",
        "no more than 3 items",
    ],
)
def test_a_size_a_time_or_a_count_is_no_budget(extractor, text):
    assert prices(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("10 uk", "UK 10"),
        ("im a 43 eu", "EU 43"),
        ("9.5 us", "US 9.5"),
        ("size 10 uk please", "UK 10"),
    ],
)
def test_a_size_with_its_sizing_said_after_the_number(extractor, text, size):
    """Stranger test 21, persona A: a size said after a list ("size 10"), the sizing after it too."""
    assert {(e.entity, e.value) for e in extractor.extract(text) if e.entity == "size"} == {
        ("size", size)
    }
