"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Margaret, B6): asked for the name on the
parcel, "please send it to me: Margaret Ellison, 4 Orchard Close, 01760 Natick, and my email is
margaret.ellison@example.org" got "that doesn't look like a name", and a shorter message like it
would have been kept whole as the name. A name and an email typed together at the name prompt are
both kept (the address is then asked for on its own), never thrown away or taken as the name."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    said_at_checkout_prompt,
)


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        ("It is for my nephew but please send it to me: Margaret Ellison, 4 Orchard Close, 01760 "
         "Natick, and my email is margaret.ellison@example.org", "Margaret Ellison",
         "margaret.ellison@example.org"),
        ("Ann Lee, ann.lee@example.com, 12 Harbour Street, 02139 Cambridge", "Ann Lee",
         "ann.lee@example.com"),
        ("name: Tom Baker email tom.baker@gmail.com address 5 Elm Road 60614 Chicago",
         "Tom Baker", "tom.baker@gmail.com"),
        ("its for jess ortiz, jess.ortiz@gmail.com, 88 maple ave 60614 chicago", "jess ortiz",
         "jess.ortiz@gmail.com"),
        ("Dr. Priya Nair - priya.nair@outlook.com - 41 Ocean Avenue, 90210 Beverly Hills",
         "Dr. Priya Nair", "priya.nair@outlook.com"),
    ],
)  # fmt: skip
def test_a_name_and_email_together_at_the_name_prompt_are_both_kept(
    demo_store_url, text, name, email
):
    chat = ActionConversation(sender="margaret")
    chat.run(ActionStartCheckout(), "buy", "take the ridgeway in 11",
             entities=entity_list(product_handle="ridgeway-chelsea-boot", size="11",
                                  colour="brown"))  # fmt: skip

    turn = said_at_checkout_prompt(chat, "customer_name", text, "inform")

    shown, events = turn.text, turn.events
    print(shown, events)
    assert "doesn't look like" not in shown
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("customer_name") == name, slots
    assert slots.get("customer_email") == email, slots


@pytest.mark.parametrize("text", ["Ann Lee", "Margaret Ellison", "jess ortiz"])
def test_a_name_alone_is_still_the_name(demo_store_url, text):
    chat = ActionConversation(sender="ann")
    chat.run(ActionStartCheckout(), "buy", "take the ridgeway in 11",
             entities=entity_list(product_handle="ridgeway-chelsea-boot", size="11",
                                  colour="brown"))  # fmt: skip

    turn = said_at_checkout_prompt(chat, "customer_name", text, "inform")

    slots = {e["name"]: e["value"] for e in turn.events if e.get("event") == "slot"}
    assert slots.get("customer_name") == text
    assert "customer_email" not in slots or slots["customer_email"] is None
