"""Stranger test 45 (docs/nlu/stranger-test-45.md, persona Deborah, worst problem 1): with the
Mirabel Wrap Dress open, "What would go with it? She has plenty of black heels so nothing like
that, maybe a little bag?" got "I found 9 black heels for women".

What the shopper (or the person they shop for) already has plenty of ("she has plenty of black
heels", "he already has brown shoes", "got plenty of ties already") is ruled out, never searched:
the wish is the other kind said (the bag), and with a product open, one that goes with it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say, shown_titles

DRESS = "Mirabel Wrap Dress"
BAGS = {
    "Stockholm Leather Briefcase", "Malmo Weekender Bag", "Uppsala Laptop Messenger",
    "Lund Satin Clutch", "Visby Leather Tote", "Sigtuna Velvet Evening Bag",
    "Gotland Crossbody Bag", "Orebro Canvas Tote", "Kalmar Leather Backpack",
}  # fmt: skip


def open_the_dress(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "green or blue dresses")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the mirabel wrap dress")
    assert DRESS in opened.text, opened.text


@pytest.mark.parametrize(
    "text",
    [
        "What would go with it? She has plenty of black heels so nothing like that, maybe a "
        "little bag?",
        "what goes with it? she already has black heels, maybe a bag",
        "shes got loads of heels so not that, a bag to go with it maybe?",
        "my wife has lots of black heels already. a little bag that goes with it?",
        "she owns enough heels, what about a bag to go with it",
    ],
)
def test_heels_she_has_are_not_searched_a_bag_for_the_dress_is(chat, extractor, text):
    open_the_dress(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "heels" not in turn.text.lower()
    titles = shown_titles(chat)
    assert titles and set(titles) <= BAGS, titles
    assert DRESS in turn.text  # what they go with


@pytest.mark.parametrize(
    ("text", "wanted", "owned"),
    [
        ("he already has brown shoes, maybe a belt?", "belt", "shoe"),
        ("i have loads of black dresses so not that, a gold clutch maybe", "clutch", "dress"),
        ("she owns enough heels, what about a clutch", "clutch", "heel"),
        ("got plenty of ties already. pocket square?", "pocket square", "tie"),
        ("hes got plenty of white shirts. a tie maybe", "tie", "shirt"),
    ],
)
def test_what_they_have_plenty_of_is_not_searched(chat, extractor, text, wanted, owned):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    reply = turn.text.lower()
    assert wanted in reply.split("\n")[0]
    assert not any(owned in title.lower() for title in shown_titles(chat)), shown_titles(chat)
    assert owned not in reply.split("\n")[0]  # never "I found 9 black heels"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("do they have these heels in black", "heels"),
        ("she has a wedding so she needs a dress", "dresses"),
        ("he has wide feet, any loafers", "loafers"),
        ("i need shoes, he has plenty of ties", "shoes"),
        ("my wife has her eye on a green dress", "dresses"),
    ],
)
def test_a_kind_wanted_is_still_searched(chat, extractor, text, wanted):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert wanted in turn.text.split("\n")[0].lower()
