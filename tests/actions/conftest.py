"""Fixtures shared by the action tests (helpers that are not fixtures, such as `say` and `search`,
are in conversation_driver.py). A module that needs another shopper (a sender of its own, settings
in the environment) defines its own `chat`, which takes the place of this one there."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from tests.actions.conversation_driver import ActionConversation, entity_list

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    """A new shopper's conversation over a private copy of the demo store; their earlier
    messages are sent with each turn, as Rasa sends them, for actions that look back."""
    return ActionConversation(keep_messages=True)


@pytest.fixture
def order_number(chat) -> str:
    """The number of Ann Lee's order of the Windsor Patent Oxford in 10, placed in this
    conversation (a module's own `chat` decides who Ann is to the store)."""
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


@pytest.fixture
def no_desk(demo_store_url, monkeypatch):
    """The default set-up: no agents' desk."""
    for name in ("SHOP_AGENT_SLACK_CHANNEL", "SHOP_AGENT_SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def pin_clock(monkeypatch):
    """`pin_clock(moment, "actions.service", ...)`: `datetime.now()` in those modules is `moment`
    (an aware datetime), so a conversation about "friday" means the same day whenever it runs."""

    def pin(moment: datetime, *modules: str) -> None:
        class _Pinned(datetime):
            @classmethod
            def now(cls, tz=None):
                return moment if tz is None else moment.astimezone(tz)

        for module in modules:
            monkeypatch.setattr(f"{module}.datetime", _Pinned)

    return pin
