"""Stranger test 74 (docs/nlu/stranger-test-74.md, persona B, B3-B5, worst problem 2).

"find me a silk tie ... Burgundy or navy maybe", then the tie added: "Which colour of the Silk
Grenadine Tie? [Navy] [Black] [Burgundy]", though she had ruled Black out. A product with no sizes
(a tie) is asked only among the colours the shopper named that it is in stock in ("Burgundy or
Navy?", those two buttons); when only one of them is, that one is taken and said.
"""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep, shown_titles

TIE_SEARCHES = [
    "Perfect. Now could you find me a silk tie that would go with it? Burgundy or navy maybe, "
    "nothing too loud, he wears ties to the office every day",
    "silk tie, burgundy or navy maybe",
    "navy or burgundy tie pls",
    "burgundy or navy ties for the office",
    "got any burgandy or navy silk ties?",
    "a tie in burgundy or navy for my husband",
]
ADDS = [
    "add the first one",
    "put the grenadine tie in my cart",
    "i love the first one, add it to my basket",
    "add the 1st one pls",
    "Wonderful, then please put the first tie in my cart",
]


def her_ties(chat, extractor, text: str) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)
    assert shown_titles(chat)[0] == "Silk Grenadine Tie", shown_titles(chat)


@pytest.mark.parametrize("search", TIE_SEARCHES)
def test_only_the_colours_she_named_are_offered(chat, extractor, search):
    """docs/nlu/stranger-test-74.md, B5: no Black button after "Burgundy or navy"."""
    her_ties(chat, extractor, search)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one")

    assert "Which colour of the Silk Grenadine Tie?" in turn.text, turn.text
    assert "Black" not in turn.text
    assert sorted(b["title"] for b in turn.buttons) == ["Burgundy", "Navy"], turn.buttons
    # The question names the two she said, in the order she said them.
    said_first = "Navy" if search.lower().startswith("navy") else "Burgundy"
    other = "Burgundy" if said_first == "Navy" else "Navy"
    assert f"{said_first} or {other}?" in turn.text, turn.text
    assert [b["title"] for b in turn.buttons] == [said_first, other]


@pytest.mark.parametrize("text", ADDS)
def test_each_way_of_adding_it_asks_among_her_colours(chat, extractor, text):
    """docs/nlu/stranger-test-74.md, B5."""
    her_ties(chat, extractor, TIE_SEARCHES[0])

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert [b["title"] for b in turn.buttons] == ["Burgundy", "Navy"], turn.text


@pytest.mark.parametrize("text", ["i'll take the first one", "buy the grenadine tie"])
def test_buying_it_asks_among_her_colours_too(chat, extractor, text):
    """docs/nlu/stranger-test-74.md, B5, bought at once instead of added."""
    her_ties(chat, extractor, TIE_SEARCHES[1])

    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)

    assert [b["title"] for b in turn.buttons] == ["Burgundy", "Navy"], turn.text


@pytest.mark.parametrize(
    "search",
    [
        "silk tie in burgundy or green",
        "a black or orange silk tie",
        "green or black silk ties",
        "burgandy or yellow tie",
    ],
)
def test_one_of_her_colours_in_stock_is_taken_and_said(chat, extractor, search):
    """docs/nlu/stranger-test-74.md, B5: only one of the colours named is one the tie comes in."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", search)
    assert "Silk Grenadine Tie" in shown_titles(chat), shown_titles(chat)
    position = ["first", "second", "third"][shown_titles(chat).index("Silk Grenadine Tie")]

    turn = say_and_keep(
        chat, extractor, ActionAddToCart(), "add_to_cart", f"add the {position} one"
    )

    taken = "Burgundy" if "burg" in search else "Black"
    assert "Which colour" not in turn.text, turn.text
    assert f"Silk Grenadine Tie ({taken})" in turn.text, turn.text
    assert f"That's in {taken}, as you asked." in turn.text


def test_a_colour_typed_in_the_message_still_wins(chat, extractor):
    her_ties(chat, extractor, TIE_SEARCHES[1])

    turn = say_and_keep(
        chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one in black"
    )

    assert "Silk Grenadine Tie (Black)" in turn.text, turn.text


BOTH = [
    "Wonderful, then please put the belt and the tie in my cart and let's check out",
    "add the belt and the tie to my cart",
    "ok put the belt n the tie in my basket pls",
    "add belt and tie to cart",
    "lovely, add the belt and that tie!",
]


@pytest.mark.parametrize("text", BOTH)
def test_the_belt_and_the_tie_ask_only_among_her_colours(chat, extractor, text):
    """docs/nlu/stranger-test-74.md, B1-B5 as she typed them: the belt added, the tie's colour
    asked among "Burgundy or navy" only."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "a good quality leather belt, brown probably, he wears a 34 waist")  # fmt: skip
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "Ooh the second one looks lovely, is it real leather though?")  # fmt: skip
    her_ties(chat, extractor, TIE_SEARCHES[0])
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options",
                 "I love the first one! Do you do gift wrapping?")  # fmt: skip

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Woven Leather Belt (34, Brown)" in turn.text, turn.text
    assert "Which colour of the Silk Grenadine Tie? Burgundy or Navy?" in turn.text, turn.text
    assert [b["title"] for b in turn.buttons] == ["Burgundy", "Navy"], turn.buttons
