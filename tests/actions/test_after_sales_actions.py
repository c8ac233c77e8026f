"""After the sale through rasa-sdk's real objects: cancel, return, change the address, invoice.

Each change asks for a yes first, refuses clearly when the order's state forbids it, and tells a
stranger nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.after_sales import (
    ActionCancelOrder,
    ActionChangeOrderAddress,
    ActionConfirmOrderChange,
    ActionKeepOrder,
    ActionOrderStatus,
    ActionReturnOrder,
    ActionSaveOrderAddress,
    ActionShowInvoice,
    ValidateOrderAddressForm,
)
from actions.checkout import ActionReviewOrder
from actions.order_changes import ActionExplainOrderChange
from commerce.db import get_engine, session_scope
from commerce.models import Order, Product, Variant
from commerce.orders_after_sale import move_order
from tests.actions.conversation_driver import DOMAIN, ActionConversation, entity_list
from tests.conftest import PROJECT_ROOT


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="ann")


def order_row(url: str, number: str) -> Order:
    with session_scope(get_engine(url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        session.expunge(order)
        return order


def windsor_10_stock(url: str) -> int:
    with session_scope(get_engine(url)) as session:
        return session.scalar(
            select(Variant.stock).join(Product)
            .where(Product.handle == "windsor-patent-oxford", Variant.size.like("US 10 /%"))
        )  # fmt: skip


def move(url: str, number: str, *steps: str, now: datetime | None = None) -> None:
    with session_scope(get_engine(url), writes=True) as session:
        for step in steps:
            move_order(session, number, step, tracking_number="1Z999", now=now)


def test_cancel_asks_first_then_cancels_and_puts_the_stock_back(chat, order_number, demo_store_url):
    stock_after_order = windsor_10_stock(demo_store_url)

    asked = chat.run(ActionCancelOrder(), "cancel_order", "cancel my order")
    assert asked.text == f"Cancel order {order_number} (Windsor Patent Oxford, $150.12)?"
    assert [b["payload"] for b in asked.buttons] == ["/affirm", "/deny"]
    assert order_row(demo_store_url, order_number).status == "awaiting_payment"

    done = chat.run(ActionConfirmOrderChange(), "affirm", "yes")

    assert done.text.startswith(f"Order {order_number} is cancelled.")
    assert order_row(demo_store_url, order_number).status == "cancelled"
    assert windsor_10_stock(demo_store_url) == stock_after_order + 1


def test_no_keeps_the_order(chat, order_number, demo_store_url):
    chat.run(ActionCancelOrder(), "cancel_order")

    kept = chat.run(ActionKeepOrder(), "deny", "no")

    assert kept.text == f"OK, order {order_number} stays as it is."
    assert order_row(demo_store_url, order_number).status == "awaiting_payment"
    assert chat.run(ActionConfirmOrderChange(), "affirm").responses == ["utter_default"]
    assert order_row(demo_store_url, order_number).status == "awaiting_payment"


def test_a_shipped_order_cannot_be_cancelled(chat, order_number, demo_store_url):
    move(demo_store_url, order_number, "paid", "shipped")

    turn = chat.run(ActionCancelOrder(), "cancel_order")

    assert "on its way, so it can't be cancelled any more" in turn.text
    assert "return it once it arrives" in turn.text
    assert not turn.buttons
    assert order_row(demo_store_url, order_number).status == "shipped"


def test_a_return_within_the_window_gets_its_own_number(chat, order_number, demo_store_url):
    move(demo_store_url, order_number, "paid", "shipped", "delivered")

    asked = chat.run(ActionReturnOrder(), "return_order", "i want to send them back")
    assert asked.text.startswith(f"Start a return of order {order_number}")
    done = chat.run(ActionConfirmOrderChange(), "affirm")

    assert re.match(rf"Return RT-\w{{6}} is open for order {order_number}\.", done.text)
    assert "write RT-" in done.text and "Harbour Lane Outfitters Returns" in done.text
    assert order_row(demo_store_url, order_number).status == "return_requested"


def test_a_return_after_the_window_is_refused_before_anything_is_offered(
    chat, order_number, demo_store_url
):
    long_ago = datetime.now(timezone.utc) - timedelta(days=45)
    move(demo_store_url, order_number, "paid", "shipped", "delivered", now=long_ago)
    closed = long_ago + timedelta(days=30)

    asked = chat.run(ActionReturnOrder(), "return_order", "i want to return them")

    assert "back" not in asked.text and "$" not in asked.text  # no refund promised
    assert asked.text == (
        f"Order {order_number} was delivered on {long_ago:%A %d %B}, and our 30-day return "
        f"window for it closed on {closed:%A %d %B}, so it can't be returned any more. "
        "Nothing has changed."
    )
    assert not asked.buttons
    assert chat.slots.get("pending_order_change") is None
    # A "yes" now has nothing to confirm, and nothing changes.
    assert chat.run(ActionConfirmOrderChange(), "affirm").responses == ["utter_default"]
    assert order_row(demo_store_url, order_number).status == "delivered"


def test_an_order_not_yet_shipped_is_cancelled_rather_than_returned(chat, order_number):
    turn = chat.run(ActionReturnOrder(), "return_order")

    assert "hasn't shipped yet, so you can simply cancel it" in turn.text
    assert chat.slots.get("pending_order_change") is None


def test_change_the_address_before_shipping(chat, order_number, demo_store_url):
    started = chat.run(ActionChangeOrderAddress(), "change_order_address")
    assert started.text == f"Order {order_number} is set to go to 12 Harbour Lane, 02110 Boston."
    assert [e["name"] for e in started.events if e["event"] == "followup"] == ["order_address_form"]

    dispatcher = CollectingDispatcher()
    refused = ValidateOrderAddressForm().validate_new_address("asdf", dispatcher, None, DOMAIN)
    assert refused == {"new_address": None}
    assert "doesn't look like" in dispatcher.messages[0]["text"]

    chat.slots["new_address"] = "7 Quay Street, 02111 Boston"
    saved = chat.run(ActionSaveOrderAddress(), "inform")

    assert saved.text == f"Done: order {order_number} will go to 7 Quay Street, 02111 Boston."
    assert order_row(demo_store_url, order_number).address == "7 Quay Street, 02111 Boston"


def test_a_shipped_orders_address_stays(chat, order_number, demo_store_url):
    move(demo_store_url, order_number, "paid", "shipped")

    turn = chat.run(ActionChangeOrderAddress(), "change_order_address")

    assert "can't be changed any more" in turn.text
    assert not [e for e in turn.events if e["event"] == "followup"]


def test_invoice_lists_lines_tax_and_total(chat, order_number):
    turn = chat.run(ActionShowInvoice(), "request_invoice", "can i get an invoice")

    assert turn.text.startswith(f"Invoice for order {order_number},")
    assert "Billed to: Ann Lee, 12 Harbour Lane, 02110 Boston" in turn.text
    assert "• 1 × Windsor Patent Oxford, US 10 / EU 43, Black at $139.00 = $139.00" in turn.text
    assert "Subtotal $139.00 · shipping $0.00 · tax $11.12 · total $150.12" in turn.text


def test_a_stranger_can_neither_see_nor_cancel_an_order(order_number, demo_store_url):
    mallory = ActionConversation(sender="mallory")
    number = entity_list(order_number=order_number)

    invoice = mallory.run(ActionShowInvoice(), "request_invoice", entities=number)
    cancel = mallory.run(ActionCancelOrder(), "cancel_order", entities=number)
    # Asked for the email (as for any number), a wrong one gets no further.
    wrong_email = mallory.run(
        ActionCancelOrder(), "inform", entities=entity_list(email="mallory@example.com")
    )
    mallory.slots["last_order"] = order_number  # even a forged slot does not help
    mallory.slots["pending_order_change"] = "cancel"
    confirm = mallory.run(ActionConfirmOrderChange(), "affirm")

    assert invoice.responses == cancel.responses == ["utter_ask_order_email"]
    # Both number and email given: what to check and who helps, in words that fit any order.
    assert wrong_email.responses == ["utter_order_not_found_both_given_for_request"]
    assert confirm.responses == ["utter_order_not_found"]
    assert order_number not in invoice.text + cancel.text + wrong_email.text + confirm.text
    assert order_row(demo_store_url, order_number).status == "awaiting_payment"


def test_the_owner_by_number_and_email_from_another_device(order_number, demo_store_url):
    phone = ActionConversation(sender="ann-on-her-phone")
    asked = phone.run(ActionCancelOrder(), "cancel_order",
                      entities=entity_list(order_number=order_number, email="ANN@example.com"))  # fmt: skip
    done = phone.run(ActionConfirmOrderChange(), "affirm")

    assert asked.text.startswith(f"Cancel order {order_number}")
    assert done.text.startswith(f"Order {order_number} is cancelled.")


def test_the_new_actions_are_in_the_domain():
    for action in ("action_cancel_order", "action_return_order", "action_confirm_order_change",
                   "action_keep_order", "action_change_order_address", "action_save_order_address",
                   "validate_order_address_form", "action_show_invoice"):  # fmt: skip
        assert action in DOMAIN["actions"]


# --- the address form starts empty -------------------------------------------------------------


def test_the_address_form_asks_instead_of_judging_the_request_as_an_address(
    chat, order_number, monkeypatch
):
    """Rasa's real form activation (as after "I gave the wrong address on my order"), with the
    validation action run in-process: it asks for the address and complains about nothing."""
    import asyncio

    from rasa.core.actions import action as rasa_action
    from rasa.core.actions.forms import FormAction
    from rasa.core.channels import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
    from rasa_sdk import Tracker

    from tests.conftest import PROJECT_ROOT

    domain = Domain.load(PROJECT_ROOT / "domain.yml")
    said: list[str] = []

    async def validate_in_process(self, output_channel, nlg, tracker, domain):
        dispatcher = CollectingDispatcher()
        state = tracker.current_state(EventVerbosity.AFTER_RESTART)
        events = await ValidateOrderAddressForm().run(
            dispatcher, Tracker.from_dict(state), domain.as_dict()
        )
        said.extend(message.get("text") or "" for message in dispatcher.messages)
        return [Event.from_parameters(event) for event in events]

    monkeypatch.setattr(rasa_action.RemoteAction, "run", validate_in_process)
    request = "I gave the wrong address on my order"
    started = chat.run(ActionChangeOrderAddress(), "change_order_address", request)
    # An earlier address form left unfinished (the shopper asked something else) leaves its
    # requested slot behind.
    events = [ActionExecuted("action_listen"), SlotSet("requested_slot", "new_address"),
              UserUttered(request, {"name": "change_order_address", "confidence": 1.0}),
              ActionExecuted("action_change_order_address")]  # fmt: skip
    events += [SlotSet(e["name"], e["value"]) for e in started.events if e["event"] == "slot"]
    tracker = DialogueStateTracker.from_events("ann", events, slots=domain.slots)

    output = CollectingOutputChannel()
    form_events = asyncio.run(
        FormAction("order_address_form", None).run(
            output, TemplatedNaturalLanguageGenerator(domain.responses), tracker, domain
        )
    )

    assert not [text for text in said if "doesn't look like" in text]
    assert SlotSet("new_address", request) not in form_events
    assert SlotSet("requested_slot", "new_address") in form_events
    asked = [e for e in form_events if e.type_name == "bot"]
    assert [e.metadata.get("utter_action") for e in asked] == ["utter_ask_new_address"]


def test_an_empty_address_is_asked_for_not_refused():
    dispatcher = CollectingDispatcher()

    result = ValidateOrderAddressForm().validate_new_address(None, dispatcher, None, DOMAIN)

    assert result == {"new_address": None}
    assert not dispatcher.messages


# --- changes the bot cannot make ----------------------------------------------------------------


def test_a_size_change_before_shipping_offers_cancel_and_order_again(chat, order_number):
    turn = chat.run(ActionExplainOrderChange(), "change_order",
                    "can I change the size on my order to 10.5?",
                    entities=entity_list(size="10.5"))  # fmt: skip

    assert turn.text.startswith(
        f"I can't change the size of order {order_number} once it's placed. It hasn't shipped "
        "yet, so you can cancel it"
    )
    assert "order again" in turn.text
    assert [b["payload"] for b in turn.buttons] == ["/cancel_order"]
    ask_team = [m for m in turn.messages if m.get("response") == "utter_order_change_ask_team"]
    assert ask_team[0]["contact_email"] == "help@harbourlane.example"
    assert ask_team[0]["contact_phone"] == "+1 555 0100"
    assert chat.slots["last_order"] == order_number


def test_a_change_after_delivery_offers_a_return_until_the_window_closes(
    chat, order_number, demo_store_url
):
    delivered = datetime.now(timezone.utc) - timedelta(days=3)
    move(demo_store_url, order_number, "paid", "shipped", "delivered", now=delivered)

    turn = chat.run(ActionExplainOrderChange(), "change_order", "can i change the colour",
                    entities=entity_list(colour="brown"))  # fmt: skip

    until = delivered + timedelta(days=30)
    assert f"I can't change the colour of order {order_number}" in turn.text
    assert f"you can return it until {until:%A %d %B}" in turn.text
    assert [b["payload"] for b in turn.buttons] == ["/return_order"]


def test_a_shipped_order_can_be_returned_once_it_arrives(chat, order_number, demo_store_url):
    move(demo_store_url, order_number, "paid", "shipped")

    # (Goods asked into it, "add a belt to my order", are shown for a new order instead:
    # tests/actions/test_stranger_73_belt_into_placed_order.py.)
    turn = chat.run(
        ActionExplainOrderChange(), "change_order", "can i change the items in my order"
    )

    assert f"I can't change what's in order {order_number} once it's placed." in turn.text
    assert "on its way; once it arrives you can return it" in turn.text
    assert not turn.buttons


def test_express_for_a_placed_order_is_not_a_checkout_shipping_choice(chat, order_number):
    turn = chat.run(ActionReviewOrder(), "choose_shipping", "can I switch my order to express shipping?",
                    entities=entity_list(shipping_method="express"))  # fmt: skip

    assert "utter_nothing_to_check_out" not in turn.responses
    assert turn.text.startswith(f"I can't change the shipping method of order {order_number}")
    assert "utter_order_change_ask_team" in turn.responses


def test_express_with_no_checkout_and_no_order_is_still_nothing_to_check_out(demo_store_url):
    stranger = ActionConversation(sender="nobody-yet")

    turn = stranger.run(ActionReviewOrder(), "choose_shipping", "express please")

    assert turn.responses == ["utter_nothing_to_check_out"]


def test_order_changes_are_in_the_domain_rules_and_training_data():
    assert "change_order" in DOMAIN["intents"]
    assert "action_explain_order_change" in DOMAIN["actions"]
    assert "utter_order_change_ask_team" in DOMAIN["responses"]
    rules = yaml.safe_load((PROJECT_ROOT / "data/rules/after_sales.yml").read_text())["rules"]
    assert {"intent": "change_order"} in [rule["steps"][0] for rule in rules]
    nlu = yaml.safe_load((PROJECT_ROOT / "data/nlu/order_changes.yml").read_text())["nlu"]
    examples = [line for block in nlu if block["intent"] == "change_order"
                for line in block["examples"].splitlines() if line.strip()]  # fmt: skip
    assert 25 <= len(examples) <= 40
    entities = {name if isinstance(name, str) else next(iter(name)) for name in DOMAIN["entities"]}
    annotated = set(re.findall(r"\]\((\w+)\)", "\n".join(examples)))
    annotated |= set(re.findall(r'"entity": "(\w+)"', "\n".join(examples)))
    assert annotated <= entities


# Stranger test 6, conversation 2: the order is not found, then "can i just cancel it then".
def test_cancel_after_a_failed_lookup_says_it_needs_the_order_first_and_tells_nothing(
    order_number, demo_store_url
):
    jane = ActionConversation(sender="jane")
    wrong = entity_list(order_number="HL-7QK2MX", email="jane.doe@gmail.com")
    status = jane.run(ActionOrderStatus(), "order_status", "wheres my order??", entities=wrong)
    cancel = jane.run(ActionCancelOrder(), "cancel_order", "can i just cancel it then")

    assert status.shown.startswith("I can't find an order with that number")
    assert cancel.shown.startswith("To cancel it, I need to find the order first:")
    assert "order number" in cancel.shown and "email" in cancel.shown
    # Ann's real order with a wrong email reads exactly like an order that does not exist.
    mallory = ActionConversation(sender="mallory")
    guessed = entity_list(order_number=order_number, email="mallory@example.com")
    mallory.run(ActionOrderStatus(), "order_status", entities=guessed)
    guessed_cancel = mallory.run(ActionCancelOrder(), "cancel_order", "cancel it then")
    # The same words, but for the number and email each shopper typed (echoed back to them).
    echoed = guessed_cancel.shown.replace(order_number, "HL-7QK2MX")
    assert echoed.replace("mallory@example.com", "jane.doe@gmail.com") == cancel.shown
    assert order_row(demo_store_url, order_number).status == "awaiting_payment"
