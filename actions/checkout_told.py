"""The details typed in the message that starts a checkout ("right, let's check out. It's James
Whitfield, james.whitfield@example.com, 7 Paddock Road, 02134 Boston": docs/nlu/stranger-test-71.md,
B12; "The Visby leather tote in tan please, sent to her dorm: Lily Carter, Room 214 Hall B, ...":
docs/nlu/stranger-test-70.md, B10): kept for the checkout, so the form asks only what is missing.
A detail that would be refused when typed at its question (an address abroad, a malformed email)
is left for the form to ask."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.checkout_slots import ADDRESS, EMAIL, NAME
from commerce.config import load_settings
from commerce.orders import address_problem, email_problem, name_problem
from commerce.shipping import country_not_shipped_to
from shop_nlu.details_in_a_request import details_told


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
