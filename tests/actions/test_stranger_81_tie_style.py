"""How the first bow tie is tied, asked with its colours (stranger test 81,
docs/nlu/stranger-test-81.md, persona B, B2, worst problem 4).

"Oh those look nice. Is the first one a self-tie or pre-tied? He is hopeless with knots honestly,
so pre-tied would save our marriage. And does it come in midnight blue as well as black?" got "I
found 7 midnight or blue or black ties under $71" (neckties), no answer on pre-tied, and $49 taken
off her budget for a pocket square she never picked. Right: the first one on screen answered from
the catalog (the Silk Self-Tie Bow Tie is tied by hand; the pre-tied ones listed offered),
"midnight blue" one colour (navy), and no search, so no budget spent."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_81_bow_tie_first import her_bow_ties

B2 = (
    "Oh those look nice. Is the first one a self-tie or pre-tied? He is hopeless with knots "
    "honestly, so pre-tied would save our marriage. And does it come in midnight blue as well as "
    "black?"
)
# As the trained model hears each (docs: its intents on 28 Nov 2026).
FIRST_ONE = [
    (B2, "select_product", ActionSelectProduct),
    ("is the first one pre-tied or self tie? and does it come in midnight blue?",
     "check_availability", ActionCheckAvailability),
    ("Is the 1st one pre tied? he can't tie a knot to save his life. Does it come in navy as "
     "well as black?", "ask_product_question", ActionAnswerProductQuestion),
    ("the first one - self-tie or pre-tied? also midnight blue available?",
     "check_availability", ActionCheckAvailability),
    ("Quick q, is the first one a clip on or do you tie it yourself? Any midnight blue?",
     "select_product", ActionSelectProduct),
]  # fmt: skip


@pytest.mark.parametrize(("text", "intent", "action"), FIRST_ONE)
def test_the_first_one_is_said_to_be_a_self_tie(chat, extractor, text, intent, action):
    """B2: the first bow tie said to be tied by hand, the pre-tied ones listed offered, its navy
    answered, and no search of neckties nor budget spent."""
    her_bow_ties(chat, extractor)

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert "The Silk Self-Tie Bow Tie is a self-tie" in turn.shown, turn.shown
    assert "Pre-tied ones on screen: the Velvet Pre-Tied Bow Tie" in turn.shown, turn.shown
    assert "Velvet Pre-Tied Bow Tie" in [b["title"] for b in turn.buttons], turn.buttons
    assert "Silk Self-Tie Bow Tie is in stock in Navy" in turn.shown, turn.shown
    assert "I found" not in turn.shown and "is left" not in turn.shown, turn.shown
    assert "midnight" not in turn.shown.lower(), turn.shown


@pytest.mark.parametrize(
    ("text", "intent", "action"),
    [
        ("Is the second one self-tie or pre-tied? He's hopeless with knots",
         "ask_product_question", ActionAnswerProductQuestion),
        ("is the 2nd one pre tied?", "select_product", ActionSelectProduct),
        ("the second one, is it a clip-on or self tie", "ask_product_question",
         ActionAnswerProductQuestion),
    ],
)  # fmt: skip
def test_a_pre_tied_one_is_said_so(chat, extractor, text, intent, action):
    """B2: the second one, the Velvet Pre-Tied Bow Tie, is pre-tied, said from its description."""
    her_bow_ties(chat, extractor)

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert "The Velvet Pre-Tied Bow Tie is pre-tied" in turn.shown, turn.shown


def test_self_tie_is_no_necktie_wished_for(extractor):
    """B2: the "tie" of "self-tie" and "pre-tied" names no kind to search; "midnight blue" is one
    colour, navy."""
    found = {(e.entity, e.value) for e in extractor.extract(B2)}

    assert not any(entity == "category" for entity, _ in found), found
    assert ("colour", "navy") in found and ("colour", "blue") not in found, found
