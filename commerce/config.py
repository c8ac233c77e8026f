"""Settings read from the environment, with zero-setup defaults.

This is the one place that reads the environment; the README's configuration table lists the same
variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_PATH = PROJECT_ROOT / "var" / "shop.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    shop_name: str
    currency_symbol: str
    contact_email: str
    contact_phone: str
    opening_hours: str
    results_per_page: int
    tax_rate: Decimal  # on the goods, e.g. 0.08 for 8 %
    payment_url_template: str  # "{order_number}" and "{total}" are filled in
    return_window_days: int
    returns_address: str  # where returned parcels go


def load_settings() -> Settings:
    """Read the settings now (tests change the environment between calls)."""
    return Settings(
        database_url=os.environ.get("SHOP_DATABASE_URL", f"sqlite:///{DEFAULT_DATABASE_PATH}"),
        shop_name=os.environ.get("SHOP_NAME", "Harbour Lane Outfitters"),
        currency_symbol=os.environ.get("SHOP_CURRENCY_SYMBOL", "$"),
        contact_email=os.environ.get("SHOP_CONTACT_EMAIL", "help@harbourlane.example"),
        contact_phone=os.environ.get("SHOP_CONTACT_PHONE", "+1 555 0100"),
        opening_hours=os.environ.get("SHOP_OPENING_HOURS", "Mon–Sat 9:00–18:00"),
        results_per_page=_positive_int(os.environ.get("SHOP_RESULTS_PER_PAGE"), default=3),
        tax_rate=_decimal(os.environ.get("SHOP_TAX_RATE"), default=Decimal("0.08")),
        payment_url_template=os.environ.get(
            "SHOP_PAYMENT_URL_TEMPLATE", "https://pay.harbourlane.example/order/{order_number}"
        ),
        return_window_days=_positive_int(os.environ.get("SHOP_RETURN_WINDOW_DAYS"), default=30),
        returns_address=os.environ.get(
            "SHOP_RETURNS_ADDRESS",
            "Harbour Lane Outfitters Returns, 12 Harbour Lane, Boston MA 02110",
        ),
    )


@dataclass(frozen=True)
class HandoffSettings:
    """Who takes over from the bot, when, and where they work (commerce/handoff.py).

    Agents answer from a Slack channel of the shop's workspace, through a Slack app of the shop.
    """

    agent_hours: str  # e.g. "Mon-Fri 09:00-18:00; Sat 10:00-14:00", in `timezone`
    timezone: str  # an IANA name, e.g. "Europe/Berlin"
    slack_api_url: str  # Slack's Web API, ending in "/"
    agent_slack_channel: str  # the channel id agents work in, e.g. "C0123456789"
    slack_bot_token: str
    slack_signing_secret: str

    @property
    def agent_desk_configured(self) -> bool:
        """True when handoffs can reach people (without a channel and token, nobody would see them)."""
        return bool(self.agent_slack_channel and self.slack_bot_token)


def load_handoff_settings() -> HandoffSettings:
    """Read the handoff settings now. The agents' Slack app's token and secret are
    SHOP_AGENT_SLACK_BOT_TOKEN / _SIGNING_SECRET (a Slack app of its own: Slack sends all of an
    app's events to one address, and the shoppers' app already has /webhooks/slack/webhook)."""
    api_url = os.environ.get("SHOP_SLACK_API_URL") or "https://slack.com/api/"
    return HandoffSettings(
        agent_hours=os.environ.get("SHOP_AGENT_HOURS") or "Mon-Sat 09:00-18:00",
        timezone=os.environ.get("SHOP_TIMEZONE") or "UTC",
        slack_api_url=api_url if api_url.endswith("/") else api_url + "/",
        agent_slack_channel=os.environ.get("SHOP_AGENT_SLACK_CHANNEL", ""),
        slack_bot_token=(os.environ.get("SHOP_AGENT_SLACK_BOT_TOKEN", "")),
        slack_signing_secret=(os.environ.get("SHOP_AGENT_SLACK_SIGNING_SECRET", "")),
    )


def _decimal(raw: str | None, default: Decimal) -> Decimal:
    try:
        value = Decimal(raw) if raw else default
    except InvalidOperation:
        return default
    return value if value.is_finite() and value >= 0 else default


def _positive_int(raw: str | None, default: int) -> int:
    try:
        value = int(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default
