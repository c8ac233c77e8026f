"""Stranger test 89 B3 (docs/nlu/stranger-test-89.md, persona Sarah): with a tuxedo opened, "What
would go with it? I was thinking a bow tie rather than a normal tie ... velvet ones ... not sure
about the colour" listed 3 bow ties and 3 ordinary ties, velvet not mentioned.

"X rather than a normal Y", "not a normal tie" rule the ordinary ties out: only bow ties are shown,
and which of them is velvet is said ("In velvet: number 4."), or that none is."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

ASKED = [
    "Lovely. What would go with it? I was thinking a bow tie rather than a normal tie, maybe one "
    "of those velvet ones, but I'm not sure about the colour.",
    "what would go with it? a bow tie rather than a regular tie, velvet maybe",
    "What goes with it? bow tie not a normal tie pls, velvet if u have",
    "what would go w it, thinking a velvet bowtie instead of an ordinary tie",
    "Any bow ties to go with it rather than a standard tie? maybe velvet",
]


def tuxedo_opened(chat) -> None:
    keep_bot_messages(
        chat,
        chat.run(ActionSelectProduct(), "select_product", "1. Kensington Shawl-Collar Tuxedo",
                 entity_list(product_handle="kensington-shawl-collar-tuxedo")),
    )  # fmt: skip


@pytest.mark.parametrize("text", ASKED)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionSuggestOutfit(), "ask_what_goes_with"), (ActionSearchProducts(), "search_products")],
)
def test_only_bow_ties_and_the_velvet_one_said(chat, extractor, text, action, intent):
    tuxedo_opened(chat)

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    lines = [line for line in turn.text.splitlines() if line[:1].isdigit()]
    assert lines, turn.text
    assert all("Bow Tie" in line for line in lines), lines
    said = re.search(r"In velvet: number (\d+)\.", turn.text)
    assert said, turn.text
    assert "Velvet" in lines[int(said.group(1)) - 1], lines


@pytest.mark.parametrize(
    "text",
    [
        "what would go with it? a bow tie rather than a normal tie, tweed maybe",
        "What goes with it? bow tie not a regular tie, in tweed if u have",
    ],
)
def test_no_bow_tie_in_the_material_said_is_said(chat, extractor, text):
    tuxedo_opened(chat)

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    print(turn.text)
    assert "I have no tweed bow ties to go with it" in turn.text, turn.text
    lines = [line for line in turn.text.splitlines() if line[:1].isdigit()]
    assert lines and all("Bow Tie" in line for line in lines), lines
