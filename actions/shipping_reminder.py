"""A purchase started after the bot said it can't ship to the shopper's country ("We ship only to
addresses in the United States, so I can't send an order to the United Kingdom."): a reminder,
once, of where the shop delivers (SHOP_SHIPS_TO), before she fills in her details for nothing
(docs/nlu/stranger-test-36.md, worst problem 2). For the buy, the add to cart and the checkout of
the cart (actions/checkout.py, actions/adding.py, actions/cart.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from commerce.config import load_settings

# The domain responses: "We ship only to ..., so I can't send an order to ...", and the reminder.
NOT_SHIPPED_THERE = "utter_not_shipped_there"
REMINDER = "utter_remind_where_we_ship"


def remind_where_we_ship(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Say where the shop delivers when the bot said it can't ship to the shopper's country and
    has not reminded them since (in this reply either)."""
    if any(message.get("response") == REMINDER for message in dispatcher.messages):
        return
    if said_we_cannot_ship_there(tracker):
        dispatcher.utter_message(response=REMINDER, ships_to=load_settings().ships_to)


def said_we_cannot_ship_there(tracker: Tracker) -> bool:
    """Whether the bot said it can't send an order to the shopper's country, with no reminder
    since: read from the names of the domain responses Rasa keeps with the bot's messages."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "bot":
            continue
        said = (event.get("metadata") or {}).get("utter_action")
        if said == REMINDER:
            return False
        if said == NOT_SHIPPED_THERE:
            return True
    return False
