"""A name, email or address typed while no checkout is open and the cart is empty (stranger test
69, B11-B13: "Claire Whitman", then her email, then her address, after "let's check out" found
the cart empty): no checkout is open because the cart is empty, and what to do; said once, then
only a short reminder, never "didn't get that". A purchase still waiting for its size or colour
is answered elsewhere (the choice asked again, actions/order_details.py and actions/chitchat.py).
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events
from actions.checkout_slots import NAME
from actions.checkout_told import details_typed_alone
from actions.conversation import latest_entities, questions_waiting
from actions.order_lookup import ORDER_ASKED_BY
from commerce.cart import cart_items
from shop_nlu.common_words import COMMON_WORDS
from shop_nlu.details_alone import checkout_detail_alone
from shop_nlu.details_in_a_request import asks_to_check_out, details_told

NO_CHECKOUT_OPEN = "utter_no_checkout_open"
STILL_NO_CHECKOUT_OPEN = "utter_still_no_checkout_open"
# What a message names of the shop (a colour, a size, a product) is no person's name ("navy blue").
SHOP_WORDS = frozenset({"colour", "size", "product", "product_handle", "category", "material"})
# What says that the shopper meant to check out: a request for it, a detail typed, or the bot's
# word that the cart was empty (a name alone says nothing of a checkout by itself).
_CHECKOUT_INTENTS = frozenset({"checkout", "buy", "place_order", "inform"})
_EMPTY_CART_SAID = frozenset(
    {"utter_cart_empty", "utter_nothing_to_check_out", NO_CHECKOUT_OPEN, STILL_NO_CHECKOUT_OPEN}
)
# How many of the shopper's earlier messages (and the bot's answers) may show it.
_LOOK_BACK = 3


def answer_details_without_checkout(dispatcher, tracker: Tracker, session) -> Events | None:
    """The answer to a checkout detail typed with no checkout open and an empty cart; None when
    the message is no such detail, a form or an order request waits for it, a purchase waits for
    its choice, or the cart has something in it."""
    detail = checkout_detail_alone(tracker.latest_message.get("text") or "")
    if (
        detail is None
        or (tracker.active_loop or {}).get("name")
        or tracker.get_slot(ORDER_ASKED_BY)
        or questions_waiting(tracker)
        or cart_items(session, tracker.sender_id)
    ):
        return None
    if detail == "name" and not (_checkout_meant_lately(tracker) or _a_full_name(tracker)):
        return None
    told = _bot_said_lately(tracker) & {NO_CHECKOUT_OPEN, STILL_NO_CHECKOUT_OPEN}
    dispatcher.utter_message(response=STILL_NO_CHECKOUT_OPEN if told else NO_CHECKOUT_OPEN)
    return []


def answer_checkout_with_details_on_empty_cart(
    dispatcher, tracker: Tracker, session
) -> Events | None:
    """ "let's check out. It's James Whitfield, james@..., 7 Paddock Road, ..." with an empty cart
    (stranger test 71, B12): no checkout open, and the details not kept, as for a detail typed
    alone; None for any other message, a purchase waiting for its choice, or a cart with items."""
    text = tracker.latest_message.get("text") or ""
    if (
        not asks_to_check_out(text)
        or details_told(text) is None
        or questions_waiting(tracker)
        or cart_items(session, tracker.sender_id)
    ):
        return None
    told = _bot_said_lately(tracker) & {NO_CHECKOUT_OPEN, STILL_NO_CHECKOUT_OPEN}
    dispatcher.utter_message(response=STILL_NO_CHECKOUT_OPEN if told else NO_CHECKOUT_OPEN)
    return []


def _a_full_name(tracker: Tracker) -> bool:
    """Whether the message is a person's full name ("jake moreno" after a search, stranger test 77,
    A5), naming nothing the shop knows ("navy boots"): a checkout detail even with no checkout
    meant lately."""
    name = details_typed_alone(tracker).get(NAME) or ""
    everyday = any(word.lower() in COMMON_WORDS for word in name.split())  # "cool beans"
    # As the first message of a chat ("Claire Whitman" out of the blue) it answers nothing.
    shopped = sum(event.get("event") == "user" for event in tracker.events_after_latest_restart())
    return (
        bool(name)
        and not everyday
        and not latest_entities(tracker).keys() & SHOP_WORDS
        and shopped > 1
    )


def _checkout_meant_lately(tracker: Tracker) -> bool:
    """Whether one of the shopper's last few messages asked to check out or gave a detail, or
    the bot said lately that the cart was empty."""
    said = [e for e in tracker.events_after_latest_restart() if e.get("event") == "user"]
    intents = {
        ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        for event in said[-_LOOK_BACK - 1 : -1]
    }
    return bool(intents & _CHECKOUT_INTENTS or _bot_said_lately(tracker) & _EMPTY_CART_SAID)


def _bot_said_lately(tracker: Tracker) -> set[str]:
    """The domain responses among the bot's last few messages (Rasa keeps their names)."""
    said = [e for e in tracker.events_after_latest_restart() if e.get("event") == "bot"]
    return {(event.get("metadata") or {}).get("utter_action") or "" for event in said[-_LOOK_BACK:]}
