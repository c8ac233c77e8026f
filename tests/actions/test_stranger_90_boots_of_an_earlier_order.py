"""Stranger test 90 (docs/nlu/stranger-test-90.md, persona B, message B6, worst problem 2).

With the Aveline Slingback heels on screen and in the cart, Marisol wrote "Also, completely
separate thing – I bought a pair of boots from you last month, order HL-9PX3KD, and they rub at the
heel. Can I return them or swap for a half size up?" and read "To exchange your heels for a half
size up, I need to find your order first": "rub at the heel" was read as the kind heels, and the
boots she bought (marked as owned) were passed over. Right: the kind the shopper names in an
after-sales message is the one spoken of ("To exchange your boots ..."); the heel she is rubbed at
is her own; once the order is found, its boots are offered for the exchange."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import entity_list, say, say_and_keep
from tests.actions.test_stranger_22_partial_returns import MARK, _order

MARISOL = (
    "Also, completely separate thing – I bought a pair of boots from you last month, order "
    "HL-9PX3KD, and they rub at the heel. Can I return them or swap for a half size up?"
)

# (message, the kind said back, the size said back)
EXCHANGES = [
    (MARISOL, "boots", "a half size up"),
    ("the jeans i got last week are too tight, can i swap for a bigger size", "jeans",
     "a bigger size"),
    ("bought a coat from u, order HL-4TR7MN, want to exchange for a M", "coat", "M"),
    ("i bought some boots from u last month, they rub on the heel. can i swap them for a half "
     "size up?", "boots", "a half size up"),
    ("ordered loafers 2 weeks ago and they rub at the back of the heel, can i exchange for a 10",
     "loafers", "10"),
    ("the dress I bought last month is too small, can I swap it for a size up?", "dress",
     "a size up"),
]  # fmt: skip


def _heels_on_screen(chat, extractor):
    """B1: nude heels in size 8 shown, as before Marisol's message."""
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "nude heels in size 8")
    assert "Aveline" in turn.shown or "heel" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize(("text", "kind", "size"), EXCHANGES)
def test_the_kind_named_is_the_one_exchanged_not_the_one_on_screen(
    chat, extractor, text, kind, size
):
    """docs/nlu/stranger-test-90.md, B6 (problem 2)."""
    _heels_on_screen(chat, extractor)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert f"To exchange your {kind} for {size}" in turn.shown, turn.shown
    assert "heels" not in turn.shown.lower(), turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "the heels i bought last week are too tight, can i swap them for a half size up",
        "bought heels from u last month, want to exchange for a 9",
    ],
)
def test_heels_named_are_still_the_heels(chat, extractor, text):
    _heels_on_screen(chat, extractor)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "To exchange your heels for" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I bought a pair of boots from you last month and they rub at the heel, they're too "
         "small. Can I return them?", "boots"),
        ("the jeans i got last week are too tight, wanna return them", "jeans"),
        ("bought some loafers off u, way too big on me, rub at the heel. can i send them back?",
         "loafers"),
    ],
)  # fmt: skip
def test_a_return_of_the_kind_named_says_that_kind(chat, extractor, text, kind):
    """The return branch (no exchange asked): the misfit said back of the kind named."""
    _heels_on_screen(chat, extractor)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert f"Sorry the {kind}" in turn.shown, turn.shown
    assert "heels" not in turn.shown.lower(), turn.shown


def test_once_the_order_is_found_its_boots_are_offered_for_the_exchange(
    chat, extractor, demo_store_url
):
    number, titles = _order(demo_store_url, "fell-suede-chelsea-boot")
    _heels_on_screen(chat, extractor)
    say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order", MARISOL.replace("HL-9PX3KD", number)
    )

    turn = chat.run(
        ActionTakeOrderDetails(), "inform", MARK.email, entities=entity_list(email=MARK.email)
    )

    print(turn.shown)
    assert f"Start a return of order {number}" in turn.shown, turn.shown
    assert titles["fell-suede-chelsea-boot"] in turn.shown
    assert "to exchange it for a half size up" in turn.shown
    assert "heels" not in turn.shown.lower()
