"""The web chat as a shopper uses it in the browser, found by what is on screen (roles, names,
text) rather than by how the page is built."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from devtools.servers import RunningAssistant

REPORTS = Path(__file__).resolve().parents[2] / "reports"
REPLY_TIMEOUT_MS = 20_000


class ChatWindow:
    """The web chat as a shopper uses it: by what is on screen (roles, names, text)."""

    def __init__(self, page: Page, title: str) -> None:
        self.page = page
        self.websocket_urls: list[str] = []  # the WebSockets the page opened from now on
        page.on("websocket", lambda websocket: self.websocket_urls.append(websocket.url))
        self.launcher = page.get_by_role("button", name="Chat with us")
        self.window = page.get_by_role("dialog", name=title)
        self.message_box = self.window.get_by_role("textbox", name="Your message")
        self.send_button = self.window.get_by_role("button", name="Send", exact=True)
        conversation = self.window.get_by_role("log", name="Conversation")
        self.messages = conversation.locator(":scope > li")
        self.bot_messages = conversation.locator(":scope > li.bot")
        self.shopper_messages = conversation.locator(":scope > li.user")

    def open(self) -> None:
        self.launcher.click()
        expect(self.window).to_be_visible()

    def say(self, text: str) -> Locator:
        """Types `text`, presses Enter; returns the first message of the bot's answer."""
        answered = self.bot_messages.count()
        self.message_box.fill(text)
        self.message_box.press("Enter")
        return self.answer_after(answered)

    def tap(self, button: Locator) -> Locator:
        """Taps a button; returns the first message of the bot's answer."""
        answered = self.bot_messages.count()
        button.click()
        return self.answer_after(answered)

    def answer_after(self, answered: int) -> Locator:
        answer = self.bot_messages.nth(answered)
        expect(answer).to_be_visible(timeout=REPLY_TIMEOUT_MS)
        return answer

    def session_id(self) -> str:
        """The Rasa session the page keeps, once the assistant has confirmed it."""
        kept = self.page.wait_for_function(
            "() => (JSON.parse(localStorage.getItem('shop-chat') || '{}').sessionId || null)"
        )
        return kept.json_value()

    def kept_transcript(self) -> list[dict]:
        return json.loads(self.page.evaluate("localStorage.getItem('shop-chat')"))["messages"]

    def wait_until_loaded(self, picture: Locator) -> None:
        """Waits until the <img> has loaded a real picture (not a broken one)."""
        self.page.wait_for_function(
            "image => image.complete && image.naturalWidth > 0", arg=picture.element_handle()
        )

    def screenshot(self, name: str) -> Path:
        REPORTS.mkdir(exist_ok=True)
        path = REPORTS / name
        self.page.screenshot(path=str(path))
        return path


def user_texts(assistant: RunningAssistant, sender: str) -> list[str]:
    """What Rasa received from `sender`, in order (from its tracker)."""
    events = assistant.tracker(sender).get("events") or []
    return [event.get("text") or "" for event in events if event.get("event") == "user"]
