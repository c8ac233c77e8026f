""" "Forget me" against the real Rasa server and action server with the SQL tracker store: after
the yes, neither Rasa's HTTP API nor the tracker store's table holds anything the shopper said or
any slot of theirs; the store holds nothing of them either, and their order is kept anonymised.
A stranger can neither read nor erase another shopper's profile, and the servers' logs never hold
a shopper's name, email or address."""

from __future__ import annotations

import sqlite3
import time
import uuid

import pytest

from devtools.servers import running_assistant
from tests.core.shoppers import rows_mentioning

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def servers(trained_model, store, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("profile-servers")
    tracker_store = f"sqlite:///{workdir / 'conversations.db'}"
    with running_assistant(
        trained_model, workdir, database_url=f"sqlite:///{store}",
        extra_env={"SHOP_TRACKER_STORE_URL": tracker_store},
    ) as running:  # fmt: skip
        yield running, tracker_store


class Shopper:
    """One shopper over the REST channel: says things, taps buttons, reads the answers."""

    def __init__(self, assistant, name: str):
        self.assistant = assistant
        self.sender = f"{name}-{uuid.uuid4().hex[:6]}"
        self.answer: list[dict] = []

    @property
    def text(self) -> str:
        return "\n".join(message.get("text") or "" for message in self.answer)

    def say(self, text: str) -> str:
        self.answer = self.assistant.send(self.sender, text)
        return self.text

    def tap(self, title: str) -> str:
        buttons = [b for m in self.answer for b in m.get("buttons") or []]
        payload = next((b["payload"] for b in buttons if b["title"].startswith(title)), None)
        assert payload, f"no button {title!r} in {[b['title'] for b in buttons]}"
        return self.say(payload)


def _events_of(tracker_store: str, sender: str) -> int:
    with sqlite3.connect(tracker_store.removeprefix("sqlite:///")) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[
            0
        ]


def test_forget_me_leaves_nothing_in_rasas_tracker_or_the_store(servers, store):
    assistant, tracker_store = servers
    ann = Shopper(assistant, "ann")
    email = f"{ann.sender}@example.com"
    assert "Got it: size 9 in shoes" in ann.say("I'm usually a 9 in shoes")
    assert "Black oxfords in your usual size 9" in ann.say("black oxfords")
    ann.tap("1. ")
    assert "I need a few details" in ann.tap("Buy")
    mid_checkout = ann.say("what do you know about me?")  # answered, and the checkout goes on
    assert "Your sizes: shoes 9 (you told me)" in mid_checkout and "What name" in mid_checkout
    ann.say("Ann Lee")
    ann.say(email)
    assert "Please check your order" in ann.say("12 Harbour Lane, 02110 Boston")
    assert "Done! Order HL-" in ann.tap("Place order")
    assert "Saved." in ann.tap("Yes, remember me")
    known = ann.say("what do you know about me?")
    assert "Your sizes: shoes 9 (you told me)" in known and "Ann Lee, " + email in known
    assert _events_of(tracker_store, ann.sender) > 0

    assert "Erase it all?" in ann.say("forget me")
    assert "Done: I've erased" in ann.tap("Yes, erase everything")

    deadline = time.monotonic() + 15
    while _events_of(tracker_store, ann.sender) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _events_of(tracker_store, ann.sender) == 0
    tracker = assistant.tracker(ann.sender)  # Rasa's HTTP API, with its token
    said = [e.get("text") for e in tracker["events"] if e["event"] in ("user", "bot")]
    assert said == [] and not any(
        tracker["slots"].get(s) for s in ("customer_name", "customer_email")
    )
    personal = ("Ann Lee", email, "12 Harbour Lane", ann.sender)
    assert rows_mentioning(tracker_store, *personal) == []
    assert rows_mentioning(f"sqlite:///{store}", *personal) == []
    with sqlite3.connect(store) as db:  # the order is kept for the accounts, without her
        assert db.execute("select count(*) from shop_order where name = ''").fetchone()[0] >= 1

    # A new conversation knows nothing of her.
    assert "I keep nothing about you" in ann.say("what do you know about me?")


@pytest.mark.parametrize("typed", ["Yes, erase everything", "yes erase everything"])
def test_the_yes_buttons_title_typed_erases_as_the_tap_does(servers, typed):
    """Stranger test 44 (docs/nlu/stranger-test-44.md, worst problem 1): "Yes, erase everything"
    typed under "Erase it all?" got the same question again, and nothing was erased."""
    assistant, tracker_store = servers
    bo = Shopper(assistant, "bo")
    assert "Got it: size 9 in shoes" in bo.say("I'm usually a 9 in shoes")
    assert "Erase it all?" in bo.say("forget me")

    assert "Done: I've erased" in bo.say(typed)

    deadline = time.monotonic() + 15
    while _events_of(tracker_store, bo.sender) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _events_of(tracker_store, bo.sender) == 0
    assert "I keep nothing about you" in bo.say("what do you know about me?")


def test_a_stranger_can_neither_read_nor_erase_another_shoppers_profile(servers, store):
    assistant, _ = servers
    bea = Shopper(assistant, "bea")
    bea.say("I'm usually a 42R in suits")
    stranger = Shopper(assistant, "stranger")

    assert "I keep nothing about you" in stranger.say("what do you know about me?")
    stranger.say("forget me")
    stranger.tap("Yes, erase everything")

    assert "Your sizes: suits and jackets 42R" in bea.say("what do you know about me?")


def test_the_servers_logs_hold_no_name_email_or_address(servers):
    assistant, _ = servers
    shopper = Shopper(assistant, "logs")
    shopper.say("black oxfords in size 10")
    shopper.tap("1. ")
    assert "What name" in shopper.tap("Buy")
    shopper.say("Zebedee Quistgaard")
    shopper.say("zebedee.q@mailbox.example")
    assert "To Zebedee Quistgaard" in shopper.say("77 Wrenfield Crescent, 04321 Portland")
    assert "Done! Order HL-" in shopper.tap("Place order")
    shopper.tap("Yes, remember me")
    shopper.say("what do you know about me?")
    shopper.say("my address is 77 Wrenfield Crescent, call me Zebedee")
    time.sleep(1)  # let both servers flush their logs

    logs = {path.name: path.read_text(errors="replace") for path in assistant.workdir.glob("*.log")}
    assert set(logs) >= {"rasa.log", "action-server.log"}
    for needle in ("Zebedee", "Quistgaard", "zebedee.q@mailbox.example", "Wrenfield", "04321"):
        for name, text in logs.items():
            assert needle.lower() not in text.lower(), f"{needle!r} in {name}"
