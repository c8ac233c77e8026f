"""Stranger test 9 (docs/nlu/stranger-test-9.md): the words the extractor missed. Who a wedding
outfit is for, a budget said in passing, a suit size in words, two letter sizes."""

from __future__ import annotations

import pytest


def found(extractor, text: str) -> set[tuple]:
    return {(e.entity, e.value) for e in extractor.extract(text) if e.role is None}


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("i need something to wear as mother of the bride, nothing too flashy", "female"),
        ("outfit for mother of the groom", "female"),
        ("im a bridesmaid at my friends wedding", "female"),
        ("maid of honour dress", "female"),
        ("im the bride", "female"),
        ("im the father of the bride", "male"),
        ("best man suit", "male"),
        ("im the groom, need a suit", "male"),
    ],
)
def test_a_part_in_a_wedding_says_who_it_is_for(extractor, text, gender):
    entities = found(extractor, text)
    assert ("gender", gender) in entities
    assert ("gender", {"female": "male", "male": "female"}[gender]) not in entities
    if "bride" in text or "groom" in text:
        assert ("occasion", "wedding") in entities  # "bride" still says the occasion


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("my budget is 300 total for everything incl shoes", "300"),
        ("budget of 300", "300"),
        ("my budget's around 250", "250"),
        ("300 max for everything", "300"),
        ("i can spend 200", "200"),
        ("i can only spend about 150 on it", "150"),
    ],
)
def test_a_budget_is_a_price_limit(extractor, text, limit):
    assert ("price_max", limit) in found(extractor, text)


def test_a_size_with_max_after_it_is_still_a_size(extractor):
    assert found(extractor, "size 10 max") == {("size", "10")}


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("42 regular, whatever colour is normal", "42R"),
        ("42 reg", "42R"),
        ("40 long", "40L"),
        ("38 short", "38S"),
        ("i wear a 44 long", "44L"),
        ("im a 40 reg, any colour", "40R"),
    ],
)
def test_a_suit_size_in_words(extractor, text, size):
    entities = found(extractor, text)
    assert ("size", size) in entities
    assert not {e for e in entities if e[0] == "ordinal"}


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("how does it fit, im between an S and an M", {"S", "M"}),
        ("im between a medium and a large", {"M", "L"}),
        ("ok ill take the first one in M", {"M"}),
        ("does it come in an XL?", {"XL"}),
    ],
)
def test_letter_sizes_said_in_a_sentence(extractor, text, sizes):
    assert {value for entity, value in found(extractor, text) if entity == "size"} == sizes


@pytest.mark.parametrize(
    "text", ["do you have any long dresses", "these last long", "a 40 long sleeve shirt"]
)
def test_long_alone_is_not_a_suit_size(extractor, text):
    assert not {
        value
        for entity, value in found(extractor, text)
        if entity == "size" and value.endswith("L")
    }


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to spend more than 200",
        "a dress, but i don't want to pay over $200",
        "cant spend more than 200 on shoes",
        "i won't go above 200",
        "not gonna spend more than 200 tbh",
    ],
)
def test_not_spending_more_than_an_amount_is_a_ceiling(extractor, text):
    found = {(entity.entity, entity.value) for entity in extractor.extract(text)}

    assert ("price_max", "200") in found
    assert not any(name == "price_min" for name, _ in found)
