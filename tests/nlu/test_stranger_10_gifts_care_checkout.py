"""Stranger test 10 (docs/nlu/stranger-test-10.md), the messages the trained model misread: a gift
that doesn't fit told as a story (C3.1), a care question about the product in focus (C2.7),
"checkout" with a shipping method (C4.10) and a compliment (C5.10). The model is the trained one, or
the one SHOP_TEST_MODEL names (as for tests/conversations/test_journeys_over_rest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "hi my aunt got me a jacket from you guys for my birthday but its way too big",
        "my uncle bought me a blazer from here for christmas and its too small",
        "i got a dress as a birthday present from you and it doesnt fit",
        "my mom ordered me sneakers as a gift but they're way too tight",
        "hey, my friends got me a coat from your shop for my bday, its a size too big",
        "my grandma sent me a shirt from you guys but it's the wrong size",
    ],
)
def test_a_gift_that_does_not_fit_is_a_returns_question(parse, text):
    assert parse(text) == "ask_return_policy"


@pytest.mark.parametrize(
    "text",
    [
        "can i wipe it clean? stuff gets spilled on us all the time lol",
        "can u just wipe it down if it gets dirty",
        "is it easy to clean? i spill stuff constantly",
        "does it wipe clean",
        "will coffee stains come off these",
        "how would i clean these if they get muddy",
    ],
)
def test_a_care_question_is_a_product_question(parse, text):
    assert parse(text) == "ask_product_question"


@pytest.mark.parametrize(
    "text",
    [
        "checkout, express shipping",
        "checkout with express pls",
        "ok lets check out, express delivery",
        "proceed to checkout with express",
        "check me out, express shipping please",
        "checkout now, standard shipping",
    ],
)
def test_checkout_with_a_shipping_method_is_checkout(parse, text):
    assert parse(text) == "checkout"


@pytest.mark.parametrize(
    "text",
    [
        "lol you're pretty helpful for a robot",
        "you're actually really helpful",
        "haha you're not bad for a bot",
        "you're pretty smart for a robot",
        "wow you've been so helpful",
        "good bot, very helpful",
    ],
)
def test_a_compliment_is_thanks(parse, text):
    assert parse(text) == "thank"
