"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Mateus, worst problem 2): with summer
clothing for a festival on screen, "i want boots that can go in the mud, size 42 europe" (heard as
`buy`) got "Which one do you mean? Say "the first one"...", and the next "are they waterproof?"
was answered about a linen suit, a dinner jacket and a linen blazer.

A message naming a kind that is not on screen is a new search (boots, EU 42; mud is what keeps
the wet out), not a pointer at the list; "are they waterproof?" is then about the boots shown."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say, search, shown_titles

FESTIVAL = "what you recommend for festival? is outside, 3 days camping, maybe rain"


@pytest.mark.parametrize(
    "text",
    [
        "i want boots that can go in the mud, size 42 europe",
        "i want some boots for the mud size 42 eu",
        "need boots for muddy fields, eu 42",
        "id like boots that survive mud, size 42",
        "i want to buy boots for mud in size eu 42 please",
    ],
)
def test_boots_named_with_another_list_on_screen_are_a_new_search(chat, extractor, text):
    search(chat, extractor, FESTIVAL)
    assert "Boot" not in "\n".join(shown_titles(chat))

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    print(turn.text)
    assert "Which one do you mean" not in turn.shown
    titles = shown_titles(chat)
    assert titles and all("Boot" in title or "Chukka" in title for title in titles), titles
    assert listed(turn.text)
    # Mud asks for boots that keep the wet out: nothing is sold as waterproof, so it says so, and
    # those the catalog calls rain-proof (water-repellent suede, "shrugs off rain") come first.
    assert "waterproof" in turn.text
    assert titles[0] in (
        "Ridgeway Chelsea Boot",
        "Fell Suede Chelsea Boot",
        "Wren Suede Chelsea Boot",
    )
    assert "checkout_variant" not in {e.get("name") for e in turn.events}


def test_are_they_waterproof_is_about_the_boots_then(chat, extractor):
    search(chat, extractor, FESTIVAL)
    say(
        chat,
        extractor,
        ActionStartCheckout(),
        "buy",
        "i want boots that can go in the mud, size 42 europe",
    )
    boots = shown_titles(chat)

    turn = say(
        chat,
        extractor,
        ActionAnswerProductQuestion(),
        "ask_product_question",
        "are they waterproof?",
    )

    print(turn.text)
    assert boots and any(title in turn.text for title in boots)
    assert "Linen Suit" not in turn.text and "Dinner Jacket" not in turn.text
