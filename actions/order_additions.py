"""More goods asked into a placed order ("Could you add a brown leather belt to the order I just
placed?", "pls put a tie in my last order too"): a placed order takes none (the core's one rule,
commerce.order_rules.check_change with OrderChange.ADD_ITEMS), so the answer says so about that
order and shows the goods asked for, to order separately; never a question about the colour of
what was ordered (docs/nlu/stranger-test-73.md, B14). Heard as a change of the order, it is
answered from actions/order_changes.py; heard as an add to the cart or unsure, it is listed in
those actions' `gives_way_to`."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events, perform_action
from actions.checkout_slots import CHECKOUT_KEY, LAST_ORDER
from actions.conversation import latest_entities
from actions.order_change_replies import separate_order_text
from actions.order_lookup import remembered, requester_of
from actions.replies import kind_words
from commerce.models import Order
from commerce.order_rules import OrderChange, check_change
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import find_order
from commerce.search import sells_kind
from shop_nlu.order_additions import asks_to_add_to_order
from shop_nlu.other_order_changes import asks_another_change

# Named besides the goods, a change to what was ordered: both are answered together.
_OTHER_CHANGES = frozenset({"size", "shipping_method", "quantity"})


def asks_only_to_add(tracker: Tracker) -> bool:
    """Whether the message asks to add goods of a kind named to an order, and nothing else."""
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    return bool(
        entities.get("category")
        and asks_to_add_to_order(text)
        and not asks_another_change(text)
        and not _OTHER_CHANGES & set(entities)
    )


def tell_items_not_added(dispatcher, tracker: Tracker, session, order: Order) -> Events | None:
    """The goods asked into `order` can't go in: said, and those goods shown for a new order (the
    search, with the colour and material said: "brown leather belts"). None when the order would
    take them (no rule allows it today) and nothing was said."""
    if check_change(order, OrderChange.ADD_ITEMS).allowed:
        return None
    kind = latest_entities(tracker)["category"][0]
    sold = sells_kind(session, kind)
    dispatcher.utter_message(text=separate_order_text(order.number, kind_words(kind), sold))
    events = perform_action("action_search_products", dispatcher, tracker, {}, session)
    return [*remembered(tracker, order), *events]


def answer_items_into_placed_order(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Add a brown leather belt to the order I just placed", heard as an add to the cart or
    unsure: with an order placed in this chat and no checkout going on, that order can't take it,
    and the goods are shown for a new one; None for any other message."""
    number = tracker.get_slot(LAST_ORDER)
    if not number or tracker.get_slot(CHECKOUT_KEY) or not asks_only_to_add(tracker):
        return None
    try:
        order = find_order(session, number, requester_of(tracker))
    except OrderNotFound:
        return None
    return tell_items_not_added(dispatcher, tracker, session, order)
