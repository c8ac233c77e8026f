""" "Forget my details" and "delete my data": the bot does what it promised after checkout and says
exactly what was deleted and what is still kept (commerce/privacy.py)."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import Events, ShopAction
from actions.checkout import ADDRESS, EMAIL, NAME
from commerce.config import Settings, load_settings
from commerce.privacy import Forgotten, forget_shopper_details


class ActionForgetDetails(ShopAction):
    """Deletes this shopper's remembered name, email and address, and says what is kept."""

    writes_to_store = True

    def name(self) -> str:
        return "action_forget_details"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        forgotten = forget_shopper_details(session, tracker.sender_id)
        dispatcher.utter_message(text=forgotten_text(forgotten, load_settings()))
        # The details typed in this conversation go too, so the next checkout asks again.
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


def forgotten_text(forgotten: Forgotten, settings: Settings) -> str:
    """What was deleted and what is still kept, in the shopper's words."""
    if forgotten.details_deleted:
        said = (
            "Done: I've deleted the name, email and address I remembered for you, and your "
            "OK to remember them. Your next checkout asks for them again."
        )
    else:
        said = "I had no name, email or address remembered for you, so there was nothing to delete."
    if forgotten.orders_kept:
        orders = "order keeps" if forgotten.orders_kept == 1 else "orders keep"
        said += (
            f" Your {orders} the name, email and address given for "
            f"{'it' if forgotten.orders_kept == 1 else 'them'}: the shop must keep orders for its "
            "accounts."
        )
    return (
        f"{said} Our conversation itself is still kept. To have everything erased, email "
        f"{settings.contact_email} or call {settings.contact_phone} ({settings.opening_hours}) "
        "and a person on our team will do it."
    )
