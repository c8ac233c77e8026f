"""Stranger test 66 (docs/nlu/stranger-test-66.md, "Fixed since", problem 1, "Not yet"): "what do
u recommend" with the blazers listed got the capabilities answer ("I can help you find..."): the
classifier hears such a question as `bot_capabilities`, whose rule only says what the bot can do.
Sent on as "not understood", a second one ("which one's best" after the pick) handed over to a
person: it goes to the comparison's action instead.

Right: asking the bot's recommendation, with nothing else named, is leaving the pick to it
(shop_nlu/pick_asks.py reads it, the comparison's action answers; action_clarify too): one of those on screen, with why (the
best seller of them, or honestly that there are no sales figures), and buttons to see or buy it.
With nothing on screen it is still what the bot can do."""

from __future__ import annotations

import pytest

from actions.recommendations import ActionCompareProducts
from actions.understanding import ActionClarify
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import listed, say, search

JACKET = "also jacket thing but not a suit?? smart but no matching pants. 42 chest"

ASKS = [
    "what do u recommend",
    "which would you pick",
    "which one's best",
    "what would you recommend?",
    "which do you recommend",
    "any recommendations?",
    "which is the best one",
    "so what's your recommendation",
]


@pytest.mark.parametrize("text", ASKS)
@pytest.mark.parametrize(
    "heard", ["bot_capabilities", "out_of_scope", "nlu_fallback", "compare_products"]
)
def test_a_recommendation_asked_goes_to_the_pick(extractor, text, heard):
    resolution = resolve_intent(heard, 0.8, extractor.extract(text), text, None)
    intent = resolution.intent if resolution else heard

    assert intent == "compare_products", (heard, text, resolution)


@pytest.mark.parametrize(
    "text", ["can you recommend a belt", "what do you recommend for a wedding"]
)
def test_a_recommendation_of_a_kind_is_not_the_pick(extractor, text):
    """A kind or occasion named: a search, not the pick."""
    resolution = resolve_intent("bot_capabilities", 0.8, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "compare_products", resolution


@pytest.mark.parametrize("action", [ActionCompareProducts, ActionClarify])
@pytest.mark.parametrize("text", ASKS)
def test_a_recommendation_with_blazers_listed_picks_one_of_them_and_says_why(
    chat, extractor, text, action
):
    blazers = search(chat, extractor, JACKET)
    titles = [line.split(". ", 1)[1].split(" by ")[0] for line in listed(blazers.shown)]

    turn = say(chat, extractor, action(), "compare_products", text)

    print(turn.shown)
    assert "My pick: the " in turn.shown, turn.shown
    picked = turn.shown.split("My pick: the ", 1)[1].split(" (", 1)[0]
    assert picked in titles, (picked, titles)
    assert "best seller" in turn.shown or "no sales figures" in turn.shown
    assert "in stock in 42" in turn.shown, turn.shown  # his 42 chest, kept by the list
    assert any(b["title"] == "Buy" for b in turn.buttons), turn.buttons
    assert "Did you mean" not in turn.shown


@pytest.mark.parametrize("action", [ActionCompareProducts, ActionClarify])
def test_a_recommendation_with_nothing_on_screen_says_what_the_bot_can_do(chat, extractor, action):
    turn = say(chat, extractor, action(), "compare_products", "what do u recommend")

    assert turn.responses == ["utter_capabilities"], turn.messages
