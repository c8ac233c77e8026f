"""Stranger test 72 (docs/nlu/stranger-test-72.md, persona A, messages A1-A2, worst problem 3):
"need white shirt and dark trouser ... size M, waist 30" searched white shirts without the M (it
went to the trousers, whose size is the waist), so the first shirt was a dress shirt sized by
collar and "add the first one" asked "Which size ...? [14.5] ... [17]" with no word about the M.
The M is the shirt's: the shirts shown come in M; and a dress shirt asked for in M is said to
be sized by collar."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import keep_bot_messages, say_and_keep, search, searched

STUDENT = [
    "oi. need white shirt and dark trouser for presentation in universty next week. size M, "
    "waist 30. not expensive pls im student",
    "need white shirt and black trousers, size M, waist 30",
    "white shirt and dark trousers pls, size M, waist 30",
    "i need a white shirt and some trousers, size m and waist 30",
    "looking for white shirt and dark pants, size M, waist 30 cheap",
]


@pytest.mark.parametrize("text", STUDENT)
def test_the_letter_size_is_the_shirts(chat, extractor, text):
    """docs/nlu/stranger-test-72.md, A1-A2."""
    first = keep_bot_messages(chat, search(chat, extractor, text))
    assert searched(first).get("size") == "m", searched(first)
    assert "in size M" in first.shown, first.shown
    assert "size M in trousers" not in first.shown, first.shown  # the M is no waist

    added = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "add the first one in my cart")  # fmt: skip
    assert "(M, White)" in added.shown, added.shown


@pytest.mark.parametrize(
    "text",
    [
        "white dress shirt in M please",
        "white dress shirt size M",
        "need a dress shirt, white, M",
        "dress shirt in white, medium",
        "white dress shirt, size m pls",
    ],
)
def test_a_dress_shirt_in_m_is_said_to_be_sized_by_collar(chat, extractor, text):
    """docs/nlu/stranger-test-72.md, A1-A2: M isn't a size these come in; the collar is asked, saying why."""
    first = keep_bot_messages(chat, search(chat, extractor, text))
    print(first.shown)
    assert "collar" in first.shown.lower(), first.shown

    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "add the first one in my cart")  # fmt: skip
    assert "collar" in asked.shown.lower() and "M" in asked.shown, asked.shown
