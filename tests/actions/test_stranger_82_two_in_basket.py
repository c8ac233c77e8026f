"""docs/nlu/stranger-test-82.md, B#5 (worst problem 4): three dresses shown (none in navy), then
three flats, "The second one" (the Margot Pointed Flat, women's size 8 said), and then "Could you
put those shoes and the navy dress in size 12 in my basket please?" got "One thing at a time:
I'll ask about the Margot Pointed Flat next." and "Which dress do you mean: ...?"; the shoes'
question never came and the basket stayed empty. Right: none of the dresses shown comes in navy,
and the bot says so, with the colours they come in, a way to pick one of them and a search for
navy dresses; the shoes go on in the size she gave (8), with their colour the one question left;
and no "I'll ask about ... next" that is never kept. Two things added at once whose choices are
clear ("the shoes and the black dress in M", a black dress shown) are both added."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import keep_bot_messages, say_and_keep

# Three dresses with sleeves listed in L (US 12): the Liana, the Vivienne and the Rosalie, none navy.
DRESSES = "dresses with sleeves in size 12"
B3 = (
    "Lovely. Now shoes, and I'll be on a moving ship so nothing high please! Something silver or "
    "nude, a low heel or even a smart flat, women's size 8, under $120"
)
B4 = "The second one looks comfortable. Is it leather?"

NAVY = [
    "Could you put those shoes and the navy dress in size 12 in my basket please?",
    "add the shoes and the navy dress in 12 to my basket pls",
    "pop the flats and the navy dress (size 12) in my basket",
    "I'd like the shoes and the navy dress in a 12 in my cart please",
    "can u add those shoes + the navy dress size 12 to my bag",
    "put those shoes and the navy dress in my basket, size 12 for the dress",
]

BLACK_FLATS = "black flats for women in size 8 under $120"
BLACK = [
    "add the shoes and the black dress in M to my cart",
    "put those flats and the black dress in medium in my basket",
    "pls add the shoes + the black dress in size M to my bag",
    "can you put the black dress in M and those shoes in my cart",
    "add the flats and the black dress in m to my basket",
    "I'll take the shoes and the black dress in M, add them to my cart please",
]


def tap(chat, button: dict):
    """The shopper taps a button: its payload's intent and entities, as Rasa sends them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    found = [{"entity": name, "value": value} for name, value in values.items()]
    return keep_bot_messages(chat, chat.run(ActionAddToCart(), intent, button["title"], found))


def her_lists(chat, extractor, shoes: str = B3) -> None:
    """The dresses, then the flats, then a question about the second flat (it is opened)."""
    for text in (DRESSES, shoes):
        say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B4)
    assert "rosalie-tea-dress" in str(chat.history) and "vivienne-velvet-dress" in str(chat.history)


@pytest.mark.parametrize("text", NAVY)
def test_no_navy_dress_is_said_and_the_shoes_go_on_in_her_size(chat, extractor, text):
    """docs/nlu/stranger-test-82.md, B#5."""
    her_lists(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.text
    # Honest about navy: none of the dresses shown comes in it, and what they do come in.
    assert "navy" in shown.lower() and "none of" in shown.lower(), shown
    for colour in ("Burgundy", "Ivory", "Olive"):
        assert colour in shown, shown
    assert "Which dress do you mean" not in shown, shown
    # The way on: one of those dresses (in her size, not in navy), or a search for navy dresses.
    payloads = [b["payload"] for b in turn.buttons]
    assert any(p.startswith("/search_products") and "navy" in p for p in payloads), payloads
    dress = next(b for b in turn.buttons if b["title"] == "Rosalie Tea Dress")
    assert "navy" not in dress["payload"] and "12" in dress["payload"], dress
    # No promise that is never kept: the shoes' colour is the one question, asked now, last.
    assert "I'll ask about" not in shown, shown
    last = turn.messages[-1]
    assert "Margot Pointed Flat" in last["text"] and last["text"].endswith("?"), shown
    tan = next(b for b in last["buttons"] if b["title"] == "Tan")

    added = tap(chat, tan)

    assert "Added Margot Pointed Flat (US 8" in added.text and "Tan" in added.text, added.text


@pytest.mark.parametrize("text", NAVY[:2])
def test_a_dress_tapped_after_the_navy_note_is_added_in_her_size(chat, extractor, text):
    """docs/nlu/stranger-test-82.md, B#5: "the Rosalie, then" is a tap of it: in L, its colour
    asked among those it comes in (never navy)."""
    her_lists(chat, extractor)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    dress = next(b for b in turn.buttons if b["title"] == "Rosalie Tea Dress")

    tapped = tap(chat, dress)

    assert "navy" not in tapped.text.lower() or "Added" in tapped.text, tapped.text
    assert "Rosalie Tea Dress" in tapped.text, tapped.text


@pytest.mark.parametrize("text", BLACK)
def test_the_shoes_and_the_black_dress_are_both_added(chat, extractor, text):
    """docs/nlu/stranger-test-82.md, B#5: with a black dress among those shown and the shoes'
    colour and size settled by her search, both go in, the dress in the size said with it."""
    her_lists(chat, extractor, shoes=BLACK_FLATS)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.text
    assert "Added Vivienne Velvet Dress (M, Black)" in shown, shown
    assert "Added Margot Pointed Flat (US 8 / EU 38.5, Black)" in shown, shown
    assert "2 items" in shown, shown
    assert "I'll ask about" not in shown, shown


GOWN = [
    "put the shoes and the navy gown in my basket",
    "add those shoes and the navy gown to my cart please",
    "could you pop the flats and the navy gown in my basket",
]


@pytest.mark.parametrize("text", GOWN)
def test_one_gown_shown_not_in_navy_is_said_without_a_promise(chat, extractor, text):
    """docs/nlu/stranger-test-82.md, B#5, with one gown shown: that it doesn't come in navy and
    what it comes in; the shoes' colour asked now, not "I'll ask about the gown next"."""
    for searched in ("velvet gown in 12", B3):
        say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", searched)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B4)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.text
    assert "Valentina Velvet Gown doesn't come in navy" in shown and "Burgundy" in shown, shown
    assert "I'll ask about" not in shown, shown
    assert any(b["title"] == "Show navy gowns" for b in turn.buttons), turn.buttons
    assert turn.messages[-1]["text"] == "Which colour of the Margot Pointed Flat?", shown


TOTALS = [
    "What's the total for everything in my basket, and how much more would it be with express "
    "shipping?",
    "whats the total for everything in my cart with express",
    "what's the cost of all in my basket incl express shipping?",
    "total for the items in my bag with express please",
    "What's the total for everything in my basket?",
]


@pytest.mark.parametrize("text", TOTALS)
def test_the_total_of_her_basket_adds_nothing_again(chat, extractor, text):
    """docs/nlu/stranger-test-82.md, B#7 after B#5: the shoes in her basket, "What's the total for
    everything in my basket" counts them once; "in my basket" there adds nothing."""
    her_lists(chat, extractor)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", NAVY[0])
    tap(chat, next(b for b in turn.messages[-1]["buttons"] if b["title"] == "Tan"))

    total = say_and_keep(chat, extractor, ActionShowCart(), "view_cart", text)

    assert "Added" not in total.text and "2 items" not in total.text, total.text
    assert "Your cart (1 item)" in total.text, total.text
