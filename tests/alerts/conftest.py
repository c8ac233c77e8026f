"""Fixtures for the alert tests: a private copy of the demo store; for the end-to-end tests, the
real Rasa server (HTTP API on, with its token) and action server with Messenger pointed at the
Graph API stand-in and the web chat's page served beside them, and `shop alerts send` run as the
shop owner runs it (a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from commerce.db import get_engine
from devtools.servers import PROJECT_ROOT, RunningAssistant, running_assistant
from tests import messenger_standin
from tests.messenger_standin import messenger_settings

# The web chat in a real browser: the same fixtures as tests/webchat (they take `assistant` and
# `web_chat` from this module).
from tests.webchat.conftest import browser, browser_context, chat  # noqa: F401
from webchat.server import serving_web_chat

SHOP = str(Path(sys.executable).parent / "shop")
graph_api = messenger_standin.graph_api  # the Graph API stand-in, this package's own

# Sold out in the demo catalog (catalog/make_demo_catalog.py): one per test, so tests never share
# an alert. Windsor Patent Oxford comes in black only.
WINDSOR_13 = ("ALD-WIN-BLK-13", "windsor-patent-oxford", "13")
WINDSOR_8 = ("ALD-WIN-BLK-8", "windsor-patent-oxford", "8")


@pytest.fixture
def store(demo_store_url) -> str:
    """A private copy of the demo store (its URL)."""
    return demo_store_url


@pytest.fixture
def engine(store):
    return get_engine(store)


# -- The real servers ---------------------------------------------------------------------------


@pytest.fixture(scope="package")
def alert_store(demo_store_copy) -> Path:
    return demo_store_copy("alert-store")


@pytest.fixture(scope="package")
def web_chat(alert_store):
    with serving_web_chat(database_url=f"sqlite:///{alert_store}") as server:
        yield server


@pytest.fixture(scope="package")
def assistant(trained_model, alert_store, graph_api, web_chat, tmp_path_factory):
    env = {
        **messenger_settings(graph_api),
        "SHOP_IMAGE_BASE_URL": f"{web_chat.base_url}/images",
    }
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("alert-servers"),
        database_url=f"sqlite:///{alert_store}",
        extra_env=env,
    ) as running:
        web_chat.rasa_url = running.rasa_url
        yield running


@dataclass
class ShopOwner:
    """The shop owner's `shop` command against the servers' store, as a subprocess."""

    assistant: RunningAssistant
    database_url: str

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "SHOP_DATABASE_URL": self.database_url,
            "SHOP_RASA_URL": self.assistant.rasa_url,
            "SHOP_API_TOKEN": self.assistant.api_token,
            "RASA_TELEMETRY_ENABLED": "false",
        }

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [SHOP, *args],
            cwd=PROJECT_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [SHOP, *args],
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )


@pytest.fixture(scope="package")
def owner(assistant, alert_store) -> ShopOwner:
    return ShopOwner(assistant, f"sqlite:///{alert_store}")
