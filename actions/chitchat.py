"""Small talk that needs the shop's own details (the rest are plain responses in the domain)."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.base import Events, ShopAction
from commerce.config import load_settings


class ActionOfferHuman(ShopAction):
    """How to reach a person at the shop (the live handoff comes with the channels work)."""

    def name(self) -> str:
        return "action_offer_human"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        settings = load_settings()
        dispatcher.utter_message(
            text=(
                f"I'm the {settings.shop_name} assistant, a bot. To talk to a person on our team, "
                f"email {settings.contact_email} or call {settings.contact_phone} "
                f"({settings.opening_hours}). I'm happy to keep helping you here meanwhile."
            )
        )
        return []
