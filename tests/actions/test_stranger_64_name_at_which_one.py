"""Stranger test 64 (docs/nlu/stranger-test-64.md, Jake A7-A10, worst problem 4).

After "ok buy it" the bot asked which of three navy ties he meant; he typed his name "jake morris"
and got the off-topic reply, the choice was lost, and "place order" later said "nothing to check
out". A name (or an email, an address) typed while a which-one question is open is answered by
asking the which-one again, with its buttons, saying the choice is needed first."""

from __future__ import annotations

import pytest

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import say_and_keep

TIES = ["Silk Grenadine Tie", "Wool Knit Tie", "Striped Repp Tie"]


def asked_which_navy_tie(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "navy ties")
    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "ok buy it")
    assert "Which one" in turn.shown
    assert [button["title"] for button in turn.buttons] == TIES


def assert_asked_again(turn) -> None:
    assert "only good at this shop" not in turn.shown
    assert "not sure what you mean" not in turn.shown
    assert "nothing to check out right now" not in turn.shown
    assert [button["title"] for button in turn.buttons] == TIES, turn.shown


@pytest.mark.parametrize(
    "name", ["jake morris", "Jake Morris", "its jake morris", "Ann Lee", "priya nair", "Tom"]
)
def test_a_name_at_the_which_one_question_asks_it_again(chat, extractor, name):
    asked_which_navy_tie(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", name)

    print(turn.shown)
    assert_asked_again(turn)
    # The name is kept for the checkout (stranger test 75, B6), or the choice said to come first.
    assert (
        "first" in turn.shown or "one more thing" in turn.shown or "Noted your name" in turn.shown
    )


def test_jakes_details_keep_the_choice_until_the_order(chat, extractor):
    asked_which_navy_tie(chat, extractor)
    steps = [
        (ActionOutOfScope(), "out_of_scope", "jake morris"),
        (ActionTakeOrderDetails(), "inform", "jakemorris99@gmail.com"),
        (ActionTakeOrderDetails(), "inform", "44 elm st 60614 chicago"),
        (ActionPlaceOrder(), "place_order", "place order"),
    ]
    for action, intent, text in steps:
        turn = say_and_keep(chat, extractor, action, intent, text)

        print(text, "->", turn.shown)
        assert_asked_again(turn)


def test_an_off_topic_question_at_the_which_one_is_still_off_topic(chat, extractor):
    asked_which_navy_tie(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "whats the weather")

    assert "only good at this shop" in turn.shown


# B2: "Gillian Hartley", typed with no checkout open, opened the men's Hartley Brogue Derby.
@pytest.mark.parametrize(
    "name",
    ["Gillian Hartley", "gillian hartley", "John Hartley", "its Gillian Hartley", "Sarah Windsor",
     "my name is gillian hartley"],
)  # fmt: skip
def test_a_name_alone_whose_surname_is_a_product_opens_no_product(chat, extractor, name):
    turn = say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", name)

    print(turn.shown)
    assert "Hartley Brogue Derby" not in turn.shown
    assert "Windsor Patent Oxford" not in turn.shown
    assert "Buy" not in [button["title"] for button in turn.buttons]
    assert "looking for" in turn.shown or "What can I find" in turn.shown


@pytest.mark.parametrize(
    ("text", "title"),
    [("the hartley", "Hartley Brogue Derby"), ("hartley brogue", "Hartley Brogue Derby"),
     ("Hartley", "Hartley Brogue Derby"), ("the windsor", "Windsor Patent Oxford"),
     ("brown hartley", "Hartley Brogue Derby")],
)  # fmt: skip
def test_the_product_by_its_name_word_still_opens(chat, extractor, text, title):
    turn = say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert title in turn.shown
