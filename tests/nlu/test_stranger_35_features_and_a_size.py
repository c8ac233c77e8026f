"""Stranger test 35 (docs/nlu/stranger-test-35.md, Jess, worst problem 2): with party dresses on
screen, "smth sparkly or velvet?? im a uk 12 idk what that is here" got "Sorry, I'm not sure I
understood" and three generic buttons. What a product is made of or has (velvet, sequins,
sparkly), with a size and no kind of product, narrows the search on screen, however unsure the
classifier is or however much the rest sounds like a size question
(shop_nlu/feature_refinements.py). And the groom's "Does it come with the trousers?" (worst
problem 4) is a question about the product, not a search for trousers
(shop_nlu/included_questions.py). The model is the trained one, or the one SHOP_TEST_MODEL names."""

from __future__ import annotations

import pytest

SEARCH = ("refine_search", "search_products")  # the same search action either way


@pytest.mark.parametrize(
    "text",
    [
        "smth sparkly or velvet?? im a uk 12 idk what that is here",
        "smth w sequins, uk 16 idk what that means here",
        "sequins or velvet, im a uk 14 idk the us size",
        "satin or sequins?? uk 10 idk what that is in us sizes",
        "anything with sequins? im a uk 10",
        "velvet ones in a uk 14",
        "sparkly pls size 8",
        "Something glittery? I'm a UK 8, not sure what that is here",
    ],
)
def test_features_and_a_size_narrow_the_search(parse, text):
    assert parse(text) in SEARCH


@pytest.mark.parametrize(
    "text",
    [
        "what is a uk 12 in us sizes?",
        "im a uk 12 what is that here",
        "how do your dresses fit, im a uk 12",
    ],
)
def test_a_size_question_without_features_is_no_search(parse, text):
    assert parse(text) not in SEARCH


# The groom (worst problem 4): whether the product in focus comes with something is a question
# about it, not a search for the thing it names ("trousers"); shop_nlu/included_questions.py.
@pytest.mark.parametrize(
    "text",
    [
        "Does it come with the trousers or I must buy separately?",
        "do i have to buy the trousers separately",
        "Kindly confirm if the trousers are included in the price",
        "comes w trousers?",
        "are the pants sold separately",
        "does the jacket come with trousers",
    ],
)
def test_whether_it_comes_with_something_is_a_product_question(parse, text):
    assert parse(text) == "ask_product_question"


@pytest.mark.parametrize(
    "text", ["suits that come with a waistcoat", "do you have tuxedos that come with trousers"]
)
def test_kinds_that_come_with_something_are_a_search(parse, text):
    assert parse(text) in SEARCH
