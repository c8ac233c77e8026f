"""Plumbing the platform webhooks (Slack, Messenger) share: refusing a request with a reason in
the log. Their settings come from commerce/config.py (`load_channel_settings`); remembering
deliveries already handled is shop_integrations/replay.py."""

from __future__ import annotations

import logging

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

SETUP_GUIDE = "docs/channels.md"


def media_type(request: Request) -> str:
    """The request's Content-Type without parameters, lower case ("application/json")."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def refuse(status: int, reason: str, channel: str) -> HTTPResponse:
    """An error answer whose reason is also in the server log (platforms show neither to the
    shopper, so the log is where an operator finds out)."""
    logger.warning("%s webhook refused a request (%d): %s", channel, status, reason)
    return response.json({"error": reason}, status=status)


def unconfigured(missing: list[str], channel: str) -> HTTPResponse:
    """The answer of a webhook whose secrets are not set: 503, and which variables to set."""
    reason = (
        f"the {channel} channel is not configured: set {', '.join(missing)} (see {SETUP_GUIDE})"
    )
    logger.error("%s webhook refused a request: %s", channel, reason)
    return response.json({"error": reason}, status=503)
