"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Jenna, worst problem 6): "Also, do you
sell suitcases or a carry-on? Mine's got a broken wheel after the last trip." got the off-topic
reply ("I'm only good at this shop").

Luggage is a kind the shop does not sell: the shopper is told so, and shown the nearest kind it does
sell (bags: a weekender carries a trip), as for coats or hoodies. A cabin bag ("hand luggage") and a
suit that packs in a carry-on stay what they were."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import DEMO_TITLES, search, shown_titles

BAGS = {
    title
    for title in DEMO_TITLES.values()
    if any(w in title for w in ("Bag", "Briefcase", "Messenger", "Tote", "Clutch", "Backpack"))
}

SUITCASE_ASKS = [
    "Also, do you sell suitcases or a carry-on? Mine's got a broken wheel after the last trip.",
    "do u sell suitcase",
    "do you have luggage? mine broke",
    "any trolley bags?",
    "need a new carry-on, the wheel fell off my old one",
    "looking for a wheelie case for a 2 week trip",
]


@pytest.mark.parametrize("text", SUITCASE_ASKS)
def test_we_dont_sell_suitcases_and_the_bags_we_do_sell(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "we don't sell suitcases" in turn.text
    assert "The nearest we have are bags" in turn.text
    assert shown_titles(chat) and set(shown_titles(chat)) <= BAGS


@pytest.mark.parametrize(
    "text",
    [
        "searching a bag for hand luggage max 55x40x20",
        "I need a small bag for the flight, hand luggage only, 40 x 30 x 20 cm",
    ],
)
def test_a_bag_for_hand_luggage_is_still_bags(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "don't sell" not in turn.text
    assert shown_titles(chat) and set(shown_titles(chat)) <= BAGS


def test_a_suit_for_a_carry_on_is_still_a_suit(chat, extractor):
    turn = search(
        chat, extractor, "Need a suit that won't wrinkle in a carry-on. Flying out Thursday."
    )

    assert "don't sell" not in turn.text
    assert "Clifton Travel Suit" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "what size is the 2nd one, is ok for hand luggage?",
        "is it ok as carry-on?",
        "will it fit in my luggage",
        "does the first one fit in cabin luggage",
        "ok for hand luggage on ryanair?",
    ],
)
def test_luggage_as_a_use_is_not_a_kind_asked_for(extractor, text):
    """Luggage a product goes in or serves as ("ok for hand luggage?", "as carry-on") is how it is
    used, not suitcases asked for (tests/nlu/test_stranger_25_cabin_bag.py's message)."""
    kinds = [e.value for e in extractor.extract(text) if e.entity == "category"]
    assert "suitcases" not in kinds
