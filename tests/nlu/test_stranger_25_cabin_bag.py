"""Stranger test 25 (docs/nlu/stranger-test-25.md, persona 2 "Polish traveller", worst problems 1-3):
a cabin bag asked for in non-native English fell back ("I'm only good at this shop"), "what is the
size of the second one?" fell back, and "ok I take the bag from before" got "Your cart is empty".

The classifier's guesses are those the stranger's messages got from the trained model; the other
phrasings are what shoppers write the same way, heard with the same guess."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent


def acted_on(extractor, text, intent, confidence, runner_up=None, scores=None) -> str:
    """The intent the assistant acts on, after the resolver, for the classifier's guess."""
    resolution = resolve_intent(
        intent, confidence, extractor.extract(text), text, None, None, runner_up, scores
    )
    return resolution.intent if resolution else intent


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I am looking a bag for take in the airplane, must be maximum 55x40x20 cm because of "
        "Ryanair rules",
        "hi im looking for a bag i can take on the plane, max 55x40x20cm for easyjet",
        "I need a small bag for the flight, hand luggage only, 40 x 30 x 20 cm",
        "want a backpack that fits under the seat on my wizzair flight",
        "searching for a new bag to carry on the airplane, the airline says 55 by 40 by 20",
    ],
)
def test_asking_for_a_bag_for_the_flight_is_a_search(extractor, text):
    assert acted_on(extractor, text, "out_of_scope", 0.78) == "search_products"


@pytest.mark.parametrize(
    "text",
    [
        "a flight for 1 person, 0 bags",
        "how many bags can i take on a ryanair flight",
        "book me a flight to dublin with two bags",
    ],
)
def test_flights_that_mention_bags_stay_unrelated(extractor, text):
    assert acted_on(extractor, text, "out_of_scope", 0.9) == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "must be maximum 55x40x20 cm because of Ryanair rules",
        "max 55x40x20cm",
        "no bigger than 55 x 40 x 20",
        "maximum 40 cm wide",
        "up to 55cm long please",
    ],
)
def test_cabin_dimensions_are_no_price(extractor, text):
    found = {entity.entity for entity in extractor.extract(text)}
    assert not found & {"price_max", "price_min"}


@pytest.mark.parametrize(
    "text",
    [
        "what is the size of the second one? it fit in the cabin?",
        "how big is the second one, it fits in the cabin?",
        "what are the dimensions of the first one",
        "the third one, how big it is?",
        "what size is the 2nd one, is ok for hand luggage?",
    ],
)
def test_the_size_of_the_second_one_is_a_question_about_it(extractor, text):
    scores = {"out_of_scope": 0.68, "ask_product_question": 0.25, "select_product": 0.02}
    assert (
        acted_on(extractor, text, "out_of_scope", 0.68, ("ask_product_question", 0.25), scores)
        == "ask_product_question"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ok I take the bag from before, not the shoes",
        "i take the bag, not the shoes",
        "ok i take the backpack from before",
        "fine I take the first bag",
        "I take that one, the bag",
    ],
)
def test_i_take_the_bag_is_buying(extractor, text):
    assert acted_on(extractor, text, "remove_from_cart", 0.64) == "buy"


@pytest.mark.parametrize(
    "text", ["take the shoes out of my cart", "i want to take them out", "remove the bag please"]
)
def test_taking_out_of_the_cart_stays_a_removal(extractor, text):
    assert acted_on(extractor, text, "remove_from_cart", 0.64) == "remove_from_cart"
