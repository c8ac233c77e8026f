"""Stranger test 73 (docs/nlu/stranger-test-73.md, persona B, message B14, worst problem 2).

Right after placing her order, "Could you add a brown leather belt to the order I just placed so
it all comes in one parcel?" got "The Vivienne Velvet Dress doesn't come in brown" and a colour
question about the dress she had bought: the belt was lost and a recolour of her order offered.
Right: a placed order takes no new items (commerce.order_rules, Refusal.ITEMS_FIXED), so the reply
says so about that order and shows belts (brown leather ones, as she asked) to order separately;
never a colour question about what was ordered, whichever intent the classifier hears."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.order_changes import ActionExplainOrderChange
from actions.understanding import ActionClarify
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

# (what she says, the action of the intent the classifier hears, that intent, the kind's words)
ADDITIONS = [
    ("Oh wait, silly me, I forgot I'll need a belt too! Could you add a brown leather belt to the "
     "order I just placed so it all comes in one parcel?", ActionAddToCart(), "add_to_cart",
     "belt"),
    ("can u add a belt to my order", ActionExplainOrderChange(), "change_order", "belt"),
    ("add brown belt to the order i just made", ActionExplainOrderChange(), "change_order", "belt"),
    ("pls put a tie in my last order too", ActionClarify(), "nlu_fallback", "tie"),
    ("could you add a brown leather belt to my order please", ActionExplainOrderChange(),
     "change_order", "belt"),
    ("can i add a wool tie to the order i placed", ActionExplainOrderChange(), "change_order",
     "tie"),
    ("add a brown belt to my order pls", ActionAddToCart(), "add_to_cart", "belt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "action", "intent", "kind"), ADDITIONS)
def test_an_item_asked_into_the_order_placed_is_offered_separately(
    chat, extractor, order_number, text, action, intent, kind
):
    turn = say(chat, extractor, action, intent, text)

    # Honest about the order placed: it takes no new items.
    assert order_number in turn.text
    assert "can't add" in turn.text and "placed order takes no new items" in turn.text
    # No colour question, no change of what she bought, nothing put in a cart.
    assert "Which colour" not in turn.text
    assert "doesn't come in" not in turn.text
    assert "Added" not in turn.text
    assert "I can't change what's in order" not in turn.text
    # The kind asked for is shown to order separately.
    assert "separate" in turn.text
    shown = (chat.slots.get("shown_results") or {}).get("handles") or []
    assert shown and all(kind in handle for handle in shown), shown


def test_a_brown_leather_belt_shows_brown_leather_belts(chat, extractor, order_number):
    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", ADDITIONS[0][0])

    assert "brown" in turn.text.lower() and "belt" in turn.text.lower()
    # Her parcel question answered for what can be: the belt comes as its own order.
    assert "one parcel" not in turn.text or "separate" in turn.text


def test_adding_to_the_cart_before_any_order_still_adds(chat, extractor):
    """No order placed: "add a brown belt to my cart" is an ordinary add, untouched."""
    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add a brown belt to my order")

    assert "placed order takes no new items" not in turn.text


def test_a_kind_the_shop_does_not_sell_is_not_offered_separately(chat, extractor, order_number):
    """ "can i add a scarf to the order i placed": no scarves to order, so none promised."""
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order",
               "can i add a scarf to the order i placed")  # fmt: skip

    assert f"I can't add scarves to order {order_number}" in turn.text
    assert "separately" not in turn.text and "we don't sell scarves" in turn.text


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("pls put a tie in my last order too", "select_product"),  # "last": the last one listed
        ("pls put a tie in my last order too", "buy"),
        ("add brown belt to the order i just made", "nlu_fallback"),
        ("cn u add a belt to my previous order", "buy"),
        ("Could you add a brown leather belt to the order I just placed so it all comes in one "
         "parcel?", "select_product"),
    ],
)  # fmt: skip
def test_goods_asked_into_an_order_placed_are_a_change_to_it(extractor, text, heard):
    resolution = resolve_intent(heard, 1.0, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "change_order", resolution


@pytest.mark.parametrize("text", ["add the tie to my order", "put the last one in my cart"])
def test_adding_with_no_order_placed_named_is_not_a_change_to_one(extractor, text):
    resolution = resolve_intent("buy", 1.0, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "change_order", resolution
