"""The weakest intents of the public-phrasing evaluation (issue 8) in shoppers' own words, read by
the trained model: leaving with a promise to come back or a thank-you is a goodbye (not thanks, the
fallback or stopping a checkout); how refunds and replacements work is the return policy (not a
return of the shopper's own order); "how much longer" about an order is its status; anger at a late
paid-for delivery is a complaint. Their neighbours keep their own intent. Messages from helper G's
own probe (never trained on); each group holds messages the model once misread.

Two rounds of training examples (helpers G and nluF, 2026-11-27) fixed most of these messages but
cost other messages of the public-phrasing and held-out sets, so they were not kept; a third round
(helper nluF2: thanks as a goodbye only beside a leaving word, payment problems beside the paid-for
late delivery) fixed 7 of the 11 at no cost and was kept (the first test). The second test holds the
4 it still misreads, a known miss: a thank-you with "contact later" (the fallback, goodbye and
ask_contact close), the refund process in general (return_order), "replacement" read as a product
(check_availability) and "how much time more" (ask_delivery_time). Move a message up to the first
test once a change fixes it without that cost."""

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
    ],
)  # fmt: skip
def test_weak_intents_in_shoppers_words(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # leaving with a thank-you
        ("thanks, will contact later", "goodbye"),
        # how refunds and replacements work, not a return of one's own order
        ("whats the refund process", "ask_return_policy"),
        ("is replacement available", "ask_return_policy"),
        # how much longer my order takes
        ("how much time more for delivery", "order_status"),
    ],
)  # fmt: skip
@pytest.mark.xfail(
    reason="known misses of issue 8: training examples that fixed them cost other messages",
    strict=False,
)
def test_weak_intents_still_misread(parse, text, intent):
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
