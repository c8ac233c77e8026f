"""Stranger test 79 (docs/nlu/stranger-test-79.md, persona B, B1, B2, worst problem 3).

"… a blazer or a smart jacket, I'm usually a medium …" got office jackets with the M dropped
without a word, and "What do you actually have in stock in my size for the jacket?" ignored "in my
size". Our blazers are all men's, made in jacket sizes 36R to 44L: a letter size can't apply, so
the results say so ("not S, M or L, so I haven't searched them in size M") and show the blazers;
the M is never dropped silently, and never kept as a jacket size."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import keep_bot_messages, listed, say, search, searched
from tests.actions.test_stranger_79_low_heels import B1

JACKET_IN_MEDIUM = [
    B1,
    "i need a blazer for work, im usually a medium",
    "smart jacket pls, size M, under 250",
    "Looking for a navy blazer in medium for the office",
    "blazer or smart jacket, I'm a medium",
    "do u have any jackets in a medium? for my new job",
]


def _said_not_in_letters(shown: str) -> None:
    assert "men's" in shown and "not S, M or L" in shown, shown
    assert "haven't searched them in size M" in shown, shown
    assert "36R" in shown, shown


@pytest.mark.parametrize("text", JACKET_IN_MEDIUM)
def test_a_medium_for_blazers_is_said_not_to_apply(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B1 (problem 3): "medium" dropped silently."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    _said_not_in_letters(turn.shown)
    assert not searched(turn).get("size"), searched(turn)
    assert listed(turn.shown), turn.shown
    assert "I'll search suits and jackets in it" not in turn.shown
    assert "not in size M" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "What do you actually have in stock in my size for the jacket? Navy or black would be "
        "ideal.",
        "what jackets do u have in my size?",
        "anything in my size in navy or black",
        "ok what have u got in my size for the blazer",
        "Which of the jackets come in my size?",
    ],
)
def test_in_my_size_for_the_jacket_says_it_again(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B2: "in my size" was ignored."""
    keep_bot_messages(chat, search(chat, extractor, "blazer or smart jacket, I'm usually a medium"))

    turn = search(chat, extractor, text)

    print(turn.shown)
    _said_not_in_letters(turn.shown)
    assert listed(turn.shown), turn.shown


@pytest.mark.parametrize(
    "text", ["a dress for work, im usually a medium", "casual shirts in a medium pls"]
)
def test_a_medium_for_what_comes_in_letters_is_searched(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("size") == "m", searched(turn)
    assert "not S, M or L" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "Okay lovely, I think I'll go with the second one in medium please!",
        "the 2nd one in M pls",
        "ill take the second one, medium",
        "second one in a medium please",
        "go with #2 in size m",
    ],
)
def test_a_medium_of_the_blazer_picked_says_what_its_sizes_mean(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B4: M refused with 36R-44L buttons and no hint."""
    keep_bot_messages(chat, search(chat, extractor, B1))

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.shown)
    assert "isn't made in size M" in turn.shown
    assert "chest in inches" in turn.shown and "not S, M or L" in turn.shown, turn.shown
    assert any(button["title"] == "38R" for button in turn.buttons), turn.buttons
