"""Changes to a placed order that the bot cannot make (the size, the colour, the items, the
shipping method): what the order's state allows instead (cancel it and order again, or return it),
with a button for that, and how to reach the shop's team. Whether either is possible comes from
the core's one rule (commerce.order_rules.check_change), asked before anything is offered; the
order is found as for every after-sales request (actions/order_lookup.py).
"""

from __future__ import annotations

import json
import re

from rasa_sdk import Tracker

from actions import order_replies
from actions.add_with_questions import answer_add_with_questions
from actions.base import Events, ShopAction
from actions.checkout_slots import ordering_time
from actions.conversation import latest_entities, latest_intent
from actions.earlier_than_this_chat import answer_earlier_order_than_todays
from actions.exchange_requests import ask_order_for_an_exchange
from actions.kind_found_to_add import answer_kind_found_with_questions
from actions.order_additions import asks_only_to_add, tell_items_not_added
from actions.order_change_replies import (
    change_rule_text,
    size_for_reorder_text,
    switch_arrival_text,
)
from actions.order_lookup import order_in_question, remembered, waiting_for_details
from actions.person_after_answer import tell_the_way_to_a_person
from actions.replies import kind_words
from actions.unplaced_purchases import (
    answer_change_before_ordering,
    answer_total_asked_before_ordering,
    nothing_ordered_yet,
)
from actions.wrong_item_swaps import answer_wrong_item_swap
from commerce.config import load_settings
from commerce.order_rules import OrderChange, check_change
from commerce.reorder_sizes import size_for_reorder
from commerce.shipping import SHIPPING_METHODS, fastest_method
from commerce.sizes import size_query_key
from shop_nlu.dates import leaves_on, needed_by
from shop_nlu.order_additions import asks_to_add_to_order
from shop_nlu.size_changes import size_wanted_instead

CANCEL_BUTTON = {"title": "Cancel the order", "payload": "/cancel_order"}
RETURN_BUTTON = {"title": "Return it", "payload": "/return_order"}


# What the shopper wants changed, for the answer: the entity named, else a word of the message.
_WANTED_BY_ENTITY = {"shipping_method": "the shipping method", "size": "the size",
                     "colour": "the colour", "quantity": "the quantity"}  # fmt: skip
_WANTED_BY_WORD = (
    (re.compile(r"\b(?:ship\w*|deliver\w*|express|courier|overnight|next[- ]day)\b", re.I),
     "the shipping method"),
    (re.compile(r"\bsizes?\b", re.I), "the size"),
    (re.compile(r"\bcolou?rs?\b", re.I), "the colour"),
)  # fmt: skip


def _wanted_change(tracker: Tracker) -> str | None:
    entities = latest_entities(tracker)
    for entity, wanted in _WANTED_BY_ENTITY.items():
        if entity in entities:
            return wanted
    if latest_intent(tracker) == "choose_shipping":
        return "the shipping method"
    text = tracker.latest_message.get("text") or ""
    for words, wanted in _WANTED_BY_WORD:
        if words.search(text):
            return wanted
    return None


def explain_order_change(dispatcher, tracker: Tracker, session) -> Events:
    """A change the bot cannot make to a placed order: what the order's state allows instead
    (cancel and order again, or return it), with buttons for that, and how to reach the team."""
    if (events := ask_order_for_an_exchange(dispatcher, tracker, session)) is not None:
        return events  # "my last order the sandal is too big, can change 6.5?"
    if (events := answer_total_asked_before_ordering(dispatcher, tracker, session)) is not None:
        return events  # "my total now, and would express get it here by the 19th?" (93, B5)
    if (events := answer_change_before_ordering(dispatcher, tracker, session)) is not None:
        return events  # "the colour on the order I just made": a purchase never placed (test 63)
    if (events := nothing_ordered_yet(dispatcher, tracker, session)) is not None:
        return events  # "switch my order to express" with only a cart (stranger test 78, B9)
    asked_so_far = len(dispatcher.messages)
    order = order_in_question(dispatcher, tracker, session)
    if order is None:
        # "can I change it, or should I cancel and order again?": the rule, then which order.
        dispatcher.messages.insert(asked_so_far, {"text": change_rule_text()})
        return waiting_for_details(tracker, ActionExplainOrderChange.NAME)
    if asks_only_to_add(tracker) and (
        added := tell_items_not_added(dispatcher, tracker, session, order)
    ):
        return added  # "add brown belt to the order i just made": the belt, not the order's colour
    cancel = check_change(order, OrderChange.CANCEL)
    give_back = check_change(order, OrderChange.RETURN)
    buttons = [CANCEL_BUTTON] if cancel.allowed else [RETURN_BUTTON] if give_back.allowed else []
    wanted = _wanted_change(tracker)
    text = order_replies.order_change_text(order, wanted, cancel, give_back)
    if (
        wanted == "the shipping method"
        and cancel.allowed
        and (when := _switch_arrival(tracker, order))
    ):
        text += "\n" + when  # "we leave on friday, switch to express": both dates, the day named
    if wanted == "the size" and (cancel.allowed or give_back.allowed):
        text += _size_for_reorder(tracker, session, order)  # "can change to 40R?": is 40R there
    kind = next(iter(latest_entities(tracker).get("category") or []), None)
    text_said = tracker.latest_message.get("text") or ""
    adding = check_change(order, OrderChange.ADD_ITEMS)
    if wanted and kind and not adding.allowed and asks_to_add_to_order(text_said):
        # "add a matching belt to that order and change it to an 8.5": both halves answered.
        text += " " + order_replies.items_not_added_text(kind_words(kind))
        buttons.append({"title": f"Show {kind_words(kind)}",
                        "payload": "/search_products" + json.dumps({"category": kind})})  # fmt: skip
    dispatcher.utter_message(text=text, buttons=buttons)
    offer_the_team(dispatcher)
    return remembered(tracker, order)


def _size_for_reorder(tracker: Tracker, session, order) -> str:
    """Whether the size asked for instead of the one ordered is in stock for a new order (stranger
    test 74, A10); "" when no such size is named."""
    text = tracker.latest_message.get("text") or ""
    for said in [*latest_entities(tracker).get("size", []), size_wanted_instead(text)]:
        key = size_query_key(str(said)) if said else None
        if key and (found := size_for_reorder(session, order, key)):
            return "\n" + " ".join(size_for_reorder_text(each) for each in found)
    return ""


def _switch_arrival(tracker: Tracker, order) -> str:
    """When the order arrives as it stands against a day named, and when it would with the
    faster shipping asked for (else the fastest) if ordered again today."""
    text, today = tracker.latest_message.get("text") or "", ordering_time().date()
    asked = next(iter(latest_entities(tracker).get("shipping_method") or []), None)
    faster = SHIPPING_METHODS.get(asked) or fastest_method()
    if faster.key == order.shipping_method:
        return ""  # already shipped that way: nothing to compare
    needed = needed_by(text, today)
    leaving = leaves_on(text, needed, today) if needed else None
    return switch_arrival_text(order, faster, today, needed, leaving)


def offer_the_team(dispatcher) -> None:
    """How to reach the shop's team, for a change the bot cannot make."""
    settings = load_settings()
    dispatcher.utter_message(
        response="utter_order_change_ask_team",
        contact_email=settings.contact_email,
        contact_phone=settings.contact_phone,
        opening_hours=settings.opening_hours,
    )


class ActionExplainOrderChange(ShopAction):
    """ "Can I change the size on my order?" / "switch my order to express": changes the bot
    cannot make; it says honestly what can be done with the order as it stands."""

    NAME = "action_explain_order_change"
    after_answer = (
        tell_the_way_to_a_person,
    )  # "... could I talk to a person if it's complicated?"
    # "Add the cheaper belt too, and what's the total?" with nothing ordered: the cart's add.
    # "HL-4X7P2Q came grey, not the navy: can I swap it?": the shop's mistake, owned first.
    # "Add the clutch too. What's my total now?", no clutch on screen: found, then the total.
    gives_way_to = (
        answer_earlier_order_than_todays,  # "the pair i got last month": not today's order (95)
        answer_wrong_item_swap,
        answer_add_with_questions,
        answer_kind_found_with_questions,
    )

    def name(self) -> str:
        return self.NAME

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        return explain_order_change(dispatcher, tracker, session)
