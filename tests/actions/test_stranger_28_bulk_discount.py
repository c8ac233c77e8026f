"""Stranger test 28 (docs/nlu/stranger-test-28.md), persona "cafe" #6: buying 8 matching shirts for
his staff, "do u do discount for bulk orders" got "We don't have a student discount, and there are
no discount or promo codes at the moment ...": a student-discount answer nobody asked for, and
nothing about buying many.

A bulk, quantity, trade or wholesale discount question gets its own answer from the shop's service
answers (`bulk_discounts` in content/faq.yml, which the shop owner edits): as shipped, that no
bulk price is set up, how to ask the team (contact details from the settings) and how many of one
item a chat order takes (commerce.order_rules.MAX_QUANTITY, the one quantity rule)."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from commerce.order_rules import MAX_QUANTITY
from tests.actions.conversation_driver import say

BULK_QUESTIONS = [
    "do u do discount for bulk orders",
    "any discount if i buy in bulk?",
    "do you offer trade discounts",
    "is there a wholesale price for shirts",
    "do i get money off if i order 8 of them",
    "any deal if we buy several for the staff?",
    "is there a volume discount for large orders",
    "cheaper if i buy 10 or more?",
]


@pytest.fixture
def contact(monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "orders@cafe-shop.test")
    monkeypatch.setenv("SHOP_CONTACT_PHONE", "+1 555 0199")


@pytest.mark.parametrize("text", BULK_QUESTIONS)
def test_a_bulk_discount_question_gets_the_bulk_answer(chat, extractor, contact, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_discounts", text)

    assert turn.text == faq_answer("bulk_discounts")
    assert "bulk" in turn.text and "student" not in turn.text
    assert "orders@cafe-shop.test" in turn.text and "+1 555 0199" in turn.text
    assert f"up to {MAX_QUANTITY} of each item" in turn.text


def test_the_shop_owners_own_bulk_offer_is_what_is_said(chat, extractor, tmp_path, monkeypatch):
    faq = tmp_path / "faq.yml"
    faq.write_text(
        "bulk_discounts:\n  answer: 10% off any order of 20 items or more; call {contact_phone}.\n"
    )
    monkeypatch.setenv("SHOP_FAQ_PATH", str(faq))
    monkeypatch.setenv("SHOP_CONTACT_PHONE", "+1 555 0199")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_discounts", BULK_QUESTIONS[0])

    assert turn.text == "10% off any order of 20 items or more; call +1 555 0199."


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("any student discount?", "discounts"),
        ("do you have promo codes", "discounts"),
        ("do u do a discount for nurses", "group_discounts"),
        ("do you have a staff discount for nhs workers", "group_discounts"),
        ("do you price match", "price_match"),
    ],
)
def test_other_discount_questions_keep_their_answers(chat, extractor, text, topic):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_discounts", text)

    assert turn.text == faq_answer(topic)
