"""A cancel with the reason it is wanted: "actualy cancel that, court got moved", "nvm cancel it the
party's off", "scrap that, plans changed" (docs/nlu/stranger-test-81.md, A10). The classifier
hears "cancel that" as stopping, but the reason around it leaves it unsure (the fallback, off-topic,
a complaint) or hearing an order cancelled that names none. Read here, it is the stop it is: a
checkout or a purchase waiting is dropped, an order placed is cancelled (it asks first), and with
nothing ordered the bot says so (actions/unplaced_purchases.py). "Cancel the order, court got
moved" (an order named) and "don't cancel it" are left alone. No Rasa here; shop_nlu/
service_readings.py uses it."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

STOP_INTENT = "stop"
# What such a message may be heard as: unsure, off-topic, a complaint about the plans ("the party
# got called off"), or an order cancelled though it names none.
MAY_CALL_OFF_PLANS = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "complaint", "cancel_order", "deny", "goodbye",
    "order_status", "change_order",
})  # fmt: skip

# "cancel that", "scrap it", "forget all that", "call it off", "never mind": what is called off is
# what this chat was doing, never a named order.
_CALLS_IT_OFF = re.compile(
    r"\b(?:(?:cancel|scrap|scrub|ditch|forget|drop|nix|kill|axe|bin)\s+(?:about\s+)?"
    r"(?:(?:all\s+(?:of\s+)?)?(?:that|it|this|them|those)|everything|the\s+lot|all)\b"
    r"|call\s+(?:it|that|this|everything)\s+off\b|\bnvm\b|\bnever\s*mind\b)"
)
# Why: the day or plans moved or off ("court got moved", "the party's off", "plans changed").
_PLANS = (
    r"(?:court|hearing|trial|party|wedding|event|trip|date|interview|meeting|dinner|gala|"
    r"funeral|ceremony|conference|holiday|vacation|show|gig|it|plans?)"
)
_MOVED = (
    r"(?:moved|postponed|called\s+off|cancel+ed|rescheduled|pushed(?:\s+back)?|delayed|put\s+off|"
    r"scrapped|not\s+happening|changed)"
)
_VERB = r"(?:'s|s|is|was|were|are|has\s+been|have\s+been|got|gets|been|just\s+got)"
# "Off" only after a verb: "the party's off", never "is it off white".
_REASON = re.compile(
    rf"\b{_PLANS}\s*(?:{_VERB}\s*)?(?:been\s+)?{_MOVED}\b|\b{_PLANS}\s*{_VERB}\s*off\b"
    r"|\b(?:change\s+of\s+plans?|plans?\s+(?:have\s+)?changed|"
    r"no\s+longer\s+(?:need|happening|going)|(?:don'?t|do\s+not)\s+need\s+(?:it|them|one)"
    r"\s+any\s*more)\b"
)
# An order named ("cancel the order") is the cancel of it; "don't cancel it" keeps it.
_NAMES_AN_ORDER = re.compile(r"\b(?:order|purchase)s?\b")
_KEEPS_IT = re.compile(r"\b(?:don'?t|do\s+not|dont|never|not)\s+(?:want\s+to\s+|wanna\s+)?cancel")


def calls_off_plans(text: str) -> bool:
    """Whether `text` calls off what this chat was doing and says why ("cancel that, court got
    moved"), naming no order."""
    lowered = text.lower().replace("’", "'")
    return bool(
        _CALLS_IT_OFF.search(lowered)
        and _REASON.search(lowered)
        and not _NAMES_AN_ORDER.search(lowered)
        and not _KEEPS_IT.search(lowered)
    )


def plans_called_off_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """A stop, with its reason, for a cancel that says why it is wanted; None otherwise."""
    if intent in MAY_CALL_OFF_PLANS and calls_off_plans(text):
        return STOP_INTENT, "calls off what it was doing, and says why (plans changed)"
    return None
