"""The web chat when the action server is down: the shopper gets an apology with a way to reach
a person, never silence, and what needs no action server still works."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from commerce.config import load_settings

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

WITH_ACTION_SERVER = False  # read by the `assistant` fixture in conftest.py


def test_a_search_without_the_action_server_gets_an_apology_not_silence(chat):
    chat.open()

    apology = chat.say("I need black formal shoes in size 10")

    expect(apology).to_contain_text("Sorry")
    expect(apology).to_contain_text(load_settings().contact_email)
    chat.page.wait_for_timeout(500)  # anything more would have come by now
    expect(chat.bot_messages).to_have_count(1)

    expect(chat.say("hello")).to_contain_text("virtual assistant")
