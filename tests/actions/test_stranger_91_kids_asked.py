"""docs/nlu/stranger-test-91.md, A5 (worst problem 6): "also rain jacket mens L. u sell kids rain
boots too?" searched the jackets and answered "Yes, we have 13 boots": the word "kids" was lost,
and the shopper never learned whether children's things are sold.

Right: whether the shop sells children's things is said truly, from the catalog at that moment
(the demo catalog is all grown-ups' sizes: "We don't sell children's shoes or clothes"), never a
yes about grown-ups' boots; the jacket is still searched."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

A5 = "also rain jacket mens L. u sell kids rain boots too?"
KIDS_ASKED = [
    A5,
    "need a rain jacket mens L. do you sell kids rain boots?",
    "rain jacket for me, mens L, and do u have kids boots too",
    "also a rain jacket mens large, and do you sell children's boots?",
    "mens rain jacket size L pls. u guys carry boots for kids?",
    "rain jacket in L for men, oh and do you sell kid's sneakers?",
]


@pytest.mark.parametrize("text", KIDS_ASKED)
def test_whether_childrens_things_are_sold_is_said(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "We don't sell children's shoes or clothes" in turn.shown, turn.shown
    assert "Yes, we have" not in turn.shown, turn.shown
    assert "jacket" in turn.shown.lower(), turn.shown


def test_grown_ups_boots_asked_beside_a_search_are_still_answered_yes(chat, extractor):
    turn = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "also rain jacket mens L. u sell rain boots too?",
    )  # fmt: skip

    assert "children" not in turn.shown, turn.shown
