"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Jenna, worst problems 1 and 2).

Problem 2: with three sneakers on screen and a coat searched ("camel or black", not sold), "Let's
put the coat in my cart, and the shoes too in 7.5" started a one-tap Buy of a shoe she never picked
and said "That's in Black, as you asked" (black was said of the coat). Putting something in the
cart adds it, never buys it; a colour counts for the kind it was said with.

Problem 1: the checkout that Buy started then took "Great, thank you so much, you've been super
helpful!" as the name on the parcel. Thanks, praise and greetings are never a name, email or
address: the form says you're welcome and asks again."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.checkout_details import ValidateCheckoutForm
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import DOMAIN, say, search, shown_titles

SHOES = "comfortable women's walking shoes, I'm a US 7.5 and my budget is about $150"
COAT = (
    "Okay, also it'll be cold, like 5-10°C, so I need some kind of warm coat that packs down "
    "small — women's medium, ideally something neutral like camel or black"
)

PUT_IN_THE_CART = [
    "Let's put the coat in my cart, and the shoes too in 7.5",
    "put the coat in my cart",
    "pop the shoes in my basket in 7.5",
    "add the boots and the belt to cart",
    "chuck the first one in my bag pls",
    "can you put both in the cart",
    "ok stick the stratus runner in my trolley",
]


@pytest.mark.parametrize("text", PUT_IN_THE_CART)
def test_putting_things_in_the_cart_is_adding_never_buying(extractor, text):
    entities = extractor.extract(text)
    for guess in ("buy", "select_product", "nlu_fallback"):
        resolution = resolve_intent(guess, 0.44, entities, text, None)
        assert resolution is not None and resolution.intent == "add_to_cart", (guess, resolution)


@pytest.mark.parametrize(
    "text", ["buy it", "i'll take the stratus runner in 7.5", "buy the second one in black"]
)
def test_a_purchase_is_still_a_purchase(extractor, text):
    resolution = resolve_intent("buy", 0.9, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent == "buy"


def shoes_then_a_coat(chat, extractor) -> list[str]:
    search(chat, extractor, SHOES)
    shoes = shown_titles(chat)
    assert "Stratus Runner" in shoes
    search(chat, extractor, COAT)
    return shoes


@pytest.mark.parametrize(
    "text",
    [
        "Let's put the coat in my cart, and the shoes too in 7.5",
        "put the coat and the shoes in my cart in 7.5",
        "pop the coat in my basket, and the shoes in 7.5 too",
        "add the coat and the shoes to cart pls, 7.5",
        "can u put the coat n the shoes in my bag, size 7.5",
    ],
)
def test_the_coat_and_the_shoes_in_the_cart_adds_nothing_unchosen(chat, extractor, text):
    shoes_then_a_coat(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.text)
    assert "as you asked" not in turn.text
    assert "parcel" not in turn.text and "Added" not in turn.text
    assert "coat" in turn.text.lower()
    assert "Which shoes do you mean" in turn.text or "Which one" in turn.text


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionAddToCart(), "add_to_cart", "add the stratus runner in 7.5"),
        (ActionAddToCart(), "add_to_cart", "put the stratus runner in my cart, 7.5"),
        (ActionAddToCart(), "add_to_cart", "stratus runner in 7.5 in my basket pls"),
        (ActionStartCheckout(), "buy", "buy the stratus runner in 7.5"),
        (ActionStartCheckout(), "buy", "ill take the stratus runner in a 7.5"),
    ],
)
def test_the_coats_colour_is_never_the_shoes(chat, extractor, action, intent, text):
    """A colour said of the coat is not "as you asked" for the shoes: which colour is asked."""
    shoes_then_a_coat(chat, extractor)

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert "as you asked" not in turn.text
    assert "Which colour of the Stratus Runner?" in turn.text


THANKS = [
    "Great, thank you so much, you've been super helpful!",
    "thanks so much!!",
    "thank u, ur the best",
    "ok thx",
    "Cheers, that's brilliant",
    "you've been really helpful, thanks",
    "tysm",
    "hi",
    "hello there!",
    "lol",
]


@pytest.mark.parametrize("slot", ["customer_name", "customer_email", "customer_address"])
@pytest.mark.parametrize("text", THANKS)
def test_thanks_is_never_a_detail_of_the_order(slot, text):
    dispatcher = CollectingDispatcher()
    validate = getattr(ValidateCheckoutForm(), f"validate_{slot}")

    assert validate(text, dispatcher, None, DOMAIN) == {slot: None}
    shown = " ".join(
        DOMAIN["responses"][m["response"]][0]["text"] if m.get("response") else m.get("text") or ""
        for m in dispatcher.messages
    )
    assert "doesn't look like" not in shown
    assert "not placed yet" in shown


@pytest.mark.parametrize(
    "name", ["Jenna Park", "Ty Burrell", "Grace Best", "Joy Welcome", "Ta Thi Lan", "Hope Sweet"]
)
def test_a_name_is_still_a_name(name):
    assert ValidateCheckoutForm().validate_customer_name(
        name, CollectingDispatcher(), None, DOMAIN
    ) == {"customer_name": name}


@pytest.mark.parametrize(
    "coat",
    [
        "i need a warm coat in black, womens M",
        "a black coat that packs small pls",
        "do u have puffer coats in black",
    ],
)
def test_one_colour_said_of_a_coat_is_not_the_shoes_either(chat, extractor, coat):
    search(chat, extractor, SHOES)
    search(chat, extractor, coat)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add the stratus runner in 7.5")

    print(turn.text)
    assert "as you asked" not in turn.text
    assert "Which colour of the Stratus Runner?" in turn.text
