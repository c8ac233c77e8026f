"""Stranger test 28 (docs/nlu/stranger-test-28.md), persona "mixup": the wrong colour delivered,
and an exchange wanted rather than the money back.

Mixup #1: "Good afternoon. I received my parcel this morning but you have sent me a brown jacket,
whereas I had ordered the navy one." got only "I don't see an order from you in this chat. Tell me
the order number (like HL-7KQ2XM) and the email you used, and I'll look it up.": the classifier heard
"where is my order?" and the item-problem words did not know "whereas I had ordered". A message
saying that what arrived is damaged or not what was ordered is a complaint about the item, whatever
the classifier heard: the apology and the shop's answer (`damaged_or_wrong_items` in
content/faq.yml) with the **Start a return** button, which asks for the order number itself.

Mixup #2: "I should prefer to exchange it rather than have my money back. How does one go about
that?" got the same order-number prompt again, word for word ("rather than have my money back" was
read as asking for the money back). After a wrong or damaged item, another one instead of the money
back is that item's replacement: the steps of the shop's rule for such items
(`damaged_replacement`), with the button that starts the return; without such an item, the
exchanges answer. And the order-number prompt is never said twice in a row word for word."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionCancelOrder, ActionOrderStatus, ActionReturnOrder
from actions.handoff import ActionHandOver
from actions.service_topics import START_A_RETURN
from commerce.faq import faq_answer
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

WRONG_ITEM_MESSAGES = [
    "Good afternoon. I received my parcel this morning but you have sent me a brown jacket, "
    "whereas I had ordered the navy one.",
    "The parcel arrived today, however the shoes are black whereas I ordered brown.",
    "I have received the shirt in a large, although I had ordered a medium.",
    "You have sent me the grey trousers instead of the navy ones I ordered.",
    "The jacket I received is not the one I ordered.",
    "I ordered the navy blazer but received a brown one.",
    "my order came yesterday and its the wrong colour entirely",
]


@pytest.mark.parametrize("text", WRONG_ITEM_MESSAGES)
@pytest.mark.parametrize(
    "heard", ["order_status", "nlu_fallback", "search_products", "out_of_scope"]
)
def test_a_wrong_item_is_a_complaint_whatever_was_heard(extractor, text, heard):
    resolution = resolve_intent(heard, 0.76, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "complaint", resolution


@pytest.mark.parametrize(
    "text",
    [
        "my order arrived this morning and the box was crushed",
        "the parcel came, the heel is broken",
    ],
)
def test_heard_as_an_order_status_damage_is_a_complaint_too(extractor, text):
    resolution = resolve_intent("order_status", 0.76, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "complaint", resolution


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("where is my order?", "order_status"),
        ("I ordered the navy jacket last week, when will it come?", "order_status"),
        ("my parcel hasn't arrived yet", "order_status"),
        ("has my order been sent?", "order_status"),
        ("when i ordered it, it said 3 days, where is it?", "order_status"),
        ("I'd like to order the navy one instead of the brown", "search_products"),
        ("need an outfit for an interview but im broke, got 300 max", "search_products"),
        ("torn between two chelsea boots", "search_products"),
        ("red wine stain on my white dress shirt, can i get a new one", "search_products"),
        ("i always order the wrong size online, which boots run true to size?", "search_products"),
        ("my grandma sent me a shirt from you guys but it's the wrong size", "nlu_fallback"),
    ],
)
def test_other_messages_are_left_alone(extractor, text, heard):
    resolution = resolve_intent(heard, 0.76, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "complaint", resolution


@pytest.mark.parametrize("text", WRONG_ITEM_MESSAGES)
def test_a_wrong_item_gets_the_apology_and_a_return_button(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "complaint", text)

    assert turn.text == faq_answer("damaged_or_wrong_items")
    assert turn.text.startswith("I'm sorry")
    assert turn.buttons == [START_A_RETURN]
    assert turn.events == []  # nothing paused, nothing handed over


MIXUP_1 = WRONG_ITEM_MESSAGES[0]
EXCHANGE_NOT_MONEY_BACK = [
    "I should prefer to exchange it rather than have my money back. How does one go about that?",
    "I'd rather exchange it than get a refund",
    "could I exchange it instead of having my money back?",
    "I would like an exchange rather than a refund, how do I do that?",
    "exchange please, not a refund",
]


@pytest.mark.parametrize("text", EXCHANGE_NOT_MONEY_BACK)
def test_after_a_wrong_item_an_exchange_is_its_replacement(chat, extractor, no_desk, text):
    say(chat, extractor, ActionHandOver(), "complaint", MIXUP_1)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert turn.text == faq_answer("damaged_replacement")
    assert turn.buttons == [START_A_RETURN]
    assert "I don't see an order" not in turn.shown


@pytest.mark.parametrize("text", EXCHANGE_NOT_MONEY_BACK)
def test_without_a_wrong_item_it_is_the_exchanges_answer(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert turn.text == faq_answer("exchanges")


def test_the_order_number_prompt_is_not_said_twice_in_a_row(chat, extractor):
    first = say(chat, extractor, ActionOrderStatus(), "order_status", "where is my order?")
    again = say(chat, extractor, ActionCancelOrder(), "cancel_order", "then cancel it please")

    assert first.responses == ["utter_ask_order_number_and_email"]
    assert again.responses and again.shown != first.shown
    assert "order number" in again.shown and "email" in again.shown
