"""Fixtures shared by the action tests (helpers that are not fixtures, such as `say` and `search`,
are in conversation_driver.py). A module that needs another shopper (a sender of its own, settings
in the environment) defines its own `chat`, which takes the place of this one there."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import ActionConversation


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    """A new shopper's conversation over a private copy of the demo store; their earlier
    messages are sent with each turn, as Rasa sends them, for actions that look back."""
    return ActionConversation(keep_messages=True)
