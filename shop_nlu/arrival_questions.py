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


# "wen does it get here if i order rn", "whn would it b here", "how long till i get it": when it
# would come, typed fast; "will it b here by dec 19": whether it comes by a day (with `needed_by`).
# Stranger test 57 (docs/nlu/stranger-test-57.md, Kayla #6, #7). Whether it is about an order
# placed or one not yet placed is the conversation's to say (actions/arrival_before_ordering.py).
# "when will it actually get to me" (stranger test 66, Claire #9): a word between, the same ask.
_BETWEEN = r"(?:(?:actually|really|even|ever|finally|probably|likely|roughly)\s+)?"
_WHEN_IT_WOULD_COME = re.compile(
    r"\b(?:when|wen|whn)(?:'?s| is| will| wil| would| wud| wld| does| do| can| could)?\s+"
    r"(?:(?:it|they|u|you)\s+)?"
    + _BETWEEN
    + r"(?:(?:will|wil|would|wud|be|b|gonna)\s+)?"
    + _BETWEEN
    + r"(?:ar+i?v\w*|get(?:s|ting)? (?:here|to me|delivered)|b here|be here|be delivered|"
    r"com(?:e|es|ing)|reach\w*|show up|land)\b"
    r"|\bhow (?:long|soon)\b.{0,20}\b(?:get|arriv\w*|come|here)\b"
    # "when do i get them", "wen will we get it" (stranger test 65), never "...get my refund"
    r"|\b(?:when|wen|whn)\s+(?:do|will|wil|would|wud|can|shall)\s+(?:i|we|u)\s+(?:get|gt|receive)\s+"
    r"(?:it|them|em|they|my (?:order|parcel|package|stuff|shoes))\b"
)
_ARRIVES_WORD = re.compile(
    r"\b(?:ar+i?v\w*|come|comes|get here|get it|gt it|b here|be here|deliver\w*|reach\w*)\b"
)


def asks_when_it_would_arrive(text: str, today: date) -> bool:
    """Whether `text` asks when it would arrive ("wen does it get here if i order rn") or whether
    it arrives by a day it names ("will it b here by dec 19")."""
    lowered = text.lower()
    if _WHEN_IT_WOULD_COME.search(lowered):
        return True
    return bool(_ARRIVES_WORD.search(lowered)) and needed_by(lowered, today) is not None


# A clause of a product question that asks about the delivery, not the product: "would it arrive in
# time", "will it be here before December 13th", "would it be delivered by the 13th" (stranger test
# 82, B); never "does it come in black".
_DELIVERY_CLAUSE = re.compile(
    r"\b(?:ar+i?v\w*|get here|gt here|b here|be here|deliver\w*|in time|before\s+(?:the\s+)?\d|"
    r"before\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b"
)


def asks_about_the_delivery(clause: str) -> bool:
    """Whether a clause of a product question asks when or whether it would arrive."""
    return bool(_DELIVERY_CLAUSE.search(clause.lower()))


# "tracking number?", "can i get the tracking no", "whats the tracking", "need tracking numbr pls"
# (stranger test 67, docs/nlu/stranger-test-67.md, A9): the parcel's tracking number asked for,
# never "track my order" (where it is).
_TRACKING_NUMBER = re.compile(
    r"\btrack(?:ing|in)\b(?!\s+(?:my|the|it|this|that|down)\b)"
    r"|\btrack(?:ing|in)?\s*(?:n(?:o|um|umber|umbr|mbr|br|r)\b|#|code|id\b|link\b)"
)


def asks_for_tracking_number(text: str) -> bool:
    """Whether `text` asks for the parcel's tracking number ("when it come? need tracking numbr")."""
    return bool(_TRACKING_NUMBER.search(text.lower()))


# "will that all arrive", "would everything get here", "will they come in time": the whole of a
# purchase, several things at once; "will it arrive before friday?" may be about one of them.
_ALL_OF_IT = re.compile(r"\b(?:all|everything|they|them|both|the lot|the two)\b")


def speaks_of_all_of_it(text: str) -> bool:
    """Whether a message speaks of several things at once, all that is being bought."""
    return bool(_ALL_OF_IT.search(text.lower()))
