"""docs/nlu/stranger-test-90.md, A5 and B4 (worst problems 5 and 3): a colour only asked about
was taken as the colour to add.

A: "need grey trousers sz 32", "the cheaper one" (the Greenwich Pleated Chinos), "does it come in
navy" (yes), a black belt searched, then "add the 1st belt and the trousers in 32" added the chinos
in Navy. B: nude or tan heels in size 8 searched, "the second one ... does it come in black as
well" (yes), a bag searched, then "please add the heels in size 8 and the first bag" added the
heels in Black. Right: a colour asked about with "does it come in X" is no choice; the colour
searched, where the product comes in it (else "Which colour?"). A colour asked for ("ok add it in
navy", "navy then, add it") is a choice."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep, shown_titles

CHINOS = "Greenwich Pleated Chinos"
A1 = "new job at a bank starts mon. need grey trousers sz 32 pls"
A4 = "also need a black belt to go w it"
NAVY_ASKED = [
    "does it come in navy",
    "does it come in navy?",
    "do u have it in navy",
    "is it available in navy",
    "comes in navy?",
    "any in navy?",
]
BELT_AND_TROUSERS = [
    "add the 1st belt and the trousers in 32",
    "add the first belt and the trousers in 32 pls",
    "put the 1st belt n the trousers in 32 in my cart",
    "ok add the 1st belt + the trousers sz 32",
    "add 1st belt and trousers in 32",
]


def chinos_asked_in(chat, extractor, question: str) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    opened = say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the cheaper one"
    )
    assert opened.shown.startswith(CHINOS), opened.shown
    say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", question)


@pytest.mark.parametrize("asked", NAVY_ASKED)
def test_a5_the_chinos_go_in_grey_as_searched(chat, extractor, asked):
    """A5: the chinos added in 32 and Grey (searched), never Navy (only asked about)."""
    chinos_asked_in(chat, extractor, asked)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A4)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", BELT_AND_TROUSERS[0])

    assert f"Added {CHINOS} (32, Grey)" in turn.shown, turn.shown
    assert "Navy" not in turn.shown, turn.shown


@pytest.mark.parametrize("text", BELT_AND_TROUSERS)
def test_a5_said_other_ways(chat, extractor, text):
    chinos_asked_in(chat, extractor, NAVY_ASKED[0])
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A4)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert f"{CHINOS} (32, Grey)" in turn.shown, turn.shown
    assert "Navy" not in turn.shown, turn.shown


@pytest.mark.parametrize("asked", NAVY_ASKED)
def test_add_it_after_asking_navy_is_grey_too(chat, extractor, asked):
    """The same with the chinos still open: "add it in 32" is the grey pair."""
    chinos_asked_in(chat, extractor, asked)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add it in 32")

    assert f"Added {CHINOS} (32, Grey)" in turn.shown, turn.shown
    assert "as you asked" not in turn.shown or "Navy" not in turn.shown, turn.shown


@pytest.mark.parametrize("asked", NAVY_ASKED)
def test_not_made_in_the_colour_searched_the_colour_is_asked(chat, extractor, asked):
    """Burgundy trousers searched, none made in it ("Not in burgundy, but here are the closest"),
    the Whitehall opened, navy only asked about: "Which colour?", never Navy unasked."""
    say_and_keep(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "need burgundy trousers sz 32 pls",
    )
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the cheaper one")
    say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", asked)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add it in 32")

    assert "Which colour of the Whitehall Wool Trousers?" in turn.shown, turn.shown
    assert {"Navy", "Grey"} <= {b["title"] for b in turn.buttons}, turn.buttons
    assert "Added" not in turn.shown, turn.shown


@pytest.mark.parametrize(
    "chosen",
    [
        "ok add it in navy, 32",
        "navy then, add it in 32",
        "add it in navy sz 32 pls",
        "i'll take it in navy, 32",
        "put it in my cart in navy 32",
    ],
)
def test_a_colour_asked_for_is_taken(chat, extractor, chosen):
    """A colour said with the add ("ok add it in navy") is a choice: Navy."""
    chinos_asked_in(chat, extractor, "does it come in navy")

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", chosen)

    assert f"Added {CHINOS} (32, Navy)" in turn.shown, turn.shown


def test_a_colour_asked_then_wished_is_taken(chat, extractor):
    """ "does it come in navy? i'd prefer that", then "add it in 32": Navy, as wished."""
    chinos_asked_in(chat, extractor, "does it come in navy? i'd prefer navy")

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add it in 32")

    assert f"Added {CHINOS} (32, Navy)" in turn.shown, turn.shown


# (without B1's "nothing higher than a couple of inches", which now leaves one heel to list:
# tests/actions/test_stranger_90_heel_no_higher.py; a second one is asked about here)
B1 = "Hi there! I'm off to a conference and need heels I can stand in all day, nude or tan, size 8"
BLACK_ASKED = [
    "Oh the second one is lovely! Does it come in black as well?",
    "the 2nd one, does it come in black as well",
    "2nd one - is it available in black too?",
    "the second one... do you have it in black as well?",
    "second one, comes in black?",
]
B3 = "I also need a bag to go with it, one that goes on the shoulder and fits a tablet"
B4 = "Lovely, please add the heels in size 8 and the first bag to my cart"


def heels_asked_in_black(chat, extractor, question: str) -> str:
    """The heels listed, the black asked of the second one; its title."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", question)
    second = (chat.slots.get("shown_results") or {}).get("handles")[1]
    assert chat.slots.get("current_product") == second, chat.slots
    return second


@pytest.mark.parametrize("asked", BLACK_ASKED)
def test_b4_the_heels_go_in_nude_or_tan(chat, extractor, asked):
    """B4: the heels added in size 8 in the searched beige or tan (or asked which), not Black."""
    heels_asked_in_black(chat, extractor, asked)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", B4)

    assert "Black" not in turn.shown.split("Which colour of the")[0], turn.shown
    assert "(US 8 / EU 38.5, Beige)" in turn.shown or "Beige or Tan?" in turn.shown, turn.shown


SILVER_OF_THE_CUFFLINKS = [
    "Wonderful. I'll also need a bag to go with it, something that goes on the shoulder and fits "
    "a tablet. Oh and my husband keeps hinting about cufflinks, do you sell silver ones?",
    "also a bag that goes on the shoulder and fits a tablet. and do u have silver cufflinks?",
    "I need a bag too, on the shoulder, fits a tablet. Also silver cufflinks for my husband?",
    "and a bag that goes on the shoulder please, plus do you sell silver cufflinks?",
    "I'll also need a bag to go with it that fits a tablet. My husband wants cufflinks too, do "
    "you sell silver ones?",
]


@pytest.mark.parametrize("bags", SILVER_OF_THE_CUFFLINKS)
def test_b4_the_first_bag_is_not_in_the_cufflinks_silver(chat, extractor, bags):
    """B3 then B4 as replayed: the silver was said of the cufflinks (left for later), not of the
    bags listed: the first bag is not added in Silver; its colour is asked."""
    heels_asked_in_black(chat, extractor, BLACK_ASKED[0])
    listed = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", bags)
    assert "silver bags" not in listed.shown, listed.shown
    first_bag = shown_titles(chat)[0]

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", B4)

    assert f"{first_bag} (Silver)" not in turn.shown, turn.shown
    assert f"Which colour of the {first_bag}?" in turn.shown, turn.shown
