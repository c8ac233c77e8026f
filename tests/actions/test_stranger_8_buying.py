"""Stranger test 8 (docs/nlu/stranger-test-8.md), buying: "I shall take it. My waist is 34 inches."
buys the belt in 34; "buy it" after asking for size 8 buys size 8 (and says so), or says it is
sold out and offers the sizes; "add it to my bag" after "does that come in a small?" is the one
that does. The shopper's words go through the real catalog extractor; the actions run on
rasa-sdk's real Tracker against the demo store, with the conversation's messages and slot events
kept the way Rasa sends them to the action server."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import (
    ActionCheckAvailability,
    ActionSearchProducts,
    ActionSelectProduct,
)
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say


def followups(turn) -> list[str]:
    return [event["name"] for event in turn.events if event["event"] == "followup"]


def open_the_black_and_brown_belt(chat, extractor) -> None:
    belts = say(chat, extractor, ActionSearchProducts(), "search_products",
                "a brown leather belt")  # fmt: skip
    assert "Classic Leather Dress Belt" in belts.text, belts.text
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "The first one, please. Is it genuine leather?")  # fmt: skip
    assert chat.slots["current_product"] == "classic-leather-dress-belt"


# C3.4: the waist size said in words is the belt's size, and the purchase starts.


@pytest.mark.parametrize(
    "text",
    [
        "Very well, I shall take it. My waist is 34 inches.",
        "ok i'll take it, my waist is about 34",
        "I'll have it please, my waist measures 34",
        "go on then ill have it. waist: 34",
        'yes that one please, 34" waist',
    ],
)
def test_taking_the_belt_with_the_waist_in_words_buys_it_in_that_size(chat, extractor, text):
    open_the_black_and_brown_belt(chat, extractor)

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    assert "Classic Leather Dress Belt (34, Brown) at $119.00" in turn.text, turn.text
    assert "Which size" not in turn.text
    assert followups(turn) == ["checkout_form"]


# C5.9: "buy it" after asking for size 8 takes size 8, and says so; or says it is sold out.


def ask_for_the_windsor_in_8_then_open_the_cheapest_similar(chat, extractor) -> None:
    asked = say(chat, extractor, ActionCheckAvailability(), "check_availability",
                "do you have the windsor patent oxford in a size 8")  # fmt: skip
    assert "sold out in size 8" in asked.text and "Similar ones in stock" in asked.text
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the cheapest one")
    assert chat.slots["current_product"] == "savile-plain-toe-oxford", opened.text


@pytest.mark.parametrize("text", ["buy it", "ok i'll take it", "i want to buy this one"])
def test_buy_it_after_asking_for_size_8_buys_size_8_and_says_so(chat, extractor, text):
    ask_for_the_windsor_in_8_then_open_the_cheapest_similar(chat, extractor)
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", "is it patent too?")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    assert "Savile Plain-Toe Oxford (US 8 / EU 41, Black) at $99.00" in turn.text, turn.text
    assert "in size US 8" in turn.text or "in size 8" in turn.text
    assert "Which size" not in turn.text and followups(turn) == ["checkout_form"]


def test_buy_it_when_the_size_asked_for_is_sold_out_says_so_and_offers_the_sizes(chat, extractor):
    asked = say(chat, extractor, ActionCheckAvailability(), "check_availability",
                "do you have the windsor patent oxford in a size 8")  # fmt: skip
    assert "sold out" in asked.text

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "buy it anyway")

    assert "sold out in size 8" in turn.text, turn.text
    assert "Which size of the Windsor Patent Oxford?" in turn.text
    titles = [button["title"] for button in turn.buttons]
    assert "US 10 / EU 43" in titles and "US 8 / EU 41" not in titles
    assert all(b["payload"].startswith("/buy") for b in turn.buttons)
    assert not followups(turn) and chat.slots.get("checkout_variant") is None


def test_a_size_said_before_a_new_list_is_not_taken(chat, extractor):
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "do you have the windsor patent oxford in a size 8")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "search_products", "show me loafers")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "buy it")

    assert "Which size" in turn.text, turn.text


# C1.8: "add it to my bag" after "does that come in a small?" answered for each product on screen.


def show_two_sneakers_and_a_shirt(chat) -> None:
    chat.slots["shown_results"] = {
        "handles": ["nimbus-canvas-low", "osprey-slip-on", "portobello-print-shirt"],
        "offset": 0,
        "total": 3,
    }
    chat.history.append({"event": "slot", "name": "shown_results",
                         "value": chat.slots["shown_results"]})  # fmt: skip


@pytest.mark.parametrize(
    "text", ["add it to my bag pls", "put it in my basket", "add that to my cart", "add it"]
)
def test_add_it_after_a_size_question_on_a_list_is_the_one_in_that_size(chat, extractor, text):
    show_two_sneakers_and_a_shirt(chat)
    answer = say(chat, extractor, ActionCheckAvailability(), "check_availability",
                 "does that come in a small")  # fmt: skip
    assert "Portobello Print Shirt" in answer.text and "Osprey" in answer.text

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Which colour of the Portobello Print Shirt?" in turn.text, turn.text
    assert "Which one do you mean" not in turn.text
    assert all('"size": "s"' in button["payload"] for button in turn.buttons), turn.buttons


def test_add_it_after_a_size_question_on_one_product_adds_that_size(chat, extractor):
    chat.slots["current_product"] = "coralie-linen-sundress"
    answer = say(chat, extractor, ActionCheckAvailability(), "check_availability",
                 "does that come in a small")  # fmt: skip
    assert "in stock in S" in answer.text, answer.text

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add it to my bag pls")

    assert "Which colour of the Coralie Linen Sundress?" in turn.text, turn.text
    assert all('"size": "s"' in button["payload"] for button in turn.buttons), turn.buttons


def test_my_bag_is_the_cart_not_a_kind_of_product(extractor):
    assert not [e for e in extractor.extract("add it to my bag pls") if e.entity == "category"]
    assert not [e for e in extractor.extract("whats in my shopping bag") if e.entity == "category"]
    assert [e.value for e in extractor.extract("a brown bag for work") if e.entity == "category"]
