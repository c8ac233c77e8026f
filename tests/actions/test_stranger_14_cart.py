"""Stranger test 14 (docs/nlu/stranger-test-14.md, conversation A): green asked about the dress
three messages back (shoes shown in between) is the colour "add the dress in S" takes (A6); "make
it a medium" while the bot waits for a colour, or right after the dress was added, changes that
item and goes on (A7); "whats the total and will it arrive by july 3rd" with a cart and no order is
the cart's total and its delivery day, not "which order?" (A8), while a placed order is still
tracked. The shopper's words go through the real catalog extractor; the actions run on rasa-sdk's
real Tracker against the demo store."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.cart import ActionChangeQuantity, ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.delivery_replies import day
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from commerce.shipping import method_for
from shop_nlu.dates import needed_by
from tests.actions.conversation_driver import ActionConversation, entity_list, say

DRESS = "Vivienne Velvet Dress"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="maya", keep_messages=True)


def bot_said(turn) -> dict:
    """The bot's last message of a turn as Rasa's tracker holds it before the next message."""
    last = turn.messages[-1]
    return {"event": "bot", "text": last.get("text"), "data": {"buttons": last.get("buttons")}}


def ask_about_the_dress_in_green_then_shoes(chat, extractor) -> None:
    """A2-A4: velvet dresses in S, "does it come in green?" of the Vivienne, shoes to go with it."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size S")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product",
                 f"the {DRESS.lower()}")  # fmt: skip
    assert DRESS in opened.text, opened.text
    green = say(chat, extractor, ActionCheckAvailability(), "check_availability",
                "ooh does it come in green?")  # fmt: skip
    assert "green" in green.text.lower(), green.text
    shoes = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
                "what shoes would go with that")  # fmt: skip
    assert "$" in shoes.text, shoes.text


# --- A6: "ok forget the shoes. can u add the dress in S to my bag" --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok forget the shoes. can u add the dress in S to my bag",
        "add the dress in small to my cart",
        "put the velvet dress in my bag, size S",
        "ok just the dress pls, in S",
        "can you add the dress in a small",
    ],
)
def test_a_colour_asked_about_the_product_before_shoes_were_shown_is_taken(chat, extractor, text):
    ask_about_the_dress_in_green_then_shoes(chat, extractor)

    added = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Which colour" not in added.text, added.text
    assert f"Added {DRESS} (S, Green)" in added.text, added.text
    assert "green" in added.text.split("to your cart.")[1].lower(), added.text  # said so


def test_a_colour_asked_about_another_product_is_not_taken(chat, extractor):
    """Green was asked of the dress; "add the shoes" later asks the shoes' colour, not green."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens chelsea boots in 7.5")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the heather chelsea boot")
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size S")
    say(chat, extractor, ActionSelectProduct(), "select_product", f"the {DRESS.lower()}")
    say(chat, extractor, ActionCheckAvailability(), "check_availability", "in green?")

    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "add the heather chelsea boot in 7.5")  # fmt: skip

    assert "Green" not in added.text, added.text


# --- A7: "actually make it a medium, i might wear a top under it" ---------------------------------


def ask_which_colour_of_the_dress(chat, extractor) -> dict:
    """ "Which colour of the Vivienne Velvet Dress?" open, for the dress in S, as Rasa holds it."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size S")
    asked = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {DRESS.lower()} in S to my bag")  # fmt: skip
    assert asked.text.startswith(f"Which colour of the {DRESS}"), asked.text
    return bot_said(asked)


CHANGES_TO_M = [
    "actually make it a medium, i might wear a top under it",
    "make that an M",
    "actually medium please",
    "can i get it in M instead",
    "change it to size M",
    "make it a medium",
]


@pytest.mark.parametrize("text", CHANGES_TO_M)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("search_products", ActionSearchProducts),
        ("refine_search", ActionSearchProducts),
        ("change_quantity", ActionChangeQuantity),
        ("check_availability", ActionCheckAvailability),
        ("nlu_fallback", ActionClarify),
    ],
)
def test_a_new_size_while_the_colour_is_asked_goes_on_with_the_dress(
    chat, extractor, text, intent, action
):
    asked = ask_which_colour_of_the_dress(chat, extractor)

    turn = run_after(chat, extractor, action(), intent, text, asked)

    assert "I found" not in turn.text, turn.text  # not the old search again
    assert turn.text.startswith(f"Which colour of the {DRESS}"), turn.text
    payloads = [button["payload"] for button in turn.buttons]
    assert payloads and all('"size": "m"' in p.lower() for p in payloads), payloads


def test_a_new_size_and_a_colour_while_the_colour_is_asked_adds_the_dress(chat, extractor):
    asked = ask_which_colour_of_the_dress(chat, extractor)

    turn = run_after(chat, extractor, ActionSearchProducts(), "refine_search",
                     "actually make it a medium in green", asked)  # fmt: skip

    assert f"Added {DRESS} (M, Green)" in turn.text, turn.text


@pytest.mark.parametrize("text", CHANGES_TO_M)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("refine_search", ActionSearchProducts),
        ("check_availability", ActionCheckAvailability),
        ("nlu_fallback", ActionClarify),
    ],
)
def test_a_new_size_right_after_adding_changes_the_line(chat, extractor, text, intent, action):
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size S")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {DRESS.lower()} in S in green to my bag")  # fmt: skip
    assert f"Added {DRESS} (S, Green)" in added.text, added.text

    turn = run_after(chat, extractor, action(), intent, text, bot_said(added))

    assert "I found" not in turn.text, turn.text
    assert f"{DRESS} (M, Green)" in turn.text, turn.text
    cart = next(m["text"] for m in turn.messages if "Your cart" in (m.get("text") or ""))
    assert "(S, Green)" not in cart and "Your cart (1 item)" in cart, cart


@pytest.mark.parametrize("text", ["change it to size L", "make it a large", "switch it to an L"])
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("refine_search", ActionSearchProducts),
        ("check_availability", ActionCheckAvailability),
    ],
)
def test_a_new_size_of_the_dress_in_the_cart_later_changes_the_line(
    chat, extractor, text, intent, action
):
    """The total asked in between: "change it to size L" is still the dress in the cart."""
    put_the_dress_in_the_cart(chat, extractor)
    total = say(chat, extractor, ActionShowCart(), "view_cart", "whats the total with shipping")

    turn = run_after(chat, extractor, action(), intent, text, bot_said(total))

    assert f"Changed {DRESS} (M, Green) to {DRESS} (L, Green)" in turn.text, turn.text


def test_a_size_search_after_adding_is_still_a_search(chat, extractor):
    """ "Boots in 8" right after the dress was added: boots, the dress left as it is."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size S")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {DRESS.lower()} in S in green to my bag")  # fmt: skip

    turn = run_after(chat, extractor, ActionSearchProducts(), "search_products",
                     "now womens chelsea boots in 8", bot_said(added))  # fmt: skip

    assert "I found" in turn.text, turn.text


def run_after(chat, extractor, action, intent: str, text: str, bot_event: dict):
    """Run `action` on `text` right after the bot's `bot_event`, as Rasa's tracker has them."""
    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end,
         **({"role": e.role} if e.role else {})}
        for e in extractor.extract(text)
    ]  # fmt: skip
    latest = {"event": "user", "text": text,
              "parse_data": {"intent": {"name": intent}, "entities": entities}}  # fmt: skip
    return chat.run(action, intent, text, entities, events=[bot_event, latest])


# --- A8: "whats the total and will it arrive by july 3rd" ----------------------------------------


def put_the_dress_in_the_cart(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses in size M")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                f"add the {DRESS.lower()} in green to my cart")  # fmt: skip
    assert f"Added {DRESS}" in added.text, added.text


DAY_QUESTIONS = [
    "whats the total and will it arrive by july 3rd",
    "how much is it all together and can it get here by friday",
    "can it get here by friday",
    "will it arrive before the 3rd of july",
    "what's my total, and will it be here by the 3rd of july?",
]
TOTAL_QUESTIONS = [
    "whats the total with shipping",
    "how much is it all together with delivery",
    "whats my total incl shipping and tax",
]


@pytest.mark.parametrize("text", DAY_QUESTIONS + TOTAL_QUESTIONS)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("order_status", ActionOrderStatus),
        ("view_cart", ActionShowCart),
    ],
)
def test_the_total_and_the_day_before_ordering_are_the_carts(chat, extractor, text, intent, action):
    put_the_dress_in_the_cart(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    assert "order number" not in turn.shown, turn.shown
    assert "Your cart (1 item)" in turn.text and "$109.00" in turn.text, turn.text
    assert "total would be $" in turn.text, turn.text
    today = datetime.now(timezone.utc).date()
    if (needed := needed_by(text, today)) is not None:
        assert f"For {day(needed)}" in turn.text, turn.text
        method, _ = method_for(needed, today)
        assert f"{method.label} shipping" in turn.text, turn.text


@pytest.mark.parametrize(
    "text", [t for t in DAY_QUESTIONS if "total" in t or "much" in t] + TOTAL_QUESTIONS
)
@pytest.mark.parametrize("intent", ["ask_delivery_time", "ask_shipping"])
def test_a_total_heard_as_a_delivery_question_is_the_carts(chat, extractor, text, intent):
    put_the_dress_in_the_cart(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    assert "total would be $" in turn.text, turn.text
    today = datetime.now(timezone.utc).date()
    if (needed := needed_by(text, today)) is not None:
        assert f"For {day(needed)}" in turn.text, turn.text


@pytest.mark.parametrize(
    "text", ["whats the total and will it arrive by july 3rd", "when will it arrive"]
)
def test_with_an_order_placed_its_delivery_is_still_tracked(chat, extractor, text):
    """An order placed in this chat, then the dress in the cart: "when will it arrive" (and the
    stranger's question, heard as order tracking) is that order's, as before."""
    chat.run(ActionStartCheckout(), "buy", entities=entity_list(
        product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update({"customer_name": "Maya Brook", "customer_email": "maya@example.com",
                       "customer_address": "3 Festival Way, 02110 Boston"})  # fmt: skip
    placed = chat.run(ActionPlaceOrder(), "place_order")
    number = re.search(r"Order (HL-\w{6})", placed.text).group(1)
    put_the_dress_in_the_cart(chat, extractor)

    turn = say(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert number in turn.text, turn.text
    assert "total would be" not in turn.text, turn.text


def test_whats_my_total_alone_is_still_the_cart(chat, extractor):
    put_the_dress_in_the_cart(chat, extractor)

    turn = say(chat, extractor, ActionShowCart(), "view_cart", "whats my total")

    assert "Subtotal $109.00" in turn.text, turn.text
    assert "total would be" not in turn.text, turn.text


def test_with_an_empty_cart_and_no_order_the_order_number_is_asked(chat, extractor):
    turn = say(chat, extractor, ActionOrderStatus(), "order_status",
               "whats the total and will it arrive by july 3rd")  # fmt: skip

    assert "order number" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text", ["when will my order arrive", "where is my parcel, will it be here by friday"]
)
def test_my_order_with_a_cart_and_no_order_here_says_nothing_was_ordered(chat, extractor, text):
    """ "My order" with a cart and no order here: nothing has been ordered, the cart can be checked
    out, and an order from before the chat can still be named by its number
    (docs/nlu/stranger-test-79.md, A10; tests/actions/test_stranger_79_nothing_ordered_yet.py)."""
    put_the_dress_in_the_cart(chat, extractor)

    turn = say(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert "nothing has been ordered" in turn.shown, turn.shown
    assert "before this chat" in turn.shown and "number" in turn.shown, turn.shown
    assert "total would be" not in turn.shown, turn.shown
