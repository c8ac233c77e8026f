"""Stranger test 19 (docs/nlu/stranger-test-19.md, a7): "can you show me the cheapest first please,
money's a bit tight this month" fell back ("Sorry, I'm not sure I understood": refine 0.45,
out_of_scope 0.41), while a bare "cheapest first" re-sorts the list on screen. A message that asks
for the list in price order is a refinement, whatever chat comes with it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say, shown_titles

CHATTY_SORTS = [
    "can you show me the cheapest first please, money's a bit tight this month",
    "could u put the cheapest ones first, im skint til payday",
    "sort them by price low to high pls, bit broke at the moment",
    "show the least expensive first, money is tight lol",
    "can i see them cheapest to dearest? got bills to pay this month",
    "order by price please, lowest first, its been an expensive month",
]


@pytest.mark.parametrize("text", CHATTY_SORTS)
@pytest.mark.parametrize(
    ("classifier", "scores"),
    [
        ("nlu_fallback", {"refine_search": 0.45, "out_of_scope": 0.41, "buy": 0.03}),
        ("out_of_scope", {"out_of_scope": 0.55, "refine_search": 0.3}),
    ],
)
def test_asking_for_price_order_with_chat_is_a_refinement(extractor, text, classifier, scores):
    entities = extractor.extract(text)
    resolution = resolve_intent(classifier, 0.45, entities, text, None, scores=scores)
    assert resolution is not None and resolution.intent == "refine_search"


@pytest.mark.parametrize(
    "text",
    [
        "my money is tight this month",
        "whats the cheapest one?",
        "which of these is cheapest",
        "first time buying here, is it cheap to ship?",
    ],
)
def test_other_price_talk_is_not_a_sort(extractor, text):
    resolution = resolve_intent(
        "out_of_scope", 0.45, extractor.extract(text), text, None,
        scores={"out_of_scope": 0.45, "refine_search": 0.3},
    )  # fmt: skip
    assert resolution is None or resolution.intent != "refine_search"


def test_the_list_on_screen_is_shown_cheapest_first(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens shoes")
    before = shown_titles(chat)

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", CHATTY_SORTS[0])

    print(turn.shown)
    assert "shoes for women" in turn.shown
    assert shown_titles(chat)[0] == "Margot Pointed Flat"
    assert shown_titles(chat) != before
