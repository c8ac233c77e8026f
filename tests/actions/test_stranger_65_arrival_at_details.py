"""Stranger test 65 (docs/nlu/stranger-test-65.md, problem 2, "Not done"): an arrival question
typed while the checkout asks for the name, the email or the address ("when will it come?", "will
it be here by saturday") was kept as that detail or refused as a malformed one, or given the
general delivery answer. It is answered with the date if placed today (nothing is ordered yet),
and the checkout stays at the same step: the detail is asked again, never kept."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.checkout import ActionStartCheckout
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import (
    ActionConversation,
    Turn,
    entity_list,
    said_at_checkout_prompt,
)

# Friday 27 November 2026, noon: Standard arrives by Friday 04 December, Express by Tuesday 01.
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)
KNOWN = {
    "customer_name": {},
    "customer_email": {"customer_name": "Mehmet Yildiz"},
    "customer_address": {"customer_name": "Mehmet Yildiz", "customer_email": "mehmet@example.com"},
}
WHEN = ["when will it come?", "when it come", "wen will it arrive", "how long till i get it",
        "when do i get them"]  # fmt: skip
BY_A_DAY = ["will it be here by saturday", "will it arrive by saturday??", "wil it come by sat"]


@pytest.fixture
def on_friday(monkeypatch, pin_clock):
    monkeypatch.setattr("actions.checkout_arrival.ordering_time", lambda: FRIDAY_NOON)
    pin_clock(FRIDAY_NOON, "actions.service")


def _at_the(asked: str) -> ActionConversation:
    """A conversation whose checkout asks for `asked`, the details before it given."""
    chat = ActionConversation(sender="mehmet")
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="vivienne-velvet-dress", size="M", colour="black"))  # fmt: skip
    assert chat.slots.get("checkout_variant") is not None
    chat.slots.update(KNOWN[asked])
    return chat


def _kept(turn: Turn, asked: str):
    values = [e["value"] for e in turn.events if e.get("event") == "slot" and e["name"] == asked]
    return values[-1] if values else None


def _asked_of_the_faq(chat: ActionConversation, asked: str, text: str) -> Turn:
    """`text` heard as a delivery question, which the slot's mapping leaves to the rules: the
    service answer runs during the form."""
    return said_at_checkout_prompt(
        chat, asked, text, "ask_delivery_time", taken=False, action=ActionAnswerServiceQuestion()
    )


@pytest.mark.parametrize("text", WHEN)
@pytest.mark.parametrize("asked", list(KNOWN))
@pytest.mark.parametrize("heard_as", ["nlu_fallback", "order_status", "subscribe_alert", "inform"])
def test_when_it_comes_at_a_detail_is_answered_and_the_detail_asked_again(
    demo_store_url, on_friday, text, asked, heard_as
):
    turn = said_at_checkout_prompt(_at_the(asked), asked, text, heard_as)

    assert "not placed yet" in turn.shown
    assert "Standard shipping it arrives by Friday 04 December" in turn.shown
    assert "doesn't look like" not in turn.shown
    assert _kept(turn, asked) is None  # the same question comes again


@pytest.mark.parametrize("text", BY_A_DAY)
@pytest.mark.parametrize("asked", list(KNOWN))
def test_by_a_day_at_a_detail_says_each_shippings_verdict(demo_store_url, on_friday, text, asked):
    turn = said_at_checkout_prompt(_at_the(asked), asked, text, "nlu_fallback")

    assert "not placed yet" in turn.shown
    assert "Saturday 28 November" in turn.shown
    assert _kept(turn, asked) is None


@pytest.mark.parametrize("text", WHEN)
@pytest.mark.parametrize("asked", list(KNOWN))
def test_heard_as_the_delivery_faq_it_is_the_same_answer(demo_store_url, on_friday, text, asked):
    turn = _asked_of_the_faq(_at_the(asked), asked, text)

    assert "not placed yet" in turn.shown
    assert "Standard shipping it arrives by Friday 04 December" in turn.shown


@pytest.mark.parametrize(
    ("asked", "text"),
    [("customer_name", "Mehmet Yildiz"), ("customer_email", "mehmet@example.com"),
     ("customer_address", "2214 Ocean Ave apt 3, 11229 Brooklyn NY")],
)  # fmt: skip
def test_a_detail_is_still_the_detail(demo_store_url, on_friday, asked, text):
    turn = said_at_checkout_prompt(_at_the(asked), asked, text, "inform")

    assert "not placed yet" not in turn.shown
    assert _kept(turn, asked) == text
