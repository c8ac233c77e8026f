"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Jonah, worst problems 3 and 5): a
birthday present for a girlfriend whose size he doesn't know.

"idk her size lol. shes kinda petite", right after the bot asked what kind of gift, got "What are
you looking for?": the gift conversation was dropped. Not knowing her size keeps it: the kinds in
stock that need no size (bags for her), and that she can exchange a sized one herself.

"do u sell gift cards? might be safer tbh" got the gift-wrap answer. The shop sells no gift cards:
say so, and offer what a gift card would have solved (no size needed, exchanges)."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

GIFT = "yo need a bday present for my gf, her bday is saturday"


@pytest.mark.parametrize(
    "text",
    [
        "idk her size lol. shes kinda petite",
        "no clue what size she is tbh",
        "not sure about her size honestly",
        "idk what size she wears",
        "i dont know her size at all",
    ],
)
def test_not_knowing_her_size_keeps_the_gift_conversation(chat, extractor, text):
    search(chat, extractor, GIFT)

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "What are you looking for" not in turn.shown
    assert "her size" in turn.text and "bags" in turn.text  # bags come in no size
    assert "exchange it for another size" in turn.text and "30 days" in turn.text
    assert turn.buttons and turn.buttons[0]["title"] == "Bags"


@pytest.mark.parametrize(
    "text",
    [
        "do u sell gift cards? might be safer tbh",
        "do you do gift vouchers",
        "got any e-gift cards? she can pick herself",
        "you have gift cards? would be easier lol",
        "do you sell gift certificates? then she can choose",
    ],
)
def test_gift_cards_are_not_sold_and_what_helps_instead(chat, extractor, text):
    search(chat, extractor, GIFT)
    search(chat, extractor, "maybe a bag? she always steals mine")

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "we don't sell gift cards" in turn.text
    assert "gift-wrap" not in turn.text
    assert "bags" in turn.text and "exchange it for another size" in turn.text
