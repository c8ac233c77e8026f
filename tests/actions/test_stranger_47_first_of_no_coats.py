"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Jenna, worst problem 5): shoes listed,
then "I need some kind of warm coat" got "we don't sell coats"; "Would the first one go with the
shoes?" then got four belts "to go with the Stratus Runner", a shoe she never chose.

"The first one" to go with the shoes is not one of those shoes: she means the first of what she
asked for last, which could not be shown. The reply says so, and suggests nothing for a shoe."""

from __future__ import annotations

import pytest

from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import say, search, shown_titles

SHOES = "going to Kyoto, I need comfortable women's shoes, I'm a US 7.5 and my budget is about $150"
COAT = "also i need some kind of warm coat that packs down small, women's medium, camel or black"


@pytest.mark.parametrize(
    "text",
    [
        "Would the first one go with the shoes? I don't want to look like a tourist lol",
        "would the 1st one go with the shoes",
        "does the first one match the shoes?",
        "would the second one look ok with the shoes",
        "and the first one, would it go with those shoes?",
    ],
)
def test_the_first_of_a_kind_not_shown_is_said_to_be_none(chat, extractor, text):
    search(chat, extractor, SHOES)
    on_screen = shown_titles(chat)
    said = search(chat, extractor, COAT)
    assert "we don't sell coats" in said.text

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    print(turn.shown)
    assert "To go with" not in turn.text
    assert "Belt" not in turn.shown
    assert "we don't sell coats" in turn.text
    assert shown_titles(chat) == on_screen
