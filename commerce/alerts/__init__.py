"""Opt-in alerts: "tell me when size 11 is back", "let me know if it gets cheaper".

A shopper asks for an alert in a chat; it is kept with their conversation (Rasa's sender id) and
the channel they asked on, the product (and size / colour, when they said one) and the condition.
Each alert sends at most ONE message, when its condition holds in the store:

    back_in_stock  a fitting variant has stock again
    price_drop     a fitting variant in stock costs less than when the shopper asked

Subscription states: active -> fulfilled (its message was delivered), stopped (the shopper said
stop), expired (`SHOP_ALERT_DAYS` passed), or deleted (the shopper asked to be forgotten).

Sending goes through an outbox, `alert_delivery`: one row per (subscription, change) it announces,
queued in the same transaction as the change that makes it due (`shop stock`, `shop price`, a
catalog import) or by `shop alerts send`, which then delivers each row through Rasa's HTTP API
(`POST /conversations/<sender>/trigger_intent?output_channel=<channel>`, intent `check_alerts`
with the row's key as the entity `alert_key`). Delivery states:

    pending    queued, not tried yet (or put back: Rasa unreachable, Messenger's window closed)
    sending    claimed by a run of the job, which committed the claim before calling Rasa
    delivered  the triggered action took it and said it (final)
    moot       the condition no longer held when the action ran (e.g. sold out again): said nothing
    cancelled  the alert ended before it was sent (stopped, expired)
    failed     tried MAX_ATTEMPTS times without the action taking it

Exactly once: the triggered action, not the job, marks the row delivered, in one transaction
(row locked) that first checks it is not delivered yet, and only then returns the message to Rasa.
A job that dies after claiming (before or after Rasa accepted the call) leaves the row `sending`;
the next run calls Rasa again with the same key and the action says nothing the second time. The
database itself refuses a second delivered row, or a second open one, for a subscription (partial
unique indexes). What remains: the action committed `delivered` but Rasa or the platform then
failed to pass the message on (Rasa killed in that instant, Messenger refusing the send); that
alert is lost, never doubled.

Only channels that can message a shopper first are ever sent to (PUSH_CHANNELS). Messenger lets a
page message a person only within 24 hours of their last message (message tags are for a few
documented purposes, and a sales alert is not one of them), so a Messenger alert due outside that
window waits, unsent, until the shopper writes again or the alert expires.

This module knows nothing of Rasa's Python code; it talks to Rasa's HTTP API with `requests`.
"""

from commerce.alerts.delivery import (
    Conversation,
    RasaApi,
    RasaUnavailable,
    SendReport,
    Taken,
    expire_alerts,
    queue_due_alerts,
    send_due_alerts,
    take_delivery,
    within_messenger_window,
)
from commerce.alerts.subscriptions import (
    ACTIVE,
    ALERT_INTENT,
    ALERT_KEY_ENTITY,
    BACK_IN_STOCK,
    CANCELLED,
    CONDITIONS,
    DELIVERED,
    EXPIRED,
    FAILED,
    FULFILLED,
    MAX_ATTEMPTS,
    MESSENGER,
    MESSENGER_WINDOW,
    MOOT,
    OPEN_DELIVERY,
    PENDING,
    PRICE_DROP,
    PUSH_CHANNELS,
    SENDING,
    STOPPED,
    AlertDelivery,
    AlertFacts,
    AlertSubscription,
    AlertView,
    SignUp,
    active_alerts,
    can_send_alerts,
    condition_holds,
    current_facts,
    erase_alerts_for,
    logger,
    stop_alerts,
    subscribe,
)

__all__ = [
    "ACTIVE",
    "ALERT_INTENT",
    "ALERT_KEY_ENTITY",
    "AlertDelivery",
    "AlertFacts",
    "AlertSubscription",
    "AlertView",
    "BACK_IN_STOCK",
    "CANCELLED",
    "CONDITIONS",
    "Conversation",
    "DELIVERED",
    "EXPIRED",
    "FAILED",
    "FULFILLED",
    "MAX_ATTEMPTS",
    "MESSENGER",
    "MESSENGER_WINDOW",
    "MOOT",
    "OPEN_DELIVERY",
    "PENDING",
    "PRICE_DROP",
    "PUSH_CHANNELS",
    "RasaApi",
    "RasaUnavailable",
    "SENDING",
    "STOPPED",
    "SendReport",
    "SignUp",
    "Taken",
    "active_alerts",
    "can_send_alerts",
    "condition_holds",
    "current_facts",
    "erase_alerts_for",
    "expire_alerts",
    "logger",
    "queue_due_alerts",
    "send_due_alerts",
    "stop_alerts",
    "subscribe",
    "take_delivery",
    "within_messenger_window",
]
