"""docs/nlu/stranger-test-96.md, B2 and B10 (worst problem 6): "I'm a men's 10 ... What have you got
in black?" got "Got it: size 10 in shoes. I'll search shoes in it and say so. Ask "what do you know
about me?" to see what I keep, or "forget me" to erase it." before the boots, and "... in a 32
waist" later the same notice again, before its search: noise in the middle of shopping.

Right: the note that a size is kept comes after the search's answer, never before it; how to see
or erase what is kept is said once in a conversation."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

FIRST = [
    "Let's do boots first. I'm a men's 10, and I'd really prefer proper leather over anything "
    "plasticky, ideally under $200. What have you got in black?",  # the doc's B2
    "boots first pls, im a mens 10, real leather, under 200. what do u have in black",
    "I'm a 10 in men's shoes - black leather boots under $200?",
    "ok boots! i wear a 10 (mens). leather, black, max $200",
    "Let's start with boots. I'm usually a men's 10; black leather, under $200 please.",
]
B10 = (
    "And while I have you, black slim jeans with some stretch in a 32 waist, plus a black shirt "
    "in medium to go with them?"
)
HOW_TO_ERASE = '"forget me" to erase it'


@pytest.mark.parametrize("text", FIRST)
def test_the_size_note_follows_the_results_and_the_erase_hint_comes_once(chat, extractor, text):
    chat.keep_messages = True
    first = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)
    texts = [m.get("text") or "" for m in first.messages]
    kept = [i for i, said in enumerate(texts) if "size 10" in said and "Got it" in said]
    assert kept, first.shown
    found = [i for i, said in enumerate(texts) if "Harwood Dress Chukka" in said]
    assert found and kept[0] > found[0], first.shown  # after the boots, not before them
    assert first.shown.count(HOW_TO_ERASE) == 1, first.shown

    later = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B10)
    assert HOW_TO_ERASE not in later.shown, later.shown
    assert not (later.messages[0].get("text") or "").startswith("Got it"), later.shown
