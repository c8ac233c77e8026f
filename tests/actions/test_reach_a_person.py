"""A person is offered only when one can be reached: with the agents' desk configured, a "Talk to
a person" button (and, out of hours, when someone answers); without it, no such offer, and the
team's contact details once per conversation instead of with every miss."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from actions.chitchat import ActionOfferHuman
from actions.feedback import ActionSaveRating
from actions.handoff import ActionHandOver
from tests.actions.conversation_driver import DOMAIN, ActionConversation, Turn

EMAIL = "team@shop.test"
TALK = {"title": "Talk to a person", "payload": "/request_human"}


@pytest.fixture
def no_desk(demo_store_url, monkeypatch):
    """The default set-up: no agents' desk."""
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", EMAIL)
    for name in ("SHOP_AGENT_SLACK_CHANNEL", "SHOP_AGENT_SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def desk(demo_store_url, monkeypatch):
    """The agents' desk configured, a person there around the clock."""
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", EMAIL)
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0AGENTS")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-agents")
    monkeypatch.setenv("SHOP_AGENT_HOURS", "24/7")


def _run(action, intent: str, text: str, said_before: list[str] = (), **latest) -> Turn:
    events = [{"event": "bot", "text": line} for line in said_before]
    events.append({"event": "user", "text": text, "input_channel": "rest"})
    return ActionConversation(sender="ann").run(
        action, intent, text, latest.get("entities"), events=events
    )


# -- "Are you a bot?" ------------------------------------------------------------------------


def test_without_a_desk_are_you_a_bot_offers_no_person_but_the_contact_details(no_desk):
    turn = _run(ActionOfferHuman(), "bot_challenge", "are you a human?")

    assert "a bot" in turn.text and EMAIL in turn.text
    assert turn.buttons == []
    assert "take over" not in turn.text and "tap below" not in turn.text


def test_without_a_desk_the_contact_details_are_given_once(no_desk):
    first = _run(ActionOfferHuman(), "bot_challenge", "are you a bot?")

    again = _run(ActionOfferHuman(), "bot_challenge", "r u a bot", said_before=[first.text])

    assert "a bot" in again.text and EMAIL not in again.text and again.buttons == []


def test_with_a_desk_are_you_a_bot_offers_a_person(desk):
    turn = _run(ActionOfferHuman(), "bot_challenge", "are you a human?")

    assert "a bot" in turn.text and "take over" in turn.text
    assert turn.buttons == [TALK]


def test_with_a_desk_out_of_hours_the_offer_says_when_a_person_answers(desk, monkeypatch):
    # A window on a day three days from now: whenever the test runs, the team is away.
    day = (datetime.now(timezone.utc) + timedelta(days=3)).strftime("%a")
    monkeypatch.setenv("SHOP_AGENT_HOURS", f"{day} 09:00-17:00")

    turn = _run(ActionOfferHuman(), "bot_challenge", "are you a human?")

    assert "away right now" in turn.text and "at 09:00 (UTC)" in turn.text
    assert turn.buttons == [TALK]


# -- A low rating ----------------------------------------------------------------------------


def _low_rating(said_before: list[str] = ()) -> Turn:
    rating = [{"entity": "rating", "value": "1"}]
    return _run(ActionSaveRating(), "rate", "1", said_before, entities=rating)


def test_without_a_desk_a_low_rating_gives_the_contact_details_not_a_person(no_desk):
    turn = _low_rating()

    assert turn.responses == ["utter_sorry_low_rating"]
    assert EMAIL in turn.text and turn.buttons == []
    assert "person" not in turn.text.lower()


def test_without_a_desk_a_low_rating_after_the_contact_details_adds_nothing(no_desk):
    turn = _low_rating(said_before=[f"You can reach our team at {EMAIL}."])

    assert turn.responses == ["utter_sorry_low_rating"] and len(turn.messages) == 1


def test_with_a_desk_a_low_rating_offers_a_person(desk):
    turn = _low_rating()

    assert turn.responses == ["utter_sorry_low_rating"] and turn.buttons == [TALK]


def test_the_sorry_for_a_low_rating_promises_no_person():
    said = " ".join(variant["text"] for variant in DOMAIN["responses"]["utter_sorry_low_rating"])
    assert "person" not in said.lower()


# -- Misunderstood twice in a row ------------------------------------------------------------


def test_without_a_desk_the_second_miss_gives_the_contact_details_once(no_desk):
    first = _run(ActionHandOver(), "nlu_fallback", "blorp")
    assert EMAIL in first.text and first.events == []

    later = _run(ActionHandOver(), "nlu_fallback", "blorp blorp", said_before=[first.text])

    assert EMAIL not in later.text
    assert later.responses == ["utter_fallback"] and later.events == []


def test_without_a_desk_asking_for_a_person_always_says_how_to_reach_one(no_desk):
    earlier = f"You can reach our team at {EMAIL}."

    turn = _run(ActionHandOver(), "request_human", "a person please", said_before=[earlier])

    assert EMAIL in turn.text and "can't bring a person" in turn.text


def test_no_response_in_the_domain_promises_to_put_the_shopper_through():
    responses = str(DOMAIN["responses"])
    assert "put you in touch with a person" not in responses
    assert "Talk to a person" not in responses  # the button is the actions' to offer
