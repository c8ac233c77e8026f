"""Stranger test 8 (docs/nlu/stranger-test-8.md), the service messages the trained model misread:
cancelling an alert, swapping what arrived for the right size or colour, a wrong item as a
complaint, a restock question, and "never mind ... bye". The model is the trained one, or the one
SHOP_TEST_MODEL names (as for tests/conversations/test_journeys_over_rest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    ["actually nah forget it, cancel the alert", "nah cancel that alert pls",
     "forget the alert", "dont bother with the notification",
     "unsubscribe me from the back in stock thing"],
)  # fmt: skip
def test_cancelling_an_alert_is_stop_alerts(parse, text):
    assert parse(text) == "stop_alerts"


@pytest.mark.parametrize(
    "text",
    ["can i just swap them for the right colour", "can i swap it for a different size",
     "swap em for the right size pls", "can i exchange these for a size 9"],
)  # fmt: skip
def test_swapping_what_arrived_is_a_return_request(parse, text):
    # actions/after_sales.py answers a swap with the exchanges part of the returns answer.
    assert parse(text) == "return_order"


@pytest.mark.parametrize(
    "text", ["also they sent me brown when i ordered black??", "i got someone elses order"]
)
def test_a_wrong_item_is_a_complaint(parse, text):
    assert parse(text) == "complaint"


@pytest.mark.parametrize(
    "text", ["any idea when the 9s are restocked", "how long does restock usually take"]
)
def test_a_restock_question_is_not_misunderstood(parse, text):
    # Both intents' actions answer "when is it restocked?" honestly (actions/alerts.py).
    assert parse(text) in {"check_availability", "ask_delivery_time"}


@pytest.mark.parametrize(
    "text",
    ["never mind, i'll think about it. bye", "nvm, ill think about it. bye", "nevermind, bye"],
)
def test_never_mind_and_bye_is_a_goodbye_or_a_stop(parse, text):
    # Either way it is answered as a goodbye (data/rules/chitchat.yml, actions/checkout.py).
    assert parse(text) in {"goodbye", "stop"}
