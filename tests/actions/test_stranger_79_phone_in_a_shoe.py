"""A question of what fits inside, about a shoe (found while fixing stranger test 79,
docs/nlu/stranger-test-79.md; the bag question it borrows is stranger test 76's, B2, and 78's, B3).

With a shoe opened, "does it fit my phone" quoted the shoe's heel line from the catalog ("Our
catalog doesn't give the measurements of the Ashby Cap-Toe Oxford, so I can't promise your phone
will fit. What it says of its size: ..."), as if a shoe were a bag. Right: a shoe carries nothing,
said plainly; and when a bag was looked at earlier in the chat, the shopper is asked whether they
mean that bag, with a button to open it."""

from __future__ import annotations

import pytest

from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowProductDetails
from actions.product_questions import ActionAnswerProductQuestion
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import keep_bot_messages, say, shown_titles

SHOE = "Ashby Cap-Toe Oxford"

FITS_MY_PHONE = [
    ("does it fit my phone", "your phone"),
    ("will my phone fit in it?", "phone"),
    ("is it big enough for my phone n wallet", "your phone and wallet"),
    ("can it hold my phone and keys", "your phone and keys"),
    ("room for my wallet?", "your wallet"),
    ("does it fit my iphone", "your iphone"),
]
LANDINGS = [
    (ActionAnswerProductQuestion, "ask_product_question"),
    (ActionSearchProducts, "search_products"),
    (ActionOutOfScope, "out_of_scope"),
    (
        ActionClarify,
        "nlu_fallback",
    ),  # as the trained model heard "big enough for my phone n wallet"
]


def _open_the_shoe(chat, extractor) -> None:
    keep_bot_messages(chat, say(chat, extractor, ActionSearchProducts(), "search_products",
                                "brown formal shoes size 10.5"))  # fmt: skip
    opened = say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 1st one")
    assert SHOE in keep_bot_messages(chat, opened).shown


def _a_bag_opened_first(chat, extractor) -> str:
    keep_bot_messages(chat, say(chat, extractor, ActionSearchProducts(), "search_products",
                                "show me some bags"))  # fmt: skip
    bag = shown_titles(chat)[0]
    opened = say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 1st one")
    assert bag in keep_bot_messages(chat, opened).shown
    return bag


@pytest.mark.parametrize(("action", "intent"), LANDINGS)
@pytest.mark.parametrize(("text", "things"), FITS_MY_PHONE)
def test_a_shoe_carries_nothing(chat, extractor, action, intent, text, things):
    _open_the_shoe(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert SHOE in turn.shown
    assert "heel" not in turn.shown.lower() and "measurements" not in turn.shown, turn.shown
    assert "shoe" in turn.shown.lower() and "won't" in turn.shown, turn.shown
    assert things in turn.shown, turn.shown
    assert chat.slots.get("current_product") == "ashby-cap-toe-oxford"


@pytest.mark.parametrize(("text", "things"), FITS_MY_PHONE)
def test_with_a_bag_looked_at_before_it_asks_if_that_bag_is_meant(chat, extractor, text, things):
    bag = _a_bag_opened_first(chat, extractor)
    _open_the_shoe(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "heel" not in turn.shown.lower() and "won't" in turn.shown, turn.shown
    assert f"Did you mean the {bag}?" in turn.shown, turn.shown
    assert [button["title"] for button in turn.buttons] == [bag], turn.buttons


def test_a_bag_is_still_answered_from_the_catalog(chat, extractor):
    """docs/nlu/stranger-test-76.md, B2: a bag's size question is unchanged."""
    bag = _a_bag_opened_first(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "is it big enough for my phone n wallet")  # fmt: skip

    print(turn.shown)
    assert bag in turn.shown and "won't" not in turn.shown and "Did you mean" not in turn.shown
