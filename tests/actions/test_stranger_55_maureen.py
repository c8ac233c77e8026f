"""Stranger test 55 (docs/nlu/stranger-test-55.md), persona Maureen: a chatty customer whose camel
wool coat (order HL-4TR8QM, which the demo store does not hold) went to 41 instead of 14 Ocean
Avenue.

Problem 1: the complaint naming the order and the wrong address got "Sorry, we don't sell coats"
and blazers. An order number with delivery trouble is an order matter: the order is looked up
(the email asked for), and the wrong address answered.
Problem 4: "My email on the order is ..." got "not sure what you mean".
Problem 3: "do you keep my address on file?" (heard as changing an order's address) got a request
for the order number: it asks what is kept.
Problem 5: "could I swap it for the navy one instead of the camel?" after her complaint got a
search for navy coats.
Problem 2: "navy or grey scarves, wool ideally, under $60" got navy wool blazers."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionChangeOrderAddress, ActionOrderStatus
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.service import ActionAnswerServiceQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say_and_keep, shown_titles

WRONG_ADDRESS = [
    "Hello there! I hope you can help me, I'm in a bit of a state. I ordered a camel wool coat "
    "from you last week, order HL-4TR8QM, and it seems the parcel went to 41 Ocean Avenue instead "
    "of 14 Ocean Avenue - my own silly typo I think, or maybe yours, who knows!",
    "order HL-4TR8QM was delivered to the wrong address",
    "my parcel for order HL-4TR8QM went to my neighbour's house",
    "HL-4TR8QM got sent to 41 Elm Street instead of 14 Elm Street",
    "hi, order no HL-4TR8QM, the courier left my wool coat at the wrong house",
    "I bought a wool coat, order HL-4TR8QM, and it was delivered next door",
]
EMAIL = "My email on the order is maureen.oshea@example.com if that helps you find it."


@pytest.mark.parametrize("text", WRONG_ADDRESS)
@pytest.mark.parametrize(
    ("guess", "confidence"),
    [("nlu_fallback", 0.4), ("search_products", 0.9), ("refine_search", 0.6),
     ("out_of_scope", 0.5), ("change_order_address", 0.6)],
)  # fmt: skip
def test_an_order_number_with_a_wrong_address_is_an_order_matter(
    extractor, text, guess, confidence
):
    resolution = resolve_intent(guess, confidence, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "order_status", resolution


@pytest.mark.parametrize(
    "text",
    [
        "order HL-4TR8QM arrived today and the box was completely crushed",
        "my coat from order HL-4TR8QM came with the lining torn",
        "HL-4TR8QM: the heel snapped off the first time I wore them",
        "got my parcel for HL-4TR8QM, the shoes are scuffed",
        "order HL-4TR8QM, the dress arrived damaged",
    ],
)
@pytest.mark.parametrize("guess", ["nlu_fallback", "search_products", "refine_search"])
def test_an_order_number_with_damage_is_a_complaint(extractor, text, guess):
    resolution = resolve_intent(guess, 0.6, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "complaint", resolution


@pytest.mark.parametrize(
    "text",
    [
        "my order HL-4TR8QM, where is it?",
        "navy wool coat like order HL-4TR8QM please",
        "HL-4TR8QM",
        "cancel HL-4TR8QM, it went to the wrong address",
    ],
)
def test_other_messages_with_an_order_number_keep_their_reading(extractor, text):
    resolution = resolve_intent("cancel_order", 0.9, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent == "inform", resolution


@pytest.mark.parametrize("text", WRONG_ADDRESS)
def test_the_wrong_address_is_answered_and_the_order_looked_up(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert "don't sell" not in turn.shown
    assert "wrong address" in turn.shown and "email" in turn.shown.lower(), turn.shown

    email = say_and_keep(chat, extractor, ActionTakeOrderDetails(), "inform", EMAIL)

    assert "not sure" not in email.shown
    assert "no order HL-4TR8QM for maureen.oshea@example.com" in email.shown, email.shown


@pytest.mark.parametrize(
    "text",
    [
        EMAIL,
        "my email on the order is maureen.oshea@example.com",
        "the email i ordered with is maureen.oshea@example.com",
        "I used maureen.oshea@example.com for my order, can you find it",
        "you can find my order under maureen.oshea@example.com",
    ],
)
def test_an_email_for_an_order_is_taken(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionTakeOrderDetails(), "inform", text)

    assert "not sure" not in turn.shown
    assert "maureen.oshea@example.com" in turn.shown and "order number" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "Oh and one more thing: do you keep my address on file? Because clearly it's wrong "
        "somewhere and I don't want the next parcel going to Jim's as well!",
        "do you keep my address on file?",
        "is my address saved with you? it was wrong last time",
        "do you store my address somewhere? I don't want it going to the wrong house again",
        "have you got my address on file",
    ],
)
def test_whether_the_address_is_kept_is_answered_not_an_order_lookup(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionChangeOrderAddress(), "change_order_address", text)

    assert "order number" not in turn.shown, turn.shown
    assert "address" in turn.shown and "forget" in turn.shown.lower(), turn.shown


COMPLAINT = (
    "Well my lovely neighbour Jim brought it round this morning, but the box was completely "
    "crushed and the lining of the coat is torn at the shoulder, which is just heartbreaking "
    "because I wanted to wear it to my niece's christening."
)
NEW_ONE = (
    "I don't want my money back, I'd much rather have a new one sent out - the same coat in the "
    "same size, a medium."
)


@pytest.mark.parametrize(
    "text",
    [
        "Actually, you know what, now that I think about it, could I swap it for the navy one "
        "instead of the camel? Or is that too complicated? Camel shows every mark anyway.",
        "could I swap it for the navy one instead?",
        "can i change it for the navy one instead of the camel",
        "could I switch it to the navy one instead of the camel?",
        "would it be possible to exchange it for navy rather than camel?",
    ],
)
def test_a_swap_for_another_colour_after_the_complaint_is_an_exchange(chat, extractor, text):
    # As the stranger played it, her first message had been heard as a search for camel coats.
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "camel wool coat")
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "complaint", COMPLAINT)
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", NEW_ONE)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "refine_search", text)

    assert "don't sell" not in turn.shown and "Blazer" not in turn.shown, turn.shown
    assert "another size or colour" in turn.shown and "new one" in turn.shown, turn.shown


SCARVES = [
    "And while I have you - do you have any navy or grey scarves, wool ideally, under $60? "
    "Something that would go with a navy coat.",
    "do you have navy or grey scarves under $60?",
    "while I have you, any grey or navy wool scarves under 60?",
    "I have a navy coat, do you have a navy or grey scarf to go with it under $60",
    "any navy or grey scarves? wool ideally, under $60",
]


@pytest.mark.parametrize("text", SCARVES)
def test_the_kind_said_now_wins_over_the_earlier_search(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "navy wool blazers")

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    first = turn.shown.splitlines()[0]
    assert "scarves" in first and "blazers" not in first, turn.shown
    assert "navy" in turn.shown and "grey" in turn.shown, turn.shown
    assert not any("Blazer" in title for title in shown_titles(chat)), shown_titles(chat)
