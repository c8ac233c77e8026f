"""Stranger test 10 (docs/nlu/stranger-test-10.md), the shop questions and the comfort search the
trained model misread: a nurse's "anything comfy", where the shop is, its hours on a day, pick-up,
price matching, a discount for a group, and shipping to another country. The model is the trained
one, or the one SHOP_TEST_MODEL names (as for tests/conversations/test_journeys_over_rest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    ["hey im a nurse doing 12 hr shifts and my feet are killing me, do you have anything comfy",
     "i stand all day at work, need comfy shoes", "got anything comfortable? my feet hurt",
     "looking for cushioned shoes for long shifts", "something comfy i can wear all day pls"],
)  # fmt: skip
def test_asking_for_something_comfortable_is_a_search(parse, text):
    assert parse(text) == "search_products"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where are you located", "ask_contact"),
        ("where are u based", "ask_contact"),
        ("what time do you open on sundays", "ask_contact"),
        ("are you open on saturday", "ask_contact"),
        ("can i pick up in person instead of paying for shipping", "ask_shipping"),
        ("do you price match? saw the same loafers cheaper on another site", "ask_discounts"),
        ("do u price match", "ask_discounts"),
        ("can you match a cheaper price i found online", "ask_discounts"),
        ("do u do a discount for nurses or healthcare workers", "ask_discounts"),
        ("any discount for teachers?", "ask_discounts"),
        ("how long does shipping usually take to canada", "ask_delivery_time"),
        ("do you ship to the uk", "ask_shipping"),
    ],
)
def test_questions_about_the_shop_get_their_service_intent(parse, text, intent):
    # actions/service_topics.py picks the narrower topic (location, hours, pick-up, price match...) by
    # the words; pick-up may come as a shipping or a contact question, either answers it.
    got = parse(text)
    if "pick up" in text:
        assert got in {"ask_shipping", "ask_contact", "ask_delivery_time"}
    elif "ship" in text:
        assert got in {"ask_shipping", "ask_delivery_time"}
    else:
        assert got == intent
