"""Whether a person can be reached from this chat, and how the bot offers one.

A person is offered ("Talk to a person") only when the agents' desk is configured
(`HandoffSettings.agent_desk_configured`): otherwise tapping the offer could only say that nobody
can join. Without the desk the bot gives the shop's contact details instead, once per
conversation unless the shopper asks for them; out of hours an offer says when a person answers.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rasa_sdk import Tracker

from commerce.config import Settings, load_handoff_settings
from commerce.handoff import business_hours

TALK_TO_A_PERSON = {"title": "Talk to a person", "payload": "/request_human"}


def person_reachable() -> bool:
    """True when a handoff reaches people (the agents' Slack channel and token are set)."""
    return load_handoff_settings().agent_desk_configured


def when_a_person_answers(now: datetime | None = None) -> str | None:
    """Out of the agents' hours, when a person next answers ("tomorrow at 09:00 (UTC)"); None
    while they are there."""
    hours = business_hours(load_handoff_settings())
    now = now or datetime.now(timezone.utc)
    opening = hours.next_opening(now)
    return hours.describe(opening, now) if opening else None


def contact_details(settings: Settings) -> str:
    """How to reach the shop's team outside this chat."""
    return f"{settings.contact_email} or {settings.contact_phone} ({settings.opening_hours})"


def contact_details_given(tracker: Tracker, settings: Settings) -> bool:
    """Whether the bot already gave the team's contact details in this conversation."""
    return any(
        event.get("event") == "bot" and settings.contact_email in (event.get("text") or "")
        for event in tracker.events_after_latest_restart()
    )


def no_person_here_text(settings: Settings, opening: str = "", complaint: bool = False) -> str:
    """The honest way to a person without the agents' desk: nobody joins this chat, the team's
    contact details instead (`opening`: an apology owed first, "I'm sorry about this. ")."""
    # Nobody asked for a person in a complaint: the way to one, not who won't answer (test 64).
    no_person = "A person on our team handles every complaint" if complaint else (
        f"I'm the {settings.shop_name} assistant, a bot, and I can't bring a person into this "
        "chat, so no one from our team will answer here"
    )  # fmt: skip
    return (
        f"{opening}{no_person}. You can reach our team at "
        f"{contact_details(settings)}; they answer emails within {settings.email_reply_time}. "
        "I'm happy to keep helping you here meanwhile."
    )


def offer_text(when: str | None) -> str:
    """The offer of a person, for a reply that shows the "Talk to a person" button."""
    if when:
        return (
            f"Our team is away right now: a person answers {when}. Tap below to leave them a "
            "message with our conversation so far."
        )
    return "A person on our team can take over this chat: tap below."
