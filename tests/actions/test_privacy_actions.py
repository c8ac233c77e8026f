""" "Forget my details" through rasa-sdk's real objects on a real SQLite store: what the bot says
after checkout ("you can ask me to forget them any time") is what it does."""

from __future__ import annotations

import sqlite3
import time

import pytest
import yaml
from sqlalchemy import select

from actions.base import ShopAction
from actions.privacy import (
    ActionEraseMyData,
    ActionForgetDetails,
    ActionKeepMyData,
    asks_to_erase_everything,
)
from commerce.db import get_engine, session_scope
from commerce.models import Customer, Order
from tests.actions.conversation_driver import (
    DOMAIN,
    ActionConversation,
    buy_and_be_remembered,
)
from tests.conftest import PROJECT_ROOT
from tests.core.shoppers import TRACKER_DDL, add_event, said

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip
BOB = {"customer_name": "Bob Ray", "customer_email": "bob@example.com",
       "customer_address": "3 Quay Street, 02111 Boston"}  # fmt: skip


_buy_and_be_remembered = buy_and_be_remembered


def _customers(url: str) -> dict[str, str]:
    with session_scope(get_engine(url)) as session:
        return {c.owner: c.email for c in session.scalars(select(Customer))}


def _orders(url: str) -> list[tuple[str, str]]:
    with session_scope(get_engine(url)) as session:
        return [(o.owner, o.email) for o in session.scalars(select(Order).order_by(Order.id))]


@pytest.fixture
def shop(demo_store_url, monkeypatch) -> str:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    return demo_store_url


def test_forget_my_details_deletes_this_shoppers_row_and_keeps_the_order(shop):
    ann = _buy_and_be_remembered("ann", ANN)
    _buy_and_be_remembered("bob", BOB)
    assert _customers(shop) == {"ann": "ann@example.com", "bob": "bob@example.com"}

    ann.slots.update(ANN)  # typed again in this conversation
    turn = ann.run(ActionForgetDetails(), "forget_details", "forget my details")

    assert _customers(shop) == {"bob": "bob@example.com"}  # Bob is untouched
    assert _orders(shop) == [("ann", "ann@example.com"), ("bob", "bob@example.com")]
    assert "deleted the name, email and address" in turn.text
    assert "order keeps the name, email and address" in turn.text  # honest about what stays
    assert "conversation itself is still kept" in turn.text and "team@shop.test" in turn.text
    assert "nothing you typed is kept" not in turn.text
    assert [ann.slots[name] for name in ANN] == [None, None, None]


def test_forgetting_when_nothing_is_remembered_says_so(shop):
    chat = ActionConversation(sender="carol")

    # "delete my data" now asks before erasing everything (tests below); the details alone:
    turn = chat.run(ActionForgetDetails(), "forget_details", "forget my details")

    assert "nothing to delete" in turn.text and "team@shop.test" in turn.text
    assert "order" not in turn.text


def test_forget_and_delete_my_data_reach_the_forget_action():
    rules = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "privacy.yml").read_text())
    steps = [rule["steps"] for rule in rules["rules"]]
    assert [{"intent": "forget_details"}, {"action": "action_forget_details"}] in steps
    yes = [{"action": "action_forget_details"}, {"intent": "affirm"}]
    assert yes + [{"action": "action_erase_my_data"}] in steps
    no = [{"action": "action_forget_details"}, {"intent": "deny"}]
    assert no + [{"action": "action_keep_my_data"}] in steps
    nlu = yaml.safe_load((PROJECT_ROOT / "data" / "nlu" / "privacy.yml").read_text())["nlu"]
    [examples] = [item["examples"] for item in nlu if item["intent"] == "forget_details"]
    assert "- forget my details" in examples and "- delete my data" in examples
    assert "forget_details" in DOMAIN["intents"] and "action_forget_details" in DOMAIN["actions"]


def test_the_promise_after_checkout_is_still_made():
    [offer] = DOMAIN["responses"]["utter_offer_to_remember"]
    assert "You can ask me to forget them any time" in offer["text"]


# --- "forget me": everything, after a yes -----------------------------------------------------------


@pytest.fixture
def conversations(shop, tmp_path, monkeypatch) -> str:
    """The tracker store the action server erases from (SHOP_TRACKER_STORE_URL), with Rasa's
    table and a few of Ann's and Bob's messages."""
    url = f"sqlite:///{tmp_path / 'conversations.db'}"
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", url)
    with sqlite3.connect(tmp_path / "conversations.db") as db:
        db.execute(TRACKER_DDL)
    add_event(url, "ann", said("I'm Ann Lee, ann@example.com"))
    add_event(url, "bob", said("Bob here"))
    return url


def _row_count(url: str, sender: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[
            0
        ]


@pytest.mark.parametrize(
    ("text", "everything"),
    [("forget me", True), ("delete my data", True), ("erase everything you know about me", True),
     ("gdpr request, delete my details", True), ("forget my details", False),
     ("forget the address you saved", False), ("remove my saved details", False)],
)  # fmt: skip
def test_which_requests_are_for_everything(text, everything):
    assert asks_to_erase_everything(text) is everything


def test_forget_me_asks_first_and_erases_nothing_until_yes(shop, conversations):
    ann = _buy_and_be_remembered("ann", ANN)

    turn = ann.run(ActionForgetDetails(), "forget_details", "forget me")

    assert "This erases everything I keep about you" in turn.text
    assert "Your 1 order stays in the shop's accounts, with no name, email or address" in turn.text
    assert [b["title"] for b in turn.buttons] == ["Yes, erase everything", "No, keep it"]
    assert [b["payload"] for b in turn.buttons] == ["/affirm", "/deny"]
    assert ann.slots["erasure_pending"] is True
    assert _customers(shop) == {"ann": "ann@example.com"}  # nothing erased yet

    no = ann.run(ActionKeepMyData(), "deny", "no")
    assert no.responses == ["utter_erasure_cancelled"] and ann.slots["erasure_pending"] is None
    assert _customers(shop) == {"ann": "ann@example.com"}
    again = ann.run(ActionEraseMyData(), "affirm", "yes")  # a yes to nothing erases nothing
    assert again.responses == ["utter_no_erasure_pending"]
    assert _customers(shop) == {"ann": "ann@example.com"}


def test_yes_erases_the_shopper_anonymises_the_orders_and_ends_the_conversation(
    shop, conversations
):
    ann = _buy_and_be_remembered("ann", ANN)
    _buy_and_be_remembered("bob", BOB)
    ann.run(ActionForgetDetails(), "forget_details", "delete my data")

    turn = ann.run(ActionEraseMyData(), "affirm", "yes")

    assert "Done: I've erased your profile, saved details, cart" in turn.text
    assert (
        "Your 1 order is kept for the shop's accounts with no name, email or address" in turn.text
    )
    assert {"event": "session_started", "timestamp": None} in turn.events
    assert _customers(shop) == {"bob": "bob@example.com"}
    orders = _orders(shop)
    assert ("bob", "bob@example.com") in orders and len(orders) == 2
    assert [email for owner, email in orders if owner != "bob"] == [""]
    # Rasa saves the erasing turn after the action: the conversation goes once it has.
    assert _row_count(conversations, "ann") == 1
    add_event(conversations, "ann", {"event": "action"}, action="action_erase_my_data")
    deadline = time.monotonic() + 10
    while _row_count(conversations, "ann") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _row_count(conversations, "ann") == 0
    assert _row_count(conversations, "bob") == 1


class _BrokenAction(ShopAction):
    def name(self) -> str:
        return "action_broken"

    def perform(self, dispatcher, tracker, domain, session):
        raise RuntimeError("the store went away")


def test_a_failing_action_logs_its_intent_never_what_the_shopper_typed(shop, caplog):
    chat = ActionConversation(sender="ann")

    turn = chat.run(_BrokenAction(), "inform", "I'm Ann Lee, 12 Harbour Lane, ann@example.com")

    assert turn.responses == ["utter_action_failed"]
    assert "action_broken failed (intent inform)" in caplog.text
    for personal in ("Ann Lee", "Harbour Lane", "ann@example.com"):
        assert personal not in caplog.text


# Stranger test 7, conversation D: "delete all" in a learner's words is everything, and the yes
# that follows confirms what was offered.
def test_delete_all_what_you_know_from_me_then_yes_erases_everything(shop, tmp_path, monkeypatch):
    chat = ActionConversation(sender="dana")
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'conversations.db'}")

    asked = chat.run(ActionForgetDetails(), "forget_details",
                     "ok please delete all what you know from me")  # fmt: skip

    assert "This erases everything I keep about you" in asked.text
    assert "nothing to delete" not in asked.text
    yes = chat.run(ActionEraseMyData(), "affirm", "yes")
    assert "Done: I've erased your profile" in yes.text
    assert "nothing waiting for a yes" not in yes.text.lower()


@pytest.mark.parametrize(
    "text",
    ["delete all what you know from me", "remove everything you have on me",
     "pls erase what you know about me", "delete all information about me"],
)  # fmt: skip
def test_asking_to_delete_everything_about_me_in_other_words_asks_to_erase_it_all(shop, text):
    chat = ActionConversation(sender="dana")
    turn = chat.run(ActionForgetDetails(), "forget_details", text)

    assert "Erase it all?" in turn.text and chat.slots["erasure_pending"] is True
