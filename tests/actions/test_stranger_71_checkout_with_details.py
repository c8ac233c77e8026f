"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona James, message B12, worst problem 6).

"right, let's check out. It's James Whitfield, james.whitfield@example.com, 7 Paddock Road, 02134
Boston", with three items in his basket, got "Sorry, I'm not sure what you mean here". A request
to check out with the details in it starts the checkout and keeps the details given, so nothing is
asked again; with an empty cart it says there is no checkout open."""

from __future__ import annotations

import pytest

from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

# (message, name, email, address)
CHECKOUTS = [
    ("right, let's check out. It's James Whitfield, james.whitfield@example.com, 7 Paddock "
     "Road, 02134 Boston", "James Whitfield", "james.whitfield@example.com",
     "7 Paddock Road, 02134 Boston"),
    ("checkout pls - name Ana Ruiz, ana@x.com, 12 Oak St 94110 San Francisco", "Ana Ruiz",
     "ana@x.com", "12 Oak St 94110 San Francisco"),
    ("ok pay now. my details: Tom Baker, tom.baker@gmail.com, 45 Elm Street, 60614 Chicago",
     "Tom Baker", "tom.baker@gmail.com", "45 Elm Street, 60614 Chicago"),
    ("lets checkout, im jane doe - jane.doe@yahoo.com - 3 Pine Rd 10001 New York", "jane doe",
     "jane.doe@yahoo.com", "3 Pine Rd 10001 New York"),
    ("can i check out now? Mia Wong mia.w@outlook.com 88 Maple Street, 60614 Chicago", "Mia Wong",
     "mia.w@outlook.com", "88 Maple Street, 60614 Chicago"),
    ("Ready to pay: Ben Ortiz, 19 Harbour Lane, 02110 Boston", "Ben Ortiz", None,
     "19 Harbour Lane, 02110 Boston"),
]  # fmt: skip
SLOTS = ("customer_name", "customer_email", "customer_address")


@pytest.mark.parametrize("heard", ["nlu_fallback", "inform", "out_of_scope", "checkout", "buy"])
@pytest.mark.parametrize("case", CHECKOUTS, ids=lambda c: c[0][:30])
def test_a_checkout_with_details_is_heard_as_a_checkout(extractor, case, heard):
    """docs/nlu/stranger-test-71.md, B12: heard as the checkout, whatever the classifier said."""
    found = extractor.extract(case[0])

    resolution = resolve_intent(heard, 0.5, found, case[0], None)

    assert (resolution.intent if resolution else heard) == "checkout"


def _basket(chat) -> None:
    chat.run(ActionAddToCart(), "add_to_cart", "add it to my cart",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip


@pytest.mark.parametrize("case", CHECKOUTS, ids=lambda c: c[0][:30])
def test_the_details_given_are_kept_for_the_checkout(chat, extractor, case):
    """docs/nlu/stranger-test-71.md, B12: the checkout starts and nothing told is asked again."""
    _basket(chat)
    text, *told = case

    turn = keep_bot_messages(chat, say(chat, extractor, ActionCheckoutCart(), "checkout", text))

    kept = {e["name"]: e["value"] for e in turn.events if e["event"] == "slot"}
    for slot, value in zip(SLOTS, told, strict=True):
        if value is not None:
            assert kept.get(slot) == value, (slot, kept)
    # All three told: straight to the review; else the form asks only what is missing.
    then = "action_review_order" if None not in told else "checkout_form"
    assert {"event": "followup", "name": then} in [
        {"event": e["event"], "name": e.get("name")} for e in turn.events
    ]
    assert "Checking out your cart (1 item)" in turn.shown
    assert "I need a few details" not in turn.shown
    assert "not sure" not in turn.shown


@pytest.mark.parametrize("case", CHECKOUTS[:3], ids=lambda c: c[0][:30])
def test_with_an_empty_cart_it_says_no_checkout_is_open(chat, extractor, case):
    turn = keep_bot_messages(chat, say(chat, extractor, ActionCheckoutCart(), "checkout", case[0]))

    assert "no checkout open: your cart is empty" in turn.shown
    assert not [e for e in turn.events if e["event"] == "slot" and e["name"] in SLOTS]


@pytest.mark.parametrize(
    "text",
    ["check out please", "can I pay by paypal at checkout?", "my email is ann@example.com",
     "88 Maple Street, 60614 Chicago"],
)  # fmt: skip
def test_other_messages_are_no_checkout_with_details(extractor, text):
    resolution = resolve_intent("nlu_fallback", 0.5, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "checkout"


@pytest.mark.parametrize(
    "text",
    ["I want to order the Windsor Patent Oxford in 10, ship to 12 Oak St 94110 San Francisco",
     "let's order the black boots in 8, Ann Lee, ann@example.com, 88 Maple Street, 60614 Chicago"],
)  # fmt: skip
def test_a_product_ordered_with_details_stays_a_purchase(extractor, text):
    resolution = resolve_intent("buy", 0.8, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent == "buy"
