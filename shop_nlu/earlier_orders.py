"""Whether a message speaks of an order placed before this chat ("last week i ordered shoes for my
son, still not come", "my order from monday"): that order is looked up (its number or email asked
for), whatever purchase is still waiting in the chat (docs/nlu/stranger-test-54.md, problem 1)."""

from __future__ import annotations

import re

from shop_nlu.item_problems import ORDER_NOT_ARRIVED

_WHEN = (
    # "last wk", "2 wks ago": the shoppers' short forms too (stranger test 92, A8)
    r"(?:last|past|previous|this) (?:week|wk|month|\w+day|weekend)|yesterday|(?:a|one|two|three|few"
    r"|\d+|couple of) ?(?:days?|weeks?|wks?|months?)(?: ago)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|before|earlier|already"
)
_EARLIER_ORDER = re.compile(
    # "last week i ordered", "i ordered shoes last week", "i order 2 weeks ago"
    rf"\b(?:{_WHEN})\b.{{0,20}}\bi (?:have |had )?(?:ordere?d|order|bought|placed|paid)\b"
    rf"|\bi (?:have |had |already )?(?:ordere?d|order|bought|placed|paid)\b.{{0,40}}\b(?:{_WHEN})\b"
    # "my order from monday", "the order i placed", "an order i made"
    rf"|\b(?:my|the|an?|our) (?:order|parcel|package)s? (?:from|of|on|i (?:placed|made)|(?:placed|made)"
    rf" (?:on|last))\b"
)


def speaks_of_an_earlier_order(text: str) -> bool:
    """ "Last week i ordered shoes, still not come", "my order from monday": an order placed
    before, not the purchase waiting in this chat."""
    lowered = text.lower()
    return bool(_EARLIER_ORDER.search(lowered) or ORDER_NOT_ARRIVED.search(lowered))


# "when will my order arrive", "wheres our parcel": an order of theirs named, not the cart.
_THEIR_ORDER = re.compile(r"\b(?:my|our)\s+(?:order|parcel|package|shipment)s?\b")


def speaks_of_their_order(text: str) -> bool:
    """ "when will my order arrive", "my order from monday": an order of the shopper's (placed
    before or in this chat), never "will that all arrive" of the purchases still being chosen."""
    return bool(_THEIR_ORDER.search(text.lower())) or speaks_of_an_earlier_order(text)


# A day before today: "last month", "last wk", "yesterday", "3 weeks ago", "a couple of weeks ago".
_BEFORE_TODAY = (
    r"(?:last|past|previous) (?:week|wk|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|yesterday|(?:a|one|two|three|four|few|\d+|a couple of|couple of|couple) ?(?:days?|weeks?"
    r"|wks?|months?) ago"
)
# "the ones i got off u last month", "bought from you 3 weeks ago", "last week i ordered".
_HAD_BEFORE_TODAY = re.compile(
    r"\b(?:got|bought|ordered|orderd|order|purchased|received|had)\b.{0,40}?"
    rf"\b(?:{_BEFORE_TODAY})\b|\b(?:{_BEFORE_TODAY})\b.{{0,30}}?\bi (?:got|bought|ordered|orderd"
    r"|purchased|received)\b"
)


def had_before_today(text: str) -> bool:
    """ "the vans style ones i got off u last month": goods had from the shop before today, so
    never an order placed in this chat today (stranger test 95, A10)."""
    return bool(_HAD_BEFORE_TODAY.search(text.lower()))
