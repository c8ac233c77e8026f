""" "Forget my details" through rasa-sdk's real objects on a real SQLite store: what the bot says
after checkout ("you can ask me to forget them any time") is what it does."""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select

from actions.checkout import ActionPlaceOrder, ActionRememberDetails, ActionStartCheckout
from actions.privacy import ActionForgetDetails
from commerce.db import get_engine, session_scope
from commerce.models import Customer, Order
from tests.actions.conversation_driver import DOMAIN, ActionConversation, entity_list
from tests.conftest import PROJECT_ROOT

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip
BOB = {"customer_name": "Bob Ray", "customer_email": "bob@example.com",
       "customer_address": "3 Quay Street, 02111 Boston"}  # fmt: skip


def _buy_and_be_remembered(sender: str, details: dict) -> ActionConversation:
    chat = ActionConversation(sender=sender)
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(details)
    chat.run(ActionPlaceOrder(), "place_order")
    chat.run(ActionRememberDetails(), "affirm")
    return chat


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

    turn = chat.run(ActionForgetDetails(), "forget_details", "delete my data")

    assert "nothing to delete" in turn.text and "team@shop.test" in turn.text
    assert "order" not in turn.text


def test_forget_and_delete_my_data_reach_the_forget_action():
    rules = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "privacy.yml").read_text())
    steps = [rule["steps"] for rule in rules["rules"]]
    assert [{"intent": "forget_details"}, {"action": "action_forget_details"}] in steps
    nlu = yaml.safe_load((PROJECT_ROOT / "data" / "nlu" / "privacy.yml").read_text())["nlu"]
    [examples] = [item["examples"] for item in nlu if item["intent"] == "forget_details"]
    assert "- forget my details" in examples and "- delete my data" in examples
    assert "forget_details" in DOMAIN["intents"] and "action_forget_details" in DOMAIN["actions"]


def test_the_promise_after_checkout_is_still_made():
    [offer] = DOMAIN["responses"]["utter_offer_to_remember"]
    assert "You can ask me to forget them any time" in offer["text"]
