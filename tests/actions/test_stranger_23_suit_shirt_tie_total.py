"""Stranger test 23 (docs/nlu/stranger-test-23.md, persona B, miss #8): after a suit was picked,
a shirt and a tie suggested for it and white shirts shown, "whats the total for the suit + shirt +
tie" got only "Which one do you mean: the Belvoir Three-Piece Suit, the Ascot Morning Suit or the
Sterling Slim Suit?".

The total is of the suit picked and the shirt and tie picked; one not decided yet is asked about
(which shirt, which tie), by name with a button each, and nothing is totalled that was not
decided; once all three are, the total is their prices added up from the store."""

from __future__ import annotations

from decimal import Decimal

import pytest

from actions.discovery import ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts, ActionSuggestOutfit
from commerce.db import session_scope
from commerce.products import product_details
from tests.actions.conversation_driver import say, search, shown_titles

SUITS = "yo my brothers wedding is next saturday and im in charge of my own suit lol. need something grey or navy, 40R"  # noqa: E501
TOTALS = [
    "whats the total for the suit + shirt + tie",
    "how much for the suit, shirt and tie all together",
    "total for suit shirt and tie?",
    "what would suit + shirt + tie come to",
    "whats the damage for the suit shirt n tie altogether",
]


def suit_then_shirts(chat, extractor):
    """The stranger's conversation up to the total (the delivery question left out)."""
    search(chat, extractor, SUITS)
    say(chat, extractor, ActionCompareProducts(), "compare_products",
        "whats the diff between the first two")  # fmt: skip
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "the cheaper one then. does it need hemming?? trousers always too long on me")  # fmt: skip
    say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
        "what tie and shirt would go w it")  # fmt: skip
    search(chat, extractor, "collar 15.5 for the shirt, white")


def price(handle: str) -> Decimal:
    with session_scope() as session:
        details = product_details(session, handle)
        assert details is not None
        return details.price_from


@pytest.mark.parametrize("text", TOTALS)
def test_the_suit_picked_and_which_shirt_and_tie_asked(chat, extractor, text):
    suit_then_shirts(chat, extractor)
    shirts = shown_titles(chat)

    turn = search(chat, extractor, text)

    print(turn.text, turn.buttons)
    assert "Belvoir" not in turn.text and "Sterling" not in turn.text, "the suit was picked"
    assert "Ascot Morning Suit" in turn.text
    asked = " ".join(button["title"] for button in turn.buttons)
    assert any(shirt in asked for shirt in shirts), "which shirt is asked"
    assert "Tie" in asked, "which tie is asked too"
    assert "$" not in turn.text.split("Ascot Morning Suit")[0], "no total of what wasn't picked"


def tap(chat, handle: str):
    return chat.run(ActionSelectProduct(), "select_product",
                    entities=[{"entity": "product_handle", "value": handle}])  # fmt: skip


def test_once_the_shirt_and_tie_are_tapped_the_total_is_theirs_and_the_suits(chat, extractor):
    suit_then_shirts(chat, extractor)
    asked = search(chat, extractor, TOTALS[0])
    shirt = next(b for b in asked.buttons if "Shirt" in b["title"])
    tie = next(b for b in asked.buttons if "Tie" in b["title"])
    tap(chat, shirt["payload"].split('"product_handle": "')[1].split('"')[0])
    tap(chat, tie["payload"].split('"product_handle": "')[1].split('"')[0])

    turn = search(chat, extractor, TOTALS[0])

    print(turn.text)
    handles = [b["payload"].split('"product_handle": "')[1].split('"')[0] for b in (shirt, tie)]
    total = price("ascot-morning-suit") + sum(price(handle) for handle in handles)
    assert f"${total:,.2f}" in turn.text
    assert "Ascot Morning Suit" in turn.text
    assert shirt["title"] in turn.text and tie["title"] in turn.text
    assert "Belvoir" not in turn.text and "Sterling" not in turn.text
