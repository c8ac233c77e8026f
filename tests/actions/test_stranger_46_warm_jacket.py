"""Stranger test 46 (docs/nlu/stranger-test-46.md, persona Ji-hoon, worst problems 4 and 5).

"warm jaket for man size L not expensiv" listed two flannel shirts as "2 warm clothing" without a
word about jackets: "jaket" (a letter left out of "jacket") was not read as the kind, so the reply
could not say what it did not find. It now says it has no warm jackets for men in L, then the
closest. "i move to boston in january, very cold there?? what i need" got the off-topic fallback:
moving somewhere cold is a shopping need, answered with the warm things the shop has (and no word
on the weather there)."""

from __future__ import annotations

import pytest

from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.understanding import ActionClarify
from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_vocabulary
from shop_nlu.extraction import ShopEntityExtractor
from tests.actions.conversation_driver import say, shown_titles


@pytest.fixture(scope="module")
def assistants_extractor(demo_store_file) -> ShopEntityExtractor:
    """The extractor as the assistant runs it, knowing the language model's English words (a
    short word is read as a misspelt catalog word only when it is no English word itself)."""
    from shop_nlu.catalog_terms import language_model_words

    with session_scope(get_engine(f"sqlite:///{demo_store_file}")) as session:
        return ShopEntityExtractor(catalog_vocabulary(session), language_model_words())


@pytest.mark.parametrize(
    "text",
    [
        "warm jaket for man size L not expensiv",
        "warm jaket for men size L",
        "need a warm jaket, mens size L",
        "jaket warm for man in L pls",
        "any warm jakets for men in large?",
    ],
)
def test_a_mistyped_warm_jacket_says_there_is_none_in_l(chat, assistants_extractor, text):
    turn = say(chat, assistants_extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    first = turn.text.split("\n")[0]
    # Since stranger test 79 a letter size on jackets, which come in chest sizes, is said to be
    # no jacket size at all; either way the first line says no jacket is searched in L.
    no_l = first.startswith("I have no") or "haven't searched them in size L" in first
    assert "jackets" in first and no_l, first
    assert "warm clothing" not in turn.text


COLD_MOVES = [
    "hi i move to boston in january from seoul, very cold there?? what i need",
    "moving to chicago next month, it gets freezing, what do i need",
    "im moving to canada in winter, never had a cold winter. what should i buy",
    "relocating to minneapolis in december, super cold, what clothes do i need?",
    "going to live in moscow this winter, what should I get to stay warm",
]


@pytest.mark.parametrize("text", COLD_MOVES)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionOutOfScope(), "out_of_scope"), (ActionClarify(), "nlu_fallback")],
)
def test_moving_somewhere_cold_gets_warm_things(chat, assistants_extractor, text, action, intent):
    turn = say(chat, assistants_extractor, action, intent, text)

    print(turn.text)
    assert "only good at this shop" not in turn.text
    assert "warm" in turn.text.lower()
    assert shown_titles(chat)  # warm things the shop has, on screen
    # No claim about the weather there.
    for city in ("boston", "chicago", "canada", "minneapolis", "moscow"):
        assert city not in turn.text.lower()
