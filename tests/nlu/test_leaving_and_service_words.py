"""The weakest intents of the public-phrasing evaluation (issue 8) in shoppers' own words, read by
the trained model: leaving with a promise to come back or a thank-you is a goodbye (not thanks, the
fallback or stopping a checkout); how refunds and replacements work is the return policy (not a
return of the shopper's own order); "how much longer" about an order is its status; anger at a late
paid-for delivery is a complaint. Their neighbours keep their own intent. Messages from helper G's
own probe (never trained on); each group holds messages the model once misread.

Two rounds of training examples (helpers G and nluF, 2026-11-27) fixed most of these messages but
cost other messages of the public-phrasing and held-out sets, so they were not kept; a third round
(helper nluF2: thanks as a goodbye only beside a leaving word, payment problems beside the paid-for
late delivery) fixed 7 of the 11 at no cost and was kept. The 4 it still misread (a thank-you with
"contact later", the refund process in general, "replacement" read as a product, "how much time
more") are read by code since (helper fixG): shop_nlu/thanks_words.py (thanks with a promise to come
back), shop_nlu/return_questions.py and shop_nlu/arrival_questions.py ("how much longer"), through
shop_nlu/service_readings.py; the last test holds them in more phrasings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # leaving, with a promise to come back or a thank-you
        ("ok i will come back later to order", "goodbye"),
        ("ok will check n revert", "goodbye"),
        ("thank you, good night", "goodbye"),
        ("i want to end this conversation", "goodbye"),
        # how replacements work, not a return of one's own order
        ("what is the procedure for replacement", "ask_return_policy"),
        ("can i replace a damaged product", "ask_return_policy"),
        # anger at a late delivery that was paid for
        ("i paid for express shipping and still late, very bad", "complaint"),
        # once known misses, read by code since (see the last test)
        ("thanks, will contact later", "goodbye"),
        ("whats the refund process", "ask_return_policy"),
        ("is replacement available", "ask_return_policy"),
        ("how much time more for delivery", "order_status"),
    ],
)  # fmt: skip
def test_weak_intents_in_shoppers_words(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thanks a ton", "thank"),
        ("cheers buddy, that helps", "thank"),
        ("nope, not interested", "deny"),
        ("i want to return my shoes", "return_order"),
        ("i need to send back the dress i bought", "return_order"),
        ("how long does shipping usually take to scotland", "ask_delivery_time"),
        ("cant login to my account", "password_help"),
        ("cancel the order pls i dont want it anymore", "cancel_order"),
        ("ok go ahead", "affirm"),
        ("finish my order", "place_order"),
    ],
)  # fmt: skip
def test_their_neighbours_keep_their_intent(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a thank-you with a promise to come back later is leaving (shop_nlu/thanks_words.py)
        ("thanks, will contact later", "goodbye"),
        ("ok thx, will contact u later", "goodbye"),
        ("thanks a lot, will reach out later", "goodbye"),
        ("cheers, will be in touch", "goodbye"),
        ("thank u will contact again later", "goodbye"),
        ("Thanks! I'll get in touch again soon.", "goodbye"),
        # how refunds work, asked in general (shop_nlu/return_questions.py)
        ("whats the refund process", "ask_return_policy"),
        ("what is the process for a refund", "ask_return_policy"),
        ("refund process?", "ask_return_policy"),
        ("whats the process of refund", "ask_return_policy"),
        ("how do i get a refund, whats the process", "ask_return_policy"),
        ("wat r the steps for a refund", "ask_return_policy"),
        # whether replacements or exchanges are offered, not a product called "replacement"
        ("is replacement available", "ask_return_policy"),
        ("replacement available?", "ask_return_policy"),
        ("is an exchange possible?", "ask_return_policy"),
        ("is exchange available", "ask_return_policy"),
        ("is replacment available??", "ask_return_policy"),
        ("are replacements possible for faulty items", "ask_return_policy"),
        # how much longer an order under way takes (shop_nlu/arrival_questions.py)
        ("how much time more for delivery", "order_status"),
        ("how much longer till my delivery", "order_status"),
        ("how much longer for delivery", "order_status"),
        ("hw much more time for delivery", "order_status"),
        ("how many more days for the delivery?", "order_status"),
        ("how much longer do i have to wait for shipping", "order_status"),
        # neighbours that keep their meaning
        ("how long is delivery", "ask_delivery_time"),
        ("how long does shipping usually take to scotland", "ask_delivery_time"),
        ("how much longer does standard delivery take than express", "ask_delivery_time"),
        ("i want a refund for my order", "return_order"),
        ("i want to return my shoes", "return_order"),
        ("is the windsor available", "check_availability"),
        ("thanks!", "thank"),
        ("thanks a ton", "thank"),
        ("how can i contact you later?", "ask_contact"),
        ("thanks, can i contact you later", "ask_contact"),
        ("whats the refund process for my order", "return_order"),
    ],
)  # fmt: skip
def test_leaving_refund_process_replacements_and_how_much_longer(parse, text, intent):
    """The four known misses of issue 8 in five or more phrasings each, and their neighbours."""
    assert parse(text) == intent
