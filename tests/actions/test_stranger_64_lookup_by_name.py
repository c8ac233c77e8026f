"""Stranger test 64 (docs/nlu/stranger-test-64.md, persona Gillian, worst problem 6): "I don't have
the order number to hand ... Is there any way you can look it up with my name? It's Gillian
Hartley." got "Sorry, I'm not sure I understood" with [Help with my account] [Something else].

Asking to find an order by name is read as having no order number, whatever the classifier heard,
and answered plainly, without unsure buttons: a name alone can't find an order here (the shop
finds an order by its number and the email it was placed with), where the number is, and how the
team finds the order from that email."""

from __future__ import annotations

import pytest

from actions.order_details import ActionNoOrderNumber
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

BY_NAME = [
    "I don't have the order number to hand, it's somewhere in my other email account. Is there "
    "any way you can look it up with my name? It's Gillian Hartley.",
    "look it up with my name?",
    "can u find my order by my name",
    "Could you search for the order under my name please, Gillian Hartley",
    "no order number, can you find it by name?",
    "can you check my order using my full name instead",
]


@pytest.mark.parametrize("text", BY_NAME)
@pytest.mark.parametrize("heard", ["nlu_fallback", "out_of_scope", "account_help"])
def test_finding_an_order_by_name_is_read_as_having_no_number(extractor, text, heard):
    resolution = resolve_intent(heard, 0.4, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "no_order_number", resolution


@pytest.mark.parametrize("text", BY_NAME)
def test_finding_an_order_by_name_says_what_is_needed_instead(chat, extractor, text):
    turn = say(chat, extractor, ActionNoOrderNumber(), "no_order_number", text)

    print(turn.shown)
    assert "by name" in turn.shown, turn.shown  # a name alone is not enough, said plainly
    assert "order number" in turn.shown and "email" in turn.shown
    assert "not sure" not in turn.shown and not turn.buttons


@pytest.mark.parametrize(
    "text",
    ["is there a dress by name Vivienne", "whats my name on the account", "look up the Hartley"],
)
def test_other_mentions_of_a_name_are_not_order_lookups(extractor, text):
    resolution = resolve_intent("search_products", 0.6, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "no_order_number"
