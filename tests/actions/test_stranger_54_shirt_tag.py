"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Mei, worst problem 4): shopping for her
husband's work shirts, "tag on his old shirt say 15 1/2 34/35 what size is that" got the shoe size
table, and "put in cart" later asked again for the size she had given.

A shirt's tag (collar, then sleeve) is read as its collar size: said back with the sleeve, and the
shirts shown in that collar, so that adding one takes it."""

from __future__ import annotations

import json

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.profile import ActionRememberSize
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, say_and_keep

SHOE_TABLE = "US 7 = EU 40"
TAGS = [
    ("tag on his old shirt say 15 1/2 34/35 what size is that", "15.5", "34/35"),
    ("collar 16 sleeve 33", "16", "33"),
    ("my shirts are 15.5/34", "15.5", "34"),
    ("size on label: 16 1/2 - 34/35", "16.5", "34/35"),
    ("his shirt label says 16/34, what size do i get?", "16", "34"),
    ("the tag says 15½ 32/33", "15.5", "32/33"),
]


@pytest.mark.parametrize(("text", "collar", "sleeve"), TAGS)
def test_a_shirt_tag_is_read_as_its_collar(extractor, text, collar, sleeve):
    sizes = [e.value for e in extractor.extract(text) if e.entity == "size"]
    assert sizes == [collar]


@pytest.mark.parametrize("text", ["trousers 34/32", "size 9 10", "under 150 for 30 days"])
def test_other_numbers_are_no_shirt_tag(extractor, text):
    sizes = [e.value for e in extractor.extract(text) if e.entity == "size"]
    assert not any(size in ("15.5", "16", "30") for size in sizes), sizes


@pytest.mark.parametrize(("text", "collar", "sleeve"), TAGS)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerServiceQuestion(), "ask_size_guide"), (ActionRememberSize(), "state_size")],
)
def test_a_shirt_tag_gets_shirts_in_its_collar(
    chat, extractor, text, collar, sleeve, action, intent
):
    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "need shirt for husband work"
    )

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert SHOE_TABLE not in turn.shown
    assert f"That's a {collar} collar with a {sleeve} sleeve" in turn.shown, turn.shown
    assert f"size {collar}" in turn.shown.lower() or f"in {collar}" in turn.shown
    assert "Shirt" in turn.shown or "Button-Down" in turn.shown


def test_put_in_cart_takes_the_collar_from_the_tag(chat, extractor):
    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "need shirt for husband work"
    )
    say_and_keep(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide",
        "tag on his old shirt say 15 1/2 34/35 what size is that",
    )  # fmt: skip
    say_and_keep(
        chat,
        extractor,
        ActionSearchProducts(),
        "refine_search",
        "white or light blue. not too expensive",
    )
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "2nd one")

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "put in cart")

    # She said white or light blue: which of the two is asked, never the size again.
    assert "Which size" not in turn.shown, turn.shown
    white = next(b for b in turn.buttons if b["title"] == "White")
    tapped = json.loads("{" + white["payload"].split("{", 1)[1])  # the tap's entities
    added = chat.run(ActionAddToCart(), "add_to_cart", entities=entity_list(**tapped))
    assert "Added" in added.shown and "15.5" in added.shown, added.shown
