"""Stranger test 62 (docs/nlu/stranger-test-62.md, persona Gloria, worst problems 1 and 2).

1. "88 Maple Avenue, 60614 Chicago", typed when the checkout asked for the shipping address, was
   heard as "where are you located?": the shop's contact details, and the address asked again. At
   the address question, anything shaped like an address is the address; a real question about
   the shop ("where are you based?") is still answered.
2. "can I have it sent to her place instead? It's 17 Birch Road, 53703 Madison. And ... could you
   add the flats to the same order?", while the checkout waited for the address, left the checkout
   ("nothing is ordered") for a flats search. The address in it is the shipping address, and the
   add-on is answered without throwing the checkout away."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionChangeOrderAddress
from actions.checkout import ActionStartCheckout
from actions.handoff import ActionHandOver
from actions.order_address import ActionCheckOrderAddress
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    said_at_checkout_prompt,
)

ADDRESS = "customer_address"  # the detail the checkout asks for
DETAILS = {"customer_name": "Gloria Petrakis", "customer_email": "gloria.petrakis@example.com"}


def _at_the_address_prompt(demo_store_url) -> ActionConversation:
    chat = ActionConversation(sender="gloria")
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="vivienne-velvet-dress", size="M", colour="black"))  # fmt: skip
    assert chat.slots.get("checkout_variant") is not None
    chat.slots.update(DETAILS)
    return chat


def _address_kept(events) -> str | None:
    kept = [e["value"] for e in events if e["event"] == "slot" and e["name"] == "customer_address"]
    return kept[-1] if kept else None


ADDRESSES = [
    ("88 Maple Avenue, 60614 Chicago", "88 Maple Avenue, 60614 Chicago"),
    ("88 maple avenue 60614 chicago", "88 maple avenue 60614 chicago"),
    ("45 Oak St Apt 3, 11372 Jackson Heights NY", "45 Oak St Apt 3, 11372 Jackson Heights NY"),
    ("unit 2B, 9 harbour rd, 2000 sydney", "unit 2B, 9 harbour rd, 2000 sydney"),
    ("1200 N Lake Shore Dr, Chicago, IL 60610", "1200 N Lake Shore Dr, Chicago, IL 60610"),
]
# British addresses, for a shop that ships to the United Kingdom (SHOP_SHIPS_TO): one that ships
# only to the US says so instead (docs/nlu/stranger-test-71.md, A12).
UK_ADDRESSES = [
    ("10 Downing Street, SW1A 2AA London", "10 Downing Street, SW1A 2AA London"),
    ("SW1A 1AA London", "SW1A 1AA London"),
    ("flat 4 12 high st leeds ls1 4ab", "flat 4 12 high st leeds ls1 4ab"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
@pytest.mark.parametrize("heard_as", ["ask_contact", "ask_shipping", "inform"])
def test_an_address_at_the_address_question_is_the_address(demo_store_url, text, address, heard_as):
    _address_at_the_prompt_is_kept(demo_store_url, text, address, heard_as)


@pytest.mark.parametrize(("text", "address"), UK_ADDRESSES)
@pytest.mark.parametrize("heard_as", ["ask_contact", "ask_shipping", "inform"])
def test_a_british_address_is_the_address_where_the_shop_ships_there(
    demo_store_url, monkeypatch, text, address, heard_as
):
    monkeypatch.setenv("SHOP_SHIPS_TO", "the United Kingdom")
    _address_at_the_prompt_is_kept(demo_store_url, text, address, heard_as)


def _address_at_the_prompt_is_kept(demo_store_url, text, address, heard_as):
    chat = _at_the_address_prompt(demo_store_url)
    taken = heard_as == "inform"  # the mapping leaves service questions to the rules

    turn = said_at_checkout_prompt(chat, ADDRESS, text, heard_as, taken=taken)

    assert _address_kept(turn.events) == address
    assert "doesn't look like" not in turn.shown
    assert "nothing is ordered" not in turn.shown


@pytest.mark.parametrize(
    "text",
    ["where are you based?", "do you have a store?", "where r u located", "can I visit your shop"],
)
def test_a_question_about_the_shop_is_still_answered(demo_store_url, text):
    chat = _at_the_address_prompt(demo_store_url)

    turn = said_at_checkout_prompt(chat, ADDRESS, text, "ask_contact", taken=False)

    # Nothing taken: the form lets the rules answer the question, then asks again.
    assert _address_kept(turn.events) is None
    assert turn.shown == ""


@pytest.mark.parametrize(
    "text", ["wait do u have black flats in 7.5?", "got any 4 way stretch trousers in a 10?"]
)
def test_a_search_at_the_address_question_still_leaves_for_it(demo_store_url, extractor, text):
    chat = _at_the_address_prompt(demo_store_url)
    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
        for e in extractor.extract(text)
    ]

    turn = said_at_checkout_prompt(chat, ADDRESS, text, "search_products", entities)

    assert "nothing is ordered" in turn.shown
    assert _address_kept(turn.events) is None


SISTERS = [
    "Oh dear, I've just realised I'll be staying at my sister's the week before the recital, can "
    "I have it sent to her place instead? It's 17 Birch Road, 53703 Madison. And while I'm at it, "
    "could you add the flats to the same order so it all comes in one box?",
    "send it to my sister's instead: 17 Birch Road, 53703 Madison, and add the flats too",
    "actually ship to 17 Birch Road, 53703 Madison and add the flats as well pls",
    "can u send to my sisters, 17 birch road 53703 madison. also add the flats",
    "Please deliver to 17 Birch Road, 53703 Madison instead. Could you also add the black flats?",
]


@pytest.mark.parametrize("text", SISTERS)
@pytest.mark.parametrize("heard_as", ["search_products", "change_order_address"])
def test_an_address_with_an_add_on_keeps_the_checkout(demo_store_url, extractor, text, heard_as):
    chat = _at_the_address_prompt(demo_store_url)
    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
        for e in extractor.extract(text)
    ]

    turn = said_at_checkout_prompt(chat, ADDRESS, text, heard_as, entities)

    print(turn.shown)
    kept = (_address_kept(turn.events) or "").lower().replace(",", "")
    assert kept == "17 birch road 53703 madison"
    assert "nothing is ordered" not in turn.shown
    assert "I found" not in turn.shown
    # The add-on is answered: it can't join this checkout, which is kept.
    assert "flats" in turn.shown and "Vivienne Velvet Dress" in turn.shown
    assert {"event": "active_loop", "name": None} not in [
        {"event": e["event"], "name": e.get("name")}
        for e in turn.events
        if e["event"] == "active_loop"
    ]


def test_sending_it_to_another_address_without_an_add_on_says_nothing_more(demo_store_url):
    chat = _at_the_address_prompt(demo_store_url)

    turn = said_at_checkout_prompt(
        chat,
        ADDRESS,
        "send it to my sister's instead: 17 Birch Road, 53703 Madison",
        "change_order_address",
    )

    assert _address_kept(turn.events) == "17 Birch Road, 53703 Madison"
    assert turn.shown == ""


@pytest.mark.parametrize(
    "text",
    [
        SISTERS[0],
        "send it to my sister's instead: 17 Birch Road, 53703 Madison",
        "actually ship it to 17 birch road 53703 madison pls",
        "can u change the address to 17 Birch Road, 53703 Madison",
        "I'm at my sister's that week, It's 17 Birch Road, 53703 Madison.",
    ],
)
def test_after_ordering_a_new_address_given_is_asked_back_not_asked_for(chat, order_number, text):
    """Once the order is placed (problem 1 fixed, Gloria's B9 comes after it), the address her
    message gives is asked back for a yes, not asked for again."""
    turn = chat.run(ActionChangeOrderAddress(), "change_order_address", text)

    new_address = (chat.slots.get("new_address") or "").lower().replace(",", "")
    assert new_address == "17 birch road 53703 madison"
    assert "What's the new shipping address" not in turn.shown
    asked = chat.run(ActionCheckOrderAddress(), "change_order_address", text)
    assert f"Send order {order_number} to 17" in asked.shown


def test_asking_for_a_person_while_the_new_address_waits_for_a_yes(chat, order_number):
    """Gloria's B10, after her sister's address was asked back: the bot says no person can join,
    rather than "something went wrong"."""
    chat.run(ActionChangeOrderAddress(), "change_order_address", SISTERS[1])
    chat.run(ActionCheckOrderAddress(), "change_order_address", SISTERS[1])

    turn = chat.run(
        ActionHandOver(),
        "request_human",
        "Honestly this is getting complicated, could I just talk to a real person please?",
    )

    assert "went wrong" not in turn.shown
    assert "help@harbourlane.example" in turn.shown
