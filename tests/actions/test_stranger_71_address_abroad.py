"""Stranger test 71 (docs/nlu/stranger-test-71.md, message A12): Olena typed a Berlin address at
the address question and got a review with US tax and a US delivery date. An address outside the
country the shop ships to (SHOP_SHIPS_TO) gets "we ship only to ..." and the address is asked
again: no review, and no order to it."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import said_at_checkout_prompt

ADDRESSES_ABROAD = [
    "Shevchenka str 5 apt 12, 10115 Berlin",
    "Hauptstrasse 12, 80331 Munich, Germany",
    "12 rue de Rivoli, 75001 Paris, France",
    "221B Baker Street, London NW1 6XE, United Kingdom",
    "Via Roma 10, 00184 Rome, Italy",
]


@pytest.mark.parametrize("address", ADDRESSES_ABROAD, ids=lambda m: m[:30])
def test_an_address_abroad_is_not_taken(chat, address):
    """docs/nlu/stranger-test-71.md, message A12."""
    chat.slots.update({"customer_name": "Olena Kovalenko", "customer_email": "olena.k@example.com"})
    turn = said_at_checkout_prompt(chat, "customer_address", address, "inform")

    print(turn.shown)
    assert "We ship only to addresses in the United States" in turn.shown
    assert {"event": "slot", "name": "customer_address", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in turn.events
    ]


def test_an_address_at_home_is_taken(chat):
    chat.slots.update({"customer_name": "James Whitfield", "customer_email": "j@example.com"})
    turn = said_at_checkout_prompt(
        chat, "customer_address", "7 Paddock Road, 02134 Boston", "inform"
    )

    assert "We ship only" not in turn.shown
    assert any(e.get("name") == "customer_address" and e.get("value") for e in turn.events)


US_TOWNS_NAMED_LIKE_CITIES_ABROAD = [
    "12 Elm St, Athens, GA 30601",
    "5 Main St, Paris, TX 75460",
    "100 Main St, Berlin, NH 03570",
    "12 Oak Rd, Dublin OH 43017",
    "9 Hill Ave, rome ga 30161",
]


@pytest.mark.parametrize("address", US_TOWNS_NAMED_LIKE_CITIES_ABROAD, ids=lambda m: m[:30])
def test_a_us_town_named_like_a_city_abroad_is_taken(chat, address):
    """A US address with its state and ZIP code is at home, whatever its town is called (Athens,
    Georgia; Paris, Texas): refusing it would turn away a customer the shop ships to."""
    chat.slots.update({"customer_name": "James Whitfield", "customer_email": "j@example.com"})
    turn = said_at_checkout_prompt(chat, "customer_address", address, "inform")

    assert "We ship only" not in turn.shown, turn.shown
    assert any(e.get("name") == "customer_address" and e.get("value") for e in turn.events)
