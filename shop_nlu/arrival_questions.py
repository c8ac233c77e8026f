"""When it arrives, asked with a day it is needed for: "and when will it get here? I have a big
open house on Saturday!", "when will it arrive?? big open house saturday!!" (stranger test 42,
docs/nlu/stranger-test-42.md). The classifier hears the event and the exclamations as off-topic;
the question and the day make it a delivery question (after an order, that order's estimate and
whether it makes the day: actions/placed_order_answers.py). Whether it arrives *before* a day
("will it come by sunday?") is shop_nlu.dates.asks_if_it_arrives_by."""

from __future__ import annotations

import re
from datetime import date

from shop_nlu.dates import needed_by

# "when will it get here", "when does it arrive", "when wil it arive", "when's it coming",
# "when will it be here": when *it* (the order, what was bought) comes, never "when do you open".
_WHEN_IT_ARRIVES = re.compile(
    r"\bwhen(?:'?s| is| will| wil| wll| does| do| would| can| should| it'?ll)?\s+"
    r"(?:(?:it|they|my order|the order|my belt|my parcel|the parcel|my package)\s+)?"
    r"(?:(?:will|wil|wll|be|gonna|going to)\s+)?"
    r"(?:ar+i?v\w*|get(?:s|ting)? (?:here|to me|delivered)|be here|be delivered|be with me|"
    r"com(?:e|es|ing)|reach\w*|show up|turn up|land)\b"
)


def asks_when_it_arrives_for_a_day(text: str, today: date) -> bool:
    """Whether `text` asks when its order arrives and names a day it is needed by ("when will it
    get here? I have a big open house on Saturday!")."""
    lowered = text.lower()
    if not _WHEN_IT_ARRIVES.search(lowered):
        return False
    return needed_by(lowered, today) is not None


ORDER_STATUS_INTENT = "order_status"
# What "how much longer" about an order may be heard as: how long delivery takes in general.
MAY_ASK_HOW_MUCH_LONGER = frozenset(
    {"ask_delivery_time", "ask_shipping", "nlu_fallback", "out_of_scope"}
)
# "how much time more for delivery", "how much longer till my delivery", "hw much more time",
# "how many more days": what is left of a wait already begun (issue 8); never how long delivery
# takes ("how long is delivery") nor one option against another ("longer ... than express").
_HOW_MUCH_LONGER = re.compile(
    r"\bho?w\s+(?:much\s+(?:longer|more\s+time|time\s+more)|long\s+more|"
    r"many\s+more\s+(?:days|hours|weeks|time))\b"
)
_COMPARES_OPTIONS = re.compile(r"\b(?:than|vs|versus|compared)\b")


def how_much_longer_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The order's status, with its reason, for a message heard as `intent` that asks how much
    longer an order under way takes ("how much time more for delivery"); None otherwise."""
    lowered = text.lower()
    if (
        intent in MAY_ASK_HOW_MUCH_LONGER
        and _HOW_MUCH_LONGER.search(lowered)
        and not _COMPARES_OPTIONS.search(lowered)
    ):
        return ORDER_STATUS_INTENT, "asks how much longer an order under way takes"
    return None
