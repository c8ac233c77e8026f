""" "Put both in my cart" right after a total of things named by their kinds ("how much would the
blazer and the shoes come to together with express shipping?"): "both", "them", "all of it" are
those things, not the product in focus or older ones (a dress given up). Each is added as "add the
blazer and the shoes" adds it: what is clear goes in, a kind with several shown is asked which,
one nothing was shown of is said so (stranger test 61, godmother #7,
docs/nlu/stranger-test-61.md, problem 3)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.adding import add_each_kind
from actions.base import Events
from actions.cart_totals import asks_total
from actions.conversation import latest_entities
from shop_nlu.cart_picks import means_those_just_named

# What names a product in the latest message itself ("add both blazers", "the first one").
_NAMING = frozenset({"category", "product", "product_handle", "ordinal"})


def answer_both_of_the_total(dispatcher, tracker: Tracker, session) -> Events | None:
    """The kinds the total just asked named, added (`add_each_kind`); None (nothing said) when
    the message names something itself or speaks of no group, or the shopper's message before
    it asked no total of two kinds or more."""
    text = tracker.latest_message.get("text") or ""
    if not means_those_just_named(text) or latest_entities(tracker).keys() & _NAMING:
        return None
    said, kinds = _message_before(tracker)
    if len(kinds) < 2 or not asks_total(said):
        return None
    return add_each_kind(dispatcher, tracker, session, kinds)


def _message_before(tracker: Tracker) -> tuple[str, list[str]]:
    """The shopper's message before the latest one: its text and the kinds it named (not those
    ruled out or only worn with)."""
    users = [event for event in tracker.events or [] if event.get("event") == "user"]
    if len(users) < 2:
        return "", []
    parsed = users[-2].get("parse_data") or {}
    kinds = [
        str(entity["value"])
        for entity in parsed.get("entities") or []
        if entity.get("entity") == "category" and not entity.get("role") and entity.get("value")
    ]
    return str(users[-2].get("text") or ""), list(dict.fromkeys(kinds))
