"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona James, message B10, worst problem 5).

"add the first loafers as well. Will everything arrive together in one parcel or will it come in
bits and pieces?" showed the cart without the loafers and its arrival dates, and never said
anything about one parcel; alone, "Will everything arrive together in one parcel?" was not
understood. The one-parcel answer (content/faq.yml, one_parcel) is given whatever the classifier
heard, after the add when an add was asked too."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import entity_list, say, say_and_keep

ONE_PARCEL = "arrive together in one parcel"
ALONE = [
    "Will everything arrive together in one parcel?",
    "will it all come in one box",
    "do u send everything in one package",
    "will my stuff come together or in separate parcels",
    "will my order come in one parcel or several?",
]
WITH_AN_ADD = [
    "add the first loafers as well. Will everything arrive together in one parcel or will it "
    "come in bits and pieces?",
    "add the first one too, will it all come in one box?",
    "put the first loafers in my basket as well - will everything ship together?",
    "pop the 1st one in too pls. does it all arrive together?",
    "add the first loafers. will they come in separate parcels?",
]


@pytest.mark.parametrize("heard", ["nlu_fallback", "order_status", "out_of_scope", "greet"])
@pytest.mark.parametrize("text", ALONE, ids=lambda t: t[:30])
def test_the_question_alone_is_a_shipping_question(extractor, text, heard):
    """docs/nlu/stranger-test-71.md, B10: alone it was nlu_fallback."""
    resolution = resolve_intent(heard, 0.4, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "ask_shipping", resolution


@pytest.mark.parametrize("heard", ["ask_shipping", "nlu_fallback", "ask_delivery_time"])
@pytest.mark.parametrize("text", WITH_AN_ADD, ids=lambda t: t[:30])
def test_with_an_add_it_is_an_add(extractor, text, heard):
    """docs/nlu/stranger-test-71.md, B10: heard as a shipping question, the add was lost."""
    resolution = resolve_intent(heard, 0.42, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "add_to_cart", resolution


def _suit_in_the_cart_and_loafers_shown(chat, extractor) -> None:
    chat.run(ActionAddToCart(), "add_to_cart", "add the suit",
             entities=entity_list(product_handle="riviera-linen-suit", size="42R", colour="beige"))  # fmt: skip
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "And now the loafers, tan suede would be ideal, size 10.5")  # fmt: skip


@pytest.mark.parametrize("text", ALONE, ids=lambda t: t[:30])
def test_with_things_in_the_cart_the_parcel_is_answered(chat, extractor, text):
    _suit_in_the_cart_and_loafers_shown(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping", text)

    print(turn.shown)
    assert faq_answer("one_parcel").split(":")[0] in turn.shown
    assert "Your cart" not in turn.shown


@pytest.mark.parametrize("text", WITH_AN_ADD, ids=lambda t: t[:30])
def test_the_loafers_are_added_then_the_parcel_answered(chat, extractor, text):
    _suit_in_the_cart_and_loafers_shown(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.shown)
    assert "Added Hackney Suede Loafer" in turn.shown
    assert ONE_PARCEL in turn.shown
    assert turn.shown.index("Added") < turn.shown.index(ONE_PARCEL)
