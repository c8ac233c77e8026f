"""Whether a shipping question asks if an order comes in one parcel ("will the suit, shirt and
loafers come in the same box?", "will my items be shipped together or separately?"). The shop's
rules say nothing about it, so the answer is an honest "I don't know" with the team's contact
(`one_parcel` in content/faq.yml), never the shipping costs (stranger test 71, B10 and B20),
whatever the classifier heard; after the add when an add is asked first (B10)."""

from __future__ import annotations

import re

ONE_PARCEL_QUESTION = re.compile(
    r"\b(?:(?:same|one|single|1|several|separate|multiple|two|2|different) "
    r"(?:box|boxes|parcels?|packages?|shipments?|deliver(?:y|ies))"
    # Not "how much would they come to together": a price (stranger test 73, B4).
    r"|(?:arrive|come(?!\s+to\b)|coming|ship(?:ped)?|sent|send|deliver(?:ed)?|packed)\b[^?.!]{0,20}"
    r"\b(?:together|separately|all at once|in (?:bits|pieces|parts))"
    r"|split (?:up )?(?:the |my )?(?:order|shipment|delivery))\b",
    re.IGNORECASE,
)

SHIPPING_INTENT = "ask_shipping"
ADD_INTENT = "add_to_cart"
# What a parcel question may be heard as and still be answered as one ("how long does delivery
# take?" answers the parcel question too: actions/service_topics.py).
_ANSWERED_AS_ONE = frozenset({SHIPPING_INTENT, "ask_delivery_time"})
# "add the first loafers as well. Will everything arrive together ...": an add asked before it.
_ADDS = re.compile(r"\b(?:add|put|pop|chuck|throw|stick|bung|toss|include)\b", re.IGNORECASE)


def asks_about_one_parcel(text: str) -> bool:
    """Whether the message asks if the order comes in one parcel."""
    return bool(ONE_PARCEL_QUESTION.search(text or ""))


def one_parcel_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """For a message that asks whether the order comes in one parcel (stranger test 71, B10): an
    add when it asks to add something first (the action answers the question after the add,
    actions/cart_adding.py), else the shipping question; with the reason. None otherwise."""
    found = ONE_PARCEL_QUESTION.search(text or "")
    if found is None:
        return None
    if _ADDS.search(text[: found.start()]):
        if intent == ADD_INTENT:
            return None
        return ADD_INTENT, "adds a product, and asks whether it all comes in one parcel"
    if intent in _ANSWERED_AS_ONE:
        return None
    return SHIPPING_INTENT, "asks whether the order comes in one parcel"
