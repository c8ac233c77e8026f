"""A linen sundress called "not lightweight", and "what's it made of?" left unanswered
(docs/nlu/stranger-test-92.md, B1-B2, worst problem 6).

B1: a light linen dress in soft blue or sage green, size M, found the Coralie Linen Sundress under
"The closest dresses, though not lightweight": the catalog calls it "Airy linen" and never says it
is heavy; it only doesn't use the word "lightweight". Right: "though our catalog doesn't say
they're lightweight", never "not lightweight".
B2: "Is it in stock in medium in the blue, how much is it, and what's it made of?" got "Yes, the
Coralie Linen Sundress is in stock in M (Blue) at $369.00." and no word on the material. Right: the
stock and price, then what the catalog says it is made of ("Airy linen ..."), or that it doesn't
say."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# The model heard the doc's B2 as check_availability (0.99).
HEARD = ["check_availability", "ask_product_question", "select_product"]
DRESS = "Coralie Linen Sundress"

B1 = (
    "Hi there! My best friend is getting married in Cape Town on December 12th and I need a light "
    "linen dress, ideally soft blue or sage green, in a medium. What have you got?"
)
LIGHT_LINEN = [
    B1,  # the doc's (its middle left out there)
    "need a light linen dress, soft blue or sage green, size M",
    "a lightweight linen dress in blue, medium pls",
    "looking for a light linen dress for a summer wedding, medium, blue or sage",
    "light linen dress in M? light blue ideally",
]
MADE_OF = [
    "Oh, the first one looks lovely! Is it in stock in medium in the blue, how much is it, and "
    "what's it made of?",  # the doc's
    "the 1st one - in stock in M in blue? how much? and what is it made of",
    "is the first one in stock in a medium in blue, whats the price and what material is it?",
    "Love the first one. Do you have it in a medium in blue, what does it cost, and what fabric "
    "is it?",
    "first one: available in M in the blue? price? whats it made from?",
]


@pytest.mark.parametrize("text", LIGHT_LINEN)
def test_a_linen_dress_is_never_called_not_lightweight(chat, extractor, text):
    """docs/nlu/stranger-test-92.md, B1: the catalog doesn't say it is heavy, only doesn't call it
    lightweight; the reply says no more than that."""
    shown = search(chat, extractor, text).shown

    assert DRESS in shown, shown
    assert "not lightweight" not in shown, shown
    if "lightweight" in shown.split("\n", 1)[-1]:
        assert "our catalog doesn't say they're lightweight" in shown, shown


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", MADE_OF)
def test_stock_price_and_what_it_is_made_of(chat, extractor, text, heard):
    """docs/nlu/stranger-test-92.md, B2: the stock in M blue, the price, and its material from
    the catalog's words."""
    search(chat, extractor, B1)
    assert shown_titles(chat)[0] == DRESS, shown_titles(chat)

    shown = say_as_heard(chat, extractor, ACTIONS, heard, text).shown

    assert "I found" not in shown and "closest" not in shown, shown
    assert DRESS in shown and "in stock" in shown and "M (Blue)" in shown, shown
    assert "$369.00" in shown, shown
    assert "Airy linen" in shown, shown  # the catalog's words on what it is made of
    assert chat.slots.get("current_product") == "coralie-linen-sundress", chat.slots
