"""The total and the arrival asked with an add that needed questions first: "please put the shoes in
size 8 and the cheapest shirt in my cart, and tell me the total with express shipping and whether
it all arrives before the 9th" (stranger test 86, docs/nlu/stranger-test-86.md, B5) asked each
colour, and after the last answer said only "Added ...": the total with express and the arrival
by the 9th came only when asked again. Right: the shopper's message rides with each question
(`TOTAL_NEXT`, in the bot message's metadata, as Rasa keeps it), and once the last is answered,
the cart's total and arrival are said as that message asked them (actions/cart_arrival.py)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.cart_arrival import tell_cart_total_and_arrival
from actions.conversation import purchase_asked

# Kept with a purchase question asked by an add that also asked the total: the shopper's words.
TOTAL_NEXT = "total_next"
# The buttons under "Added ... to your cart": the cart shown with the total carries them.
_CART_PAYLOADS = ("/checkout", "/view_cart")


def promise_total(messages: list[dict], asked_with: str) -> None:
    """Each purchase question among `messages` kept with `asked_with`, the shopper's message
    that asked the total too, so the total follows the last answer."""
    for message in messages:
        if purchase_asked(message.get("text") or "", message.get("buttons") or []):
            message[TOTAL_NEXT] = asked_with


def tell_total_when_promised(dispatcher, tracker: Tracker, session) -> None:
    """After the answer to a question that an add with a total asked: the promise kept with the
    next question when the reply asks one, else the cart's total and arrival as first asked."""
    if (asked_with := _promised(tracker)) is not None:
        tell_total_asked(dispatcher, tracker, session, asked_with)


def tell_total_asked(dispatcher, tracker: Tracker, session, asked_with: str) -> None:
    """After an add (or the answer to its question) that `asked_with`, the shopper's message, also
    asked the total: promised to the question the reply asks, else the cart's total and arrival
    as asked ("... and tell me what that all comes to with express": stranger test 95, B5)."""
    said = dispatcher.messages
    asked = [m for m in said if purchase_asked(m.get("text") or "", m.get("buttons") or [])]
    if asked:
        promise_total(asked, asked_with)
        return
    as_asked = tracker.copy()
    as_asked.latest_message = {**tracker.latest_message, "text": asked_with, "entities": []}
    start = len(said)
    if tell_cart_total_and_arrival(dispatcher, as_asked, session, asked=True, remind_waiting=False):
        for message in said[:start]:
            if all(b.get("payload") in _CART_PAYLOADS for b in message.get("buttons") or []):
                message["buttons"] = []  # once, under the cart with its total


def _promised(tracker: Tracker) -> str | None:
    """The shopper's words a total was promised to, in the bot's answer to their previous
    message; None when it made no such promise."""
    seen_latest = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_latest:
                return None
            seen_latest = True
        elif event.get("event") == "bot":
            promised = (event.get("metadata") or {}).get(TOTAL_NEXT)
            if isinstance(promised, str) and promised:
                return promised
    return None
