"""Stranger test 19's teacher (docs/nlu/stranger-test-19.md, persona a): "its parents evening next
thursday, i need smart shoes that are actually comfy" got "no comfortable evening dress shoes"
(parents evening is no evening-wear occasion), and "womens please, ... nothing over $60" then got a
$159.95 men's loafer "over your budget, not for women", while the Margot Pointed Flat ($59) is a
women's shoe in her budget. The closest alternatives keep who it is for and the budget first."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "its parents evening next thursday, i need smart shoes",
        "it's parents' evening on thursday and i need shoes",
        "parent teacher evening next week, need comfy shoes",
        "shoes for an open evening at school",
        "i teach an evening class, need comfortable shoes",
        "shoes for parents eve ning",  # a typo: no occasion either way
    ],
)
def test_a_school_evening_is_not_evening_wear(extractor, text):
    found = {(e.entity, e.value) for e in extractor.extract(text)}
    assert ("occasion", "evening") not in found


@pytest.mark.parametrize(
    "text",
    ["evening shoes", "shoes for the evening", "something for a night out", "evening wear"],
)
def test_evening_wear_is_still_the_evening(extractor, text):
    found = {(e.entity, e.value) for e in extractor.extract(text)}
    assert ("occasion", "evening") in found


@pytest.mark.parametrize(
    "second",
    [
        "womens please, and my budget is tight, nothing over $60 if poss",
        "for women please, under $60",
        "womens, max 60 dollars",
        "ladies please, nothing more than $60",
        "women's pls, budget is 60 tops",
    ],
)
def test_her_budget_and_gender_are_kept_before_the_occasion(chat, extractor, second):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hi there! im a primary school teacher and its parents evening next thursday, i need "
        "smart shoes that are actually comfy cos im on my feet for hours")  # fmt: skip

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", second)

    shown = turn.shown
    print(shown)
    assert "Margot Pointed Flat" in shown
    assert "not for women" not in shown
    assert "Hackney Suede Loafer" not in shown
    assert "evening dress" not in shown
    # the $59 flat is within her budget: not led by "above your budget"
    assert "above your budget" not in shown
