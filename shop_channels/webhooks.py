"""Plumbing the platform webhooks (Slack, Messenger) share: settings from the environment,
remembering deliveries already handled, and refusing a request with a reason in the log."""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from collections.abc import Mapping

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

SETUP_GUIDE = "docs/channels.md"


def read_variables(names: Mapping[str, str], environ: Mapping[str, str] | None = None) -> dict:
    """{field: value} for {field: environment variable name}; an unset or blank variable reads
    as "" (the connectors check what is missing themselves, so Rasa starts without them)."""
    environ = os.environ if environ is None else environ
    return {field: environ.get(name, "").strip() for field, name in names.items()}


class RecentIds:
    """The last `capacity` ids seen (events, messages), to handle each delivery once even when a
    platform sends it again."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, key: str | None) -> bool:
        """True the first time `key` is seen (and always for no key); remembers it."""
        if not key:
            return True
        if key in self._ids:
            self._ids.move_to_end(key)
            return False
        self._ids[key] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True


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
