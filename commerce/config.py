"""Settings read from the environment, with zero-setup defaults.

This is the one place that reads the environment; the README's configuration table lists the same
variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import ClassVar

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_PATH = PROJECT_ROOT / "var" / "shop.db"
DEFAULT_FAQ_PATH = PROJECT_ROOT / "content" / "faq.yml"
DEFAULT_LEXICON_PATH = PROJECT_ROOT / "catalog" / "lexicon.yml"
# Rasa's conversations (its SQL tracker store), as endpoints.yml has always kept them.
DEFAULT_TRACKER_STORE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'conversations.db'}"


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
    faq_path: Path = DEFAULT_FAQ_PATH  # the answers to service questions
    lexicon_path: Path = DEFAULT_LEXICON_PATH  # the shop's words
    image_base_url: str = ""  # where the web chat loads product pictures ("": the catalog's URLs)
    # Rasa's tracker store (the conversations), an SQLAlchemy URL: SQLite file or PostgreSQL.
    tracker_store_url: str = DEFAULT_TRACKER_STORE_URL
    ships_to: str = "the United States"  # the one country the shop delivers to
    # The ways the team takes orders besides the website and this chat ("phone", "email"); empty
    # when it takes none, None when the shop owner has not said (the bot then says it doesn't know).
    team_takes_orders_by: frozenset[str] | None = None
    email_reply_time: str = "one business day"  # how soon the team answers an email


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
        faq_path=Path(os.environ.get("SHOP_FAQ_PATH") or DEFAULT_FAQ_PATH),
        lexicon_path=Path(os.environ.get("SHOP_LEXICON_PATH") or DEFAULT_LEXICON_PATH),
        image_base_url=os.environ.get("SHOP_IMAGE_BASE_URL", ""),
        tracker_store_url=os.environ.get("SHOP_TRACKER_STORE_URL") or DEFAULT_TRACKER_STORE_URL,
        ships_to=os.environ.get("SHOP_SHIPS_TO") or "the United States",
        team_takes_orders_by=_ways(os.environ.get("SHOP_TEAM_TAKES_ORDERS_BY")),
        email_reply_time=os.environ.get("SHOP_EMAIL_REPLY_TIME") or "one business day",
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


@dataclass(frozen=True)
class ChannelSettings:
    """The shoppers' Slack app and Facebook page (shop_channels/slack.py, facebook.py): blank
    values mean "not set", and each channel says which of its own are missing."""

    slack_bot_token: str
    slack_signing_secret: str
    slack_api_url: str  # "" for Slack's own
    facebook_verify_token: str
    facebook_app_secret: str
    facebook_page_access_token: str
    facebook_graph_url: str  # "" for Facebook's own

    # The variable behind each field, for messages that tell an operator what to set.
    VARIABLES: ClassVar[dict[str, str]] = {
        "slack_bot_token": "SHOP_SLACK_BOT_TOKEN",
        "slack_signing_secret": "SHOP_SLACK_SIGNING_SECRET",
        "slack_api_url": "SHOP_SLACK_API_URL",
        "facebook_verify_token": "SHOP_FACEBOOK_VERIFY_TOKEN",
        "facebook_app_secret": "SHOP_FACEBOOK_APP_SECRET",
        "facebook_page_access_token": "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN",
        "facebook_graph_url": "SHOP_FACEBOOK_GRAPH_URL",
    }


def load_channel_settings() -> ChannelSettings:
    """Read the channels' secrets now; an unset or blank variable reads as "" (the connectors
    check what is missing themselves, so Rasa starts without them)."""
    return ChannelSettings(
        **{
            field: os.environ.get(name, "").strip()
            for field, name in ChannelSettings.VARIABLES.items()
        }
    )


@dataclass(frozen=True)
class ActionServerSettings:
    """Who may call the action server (actions/server.py) and where it listens.

    rasa-sdk itself checks no credentials, so the server runs an action only for a caller that
    sends `token` (Rasa does: endpoints.yml's action_endpoint header)."""

    token: str  # the shared secret; "" means not set, and the server refuses to start
    host: str  # the interface it listens on


def load_action_server_settings() -> ActionServerSettings:
    """Read the action server's settings now (scripts/with_action_server.sh makes up a token for
    each run when SHOP_ACTION_SERVER_TOKEN is unset)."""
    token = os.environ.get("SHOP_ACTION_SERVER_TOKEN", "")
    return ActionServerSettings(
        token=token if token.strip() else "",
        host=os.environ.get("SHOP_ACTION_SERVER_HOST") or "127.0.0.1",
    )


@dataclass(frozen=True)
class RasaStoreSettings:
    """How Rasa instances share their work (shop_stores/, named in endpoints.yml): the lock that
    keeps one conversation's messages in order, and the broker its events are published to.

    Blank means the zero-setup default: locks in the Rasa process's memory, no broker. The
    conversations themselves are `Settings.tracker_store_url`."""

    lock_store_url: str  # Redis, e.g. "redis://127.0.0.1:6379/1"; "" keeps locks in memory
    event_broker_url: str  # RabbitMQ, e.g. "amqp://guest:guest@127.0.0.1:5672/"; "" for none
    event_broker_queues: tuple[str, ...]  # the queues every event is copied to
    sanic_workers: int  # Rasa's own SANIC_WORKERS: more than one needs the Redis lock store
    # A session holding more events than this is carried on in a new one, its slots copied
    # (shop_stores/tracker_store.py): Rasa replays a session several times a turn.
    session_max_events: int = 120


def load_rasa_store_settings() -> RasaStoreSettings:
    """Read the lock store, event broker and worker settings now."""
    queues = os.environ.get("SHOP_EVENT_BROKER_QUEUES") or "rasa_core_events"
    return RasaStoreSettings(
        lock_store_url=os.environ.get("SHOP_LOCK_STORE_URL", "").strip(),
        event_broker_url=os.environ.get("SHOP_EVENT_BROKER_URL", "").strip(),
        event_broker_queues=tuple(q.strip() for q in queues.split(",") if q.strip()),
        sanic_workers=_positive_int(os.environ.get("SANIC_WORKERS"), default=1),
        session_max_events=_positive_int(os.environ.get("SHOP_SESSION_MAX_EVENTS"), default=120),
    )


@dataclass(frozen=True)
class AlertSettings:
    """Opt-in alerts (commerce/alerts/): how long one lasts, and how `shop alerts send` reaches
    Rasa's HTTP API to deliver them (`trigger_intent`, which needs the API token)."""

    days: int  # an alert nobody's change has fired ends this many days after it was asked for
    rasa_url: str  # the Rasa server, e.g. http://127.0.0.1:5005
    api_token: str  # Rasa's HTTP API token (SHOP_API_TOKEN, as scripts/rasa_run.sh starts it)


def load_alert_settings() -> AlertSettings:
    """Read the alert settings now."""
    return AlertSettings(
        days=_positive_int(os.environ.get("SHOP_ALERT_DAYS"), default=60),
        rasa_url=(os.environ.get("SHOP_RASA_URL") or "http://127.0.0.1:5005").rstrip("/"),
        api_token=os.environ.get("SHOP_API_TOKEN", "").strip(),
    )


@dataclass(frozen=True)
class ChannelGuardSettings:
    """What every channel accepts (shop_channels/__init__.py): how long a shopper's message may be,
    and who may use the REST channel, whose callers name their own conversation."""

    max_message_chars: int  # longer messages are answered "too long" and not processed
    production: bool  # SHOP_ENV=production: the REST channel is off unless it has a token
    rest_channel_token: str  # "" for none; when set, REST callers must send it as a Bearer token

    @property
    def rest_channel_open(self) -> bool:
        """True when anyone may post to the REST channel (development, no token)."""
        return not self.production and not self.rest_channel_token


def load_channel_guard_settings() -> ChannelGuardSettings:
    """Read the channel limits now; SHOP_ENV is "development" unless set."""
    return ChannelGuardSettings(
        max_message_chars=_positive_int(os.environ.get("SHOP_MAX_MESSAGE_CHARS"), default=5000),
        production=os.environ.get("SHOP_ENV", "").strip().lower() == "production",
        rest_channel_token=os.environ.get("SHOP_REST_CHANNEL_TOKEN", "").strip(),
    )


def _decimal(raw: str | None, default: Decimal) -> Decimal:
    try:
        value = Decimal(raw) if raw else default
    except InvalidOperation:
        return default
    return value if value.is_finite() and value >= 0 else default


def _ways(raw: str | None) -> frozenset[str] | None:
    """ "phone, email" -> {"phone", "email"}; "none" -> no way; unset or blank -> None (not said)."""
    if raw is None or not raw.strip():
        return None
    ways = {way.strip().lower() for way in raw.split(",") if way.strip()}
    return frozenset(ways - {"none"})


def _positive_int(raw: str | None, default: int) -> int:
    try:
        value = int(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default
