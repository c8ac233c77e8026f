"""Questions about products the shop does not sell ("is whey protein available?", "price of the
iphone 15?") are product questions, answered honestly ("we don't sell that", and what we do sell),
not unrelated text for the fallback; and they never get an answer about another product. And
"how do I place an order?" with nothing chosen yet gets how ordering works."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_vocabulary
from shop_nlu.extraction import ShopEntityExtractor
from shop_nlu.goods_questions import product_question, unknown_product
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import ActionConversation, entity_list


@pytest.fixture(scope="module")
def extractor(demo_store_file) -> ShopEntityExtractor:
    with session_scope(get_engine(f"sqlite:///{demo_store_file}")) as session:
        return ShopEntityExtractor(catalog_vocabulary(session))


@pytest.mark.parametrize(
    ("text", "intent", "thing"),
    [
        ("is whey protein available?", "check_availability", "whey protein"),
        ("hi, is the iphone 15 in stock", "check_availability", "iphone 15"),
        ("do u have fish oil in stock", "check_availability", "fish oil"),
        ("yoga mats available?", "check_availability", "yoga mats"),
        ("price of the samsung tv?", "ask_price", "samsung tv"),
        ("how much does a dyson v15 cost", "ask_price", "dyson v15"),
        ("air fryer price", "ask_price", "air fryer"),
        ("tell me about the kindle paperwhite", "product_details", "kindle paperwhite"),
        ("features of the garmin forerunner", "product_details", "garmin forerunner"),
    ],
)
def test_a_product_question_is_read_by_its_shape(text, intent, thing):
    question = product_question(text)
    assert question is not None
    assert (question.intent, question.thing, text[question.start : question.end]) == (
        intent,
        thing,
        thing,
    )


@pytest.mark.parametrize(
    "text",
    ["is it available in 9?", "are these in stock", "how much is it", "price of the second one",
     "is cash on delivery available", "is express shipping available", "is there anyone available",
     "how much is a train to edinburgh", "tell me about yourself", "how much is shipping",
     "what is the capital of france", "is a table available at 7pm"],
)  # fmt: skip
def test_pointers_services_and_unrelated_text_are_not_product_questions(text):
    assert product_question(text) is None


def test_a_product_question_the_classifier_also_sees_is_not_thrown_to_the_fallback(extractor):
    text = "is muscleblaze biozyme available?"
    entities = extractor.extract(text)
    known = {"is", "available"}.__contains__  # the product's words are unknown to the encoder
    for intent in ("out_of_scope", "nlu_fallback"):
        resolution = resolve_intent(
            intent, 0.6, entities, text, None, known, None, {"check_availability": 0.3}
        )
        assert resolution is not None and resolution.intent == "check_availability"
    # Without the classifier's support the shape alone decides nothing.
    resolution = resolve_intent(
        "out_of_scope", 0.9, entities, text, None, known, None, {"check_availability": 0.02}
    )
    assert resolution is None or resolution.intent == "nlu_fallback"


def test_unrelated_text_still_falls_back(extractor):
    text = "blorp snazzle wibble"
    known = {"is", "the"}.__contains__
    resolution = resolve_intent(
        "out_of_scope", 0.6, [], text, None, known, None, {"check_availability": 0.3}
    )
    assert resolution.intent == "nlu_fallback"


def test_the_unknown_name_is_marked_only_when_the_catalog_finds_nothing_in_it(extractor):
    text = "is whey protein available?"
    found = unknown_product(text, "check_availability", extractor.extract(text))
    assert found is not None and (found.entity, found.value) == ("unknown_product", "whey protein")
    for text in ("is the windsor available?", "are chelsea boots in stock", "is size 10 available"):
        assert unknown_product(text, "check_availability", extractor.extract(text)) is None
    # Only for the question the message asks: not when it was understood as something else.
    text = "is whey protein available?"
    assert unknown_product(text, "search_products", extractor.extract(text)) is None


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def test_a_product_we_do_not_sell_is_not_answered_about_the_one_in_focus(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip
    text = "is whey protein available?"
    turn = chat.run(ActionCheckAvailability(), "check_availability", text,
                    entities=entity_list(unknown_product="whey protein"))  # fmt: skip
    assert "don't sell whey protein" in turn.text
    assert "Windsor" not in turn.text
    assert "shoes" in turn.text.lower()  # what we do sell

    turn = chat.run(ActionShowPrice(), "ask_price", "price of the iphone 15?",
                    entities=entity_list(unknown_product="iphone 15"))  # fmt: skip
    assert "don't sell iphone 15" in turn.text and "$" not in turn.text


def test_a_name_the_nlu_did_not_know_but_the_catalog_has_is_answered_for_that_product(chat):
    turn = chat.run(ActionShowPrice(), "ask_price", "how much is the mayfair double monk",
                    entities=entity_list(unknown_product="mayfair double monk"))  # fmt: skip
    assert "Mayfair Double Monk" in turn.text and "$" in turn.text
    assert "don't sell" not in turn.text


def test_wanting_to_order_with_nothing_chosen_says_how_ordering_works(chat):
    turn = chat.run(ActionStartCheckout(), "buy", "how do i place an order")
    assert turn.responses == ["utter_how_to_order"]
    # With a product in focus, the same words start buying it.
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip
    turn = chat.run(ActionStartCheckout(), "buy", "how do i place an order")
    assert "utter_how_to_order" not in turn.responses
    assert "Windsor Patent Oxford" in turn.text or turn.buttons


# --- "Do you sell perfume?" (stranger test 6) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "thing"),
    [("do you guys carry candles", "candles"), ("do u have scented candles?", "scented candles"),
     ("hi do you sell vinyl records", "vinyl records"), ("you sell umbrellas?", "umbrellas"),
     ("do you stock any phone cases", "phone cases")],
)  # fmt: skip
def test_asking_if_the_shop_sells_something_unknown_is_a_search_naming_it(extractor, text, thing):
    entities = extractor.extract(text)
    for classifier in ("nlu_fallback", "out_of_scope", "check_availability"):
        resolution = resolve_intent(classifier, 0.6, entities, text, None)
        assert resolution is not None and resolution.intent == "search_products", classifier
    found = unknown_product(text, "search_products", entities)
    assert found is not None and found.value == thing


@pytest.mark.parametrize(
    ("text", "kind"),
    [("do you sell perfume", "perfume"), ("any perfume?", "perfume"),
     ("do u have sunglasses", "sunglasses"), ("do you do watches", "watches"),
     ("got any jewellery", "jewellery"), ("do you sell socks", "socks")],
)  # fmt: skip
def test_kinds_the_shop_does_not_sell_are_named_as_kinds(extractor, text, kind):
    entities = extractor.extract(text)
    assert [(e.entity, e.value) for e in entities] == [("category", kind)]
    resolution = resolve_intent("nlu_fallback", 0.6, entities, text, None)
    assert resolution is not None and resolution.intent == "search_products"


@pytest.mark.parametrize(
    "text",
    ["do you sell my data", "do you have a phone number", "do you have a store in london",
     "do you have any idea when my order comes", "do you have live chat", "do you do click and collect",
     "do you have a returns policy", "do you sell to canada"],
)  # fmt: skip
def test_other_do_you_have_questions_are_not_product_searches(extractor, text):
    entities = extractor.extract(text)
    assert unknown_product(text, "search_products", entities) is None
    for classifier in ("nlu_fallback", "out_of_scope"):
        resolution = resolve_intent(classifier, 0.6, entities, text, None)
        assert resolution is None or resolution.intent != "search_products", classifier


def test_something_we_dont_sell_gets_a_plain_no_and_what_we_do_sell(chat):
    chat.search(category="dresses")
    text = "do you guys carry candles"
    turn = chat.run(ActionSearchProducts(), "search_products", text,
                    entities=entity_list(unknown_product="candles"))  # fmt: skip
    assert "we don't sell candles" in turn.text
    assert "shoes" in turn.text.lower() and "Dress" not in turn.text  # not the last search again
    assert not turn.buttons
