"""Known misses around buying and orders (issue 12).

1. The delivery the shopper chose was not carried into the checkout: told that only Express
   arrives by the day they asked about, "ok i'll take express" / "go with the faster one" and then
   "buy it" still gave Standard shipping in the order review and the order. The method chosen is
   the one the review shows (with its price) and the order is placed with; "make it express" /
   "switch to standard shipping" during the checkout change it.
2. Changing the address of a placed order: it asks for a yes before anything changes, is exact
   about which order, changes only the shopper's own; a shipped order gets an honest answer and
   the shop's contact.

The actions run on rasa-sdk's real Tracker against the demo store; the days are computed from
today and the shipping methods, so the tests hold any day.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from actions.after_sales import (
    ActionChangeOrderAddress,
    ActionKeepOrder,
    ActionOrderStatus,
    ActionSaveOrderAddress,
)
from actions.checkout import (
    ActionChangeDetails,
    ActionPlaceOrder,
    ActionReviewOrder,
    ActionStartCheckout,
)
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.order_address import ActionCheckOrderAddress
from actions.service import ActionAnswerServiceQuestion
from commerce.config import load_settings
from commerce.db import get_engine, session_scope
from commerce.models import Order
from commerce.orders_after_sale import move_order
from commerce.shipping import SHIPPING_METHODS
from tests.actions.conversation_driver import DOMAIN, ActionConversation, entity_list, say

DANA = {"customer_name": "Dana Price", "customer_email": "dana@example.com",
        "customer_address": "9 Beacon Street, 02108 Boston"}  # fmt: skip
BELMONT = "belmont-patent-opera-oxford"  # $109.00: Standard ships free, Express costs $14.95


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="dana", keep_messages=True)


def order_row(url: str, number: str) -> Order:
    with session_scope(get_engine(url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        session.expunge(order)
        return order


def _express_day() -> datetime:
    """The last day Express arrives if ordered today: Standard cannot make it, Express can."""
    return SHIPPING_METHODS["express"].arrival(datetime.now(timezone.utc).date())[1]


def open_the_belmont(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "patent oxfords")
    chat.run(ActionSelectProduct(), "select_product", entities=entity_list(product_handle=BELMONT))


def ask_by_the_express_day(chat) -> None:
    needed = _express_day()
    asked = chat.run(
        ActionAnswerServiceQuestion(), "ask_delivery_time",
        f"will it arrive by {needed:%B} {needed.day}?",
    )  # fmt: skip
    assert "Express" in asked.text, asked.text


def buy_and_review(chat, extractor, text: str = "ok buy it, size 10"):
    started = say(chat, extractor, ActionStartCheckout(), "buy", text)
    assert "I need a few details" in started.text, started.text
    chat.slots.update(DANA)
    return chat.run(ActionReviewOrder(), "inform", "9 Beacon Street, 02108 Boston")


def place(chat, review) -> str:
    payload = next(b["payload"] for b in review.buttons if b["title"] == "Place order")
    key = re.search(r'"idempotency_key": "(\w+)"', payload).group(1)
    placed = chat.run(
        ActionPlaceOrder(), "place_order", "/place_order",
        entities=entity_list(idempotency_key=key),
    )  # fmt: skip
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


# --- 1. the delivery chosen before buying is the checkout's --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok i'll take express",
        "express please",
        "go with the faster one",
        "ok lets do express shipping then",
        "the quicker delivery pls",
        "fine, express it is",
    ],
)
def test_express_chosen_before_buying_is_the_reviews_and_the_orders_shipping(
    chat, extractor, demo_store_url, text
):
    open_the_belmont(chat, extractor)
    ask_by_the_express_day(chat)
    chose = say(chat, extractor, ActionReviewOrder(), "choose_shipping", text)
    review = buy_and_review(chat, extractor)

    # The choice is acknowledged with its price, not "nothing to check out".
    assert "Express shipping ($14.95" in chose.shown, chose.shown
    assert "nothing to check out" not in chose.shown
    assert "Express shipping: $14.95" in review.text, review.text
    assert "Standard shipping: " not in review.text
    assert "in time for" in review.text  # Express makes the day asked about
    number = place(chat, review)
    assert order_row(demo_store_url, number).shipping_method == "express"
    status = chat.run(ActionOrderStatus(), "order_status", "where is my order")
    assert "by express shipping" in status.text


def test_a_question_about_express_is_no_choice_of_it(chat, extractor):
    open_the_belmont(chat, extractor)
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping", "how much is express?")

    review = buy_and_review(chat, extractor)

    assert "Standard shipping: free" in review.text, review.text


def test_a_choice_for_the_last_order_is_not_the_next_ones(chat, extractor, demo_store_url):
    open_the_belmont(chat, extractor)
    say(chat, extractor, ActionReviewOrder(), "choose_shipping", "express please")
    first = place(chat, buy_and_review(chat, extractor))
    assert order_row(demo_store_url, first).shipping_method == "express"

    review = buy_and_review(chat, extractor, "buy another one, size 10")

    assert "Standard shipping: free" in review.text, review.text


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("make it express", "standard", "Express shipping: $14.95"),
        ("go with the faster one", "standard", "Express shipping: $14.95"),
        ("the faster one pls", "express", "Express shipping: $14.95"),  # already express: stays
        ("switch to standard shipping", "express", "Standard shipping: free"),
        ("actually the cheaper shipping is fine", "express", "Standard shipping: free"),
        ("standard please", "standard", "Standard shipping: free"),  # stays, not switched
    ],
)
def test_the_shipping_changes_at_the_review_as_said(
    chat, extractor, demo_store_url, text, before, after
):
    open_the_belmont(chat, extractor)
    if before == "express":
        say(chat, extractor, ActionReviewOrder(), "choose_shipping", "express please")
    buy_and_review(chat, extractor)

    review = say(chat, extractor, ActionReviewOrder(), "choose_shipping", text)

    assert after in review.text, review.text
    number = place(chat, review)
    assert order_row(demo_store_url, number).shipping_method == after.split()[0].lower()


# --- 2. a placed order's address: a yes first, exact, only the shopper's own ----------------------


@pytest.fixture
def order_number(chat) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(DANA)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


def move(url: str, number: str, *steps: str) -> None:
    with session_scope(get_engine(url), writes=True) as session:
        for step in steps:
            move_order(session, number, step, tracking_number="1Z999")


NEW = "22 Baker Road, 02115 Boston"


@pytest.mark.parametrize(
    "text",
    [
        "can i change the delivery address",
        "i put the wrong address",
        "ship it to my office instead",
        "moved house, new addy",
    ],
)
def test_a_new_address_is_asked_for_then_confirmed_before_it_changes(
    chat, extractor, order_number, demo_store_url, text
):
    started = say(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)
    assert f"Order {order_number} is set to go to 9 Beacon Street, 02108 Boston." in started.text
    chat.slots["new_address"] = NEW  # what the form took

    asked = chat.run(ActionCheckOrderAddress(), "inform", NEW)

    assert asked.shown == (
        f"Send order {order_number} to {NEW} instead of 9 Beacon Street, 02108 Boston?"
    )
    assert [b["payload"] for b in asked.buttons] == ["/affirm", "/deny"]
    assert order_row(demo_store_url, order_number).address == DANA["customer_address"]

    done = chat.run(ActionSaveOrderAddress(), "affirm", "yes")
    assert done.text == f"Done: order {order_number} will go to {NEW}."
    assert order_row(demo_store_url, order_number).address == NEW


def test_no_to_the_new_address_keeps_the_old_one(chat, order_number, demo_store_url):
    chat.run(ActionChangeOrderAddress(), "change_order_address", "i put the wrong address")
    chat.slots["new_address"] = NEW
    chat.run(ActionCheckOrderAddress(), "inform", NEW)

    kept = chat.run(ActionKeepOrder(), "deny", "no")

    assert kept.text == f"OK, order {order_number} stays as it is."
    assert order_row(demo_store_url, order_number).address == DANA["customer_address"]
    assert not chat.slots.get("new_address")


def test_the_order_named_is_the_one_changed(chat, extractor, order_number, demo_store_url):
    second = ActionConversation(sender="dana", keep_messages=True, slots=dict(chat.slots))
    second.run(ActionStartCheckout(), "buy",
               entities=entity_list(product_handle=BELMONT, size="10"))  # fmt: skip
    second.slots.update(DANA)
    newer = re.search(r"Order (HL-\w{6})", second.run(ActionPlaceOrder(), "place_order").text)[1]

    started = say(chat, extractor, ActionChangeOrderAddress(), "change_order_address",
                  f"need to update my address on order {order_number.lower()}")  # fmt: skip
    chat.slots["new_address"] = NEW
    asked = chat.run(ActionCheckOrderAddress(), "inform", NEW)
    chat.run(ActionSaveOrderAddress(), "affirm", "yes")

    assert f"Order {order_number} is set to go to" in started.text
    assert f"Send order {order_number} to" in asked.shown
    assert order_row(demo_store_url, order_number).address == NEW
    assert order_row(demo_store_url, newer).address == DANA["customer_address"]


def test_someone_elses_order_is_not_changed(order_number, demo_store_url, extractor):
    mallory = ActionConversation(sender="mallory", keep_messages=True)

    asked = say(mallory, extractor, ActionChangeOrderAddress(), "change_order_address",
                f"ship order {order_number} to my office instead")  # fmt: skip
    wrong = say(mallory, extractor, ActionChangeOrderAddress(), "inform", "mallory@example.com")
    mallory.slots.update(last_order=order_number, new_address=NEW)  # even forged slots
    check = mallory.run(ActionCheckOrderAddress(), "inform", NEW)
    save = mallory.run(ActionSaveOrderAddress(), "affirm", "yes")

    assert asked.responses == ["utter_ask_order_email"]
    assert "9 Beacon" not in asked.shown + wrong.shown + check.shown + save.shown
    assert "Send order" not in check.shown
    assert order_row(demo_store_url, order_number).address == DANA["customer_address"]


def test_a_shipped_order_gets_an_honest_answer_and_the_shops_contact(
    chat, extractor, order_number, demo_store_url
):
    move(demo_store_url, order_number, "paid", "shipped")

    turn = say(chat, extractor, ActionChangeOrderAddress(), "change_order_address",
               "can i change the delivery address")  # fmt: skip

    settings = load_settings()
    assert f"Order {order_number} is on its way, so its address can't be changed any more" in (
        turn.shown
    ), turn.shown
    assert settings.contact_email in turn.shown and settings.contact_phone in turn.shown
    assert not [e for e in turn.events if e["event"] == "followup"]  # no address asked for


def test_the_address_check_is_in_the_domain_and_rules():
    assert "action_check_order_address" in DOMAIN["actions"]


# --- 2b. "can i change the delivery address" heard as fixing the checkout's details ---------------


@pytest.mark.parametrize(
    "text",
    ["can i change the delivery address", "i put the wrong address", "oops wrong postcode"],
)
def test_fixing_an_address_with_no_checkout_going_on_is_the_orders_address(
    chat, extractor, order_number, text
):
    turn = say(chat, extractor, ActionChangeDetails(), "change_details", text)

    assert f"Order {order_number} is set to go to 9 Beacon Street, 02108 Boston." in turn.shown
    assert [e["name"] for e in turn.events if e["event"] == "followup"] == ["order_address_form"]


def test_fixing_the_name_with_no_checkout_going_on_is_still_nothing_to_check_out(chat, extractor):
    turn = say(chat, extractor, ActionChangeDetails(), "change_details", "wrong name")

    assert turn.responses == ["utter_nothing_to_check_out"]
