"""A shopper's answer to the assistant's last question still counts when their long conversation
is carried on in a new session (shop_stores/tracker_store.py `continue_long_session`).

The carry-over starts a new session after the turn in which the session passed
SHOP_SESSION_MAX_EVENTS. If that turn asked "Cancel order 12?", the shopper's "yes" is matched by
the rule "action_cancel_order, then affirm"; with only the slots carried over the rules no longer
saw action_cancel_order, and the "yes" fell back to "Sorry, I didn't get that". A typed button
title ("brown" after "Which colour?") needs the bot's last reply too.

Through the real tracker store (SQLite) and the trained model's policies, in this process.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa.core.agent import Agent
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from shop_stores.tracker_store import CONTINUED, ShopTrackerStore

MAX_EVENTS = 20


@pytest.fixture(scope="module")
def agent(trained_model) -> Agent:
    return Agent.load(str(trained_model))


@pytest.fixture
def store(agent, tmp_path, monkeypatch) -> ShopTrackerStore:
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'conversations.db'}")
    monkeypatch.setenv("SHOP_SESSION_MAX_EVENTS", str(MAX_EVENTS))
    return ShopTrackerStore(agent.domain)


def next_action(agent: Agent, tracker: DialogueStateTracker) -> str:
    prediction = agent.processor._predict_next_with_tracker(tracker)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    return agent.domain.action_names_or_texts[best]


def test_yes_to_the_last_question_still_counts_after_the_session_is_carried_on(agent, store):
    tracker = DialogueStateTracker("ann", agent.domain.slots)
    for event in (ActionExecuted("action_session_start"), SessionStarted(),
                  ActionExecuted("action_listen")):  # fmt: skip
        tracker.update(event)
    for turn in range(4):  # a few searches: the session is past MAX_EVENTS after the next turn
        tracker.update(UserUttered("red dress", {"name": "search_products", "confidence": 1.0}))
        tracker.update(ActionExecuted("action_search_products"))
        tracker.update(BotUttered(f"I found {turn} red dresses."))
        tracker.update(SlotSet("current_product", f"dress-{turn}"))
        tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("cancel my order", {"name": "cancel_order", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_cancel_order"))
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    tracker.update(BotUttered("Cancel order 12? Its 2 items are refunded.", {"buttons": buttons}))
    tracker.update(ActionExecuted("action_listen"))
    assert len(tracker.events) > MAX_EVENTS
    asyncio.run(store.save(tracker))

    loaded = asyncio.run(store.retrieve("ann"))
    assert isinstance(loaded.events[0], SessionStarted)  # carried on: a new session was loaded
    assert loaded.events[0].metadata.get(CONTINUED)
    assert len(loaded.events) < MAX_EVENTS
    assert loaded.get_slot("current_product") == "dress-3"
    said = [(e.type_name, getattr(e, "text", None)) for e in loaded.events if e.type_name != "slot"]
    assert said == [
        ("session_started", None),
        ("action", None),  # action_cancel_order
        ("bot", "Cancel order 12? Its 2 items are refunded."),
        ("action", None),  # action_listen
    ]
    assert all(event.metadata.get(CONTINUED) for event in loaded.events)  # the report skips them
    # What a typed "yes" is matched against (actions/conversation/screen.py `typed_choice`).
    assert [e.data["buttons"] for e in loaded.events if isinstance(e, BotUttered)] == [buttons]
    loaded.update(UserUttered("yes", {"name": "affirm", "confidence": 1.0}))
    assert next_action(agent, loaded) == "action_confirm_order_change"
