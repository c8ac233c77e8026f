"""The details typed in the message that starts a checkout ("right, let's check out. It's James
Whitfield, james.whitfield@example.com, 7 Paddock Road, 02134 Boston": docs/nlu/stranger-test-71.md,
B12; "The Visby leather tote in tan please, sent to her dorm: Lily Carter, Room 214 Hall B, ...":
docs/nlu/stranger-test-70.md, B10): kept for the checkout, so the form asks only what is missing.
A detail that would be refused when typed at its question (an address abroad, a malformed email)
is left for the form to ask. Details typed alone while a purchase waits for its choice are kept in
the same slots (actions/details_while_waiting.py), and a checkout starts with all it has."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.checkout_slots import ADDRESS, EMAIL, LAST_ORDER, NAME
from commerce.config import load_settings
from commerce.orders import address_problem, email_problem, name_problem
from commerce.shipping import country_not_shipped_to
from shop_nlu.details_alone import checkout_detail_alone
from shop_nlu.details_in_a_request import details_told
from shop_nlu.names_alone import name_words


def details_told_now(tracker: Tracker) -> dict[str, str]:
    """The checkout's detail slots the latest message fills (slot -> value), those that pass the
    checks of the checkout form only; {} for a button's payload or a message with none."""
    text = tracker.latest_message.get("text") or ""
    told = None if text.startswith("/") else details_told(text)
    if told is None:
        return {}
    kept: dict[str, str] = {}
    if told.name and name_problem(told.name) is None:
        kept[NAME] = told.name
    if told.email and email_problem(told.email) is None:
        kept[EMAIL] = told.email
    if (
        told.address
        and address_problem(told.address) is None
        and not country_not_shipped_to(told.address, load_settings().ships_to)
    ):
        kept[ADDRESS] = told.address
    return kept


def keep_details_told(tracker: Tracker) -> Events:
    """The events that keep the details of the latest message for the checkout to come ("the tote
    please, sent to Lily Carter, ..." while its colour is still asked)."""
    return [SlotSet(slot, value) for slot, value in details_told_now(tracker).items()]


def details_for_the_checkout(tracker: Tracker) -> dict[str, str]:
    """The details a checkout starts with: those kept in its slots before (typed while a purchase
    waited for its colour, actions/details_while_waiting.py; an address wished for before the
    choice, actions/waiting_purchases.py), and those the latest message gives; the form asks the
    rest. After an order placed in this chat, its details are that order's, not kept for the
    next: asked again (or the saved contact used, with the shopper's consent)."""
    if tracker.get_slot(LAST_ORDER):
        return details_told_now(tracker)
    kept = {slot: tracker.get_slot(slot) for slot in (NAME, EMAIL, ADDRESS)}
    return {**{slot: value for slot, value in kept.items() if value}, **details_told_now(tracker)}


def details_typed_alone(tracker: Tracker) -> dict[str, str]:
    """The checkout details of a message that is only details, as if the checkout had asked
    ("It's Maria Jensen", "maria.jensen@example.com", "48 Maple Avenue, 60614 Chicago", or the
    three together); a name alone of two or three words. {} for any other message."""
    text = tracker.latest_message.get("text") or ""
    alone = None if text.startswith("/") else checkout_detail_alone(text)
    if alone == "name":
        words = name_words(text)
        name = " ".join(words)
        return {NAME: name} if len(words) >= 2 and name_problem(name) is None else {}
    told = details_told_now(tracker)
    return told if alone is not None or len(told) >= 2 else {}
