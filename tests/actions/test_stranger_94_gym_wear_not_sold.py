"""docs/nlu/stranger-test-94.md, A1 and A6 (worst problem 4): "hey do u sell runnin shoes or gym
stuff?" answered running but said nothing of "gym stuff"; "also any gym shorts or joggers? size
m, grey" got "we don't sell shorts" (joggers unsaid) and then the Whitehall Wool Trousers and the
Kensington Tuxedo Trousers as the nearest to joggers.

Right: the shop has no sportswear, and says so ("we don't sell sportswear", "... or joggers"),
offering only what comes close for the gym, the sneakers the catalog calls cushioned; never suit
or tuxedo trousers for gym wear. Which kinds exist is the catalog's to say (the lexicon only names
the words); the sneakers are the store's."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

TROUSERS = ["Trousers", "Chinos", "Tuxedo", "Whitehall", "Kensington"]


def searched(chat, extractor, text):
    return say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)


@pytest.mark.parametrize(
    "text",
    [
        "hey do u sell runnin shoes or gym stuff?",
        "do you have any gym clothes?",
        "u got sportswear?",
        "any activewear? im restarting the gym",
        "need some workout clothes size L",
        "do u sell gym gear at all",
    ],
)
def test_gym_clothes_asked_for_are_said_not_sold(chat, extractor, text):
    turn = searched(chat, extractor, text)

    assert "don't sell sportswear" in turn.shown, turn.shown
    for title in TROUSERS:
        assert title not in turn.shown, turn.shown


def test_running_is_still_answered_beside_the_gym(chat, extractor):
    turn = searched(chat, extractor, "hey do u sell runnin shoes or gym stuff?")

    assert "Stratus Runner" in turn.shown, turn.shown
    assert "running" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("also any gym shorts or joggers? size m, grey", ["sportswear", "joggers"]),
        ("do you do tracksuits or sweatpants", ["joggers"]),
        ("any joggers in grey size m", ["joggers"]),
        ("gym shorts pls, medium", ["sportswear"]),
        ("trackies or gym shorts? size M", ["joggers", "sportswear"]),
        ("got any grey joggers for men?", ["joggers"]),
    ],
)
def test_joggers_and_gym_shorts_get_no_suit_trousers(chat, extractor, text, said):
    turn = searched(chat, extractor, text)

    assert "don't sell" in turn.shown, turn.shown
    for kind in said:
        assert kind in turn.shown, turn.shown
    assert "leggings" not in turn.shown, turn.shown
    assert "not cushioned" not in turn.shown, turn.shown  # only what comes close
    for title in TROUSERS:
        assert title not in turn.shown, turn.shown


def test_the_nearest_to_gym_wear_are_cushioned_sneakers(chat, extractor):
    """Only what truly comes close: the sneakers the catalog calls cushioned."""
    turn = searched(chat, extractor, "do you have any gym clothes?")

    assert "Stratus Runner" in turn.shown, turn.shown
    assert "cushioned" in turn.shown, turn.shown
