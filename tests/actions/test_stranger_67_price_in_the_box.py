"""Stranger test 67 (docs/nlu/stranger-test-67.md, Inês B4 and B5).

B4: "I don't want the price showing in the box either", said with the gift-wrap and note questions,
got "I don't know whether a note costs anything": a note-price question she never asked, and hers
(is the price or an invoice in the parcel?) unanswered. Neither the settings nor the FAQ say, so
the bot says it doesn't know, and whom to ask.
B5: the gift-exchange answer said the recipient emails "with the order number", then "He or she
doesn't need it": now it says where the number is when they don't have it."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep

CONTACT = "help@harbourlane.example"
GIFT_FAQ_START = "We don't gift-wrap orders"

PRICE_LEFT_OUT = [
    "Okay I think I'll go with the medium then. Do you do gift wrapping, or can I add a little "
    "note for her? I don't want the price showing in the box either.",  # the stranger's words
    "please dont put the price in the parcel, its a gift",
    "can you leave the receipt out of the package?",
    "no invoice in the box please",
    "will the price be in the box?",
    "is there a receipt inside? it's a present",
]


@pytest.mark.parametrize("text", PRICE_LEFT_OUT)
def test_the_price_in_the_parcel_is_answered_not_a_note_price(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options", text)

    assert "whether a note costs anything" not in turn.shown
    assert "I don't know whether the price or an invoice is put in the parcel" in turn.shown
    assert CONTACT in turn.shown


def test_asked_again_after_the_gift_answer_it_is_not_repeated(chat, extractor):
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options",
                 "do you do gift wrapping?")  # fmt: skip

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options",
                        "and I don't want the price showing in the box")  # fmt: skip

    assert GIFT_FAQ_START not in turn.shown
    assert "I don't know whether the price or an invoice is put in the parcel" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "And if it doesn't fit her, can she swap it for a small herself, or does it have to come "
        "back through me? She obviously won't have the order number.",  # the stranger's words (B5)
        "can she exchange it herself if it doesnt fit? she wont have the order number",
        "if the size is wrong can he swap it? he has no order number",
        "he doesnt know the order number, can he still change the size?",
        "can my girlfriend exchange it without the order number if it doesnt fit",
    ],
)
def test_the_gift_exchange_answer_does_not_contradict_itself(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    assert "doesn't need it" not in turn.shown
    assert "If they don't have the order number" in turn.shown
    assert "your order confirmation email" in turn.shown
