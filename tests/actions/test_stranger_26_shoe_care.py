"""Stranger test 26 (docs/nlu/stranger-test-26.md, persona Jess, #5; worst problem 4): with boots on
screen, "do u sell waterproofing spray or wax for them" got the Fell Suede Chelsea Boot's catalog
quote again ("Here's what our catalog says about the Fell Suede Chelsea Boot: “Water-repellent
suede on a lightweight crepe sole.”"), word for word.

Asking whether the shop sells something it doesn't stock (shoe care, polish, spray, wax, insoles,
laces, ...) is a question about goods, whatever the classifier heard (a product question about the
boots, here): the catalog knows no such product, so the answer is an honest "we don't sell ...",
with what the shop does sell; never a quote about the boots. A kind the shop sells named for the
boots ("a bag for them") is not such a thing, and "for them" does not make it about the boots."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from shop_nlu.goods_questions import UNKNOWN_PRODUCT_ENTITY, outside, unknown_product
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import search, shown_titles

WET_TRAIL_BOOTS = "hey so i mostly run but my mates dragged me into hiking lol. need boots that can handle wet trails"

NOT_STOCKED = [
    ("do u sell waterproofing spray or wax for them", "waterproofing spray or wax"),
    ("do you sell shoe polish", "shoe polish"),
    ("do you have insoles for these?", "insoles"),
    ("do u sell boot wax", "boot wax"),
    ("do you guys sell suede protector spray", "suede protector spray"),
    ("do you sell spare laces for them", "spare laces"),
]


@pytest.mark.parametrize(("text", "thing"), NOT_STOCKED)
def test_asking_if_we_sell_it_is_a_question_about_goods(extractor, text, thing):
    entities = extractor.extract(text)
    for guess in ("ask_product_question", "product_details", "nlu_fallback", "out_of_scope"):
        resolution = resolve_intent(guess, 0.6, entities, text, None)
        assert resolution is not None and resolution.intent == "search_products", guess
    name = unknown_product(text, "search_products", entities)
    assert name is not None and name.entity == UNKNOWN_PRODUCT_ENTITY
    assert name.value == thing


@pytest.mark.parametrize(("text", "thing"), NOT_STOCKED)
def test_with_boots_on_screen_it_is_an_honest_we_dont_sell_it(chat, extractor, text, thing):
    search(chat, extractor, WET_TRAIL_BOOTS)
    boots = shown_titles(chat)
    assert boots

    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
        for e in extractor.extract(text)
    ]
    # As the NLU hands it on (shop_nlu/components.py): the name instead of the terms inside it.
    if name := unknown_product(text, "search_products", extractor.extract(text)):
        entities = outside(entities, name) + [
            {"entity": name.entity, "value": name.value, "start": name.start, "end": name.end}
        ]
    turn = chat.run(ActionSearchProducts(), "search_products", text, entities)

    print(turn.shown)
    assert f"we don't sell {thing}" in turn.shown
    assert "Here's what our catalog says" not in turn.shown
    assert not any(title in turn.shown for title in boots)
    assert shown_titles(chat) == boots, "the boots stay on screen"


@pytest.mark.parametrize(
    "text",
    [
        "do you sell belts for them",  # a kind we sell
        "do you sell formal wear",  # what we sell, said with a word for clothes
        "do you have mens wear",
        "do you sell leather goods",
        "do you sell my data",
        "do you have them in a 9",
        "do you sell these in brown",
    ],
)
def test_what_we_sell_or_what_is_no_product_is_not_called_unknown(extractor, text):
    assert unknown_product(text, "search_products", extractor.extract(text)) is None


@pytest.mark.parametrize(
    "text", ["are they waterproof?", "do they need wax?", "can i use spray on them"]
)
def test_a_question_about_the_boots_is_still_one(extractor, text):
    resolution = resolve_intent("ask_product_question", 0.6, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent == "ask_product_question"
