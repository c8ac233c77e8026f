"""The weakest intents of the public-phrasing evaluation (issue 8) in shoppers' own words, read by
the trained model: leaving with a promise to come back or a thank-you is a goodbye (not thanks, the
fallback or stopping a checkout); how refunds and replacements work is the return policy (not a
return of the shopper's own order); "how much longer" about an order is its status; anger at a late
paid-for delivery is a complaint. Their neighbours keep their own intent. Messages from helper G's
own probe (never trained on); each group holds messages the model once misread.

The first test is a known miss, not yet fixed: two rounds of training examples for these intents
(helper G, 2026-11-27) fixed most of these messages but each cost one or two other messages of
the public-phrasing and held-out sets (a buy, a product question and an affirm read as the
fallback or a goodbye), so the examples were not kept. It passes once a change fixes them
without that cost; then drop the xfail mark."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # leaving, with a promise to come back or a thank-you
        ("ok i will come back later to order", "goodbye"),
        ("ok will check n revert", "goodbye"),
        ("thanks, will contact later", "goodbye"),
        ("thank you, good night", "goodbye"),
        ("i want to end this conversation", "goodbye"),
        # how refunds and replacements work, not a return of one's own order
        ("whats the refund process", "ask_return_policy"),
        ("what is the procedure for replacement", "ask_return_policy"),
        ("can i replace a damaged product", "ask_return_policy"),
        ("is replacement available", "ask_return_policy"),
        # how much longer my order takes
        ("how much time more for delivery", "order_status"),
        # anger at a late delivery that was paid for
        ("i paid for express shipping and still late, very bad", "complaint"),
    ],
)  # fmt: skip
@pytest.mark.xfail(
    reason="known misses of issue 8: training examples that fixed them cost other messages",
    strict=False,
)
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
