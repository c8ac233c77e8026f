"""Out of hours: the bot says when a person will answer, takes the shopper's message for the team
(posted to the thread), and the person's answer later still reaches the shopper on Messenger."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.handoff.conftest import ShopServers, shop_servers

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

# The team works one hour on the day after tomorrow: closed now, whenever the test runs.
OPEN_DAY = datetime.now(timezone.utc) + timedelta(days=2)
AGENT_HOURS = f"{OPEN_DAY:%a} 09:00-10:00"
WHEN = f"on {OPEN_DAY:%A} at 09:00 (UTC)"


@pytest.fixture(scope="module")
def servers_out_of_hours(trained_model, demo_store_file, tmp_path_factory):
    yield from shop_servers(
        trained_model, demo_store_file, tmp_path_factory.mktemp("handoff-closed"), AGENT_HOURS
    )


def _text(messages: list[dict]) -> str:
    return "\n".join(message.get("text") or "" for message in messages)


def test_out_of_hours_the_bot_takes_a_message_and_says_when_a_person_answers(
    servers_out_of_hours,
):
    servers: ShopServers = servers_out_of_hours
    gus = "PSID0GUS"

    said = _text(servers.messenger_says(gus, "customer service please"))
    assert "a bot" in said and "our team is away right now" in said
    assert f"a person will answer you here {WHEN}" in said and "Write your message" in said
    thread = servers.new_thread()
    assert f"Out of hours: the shopper was told a person answers {WHEN}" in str(
        thread.body["blocks"]
    )
    thread_ts = thread.answer["ts"]

    # The shopper's message goes to the thread, and they are thanked once, with the time again.
    message = "My parcel HL-7KQ2XM never arrived, please call me on 555 0199"
    thanks = _text(servers.messenger_says(gus, message))
    assert thanks.startswith("Thanks, I've passed that on to our team.") and WHEN in thanks
    assert servers.thread_posts(thread_ts) == [f"*Shopper:* {message}"]
    assert servers.messenger_says(gus, "any time after 10 is fine") == []
    assert servers.thread_posts(thread_ts) == ["*Shopper:* any time after 10 is fine"]

    # When the team is back, the person's answer reaches the shopper where they wrote.
    assert servers.agent_says(thread_ts, "Good morning! I'm on it.").status_code == 200
    assert _text(servers.messenger_messages_to(gus)) == "Good morning! I'm on it."
