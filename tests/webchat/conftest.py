"""The web chat in a real headless browser (Debian's chromium, driven by Playwright) against the
real Rasa server (socket.io channel from credentials.yml) and action server, started once per
module. The page and the product pictures come from webchat/server.py on a local port.

A test module sets `WITH_ACTION_SERVER = False` to get a Rasa server without its action server.
Every page runs in a fresh browser context (its own localStorage) that refuses, and reports, any
request to a host other than this machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from devtools.servers import running_assistant
from tests.webchat.chat_window import REPLY_TIMEOUT_MS, ChatWindow
from webchat.server import WebChatServer, serving_web_chat

CHROMIUM = Path("/usr/bin/chromium")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


# Package scope, not session: while Playwright's sync API runs, its event loop is the running loop
# of the main thread, and every later test that calls asyncio.run() fails. tests/alerts imports
# this fixture, so the browser must close when that package's tests end.
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"no {CHROMIUM}: these tests drive Debian's chromium (scripts/install.sh installs it "
            "when run as root; otherwise `apt-get install chromium`)"
        )
    with sync_playwright() as playwright:
        # Playwright's own browser builds are downloads; Debian's chromium is a package.
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shop_store(demo_store_copy) -> Path:
    return demo_store_copy("webchat-store")


@pytest.fixture(scope="module")
def web_chat(shop_store) -> Iterator[WebChatServer]:
    """webchat/ and the product pictures, served on a free local port."""
    with serving_web_chat(database_url=f"sqlite:///{shop_store}") as server:
        yield server


@pytest.fixture(scope="module")
def assistant(request, trained_model, shop_store, web_chat, tmp_path_factory):
    """`rasa run` with credentials.yml (REST and socket.io) and, unless the module says
    `WITH_ACTION_SERVER = False`, the action server; product pictures point at `web_chat`."""
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("webchat-servers"),
        database_url=f"sqlite:///{shop_store}",
        with_actions=getattr(request.module, "WITH_ACTION_SERVER", True),
        extra_env={"SHOP_IMAGE_BASE_URL": f"{web_chat.base_url}/images"},
    ) as running:
        web_chat.rasa_url = running.rasa_url
        yield running


@pytest.fixture
def browser_context(browser, assistant) -> Iterator[BrowserContext]:
    """A fresh browser profile; fails the test if the page tried to reach another machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def only_this_machine(route) -> None:
        # Pages a test serves itself from inside the browser (page.route) never get here.
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.fallback()
        else:
            outside.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", only_this_machine)
    yield context
    context.close()
    assert not outside, f"the page tried to reach other machines: {outside}"


@pytest.fixture
def chat(browser_context, web_chat) -> ChatWindow:
    """The demo shop page with its web chat, not opened yet."""
    page = browser_context.new_page()
    page.set_default_timeout(REPLY_TIMEOUT_MS)
    window = ChatWindow(page, "Harbour Lane assistant")
    page.goto(web_chat.base_url)
    return window
