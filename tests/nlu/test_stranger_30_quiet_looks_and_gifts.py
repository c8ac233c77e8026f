"""Stranger test 30 (docs/nlu/stranger-test-30.md, worst problems 3 and 5): the readings behind
"plain ones first" ("something not too loud", a funeral) and a gift that names no kind ("a present
for my grandson, who is starting his first office job")."""

from __future__ import annotations

import pytest

from shop_nlu.message_readings import names_a_gift
from shop_nlu.quiet_looks import DARK, PLAIN, quiet_look


@pytest.mark.parametrize(
    "text",
    [
        "Would a tie go nicely with it? Something not too loud.",
        "a tie please, nothing flashy",
        "something plain",
        "I'd like a subtle tie",
        "an understated tie for work please",
        "nothing too bold, he's quite conservative",
        "not too bright please",
        "a solid colour tie",
    ],
)
def test_quiet_words_ask_for_plain_ones(text):
    assert quiet_look(text) == PLAIN


@pytest.mark.parametrize(
    "text",
    [
        "my brother needs a tie for a funeral, something plain",
        "a dark suit for a funeral",
        "what should I wear to my uncle's memorial service",
        "need a black tie for a FUNERAL tomorrow",
        "something sombre for a burial",
    ],
)
def test_a_sombre_occasion_asks_for_dark_plain_ones(text):
    assert quiet_look(text) == DARK


@pytest.mark.parametrize(
    "text",
    [
        "show me ties",
        "a bold red dress for a party",
        "explain the returns policy",
        "loud and proud shirts",
        "the brightest colours you have",
    ],
)
def test_other_words_ask_for_no_quiet_look(text):
    assert quiet_look(text) is None


@pytest.mark.parametrize(
    ("text", "for_someone"),
    [
        (
            "I should like to buy a present for my grandson, who is starting his first office job",
            True,
        ),
        ("a leaving present for a colleague", False),
        ("gift ideas for my dad", True),
        ("My sister's birthday is next week and I'd like to get her something", True),
        ("Christmas pressie for my husband", True),
    ],
)
def test_a_gift_is_named(text, for_someone):
    assert names_a_gift(text, for_someone)


@pytest.mark.parametrize(
    ("text", "for_someone"),
    [
        ("can you gift wrap it", False),
        ("can i send it to my sister as a gift", True),
        ("something to wear for my birthday", False),
        ("show me slim shirts for the office", False),
        ("do you have gift cards", False),
    ],
)
def test_no_gift_is_named(text, for_someone):
    assert not names_a_gift(text, for_someone)
