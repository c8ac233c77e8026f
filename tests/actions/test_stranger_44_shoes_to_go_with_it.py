"""Stranger test 44 (docs/nlu/stranger-test-44.md, persona Niamh, worst problem 5): with the
Vivienne Velvet Dress chosen, "What shoes would go with it, do you think? I'm a 7 and I can't
stand sky-high heels." got a plain search for low-heeled shoes in 7, a Chelsea boot first.

Shoes asked for "to go with it" are those that go with the dress (as "what goes with it?"
matches them), in the size said, low ones first, each with why; the size is still kept.

Stranger test 43 (docs/nlu/stranger-test-43.md, persona Linda, worst problem 4): after the shoes
that go with the dress were shown, none chosen, "what about a bag to go with it?" paired the bag
with those shoes, and a leather backpack "matches the casual dress code" came with it. "It" is
still the dress: the bags go with the dress."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import listed, say, search, shown_titles

DRESS = "Vivienne Velvet Dress"


def choose_the_dress(chat, extractor) -> None:
    search(chat, extractor, "green dress for a party under 250")
    assert shown_titles(chat)[0] == DRESS
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "1")
    assert DRESS in opened.text, opened.text


SHOES_FOR_IT = [
    "Lovely. What shoes would go with it, do you think? I'm a 7 and I can't stand sky-high heels.",
    "what shoes would go with it",
    "any shoes to match?",
    "shoes that go with this dress",
    "what heels would go with it",
    "need shoes for it too",
    "wat shoes go w it? im a 7",
]


def assert_shoes_with_the_dress(turn) -> None:
    print(turn.text)
    # The answer ends the reply; a note that the size said is kept ("Got it: size 7 in shoes")
    # follows it since stranger test 96 (B2: said before, it stood between question and answer).
    answer = [m["text"] for m in turn.messages if not m["text"].startswith("Got it: size")]
    assert answer[-1].startswith(f"To go with the {DRESS}"), turn.text
    assert "Chelsea" not in turn.text and "Boot" not in turn.text
    lines = listed(turn.text)
    assert lines
    assert any(" — also for parties" in line for line in lines), lines


@pytest.mark.parametrize("text", SHOES_FOR_IT)
def test_shoes_to_go_with_the_dress_heard_as_a_search(chat, extractor, text):
    choose_the_dress(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert_shoes_with_the_dress(turn)


@pytest.mark.parametrize("text", SHOES_FOR_IT)
def test_shoes_to_go_with_the_dress_heard_as_what_goes_with(chat, extractor, text):
    choose_the_dress(chat, extractor)

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    assert_shoes_with_the_dress(turn)


def test_the_size_said_is_kept_and_the_lowest_come_first(chat, extractor):
    choose_the_dress(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", SHOES_FOR_IT[0])

    assert_shoes_with_the_dress(turn)
    assert "size 7 in shoes" in turn.text
    assert "the flattest first" in turn.text
    assert "Stiletto" not in turn.text


LINDA = (
    "Hi there! So my sisters and I are going to the races next month for my sister's 50th and "
    "I need a pretty floral dress, something light for spring, medium, ideally under $200"
)


@pytest.mark.parametrize(
    "text",
    [
        "what about a bag to go with it?",
        "and a bag to go with it",
        "any bags that would go w it?",
        "a handbag to match it pls",
        "ooh and what bag would go with it do u think",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionSuggestOutfit(), "ask_what_goes_with"), (ActionSearchProducts(), "search_products")],
)
def test_a_bag_to_go_with_it_after_the_shoes_goes_with_the_dress(
    chat, extractor, text, action, intent
):
    search(chat, extractor, LINDA)
    opened = say(
        chat, extractor, ActionSelectProduct(), "select_product", "the vivienne velvet dress"
    )
    assert DRESS in opened.text, opened.text
    shoes = say(
        chat, extractor, ActionSearchProducts(), "search_products",
        "what shoes would go with it? nothing too high, I'll be standing on grass all day",
    )  # fmt: skip
    assert shoes.text.startswith(f"To go with the {DRESS}"), shoes.text

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert turn.text.startswith(f"To go with the {DRESS}:"), turn.text
    assert "Slipper" not in turn.text.splitlines()[0]
    assert "Backpack" not in turn.text
    assert "Clutch" in turn.text or "Evening Bag" in turn.text


def test_a_bag_to_go_with_them_after_the_shoes_goes_with_the_shoes(chat, extractor):
    choose_the_dress(chat, extractor)
    say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", "what shoes go with it?")

    turn = say(
        chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", "a bag to go with them?"
    )

    print(turn.text)
    assert not turn.text.startswith(f"To go with the {DRESS}"), turn.text


@pytest.mark.parametrize("text", ["a shirt and tie to match", "shirt and tie that match pls"])
def test_kinds_to_match_each_other_with_nothing_chosen_are_a_search(chat, extractor, text):
    search(chat, extractor, "black oxfords")

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "To go with" not in turn.text


def test_shoes_for_the_party_with_the_dress_open_are_a_search(chat, extractor):
    choose_the_dress(chat, extractor)

    turn = search(chat, extractor, "need shoes for the party")

    print(turn.text)
    assert "To go with" not in turn.text
