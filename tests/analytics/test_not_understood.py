"""What counts as a message not understood, from the events alone (no servers)."""

from __future__ import annotations

from commerce.analytics.conversations import conversations
from commerce.analytics.events import Event

SENDER = "shopper-1"


def _events(*steps: tuple[str, str | None, str | None, str | None]) -> list[Event]:
    """(type, intent, name, text) steps, one second apart, after a session start."""
    events = [Event(SENDER, "session_started", 0.0, None, None, {})]
    for second, (kind, intent, name, text) in enumerate(steps, start=1):
        data = {"text": text, "input_channel": "rest"} if kind == "user" else None
        events.append(Event(SENDER, kind, float(second), intent, name, data))
    return events


def _not_understood(events: list[Event]) -> list[str]:
    (conversation,) = conversations(events)
    return conversation.fallback_texts


def test_a_name_typed_at_checkout_is_an_answer_whatever_the_classifier_made_of_it():
    events = _events(
        ("user", "buy", None, "buy"),
        ("action", None, "checkout_form", None),
        ("active_loop", None, "checkout_form", None),
        ("user", "nlu_fallback", None, "Ann Lee"),  # the form asked for a name
        ("action", None, "checkout_form", None),
    )
    assert _not_understood(events) == []


def test_a_message_the_form_did_not_take_is_not_understood():
    events = _events(
        ("active_loop", None, "checkout_form", None),
        ("user", "nlu_fallback", None, "zxcv qwerty"),
        ("action", None, "action_clarify", None),
        ("active_loop", None, None, None),
        ("user", "nlu_fallback", None, "asdkjh"),  # no form asking any more
        ("action", None, "action_clarify", None),
    )
    assert _not_understood(events) == ["zxcv qwerty", "asdkjh"]
