"""A checkout detail typed while a purchase waits for its colour, size or which one ("Which colour
of the Noemi Kitten Heel?", then "It's Maria Jensen", her email, her address:
docs/nlu/stranger-test-75.md B6-B8; "Daniel Hughes" at the tie's colour: stranger-test-74.md,
problem 2): kept in the checkout's own slots (actions/checkout_slots.py), where the checkout that
follows finds it and asks only for the rest (`details_for_the_checkout`); said so briefly, and the
choice asked again with its buttons."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.checkout_replies import details_noted_text
from actions.checkout_slots import ADDRESS, EMAIL, NAME
from actions.checkout_told import details_typed_alone
from actions.conversation import latest_entities, questions_waiting
from actions.details_without_checkout import SHOP_WORDS
from actions.order_lookup import ORDER_ASKED_BY
from actions.waiting_purchases import ask_waiting_again
from actions.waiting_way_out import offer_way_out_when_stuck
from shop_nlu.delivery_wishes import wants_it_quicker

_SENT_TO = re.compile(r"\b(?:ship|send|sent|deliver)\w*\b", re.IGNORECASE)


def keep_details_while_waiting(dispatcher, tracker: Tracker, session) -> Events | None:
    """The detail kept, said, and the waiting purchase asked again; None (nothing said) when no
    purchase waits, a form or an order request is open, the message is no checkout detail, or it
    wishes for a faster delivery too (answered with the delivery kept, `waiting_purchases`)."""
    text = tracker.latest_message.get("text") or ""
    if (
        (tracker.active_loop or {}).get("name")
        or tracker.get_slot(ORDER_ASKED_BY)
        or not questions_waiting(tracker)
        # "express pls", "ship it to 88 Maple Avenue, ...": the delivery wished for, answered with
        # the delivery kept (actions/waiting_purchases.py).
        or wants_it_quicker(text)
        or _SENT_TO.search(text)
    ):
        return None
    told = details_typed_alone(tracker)
    if NAME in told and len(told) == 1 and latest_entities(tracker).keys() & SHOP_WORDS:
        return None
    if not told:
        return None
    had = {slot: tracker.get_slot(slot) for slot in (NAME, EMAIL, ADDRESS)}
    dispatcher.utter_message(text=details_noted_text(told, had))
    ask_waiting_again(dispatcher, tracker, session)
    offer_way_out_when_stuck(dispatcher, tracker, session)  # the third time: stranger test 77
    return [SlotSet(slot, value) for slot, value in told.items()]
