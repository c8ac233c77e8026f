"""Rasa's REST channel (same URL: /webhooks/rest/webhook) that never leaves a message unanswered."""

from __future__ import annotations

from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from shop_channels import MessageHandler, never_silent


class ShopRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        return super().blueprint(never_silent(on_new_message))
