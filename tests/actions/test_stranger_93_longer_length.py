"""docs/nlu/stranger-test-93.md, B2 (worst problem 7): after three dresses were listed for a
wedding in size 14 (B1), "Oh the second one looks lovely. Is it in stock in a 14, and how much is
it? Does it come in a longer length?" got "Yes, the Rosalie Tea Dress is in stock in L (Pink, Blue
and Ivory) at $189.00." and not a word on the length. Right: its stock and price, then on the
length what the catalog says of it (the Rosalie Tea Dress gives none, and no other lengths), so
"our catalog doesn't say" with the team's contact, never silence and never a promise."""

from __future__ import annotations

import re

import pytest

from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# The model heard the doc's B2 as check_availability (0.999).
HEARD = ["check_availability", "ask_product_question", "select_product"]

B1 = (
    "Hello! My daughter is getting married on the 19th of December and I need something to wear, "
    "a dress or maybe a jumpsuit, in navy or dusty blue, size 14, and not too short please!"
)
DRESS = "Rosalie Tea Dress"
WITH_A_LONGER_LENGTH = [
    "Oh the second one looks lovely. Is it in stock in a 14, and how much is it? Does it come in "
    "a longer length?",  # the doc's
    "the 2nd one is gorgeous! is it in stock in 14 and whats the price? does it come longer?",
    "Second one please - in stock in a 14? how much? and is there a longer length?",
    "Love the second one. Do you have it in a 14, and what does it cost? Is there a longer "
    "version of it?",
    "ooh the 2nd one. in stock in 14?? price?? does it come in a maxi length too??",
    "The second dress is lovely. Is it available in a 14 and how much is it? I'd want it a bit "
    "longer, does it come in a longer length?",
]


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", WITH_A_LONGER_LENGTH)
def test_stock_price_and_the_length_are_all_answered(chat, extractor, text, heard):
    search(chat, extractor, B1)
    assert shown_titles(chat)[1] == DRESS, shown_titles(chat)

    shown = say_as_heard(chat, extractor, ACTIONS, heard, text).shown

    assert "I found" not in shown, shown  # no new search
    assert DRESS in shown and "in stock" in shown.lower(), shown  # its stock in L (US 14)
    assert "$189.00" in shown, shown  # its price
    # The length: the catalog gives none, so it says so (and who can tell), never a promise.
    assert re.search(
        r"(?:doesn't (?:say|give)|don't know from our catalog)[^.]*\b(?:length|long)", shown
    ), shown
    assert "@" in shown or re.search(r"\d{3}", shown), shown  # the team's contact
    assert "comes in a longer" not in shown.lower(), shown


@pytest.mark.parametrize(
    "text",
    [
        "The first one is lovely. Is it in stock in a 14, and how much is it? Does it come in a "
        "longer length?",
        "1st one in stock in 14? price? is there a longer length?",
        "first one pls, have you got it in a 14 and how much? does it come longer",
        "Do you have the first one in a 14, what does it cost, and is there a longer version?",
        "the first dress - in stock in 14?? how much?? any longer lengths??",
    ],
)
def test_the_length_the_catalog_gives_is_quoted(chat, extractor, text):
    """Of a dress whose catalog names its length (the Liana Silk Midi Dress: "Printed silk midi
    dress ..."), the catalog's own words, never a longer one promised."""
    search(chat, extractor, B1)
    assert shown_titles(chat)[0] == "Liana Silk Midi Dress", shown_titles(chat)

    shown = say_as_heard(chat, extractor, ACTIONS, "check_availability", text).shown

    assert "in stock" in shown.lower() and "$379.00" in shown, shown
    assert "“Printed silk midi dress" in shown, shown
    assert "comes in a longer" not in shown.lower(), shown


@pytest.mark.parametrize(
    "text",
    [
        "Is the second one in stock in a 14, and how much is it? It's for my daughter's wedding.",
        "2nd one in stock in 14? how much? its for a wedding in december",
        "Second one - do you have it in a 14 and what's the price. The wedding is on the 19th!",
        "is the second one available in 14 and how much is it, we're going to a summer wedding",
        "second one in a 14? and the price? it's for my daughter's big day x",
    ],
)
def test_small_talk_beside_stock_and_price_is_not_answered_as_a_question(chat, extractor, text):
    """What the shopper tells ("It's for my daughter's wedding.") asks nothing: stock and price,
    no catalog quote about occasions."""
    search(chat, extractor, B1)

    shown = say_as_heard(chat, extractor, ACTIONS, "check_availability", text).shown

    assert DRESS in shown and "$189.00" in shown, shown
    assert "catalog says" not in shown and "occasions" not in shown, shown
