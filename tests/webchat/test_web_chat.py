"""The web chat in a real browser against the real assistant: a search shows product cards with
pictures, Details and Buy work from a card, a reload keeps the conversation and it goes on; empty
and 5,000-character messages, the suggestions, a new conversation, broken pictures, the keyboard,
and the chat embedded in another site with one script tag."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.webchat.chat_window import ChatWindow, user_texts

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

# The article's search, as a shopper types it. (The model trained on 2026-11-24 reads the bare
# "black formal shoes in size 10" as search or refine at about even odds, so it may fall back:
# that is the NLU's business; these tests are the chat's.)
SEARCH = "I need black formal shoes in size 10"


def test_search_details_and_buy_from_cards_and_the_conversation_survives_a_reload(chat):
    chat.open()
    results = chat.say(SEARCH)

    # The heading only: the numbered result lines of the plain channels are the cards here.
    heading = results.locator(".bubble")
    expect(heading).to_contain_text("I found")
    assert not re.search(r"^\s*\d+\.", heading.inner_text(), re.MULTILINE)
    cards = results.get_by_role("list", name="Products").get_by_role("article")
    expect(cards).to_have_count(3)
    titles = [card.get_by_role("heading").inner_text() for card in cards.all()]
    for card, title in zip(cards.all(), titles, strict=True):
        picture = card.get_by_role("img", name=title, exact=True)
        chat.wait_until_loaded(picture)
        handle = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        assert picture.get_attribute("src").endswith(f"/images/{handle}.jpg")
        expect(card.get_by_role("paragraph")).to_contain_text("$")
        expect(card.get_by_role("button")).to_have_text(["Details", "Buy", "Add to cart"])
    # Of the message's buttons only "Show more" is left: the others are each card's Details.
    expect(results.get_by_role("group", name="Replies").get_by_role("button")).to_have_text(
        ["Show more"]
    )
    chat.screenshot("webchat.png")

    details = chat.tap(cards.nth(0).get_by_role("button", name="Details"))
    expect(chat.shopper_messages.last).to_contain_text(f"Details: {titles[0]}")
    expect(details.locator(".bubble")).to_contain_text(titles[0])
    chat.wait_until_loaded(details.get_by_role("figure").get_by_role("img"))
    expect(details.get_by_role("button", name="Buy")).to_be_visible()

    checkout = chat.tap(cards.nth(1).get_by_role("button", name="Buy"))
    expect(chat.shopper_messages.last).to_contain_text(f"Buy: {titles[1]}")
    expect(checkout).to_contain_text(titles[1])
    expect(chat.bot_messages.last).to_contain_text("name")
    session = chat.session_id()
    shown = chat.messages.all_inner_texts()

    chat.page.reload()

    # Still open, everything still there (cards, pictures), and the same Rasa session.
    expect(chat.window).to_be_visible()
    expect(chat.messages).to_have_count(len(shown))
    assert chat.messages.all_inner_texts() == shown
    for title in titles:
        chat.wait_until_loaded(chat.window.get_by_role("img", name=title, exact=True))
    assert chat.session_id() == session
    # The checkout goes on where it was: the assistant asked for a name, now it asks for an email.
    chat.say("Ann Lee")
    expect(chat.bot_messages.last).to_contain_text("email")
    chat.screenshot("webchat-after-reload.png")
    # All of it over a WebSocket to Rasa's socket.io channel (no long polling, so no CORS needed).
    assert any("/socket.io/" in url and "transport=websocket" in url for url in chat.websocket_urls)


def test_an_empty_message_is_not_sent(chat, assistant):
    chat.open()
    session = chat.session_id()

    expect(chat.send_button).to_be_disabled()
    chat.message_box.fill("   \n  ")
    expect(chat.send_button).to_be_disabled()
    chat.message_box.press("Enter")
    chat.page.wait_for_timeout(1000)

    expect(chat.messages).to_have_count(0)
    assert user_texts(assistant, session) == []
    # The same window does send a real message, so nothing above was only slow.
    chat.say("hi")
    assert user_texts(assistant, session) == ["hi"]


def test_a_5000_character_message_gets_an_answer(chat, assistant):
    chat.open()
    message = ("I'm looking for black oxfords in size 10 for a wedding " * 100)[:5000].strip()

    answer = chat.say(message)

    expect(answer.locator(".bubble")).not_to_be_empty()
    assert chat.shopper_messages.last.locator(".text").text_content() == message
    assert user_texts(assistant, chat.session_id()) == [message]


def test_a_suggestion_on_the_empty_chat_starts_a_search(chat):
    chat.open()

    chat.tap(chat.window.get_by_role("group", name="Try asking").get_by_role("button").nth(1))

    expect(chat.shopper_messages.last).to_contain_text("A navy suit for a wedding")
    expect(
        chat.window.get_by_role("list", name="Products").get_by_role("article")
    ).not_to_have_count(0)


def test_a_new_conversation_forgets_the_old_one(chat, assistant):
    chat.open()
    chat.say("hi")
    old_session = chat.session_id()

    chat.window.get_by_role("button", name="Start a new conversation").click()

    expect(chat.messages).to_have_count(0)
    new_session = chat.page.wait_for_function(
        "old => { const id = JSON.parse(localStorage.getItem('shop-chat')).sessionId;"
        " return id && id !== old ? id : null; }",
        arg=old_session,
    ).json_value()
    chat.say("hello")
    assert user_texts(assistant, new_session) == ["hello"]
    assert user_texts(assistant, old_session) == ["hi"]
    chat.page.reload()
    expect(chat.messages).to_have_count(2)  # only the new conversation comes back


def test_a_picture_that_cannot_load_shows_a_neat_stand_in(chat):
    chat.page.route("**/images/**", lambda route: route.abort())
    chat.page.reload()  # the shop page showed some of the same pictures before they broke
    chat.open()

    cards = chat.say(SEARCH).get_by_role("article")

    expect(cards).to_have_count(3)
    for card in cards.all():
        title = card.get_by_role("heading").inner_text()
        expect(card.get_by_role("img", name=f"No picture of {title}")).to_be_visible()
        expect(card.locator("img")).to_have_count(0)  # no broken-image icon left behind


def test_the_chat_works_from_the_keyboard(chat):
    chat.launcher.focus()
    chat.page.keyboard.press("Enter")
    expect(chat.window).to_be_visible()
    expect(chat.message_box).to_be_focused()

    answered = chat.bot_messages.count()
    chat.page.keyboard.type("hi")
    chat.page.keyboard.press("Enter")
    expect(chat.answer_after(answered)).to_contain_text("assistant")

    chat.page.keyboard.press("Escape")
    expect(chat.window).to_be_hidden()
    expect(chat.launcher).to_be_focused()


def test_one_script_tag_embeds_the_chat_in_another_site(
    browser_context, web_chat, assistant, tmp_path
):
    # Another shop's page on an origin of its own (another port), with nothing of the chat but
    # the tag, in its <head> and without `defer`; script, styles, socket.io client and pictures
    # all come from the web chat's server.
    tag = f'<script src="{web_chat.base_url}/shop-chat.js" data-rasa-url="{assistant.rasa_url}">'
    (tmp_path / "index.html").write_text(
        f"<!doctype html><html><head><title>Another shop</title>{tag}</script></head>"
        "<body><h1>Another shop</h1><p>Our products.</p></body></html>"
    )
    page = browser_context.new_page()
    with serving_directory(tmp_path) as site:
        page.goto(site)
        chat = ChatWindow(page, "Shop assistant")

        chat.open()
        cards = chat.say(SEARCH).get_by_role("article")

        expect(cards).to_have_count(3)
        chat.wait_until_loaded(cards.first.get_by_role("img"))
        expect(page.get_by_role("heading", name="Another shop")).to_be_visible()


@contextmanager
def serving_directory(directory: Path) -> Iterator[str]:
    """A plain static site on a free local port (as a shop's own web server would be)."""
    handler = partial(QuietFileHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietFileHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
