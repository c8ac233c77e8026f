"""Small talk that needs the shop's own details (the rest are plain responses in the domain)."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.base import Events, ShopAction
from commerce.config import load_settings


class ActionOfferHuman(ShopAction):
    """ "Are you a bot?": yes, honestly, with a button to hand over to a person (actions/handoff.py)."""

    def name(self) -> str:
        return "action_offer_human"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        settings = load_settings()
        dispatcher.utter_message(
            text=(
                f"I'm the {settings.shop_name} assistant, a bot. A person on our team can take "
                f"over this chat (tap below), or you can email {settings.contact_email} or call "
                f"{settings.contact_phone} ({settings.opening_hours}). I'm happy to keep helping "
                "you here meanwhile."
            ),
            buttons=[{"title": "Talk to a person", "payload": "/request_human"}],
        )
        return []
