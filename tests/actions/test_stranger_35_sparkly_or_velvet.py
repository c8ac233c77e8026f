"""Stranger test 35 (docs/nlu/stranger-test-35.md, Jess, worst problem 2): with party dresses on
screen, "smth sparkly or velvet?? im a uk 12 idk what that is here" is a refinement of that
search: dresses that are sparkly OR velvet (either will do, as "blue or green" colours are), in
the US size her UK size is, said, and the letter that US size is in these dresses sold by letter.
Never dresses that must be both."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles

PARTY = "hiii need a dress for my work xmas party lol"


def refine(chat, extractor, text: str):
    say(chat, extractor, ActionSearchProducts(), "search_products", PARTY)
    assert shown_titles(chat), "no party dresses on screen"
    return say(chat, extractor, ActionSearchProducts(), "refine_search", text)


# Every sparkly or velvet party dress is sold by letter (no party dress comes in US sizes), so
# the US size her UK size is becomes its letter by the usual chart and the dresses are shown in
# it (docs/nlu/stranger-test-54.md, problem 2: a US number for dresses sold by letter is searched
# as its letter).
@pytest.mark.parametrize(
    ("text", "said", "uk", "us", "letter"),
    [
        ("smth sparkly or velvet?? im a uk 12 idk what that is here", "sparkly or velvet",
         "UK 12", "US 8", "M"),
        ("velvet or sequins, im a uk 14 idk the us size", "velvet or sparkly", "UK 14", "US 10",
         "M"),
        ("glittery or velvet pls uk 10", "sparkly or velvet", "UK 10", "US 6", "S"),
        ("anything with sequins? im a uk 10", "sparkly", "UK 10", "US 6", "S"),
        ("velvet ones in a uk 14", "velvet", "UK 14", "US 10", "M"),
    ],
)  # fmt: skip
def test_features_and_a_uk_size_narrow_the_party_dresses(
    chat, extractor, text, said, uk, us, letter
):
    turn = refine(chat, extractor, text)

    print(turn.shown)
    assert f"{uk} is {us}, an {letter} in our dresses" in turn.shown
    assert f"{said} dresses" in turn.shown
    assert f"in size {letter}:" in turn.shown
    assert "sparkly velvet" not in turn.shown and "velvet sparkly" not in turn.shown
    titles = shown_titles(chat)
    assert titles, "no dresses shown in her size"
    assert all("Velvet" in title or "Sequin" in title for title in titles), titles
    assert chat.slots["search_query"]["size"] == letter.lower()


@pytest.mark.parametrize(
    "text",
    [
        "smth sparkly or velvet in M?",
        "velvet or sequins pls, size m",
        "sparkly/velvet in a medium",
        "any glitter or velvet ones in M",
        "SEQUIN OR VELVET, size M",
    ],
)
def test_either_feature_will_do(chat, extractor, text):
    turn = refine(chat, extractor, text)

    print(turn.shown)
    titles = shown_titles(chat)
    assert "Vivienne Velvet Dress" in titles
    assert any("Sequin" in title for title in titles), titles
    assert all("Velvet" in title or "Sequin" in title for title in titles), titles
    assert "sparkly or velvet dresses" in turn.shown or "velvet or sparkly dresses" in turn.shown
    assert "in size M" in turn.shown
