"""docs/nlu/stranger-test-87.md, B2 (worst problem 4): "Oh the second one looks lovely, does it
come in light blue as well, and is it okay for a formal ceremony?" of the Harriet Shirt Dress,
listed in White, Blue and Olive, got "I don't know ... the catalog says nothing about light blue".
The catalog names no shades: a light or dark shade of a colour the product is listed in is that
colour, said so ("comes in Blue; our catalog doesn't say which shade of blue"), with its stock in
it; a shade of a colour it is not made in ("pale pink" of the Harriet) is "doesn't come in", as
before, and navy (a colour of its own) is never a light blue."""

from __future__ import annotations

import pytest

from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# B1's white or cream dresses in M under $200: the Rosalie, then the Harriet.
HARRIETS = "a white or cream dress in size M under $200"
PLACES = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


def _opened(chat, extractor, searched: str, title: str) -> None:
    """The dresses (or suits) searched for, and `title` among them opened by its place."""
    search(chat, extractor, searched)
    place = PLACES[shown_titles(chat).index(title)]
    say(chat, extractor, ActionSelectProduct(), "select_product", f"the {place} one")


# B2: the shade and the ceremony, in one message, of the Harriet (second of the list).
LIGHT_BLUE_AND_FORMAL = [
    "Oh the second one looks lovely, does it come in light blue as well, and is it okay for a "
    "formal ceremony?",  # the doc's
    "the second one, does it come in lite blue too? and is it ok for a formal ceremony",
    "2nd one looks nice, do you have it in baby blue as well, and is it formal enough for a "
    "graduation ceremony?",
    "does the second one come in a pale blue, and would it be ok for a formal event?",
    "second one - is it available in sky blue and is it suitable for a formal ceremony?",
]
HEARD = ["ask_product_question", "check_availability"]


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", LIGHT_BLUE_AND_FORMAL)
def test_light_blue_of_a_dress_listed_in_blue_says_blue_and_the_occasion(
    chat, extractor, text, heard
):
    """B2: the Harriet comes in Blue (the shade not said by the catalog) and its stock in Blue;
    the ceremony still answered; never "says nothing about light blue"."""
    search(chat, extractor, HARRIETS)
    titles = shown_titles(chat)
    assert titles.index("Harriet Shirt Dress") == 1, titles

    shown = _said(chat, extractor, heard, text).shown

    assert "Harriet Shirt Dress comes in Blue" in shown, shown
    assert "which shade of blue" in shown, shown
    assert "in stock" in shown and "(Blue)" in shown, shown
    assert "formal" in shown or "casual" in shown or "office" in shown, shown
    assert "nothing about" not in shown and "light blue" not in shown.lower(), shown


# The shade alone, of a product opened: its plain colour when listed in it.
SHADE_OF_A_LISTED_COLOUR = [
    (
        HARRIETS,
        "Harriet Shirt Dress",
        "does it come in baby blue",
        "Blue",
    ),
    (HARRIETS, "Harriet Shirt Dress", "lite blue?", "Blue"),
    ("white dress under $200", "Rosalie Tea Dress", "in a pale pink?", "Pink"),
    ("a green dress", "Liana Silk Midi Dress", "any dark green ones", "Green"),
    ("grey suits", "Whitehall Two-Piece Suit", "light grey?", "Grey"),
    ("grey suits", "Whitehall Two-Piece Suit", "is it available in a pale grey", "Grey"),
]


@pytest.mark.parametrize(("searched", "title", "text", "listed"), SHADE_OF_A_LISTED_COLOUR)
def test_a_shade_of_a_colour_it_is_listed_in_is_that_colour_said_so(
    chat, extractor, searched, title, text, listed
):
    _opened(chat, extractor, searched, title)

    shown = say(chat, extractor, ActionCheckAvailability(), "check_availability", text).shown

    assert f"The {title} comes in {listed}" in shown, shown
    assert f"which shade of {listed.lower()}" in shown, shown
    assert f"({listed})" in shown or "sold out" in shown, shown
    assert "doesn't come in" not in shown, shown


# A shade of a colour it is not made in: "doesn't come in", as before; never a shade of another.
SHADE_NOT_MADE = [
    (HARRIETS, "Harriet Shirt Dress", "in a pale pink?", "light pink"),
    (
        HARRIETS,
        "Harriet Shirt Dress",
        "any dark green ones",
        "dark green",
    ),
    (HARRIETS, "Harriet Shirt Dress", "light grey?", "light grey"),
    ("a green dress", "Mirabel Wrap Dress", "does it come in light blue", "light blue"),
]


@pytest.mark.parametrize(("searched", "title", "text", "shade"), SHADE_NOT_MADE)
def test_a_shade_of_a_colour_it_is_not_made_in_is_not_made(
    chat, extractor, searched, title, text, shade
):
    """The Mirabel comes in Navy, never a light blue; the Harriet's Olive is no dark green."""
    _opened(chat, extractor, searched, title)

    shown = say(chat, extractor, ActionCheckAvailability(), "check_availability", text).shown

    assert f"doesn't come in {shade}" in shown, shown
    assert "which shade" not in shown and "nearest it comes in is Navy" not in shown, shown


# Under a list, none opened (stranger 86, A3: "does it come in lite blue" under white shirts): the
# one shown in blue answers, never "None of the products on screen fits that".
SHADE_UNDER_A_LIST = [
    "does it come in lite blue",
    "does it come in baby blue?",
    "is it available in a pale blue",
    "sky blue?",
    "do u have it in light blue",
]


@pytest.mark.parametrize("text", SHADE_UNDER_A_LIST)
def test_a_shade_under_a_list_picks_the_one_shown_in_its_plain_colour(chat, extractor, text):
    search(chat, extractor, "hi need white dress shirt 15.5 neck for new hotel job")

    shown = say(chat, extractor, ActionCheckAvailability(), "check_availability", text).shown

    assert "None of the products on screen fits" not in shown, shown
    assert "comes in Blue; our catalog doesn't say which shade of blue" in shown, shown
    assert "(Blue)" in shown, shown
