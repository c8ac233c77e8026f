"""How the alert answers read: the sign-up confirmation (what will be sent, where, until when,
how to stop), the alert itself, the list of alerts and what "stop" ended. Facts come from
commerce/alerts/ at the moment of the answer."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from actions.replies import buy_payload, money
from commerce.alerts import (
    BACK_IN_STOCK,
    MESSENGER,
    MESSENGER_WINDOW,
    AlertFacts,
    AlertView,
    SignUp,
    can_send_alerts,
)
from commerce.sizes import display_size

# What each channel is called to the shopper.
CHANNEL_NAMES = {
    "socketio": "this web chat",
    "facebook": "Messenger",
    "slack": "Slack",
    "rest": "this chat",
    "cmdline": "this chat",
}


def notify_payload(handle: str, size: str | None = None, colour: str | None = None) -> str:
    """The "Notify me" button on a sold-out size: an explicit back-in-stock sign-up."""
    entities = {"product_handle": handle}
    if size:
        entities["size"] = size
    if colour:
        entities["colour"] = colour
    return "/subscribe_alert" + json.dumps(entities)


def notify_button(handle: str, size: str | None = None, colour: str | None = None) -> dict:
    return {"title": "Notify me", "payload": notify_payload(handle, size, colour)}


def notify_buttons(
    channel: str | None, handle: str, size: str | None = None, colour: str | None = None
) -> list[dict]:
    """ "Notify me", only where an alert could reach the shopper: on the REST channel or the
    shell the button could only be told that alerts can't be sent there."""
    return [notify_button(handle, size, colour)] if can_send_alerts(channel) else []


def stop_payload(alert_id: int | None = None) -> str:
    return "/stop_alerts" + (json.dumps({"alert_id": str(alert_id)}) if alert_id else "")


def _what(title: str, size_key: str | None, colour: str | None, size: str | None = None) -> str:
    """'the Windsor Patent Oxford in US 13 (Black)'."""
    shown_size = size or (display_size(size_key) if size_key else None)
    detail = " ".join(filter(None, [f"in {shown_size}" if shown_size else None]))
    text = f"the {title}" + (f" {detail}" if detail else "")
    return text + (f" ({colour.title()})" if colour else "")


def _cannot_send_here(channel: str | None) -> str:
    where = CHANNEL_NAMES.get(channel or "", "this chat")
    return (
        f"I can't send alerts on {where}: I can only answer here when you write, never message "
        "you first. Ask me again from our web chat or Messenger, and I'll tell you there."
    )


def _day(moment: datetime) -> str:
    return moment.strftime("%A %d %B %Y")


def signup_text(signup: SignUp, channel: str | None) -> str:
    """The answer to "tell me when it's back" / "let me know if it gets cheaper"."""
    facts = signup.facts
    where = CHANNEL_NAMES.get(channel or "", "this chat")
    if signup.outcome == "no_product" or facts is None:
        return "Which product should I watch for you? Open it (or name it) and ask me again."
    what = _what(facts.title, facts.size_key, facts.colour, facts.size)
    if signup.outcome == "not_made":
        return f"Sorry, {what} isn't something we make, so there's nothing to wait for."
    if signup.outcome == "in_stock_now":
        price = f" at {money(facts.price)}" if facts.price else ""
        return f"Good news: {what} is in stock right now{price}, no need to wait."
    if signup.outcome == "cannot_push":
        return f"Sorry, {_cannot_send_here(channel)}"
    if signup.condition == BACK_IN_STOCK:
        event = "when it's back in stock"
    else:
        event = f"if it gets cheaper than {money(facts.price)}"
    intro = "You already have this alert" if signup.outcome == "already" else "Done"
    text = (
        f"{intro}: I'll send you one message on {where} {event} — {what}, with a Buy button. "
        f"Nothing else, and only this once. The alert ends on {_day(signup.expires_at)} if "
        'nothing changes by then. Say "stop alerts" any time to cancel it.'
    )
    if channel == MESSENGER:
        hours = int(MESSENGER_WINDOW.total_seconds() // 3600)
        text += (
            f" Messenger lets a shop write to you only within {hours} hours of your last "
            f"message, so if it happens later than that I'll hold the alert and send it once "
            "you write to us again."
        )
    return text


def alert_text(condition: str, facts: AlertFacts, was: Decimal | None) -> str:
    """The proactive message: what changed, as the store has it now."""
    what = _what(facts.title, facts.size_key, facts.colour, facts.size)
    colours = facts.colours_in_stock
    colour_note = f" in {', '.join(colours)}" if colours and not facts.colour else ""
    if condition == BACK_IN_STOCK:
        return (
            f"Good news: {what} is back in stock{colour_note} at {money(facts.price)}. "
            "You asked me to tell you; this alert is now done."
        )
    return (
        f"Price drop: {what} is now {money(facts.price)} (it was {money(was)} when you asked). "
        "You asked me to tell you; this alert is now done."
    )


def alert_buttons(facts: AlertFacts) -> list[dict]:
    size = facts.size_key
    return [
        {"title": "Buy", "payload": buy_payload(facts.handle, size, facts.colour)},
        {
            "title": "Details",
            "payload": "/product_details" + json.dumps({"product_handle": facts.handle}),
        },
    ]


def alert_line(alert: AlertView) -> str:
    what = _what(alert.title, alert.size_key, alert.colour, alert.size)
    if alert.condition == BACK_IN_STOCK:
        event = "back in stock"
    else:
        event = f"cheaper than {money(alert.price_at_signup)}"
    return f"• {what[0].upper()}{what[1:]}: {event} (until {_day(alert.expires_at)})"


def alerts_list_text(alerts: list[AlertView], channel: str | None = None) -> str:
    if not alerts and not can_send_alerts(channel):
        return f"You have no alerts. {_cannot_send_here(channel)}"
    if not alerts:
        return (
            'You have no alerts. On a sold-out size, tap "Notify me" or say "tell me when '
            'size 11 is back".'
        )
    heading = "Your alert:" if len(alerts) == 1 else f"Your {len(alerts)} alerts:"
    return "\n".join([heading, *map(alert_line, alerts), 'Say "stop alerts" to end them.'])


def stopped_text(stopped: list[AlertView]) -> str:
    if not stopped:
        return "You have no alerts to stop, so nothing was changed."
    if len(stopped) == 1:
        alert = stopped[0]
        what = _what(alert.title, alert.size_key, alert.colour, alert.size)
        return f"Stopped: I won't message you about {what}."
    return f"Stopped all {len(stopped)} of your alerts: I won't message you about any of them."


def which_to_stop_text(alerts: list[AlertView]) -> str:
    lines = [f"{number}. {alert_line(alert).removeprefix('• ')}" for number, alert in
             enumerate(alerts, start=1)]  # fmt: skip
    return "\n".join(["Which alert should I stop?", *lines])


def which_to_stop_buttons(alerts: list[AlertView]) -> list[dict]:
    """ "Stop 1", "Stop 2"... (the numbers of the list: short enough for every channel's
    buttons), and "Stop all"."""
    buttons = [
        {"title": f"Stop {number}", "payload": stop_payload(alert.id)}
        for number, alert in enumerate(alerts[:9], start=1)
    ]
    return buttons + [{"title": "Stop all", "payload": '/stop_alerts{"alert_id": "all"}'}]


def restock_text(facts: AlertFacts | None, channel: str | None) -> str:
    """ "When will it be back in stock?": the store keeps no restock dates, so honestly "I don't
    know", and an alert where one can be sent (`facts`: the product in question, if any)."""
    if facts is None:
        text = "I don't know when sold-out things are restocked: I have no restock dates."
        if can_send_alerts(channel):
            return text + (
                " Open the product and say \"tell me when it's back\", and I'll message you "
                "when it is."
            )
        return f"{text} {_cannot_send_here(channel)}"
    if facts.in_stock or not facts.offered:
        outcome = "in_stock_now" if facts.offered else "not_made"
        return signup_text(SignUp(outcome, BACK_IN_STOCK, facts), channel)
    what = _what(facts.title, facts.size_key, facts.colour, facts.size)
    text = f"I don't know when {what} will be back in stock: I have no restock dates."
    if can_send_alerts(channel):
        return f'{text} I can tell you when it\'s back: tap "Notify me".'
    return f"{text} {_cannot_send_here(channel)}"
