"""Stranger test 31 (docs/nlu/stranger-test-31.md), persona "ingrid_vienna": "Must I pay customs or
taxes extra when it comes to Austria?" was heard as off-topic, and "Do you send also to Austria?"
must reach the shipping answer, which says where the shop ships. Phrasings unlike the training
examples (data/nlu/service.yml), formal, non-native and with typos. The model is the trained one,
or the one SHOP_TEST_MODEL names."""

from __future__ import annotations

import pytest

SHIPPING = ("ask_shipping", "ask_delivery_time")


@pytest.mark.parametrize(
    "text",
    [
        "do I pay duties when the dress arrives in Vienna",
        "Will there be any import fees for me?",
        "are customs charges included in the price?",
        "I live in Norway, must I pay VAT at the door",
        "who is paying the custom duty for orders to Switzerland",
        "is there tarif or import tax for delivery to the UK",
    ],
)
def test_a_customs_question_is_a_shipping_question(parse, text):
    assert parse(text) in SHIPPING


@pytest.mark.parametrize(
    "text",
    [
        "you send also to Austria?",
        "is shipping possible to Austria",
        "can you deliver in Germany",
        "do you post to Canada",
        "Is it possible that you send the order to Belgium?",
    ],
)
def test_a_country_question_is_a_shipping_question(parse, text):
    assert parse(text) in SHIPPING
