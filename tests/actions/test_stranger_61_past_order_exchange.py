"""Stranger test 61 (docs/nlu/stranger-test-61.md, persona DJ #7, worst problem 2): during an open
checkout, "bought shoes last week too big, can i chang to 44" left the checkout (right) but then
listed 85 shoes. Something bought before ("bought … last week", "the ones i got", "my order from
monday") that is too big, small or tight, changed or swapped for a size, is an exchange of that
purchase: the exchange (the order asked for to make it), never a search, whether a checkout or a
list is open or not."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    said_at_checkout_prompt,
    say,
    say_and_keep,
)

DJ = "bought shoes last week too big, can i chang to 44"
PAST_ORDER_EXCHANGES = [
    DJ,
    "the ones i got are too tight, can i swop them for a 9?",
    "my order from monday the boots too small, exchnage to 10 pls",
    "I bought sneakers last week and they're too big, could I exchange them for a 42?",
    "got trainers a few days ago, too small, can i change to 43",
    "bought a shirt on friday way too tight. swap to L?",
]


def _assert_an_exchange(shown: str) -> None:
    assert "exchange" in shown.lower(), shown
    assert "I found" not in shown
    assert "didn't understand" not in shown
    assert "What are you looking for" not in shown


def _entities(extractor, text: str) -> list[dict]:
    return [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
        for e in extractor.extract(text)
    ]


@pytest.mark.parametrize("text", PAST_ORDER_EXCHANGES)
def test_at_the_checkout_a_past_purchase_changed_for_a_size_is_an_exchange(
    demo_store_url, extractor, text
):
    chat = ActionConversation(sender="dj")
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="altus-leather-low", size="7", colour="black"))  # fmt: skip

    turn = said_at_checkout_prompt(
        chat, "customer_name", text, "search_products", _entities(extractor, text)
    )

    shown = turn.text
    print(shown)
    assert "nothing is ordered" in shown  # the checkout is left, as for a search
    _assert_an_exchange(shown)
    assert "To exchange" in shown and "find your order" in shown, shown


@pytest.mark.parametrize("text", PAST_ORDER_EXCHANGES)
@pytest.mark.parametrize("heard_as", ["search_products", "refine_search"])
def test_under_a_list_a_past_purchase_changed_for_a_size_is_an_exchange(
    chat, extractor, text, heard_as
):
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers 42")

    turn = say(chat, extractor, ActionSearchProducts(), heard_as, text)

    print(turn.shown)
    _assert_an_exchange(turn.shown)


@pytest.mark.parametrize("text", PAST_ORDER_EXCHANGES[:3])
def test_heard_as_a_stock_question_it_is_an_exchange(chat, extractor, text):
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers 42")

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    _assert_an_exchange(turn.shown)


@pytest.mark.parametrize("text", PAST_ORDER_EXCHANGES)
def test_as_a_return_it_names_the_size_to_exchange_for(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "To exchange" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    ["change to 44", "white sneakers in 44 instead", "got any in 43?", "swap to size 9 pls"],
)
def test_a_size_for_the_list_still_refines_it(chat, extractor, text):
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers 42")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", text)

    print(turn.shown)
    assert "exchange" not in turn.shown.lower(), turn.shown
