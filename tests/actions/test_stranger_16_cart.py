"""Stranger test 16's cart misses (docs/nlu/stranger-test-16.md): "the dress and the first shoes
together" prices the dress the shopper moved on to (the one "add the dress" takes), not the one she
dropped as too dear; the total names purchases still waiting for a choice; "does the cheaper one
come in grey" answers yes or no about that product."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from actions.recommendations import ActionCompareProducts
from tests.actions.conversation_driver import ActionConversation, keep_bot_messages, say

BELLE = "Belle Cocktail Dress"
VIVIENNE = "Vivienne Velvet Dress"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="new-year", keep_messages=True)


# --- C1 #7: "the dress" in a total is the dress "add the dress" takes -----------------------------


def _belle_dropped_for_vivienne_then_shoes(chat, extractor) -> None:
    # (her first message said "a bit sparkly" too, which now finds only the sequin gown)
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "hey!! need something for new years eve, like a party dress? size s",
    )
    opened = say(
        chat, extractor, ActionSelectProduct(), "select_product", "ooh whats the second one like"
    )
    assert BELLE in opened.text, opened.text
    say(chat, extractor, ActionCheckAvailability(), "check_availability", "does it come in black")
    cheaper = say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "hmm actually is there anything under 150",
    )
    assert VIVIENNE in cheaper.text and BELLE not in cheaper.text, cheaper.text
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "ok and shoes to go with it?? heels but not too high, im a 7.5",
    )
    shoes = say(chat, extractor, ActionSearchProducts(), "search_products",
                "those are kinda boring, any in gold or silver")  # fmt: skip
    assert "Elodie Satin Evening Flat" in shoes.text, shoes.text


@pytest.mark.parametrize(
    "text",
    [
        "how much would the dress and the first shoes be together",
        "whats the dress plus the first pair altogether",
        "the dress and the first shoes, how much combined",
        "price of the dress and the first pair together?",
        "how much for the dress and the first shoes together",
    ],
)
def test_total_takes_the_dress_moved_on_to(chat, extractor, text):
    _belle_dropped_for_vivienne_then_shoes(chat, extractor)

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.text)
    assert VIVIENNE in turn.text and "Elodie Satin Evening Flat" in turn.text, turn.text
    assert BELLE not in turn.text, turn.text
    assert "$268.00" in turn.text, turn.text

    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "ok add the dress to my bag, size small")  # fmt: skip
    print(added.text)
    assert VIVIENNE in added.text and BELLE not in added.text, added.text


# --- C2 #10: the total names the purchases still waiting for a choice ----------------------------


def _suit_shirts_shoes_then_add_all(chat, extractor) -> None:
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "hi im graduating next month and need a suit lol never bought one before",
    )
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "something not too expensive, like under 400? im usually a 40 regular",
    )
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    say(chat, extractor, ActionSearchProducts(), "search_products", "white shirt, collar 15.5")
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "black oxford shoes, size 11")  # fmt: skip
    say(chat, extractor, ActionSelectProduct(), "select_product", "the cheapest one")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "put the suit, the shirt and those shoes in my cart")  # fmt: skip
    print(added.text)
    assert "Added" in added.text and "Which shirt" in added.text, added.text
    # One question at a time (stranger test 73), which shirt first (what is meant before a
    # colour): the suit's colour is said to come next, not dropped.
    assert "Hanover Flannel Suit next" in added.text, added.text
    keep_bot_messages(chat, added)  # what Rasa sends back: the questions, with their metadata


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("whats the total", "show_cart"),
        ("what's my total?", "show_cart"),
        ("total?", "show_cart"),
        ("so what do i owe", "show_cart"),
        ("how much is it all together", "ask_price"),
    ],
)
def test_total_names_purchases_still_waiting(chat, extractor, text, intent):
    _suit_shirts_shoes_then_add_all(chat, extractor)
    action = ActionShowCart() if intent == "show_cart" else ActionShowPrice()

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert "Hanover Flannel Suit" in turn.text and "colour" in turn.text, turn.text
    assert "Jermyn Poplin Dress Shirt" in turn.text, turn.text
    assert "not in your cart" in turn.text.lower(), turn.text
    assert "Savile Plain-Toe Oxford (US 11 / EU 44, Black): $99.00" in turn.text, turn.text
    assert "Which one: Jermyn" in turn.text.split("waiting for your choice")[-1], turn.text


# --- C2 #4: "does the cheaper one come in grey" answers yes or no ---------------------------------


def _two_suits_compared(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hi im graduating next month and need a suit lol never bought one before")  # fmt: skip
    shown = say(chat, extractor, ActionSearchProducts(), "search_products",
                "something not too expensive, like under 400? im usually a 40 regular")  # fmt: skip
    assert "Hanover Flannel Suit" in shown.text and "Clifton Travel Suit" in shown.text, shown.text
    say(chat, extractor, ActionCompareProducts(), "compare_products",
        "whats the diff between the first and second")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("does the cheaper one come in grey", "refine_search"),
        ("does the cheaper one come in gray?", "check_availability"),
        ("is the cheaper one available in grey", "select_product"),
        ("do you have the cheaper one in grey", "refine_search"),
        ("does the less expensive one come in grey", "check_availability"),
    ],
)
def test_colour_of_the_cheaper_one_is_yes_or_no(chat, extractor, text, intent):
    _two_suits_compared(chat, extractor)
    action = {
        "refine_search": ActionSearchProducts,
        "select_product": ActionSelectProduct,
        "check_availability": ActionCheckAvailability,
    }[intent]()

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert turn.text.startswith("Yes"), turn.text
    assert "Hanover Flannel Suit" in turn.text and "Grey" in turn.text, turn.text
    assert "Clifton" not in turn.text and "Soft milled wool" not in turn.text, turn.text
    assert chat.slots.get("current_product") == "hanover-flannel-suit"


def test_a_flat_kept_in_the_colour_asked_for_is_said_to_be_no_heel(chat, extractor):
    # No heel is gold or silver: the flat that is comes first, said to be no heel, before the
    # heels in other colours.
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hey!! need something for new years eve, like a party dress? size s")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "ok and shoes to go with it?? heels but not too high, im a 7.5")  # fmt: skip
    shoes = say(chat, extractor, ActionSearchProducts(), "search_products",
                "those are kinda boring, any in gold or silver")  # fmt: skip

    lines = shoes.text.splitlines()
    flat = next(line for line in lines if "Elodie Satin Evening Flat" in line)
    assert lines.index(flat) == 2 and "not heels" in flat, shoes.text
    assert "Not in gold or silver, but" not in shoes.text, shoes.text
    assert all("not in gold or silver" in line for line in lines[3:]), shoes.text
