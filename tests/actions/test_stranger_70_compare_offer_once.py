"""Stranger test 70 (docs/nlu/stranger-test-70.md, Harold, message B4, worst problem 5).

His first message ("a handbag or a scarf, I can't decide") got handbags and "Tell me which two,
e.g. "the first and the second", and I'll compare them."; three turns later, still choosing a
present for Lily, "scarves too ... I'd like to compare before I make up my mind" got the same offer
again. The offer is made once per topic: again only for another kind of thing altogether."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

B1 = (
    "Hello there! My granddaughter Lily turns 18 next month and I'd like to get her a handbag or "
    "a scarf, I can't decide which. Something around $120. What would you suggest?"
)
OFFER = "utter_offer_to_compare"

SAME_TOPIC_AGAIN = [
    "And do you have scarves too, maybe a soft wool one in a nice colour? I'd like to compare "
    "before I make up my mind.",
    "any clutch bags? want to compare before deciding",
    "do u have totes too? cant decide yet",
    "what about a leather tote for her, I'm torn between a few things",
    "show me handbags in tan, still can't make up my mind",
]


def _first_turn(chat, extractor):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    assert OFFER in turn.responses, turn.shown
    return turn


@pytest.mark.parametrize("text", SAME_TOPIC_AGAIN)
def test_the_comparison_offer_is_not_repeated_on_the_same_topic(chat, extractor, text):
    """docs/nlu/stranger-test-70.md, B4 (problem 5)."""
    _first_turn(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert len((chat.slots.get("shown_results") or {}).get("handles") or []) >= 2, turn.shown
    assert OFFER not in turn.responses, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "now for me: cant decide between two pairs of oxfords",
        "torn between two chelsea boots for myself",
    ],
)
def test_another_kind_of_thing_gets_the_offer_again(chat, extractor, text):
    """A new topic (shoes for himself after a bag for her): the offer is new to it."""
    _first_turn(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert OFFER in turn.responses, turn.shown
