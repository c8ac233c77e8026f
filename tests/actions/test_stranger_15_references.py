"""Stranger test 15's reference misses (docs/nlu/stranger-test-15.md): "actually remove the tie"
when the cart holds only a shirt says there is no tie in it (and changes nothing), not "which one?";
"do they come in blue too" about three dress shirts on screen answers for each of them."""

from __future__ import annotations

import re

import pytest

from actions.cart import ActionRemoveFromCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import ActionConversation, say
from tests.actions.test_stranger_14_questions import listed_names

JERMYN = "Jermyn Poplin Dress Shirt"
_ACTIONS = {
    "ask_product_question": ActionAnswerProductQuestion,
    "check_availability": ActionCheckAvailability,
}


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="red-wine", keep_messages=True)


def _shirts(chat, extractor) -> list[str]:
    shown = say(chat, extractor, ActionSearchProducts(), "search_products",
                "need a white dress shirt")  # fmt: skip
    names = listed_names(shown.text)
    assert JERMYN in names and len(names) == 3, shown.text
    return names


# --- #8: removing something the cart does not hold ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("actually remove the tie, ive got one somewhere", "tie"),
        ("take the tie out", "tie"),
        ("remove the belt pls", "belt"),
        ("delete the shoes from my bag", "shoes"),
        ("get rid of the tie", "tie"),
        ("i dont want the hat anymore, remove it", "hat"),
    ],
)
def test_removing_what_the_cart_lacks_says_so(chat, extractor, text, missing):
    _shirts(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "add it to my bag, white, size 15.5")  # fmt: skip
    assert "Added" in added.text, added.text

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.text)
    assert "Which one" not in turn.text
    assert f"no {missing}" in turn.text.lower(), turn.text
    assert JERMYN in turn.text  # the cart, as it still is
    assert "Removed" not in turn.text


# --- #3: "do they come in blue" about the list --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do they come in blue too",
        "do these come in blue",
        "are those available in blue?",
        "any of them in blue",
        "do u have them in blue as well",
    ],
)
def test_colour_about_the_list_answers_for_each(chat, extractor, text):
    names = _shirts(chat, extractor)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    assert "Which one" not in turn.text
    for name in names:
        assert name in turn.text, turn.text
    jermyn = next(line for line in turn.text.splitlines() if JERMYN in line)
    assert "yes" in jermyn.lower() or "blue" in jermyn.lower(), turn.text
    marcella = next(line for line in turn.text.splitlines() if "Marcella" in line)
    assert "no" in marcella.lower() or "not" in marcella.lower(), turn.text


@pytest.mark.parametrize(
    "text", ["do they come in blue", "do they come in black too", "do these come in brown"]
)
def test_they_with_one_pair_open_stays_about_it(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "mens oxford shoes")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    title = opened.text.splitlines()[0]

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(title, "\n---\n", turn.text)
    assert "Which one" not in turn.text
    assert "•" not in turn.text  # one answer, not one per listed product


# --- Conv 2 #4/#5: "the wrap one" shown two lists back --------------------------------------------

MIRABEL = "Mirabel Wrap Dress"


def _dresses_then_other_lists(chat, extractor) -> None:
    first = say(chat, extractor, ActionSearchProducts(), "search_products",
                "hi! going to the races in spring, need a dress thats classy but not too formal")  # fmt: skip
    assert MIRABEL in first.text, first.text
    say(chat, extractor, ActionSearchProducts(), "refine_search",
        "something floral or pastel? size 10 womens")  # fmt: skip
    last = say(chat, extractor, ActionSearchProducts(), "refine_search", "hmm under 150 pls")
    assert MIRABEL not in last.text, last.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ooh the wrap one, what colours does it come in", "check_availability"),
        ("what colours does the wrap one come in", "check_availability"),
        ("does the wrap one come in blue", "check_availability"),
        ("is the wrap one in stock in M", "check_availability"),
        ("ooh the wrap one, is the fabric thin", "ask_product_question"),
        ("what is the wrap one made of", "ask_product_question"),
    ],
)
def test_the_wrap_one_shown_lists_ago_is_that_dress(chat, extractor, text, intent):
    _dresses_then_other_lists(chat, extractor)

    turn = say(chat, extractor, _ACTIONS[intent](), intent, text)

    print(turn.text)
    assert "Which one" not in turn.text
    assert MIRABEL in turn.text, turn.text
    assert chat.slots.get("current_product") == "mirabel-wrap-dress"


def _wrap_dress_then_shoes(chat, extractor) -> list[str]:
    _dresses_then_other_lists(chat, extractor)
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "ooh the wrap one, what colours does it come in")  # fmt: skip
    shoes = say(chat, extractor, ActionSearchProducts(), "search_products",
                "also need shoes, block heel or flats, size 7")  # fmt: skip
    names = listed_names(shoes.text)
    print(shoes.text)
    assert len(names) >= 2 and MIRABEL not in shoes.text, shoes.text
    return names


@pytest.mark.parametrize(
    "text",
    [
        "great ill take the dress in M",
        "ok add the dress in M",
        "put the dress in my cart, size M",
        "i'll get the dress in a medium",
        "the dress in M please, add it to my bag",
    ],
)
def test_the_dress_is_the_one_asked_about(chat, extractor, text):
    _wrap_dress_then_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.text, turn.buttons)
    assert MIRABEL in turn.text or any(MIRABEL in b["title"] for b in turn.buttons), turn.text


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("how much would the dress and the first pair come to together", 0),
        ("whats the dress plus the first pair altogether", 0),
        ("how much for the dress and the first shoes together", 0),
        ("the dress and the 2nd pair, how much combined", 1),
        ("price of the dress and the second pair together?", 1),
    ],
)
def test_dress_and_first_pair_total_both(chat, extractor, text, position):
    shoes = _wrap_dress_then_shoes(chat, extractor)

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.text)
    assert MIRABEL in turn.text, turn.text
    assert shoes[position] in turn.text, turn.text
    assert re.search(r"\$\d[\d,.]*", turn.text.split(shoes[position])[-1]), turn.text
