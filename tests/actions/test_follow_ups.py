"""Follow-ups in shoppers' own words, against the demo store: the message's entities come from
the real catalog extractor, so each test reads like the conversation it stands for."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.understanding import (
    ActionClarify,
    ActionReplyInOtherLanguage,
    choice_payload,
    likely_meanings,
)
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.products import check_variant
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def shown_prices(chat, store_url) -> dict[str, float]:
    with session_scope(get_engine(store_url)) as session:
        return {
            handle: min(
                float(price)
                for (price,) in session.execute(
                    select(Variant.price).join(Product).where(Product.handle == handle)
                )
            )
            for handle in chat.slots["shown_results"]["handles"]
        }


def colours_in_stock(store_url, handle: str) -> set[str]:
    with session_scope(get_engine(store_url)) as session:
        rows = session.execute(
            select(Variant.colour_family).join(Product)
            .where(Product.handle == handle, Variant.stock > 0)
        )  # fmt: skip
        return {colour for (colour,) in rows}


def test_the_cheapest_one_opens_the_cheapest_shown(chat, extractor, demo_store_url):
    say(chat, extractor, ActionSearchProducts(), "search_products", "black oxfords")
    prices = shown_prices(chat, demo_store_url)
    # Whether the classifier reads it as a pick or as a search, the cheapest on screen opens.
    for intent, action in (("select_product", ActionSelectProduct()),
                           ("search_products", ActionSearchProducts())):  # fmt: skip
        turn = say(chat, extractor, action, intent, "the cheapest one")
        assert chat.slots["current_product"] == min(prices, key=prices.get), turn.text
        assert "Buy" in [button["title"] for button in turn.buttons]
        chat.slots["current_product"] = None


@pytest.mark.parametrize(
    ("words", "pick"), [("the cheaper one", min), ("ill take the cheaper one", min),
                        ("the pricier one", max), ("the more expensive one", max)]
)  # fmt: skip
def test_the_cheaper_one_opens_the_cheapest_shown(chat, extractor, demo_store_url, words, pick):
    # Seen in stranger test 4: "the cheaper one" with three on screen got "Which one do you mean?"
    say(chat, extractor, ActionSearchProducts(), "search_products", "black oxfords")
    prices = shown_prices(chat, demo_store_url)

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", words)

    assert chat.slots["current_product"] == pick(prices, key=prices.get), turn.text


def test_the_one_by_a_brand_and_the_black_one(chat, extractor, demo_store_url):
    say(chat, extractor, ActionSearchProducts(), "search_products", "shoes")
    shown = chat.slots["shown_results"]["handles"]
    say(chat, extractor, ActionSelectProduct(), "select_product", "the black one")
    picked = chat.slots["current_product"]
    if picked:  # one black pair on screen: that one; several: the bot asks which
        assert picked in shown and "black" in colours_in_stock(demo_store_url, picked)


def test_do_they_come_in_a_size_answers_for_the_product_in_focus(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "black oxfords")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    focus = chat.slots["current_product"]
    query_before = dict(chat.slots["search_query"])
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "do they come in 10.5?")
    assert chat.slots["current_product"] == focus
    assert chat.slots["search_query"] == query_before  # no new search was run
    assert "10.5" in turn.text


def test_not_brown_excludes_brown(chat, extractor, demo_store_url):
    say(chat, extractor, ActionSearchProducts(), "search_products", "loafers")
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "not brown")
    assert chat.slots["search_query"]["not_colours"] == ["brown"]
    assert "not in brown" in turn.text
    for handle in chat.slots["shown_results"]["handles"]:
        assert colours_in_stock(demo_store_url, handle) - {"brown"}, handle


def test_anything_but_loafers(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "brown dress shoes")
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "anything but loafers")
    assert chat.slots["search_query"]["not_categories"] == ["loafers"]
    assert "Loafer" not in turn.text


def test_blue_or_green_finds_either(chat, extractor, demo_store_url):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "need a dress for a wedding, blue or green")  # fmt: skip
    assert "blue or green" in turn.text
    for handle in chat.slots["shown_results"]["handles"]:
        assert colours_in_stock(demo_store_url, handle) & {"blue", "green"}, handle


def test_a_kind_we_do_not_sell_is_said_plainly_with_the_nearest(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "yellow hoodie")
    assert turn.text.startswith("Sorry, we don't sell hoodies. I have no yellow casual shirts")
    assert "nearest we have are casual shirts" in turn.text
    assert chat.slots["shown_results"]["handles"]


def test_a_kind_with_no_near_match_says_what_the_shop_sells(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "swimsuits")
    assert turn.text.startswith("Sorry, we don't sell swimwear.")
    assert "shoes" in turn.text.lower()


def test_a_new_search_does_not_inherit_old_filters(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "anything in brown shoes between 100 and 200?")  # fmt: skip
    # Read as a refinement or a search: a new kind of product starts over.
    for intent in ("search_products", "refine_search"):
        turn = say(chat, extractor, ActionSearchProducts(), intent,
                   "whats the most expensive suit you have")  # fmt: skip
        query = chat.slots["search_query"]
        assert query.get("category") == "suits" and query.get("sort") == "price_desc"
        assert "colour" not in query and "price_min" not in query and "price_max" not in query
        assert "brown" not in turn.text.split("\n")[0]


def test_unsure_asks_with_the_likeliest_meanings(chat):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "order_status", "confidence": 0.41},
        {"name": "return_order", "confidence": 0.30},
        {"name": "affirm", "confidence": 0.2},
        {"name": "ask_shipping", "confidence": 0.05},
    ]
    assert likely_meanings(ranking) == ["order_status", "return_order"]
    turn = chat.run(ActionClarify(), "nlu_fallback", "hmm my thing from last week", [], ranking)
    assert turn.responses == ["utter_ask_which_meaning"]
    assert [button["payload"] for button in turn.buttons] == [
        "/order_status",
        "/return_order",
        "/bot_capabilities",
    ]
    # Nothing likely: the bot says what it can do.
    turn = chat.run(ActionClarify(), "nlu_fallback", "qwerty", [], ranking[:1])
    assert turn.responses == ["utter_fallback"]
    assert choice_payload("search_products", {"colour": ["red"], "not_colour": ["brown"]}) == (
        '/search_products{"colour": "red"}'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("necesito zapatos negros talla 42", "solo entiendo inglés"),
     ("我需要一双黑色的皮鞋，42码", "只能用英语"),
     ("где мой заказ", "looks like Russian")],
)  # fmt: skip
def test_another_language_gets_an_honest_reply_in_it(chat, text, expected):
    turn = chat.run(ActionReplyInOtherLanguage(), "other_language", text)
    assert expected in turn.text
    assert not chat.slots.get("search_query")  # nothing was guessed from it
    assert re.search(r"@", turn.text)  # and how to reach people who speak it


def test_brown_is_the_brown_one_not_the_whole_brown_family(chat, extractor, demo_store_url):
    from actions.cart_adding import ActionAddToCart

    say(chat, extractor, ActionSearchProducts(), "search_products", "brown belts")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the suede one")
    assert chat.slots["current_product"] == "suede-casual-belt"
    payload = {"product_handle": "suede-casual-belt", "size": "34", "colour": "brown"}
    turn = chat.run(ActionAddToCart(), "add_to_cart", "", [
        {"entity": name, "value": value} for name, value in payload.items()
    ])  # fmt: skip
    assert "Which colour" not in turn.text  # the tan belt is not "brown"
    assert "to your cart" in turn.text


def test_typing_a_buttons_title_is_tapping_it(chat, extractor):
    from actions.cart_adding import ActionAddToCart

    say(chat, extractor, ActionSearchProducts(), "search_products", "brown belts")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the suede one")
    question = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add it to my cart")
    assert "Which size" in question.text
    # Rasa's tracker holds the bot's question with its buttons; the shopper types "34".
    bot_event = {"event": "bot", "text": question.text, "data": {"buttons": question.buttons}}
    entities = [{"entity": e.entity, "value": e.value} for e in extractor.extract("34")]
    answer = chat.run(
        ActionSearchProducts(), "search_products", "34", entities,
        events=[bot_event, {"event": "user", "text": "34"}],
    )  # fmt: skip
    assert "I found" not in answer.text  # not a new search for size 34
    assert "to your cart" in answer.text or "Which colour" in answer.text


def test_a_product_on_screen_named_by_words_of_its_title(chat, extractor):
    from actions.cart_adding import ActionAddToCart

    say(chat, extractor, ActionSearchProducts(), "search_products", "brown belts")
    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart",
               "add the suede belt in brown 34 to my cart")  # fmt: skip
    assert "Which one do you mean" not in turn.text
    assert chat.slots["current_product"] == "suede-casual-belt"


def test_a_name_two_products_share_asks_which_or_uses_the_kind(chat, extractor):
    from actions.product_actions import ActionShowPrice

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", "how much is the kensington")
    assert "Several products are called Kensington" in turn.text
    assert (
        "Kensington Shawl-Collar Tuxedo" in turn.text and "Kensington Tuxedo Trousers" in turn.text
    )
    turn = say(
        chat, extractor, ActionShowPrice(), "ask_price", "the kensington tux whats the price"
    )
    assert turn.text.startswith("The Kensington Shawl-Collar Tuxedo is $")


def test_do_they_come_in_a_size_about_a_list(chat, extractor, demo_store_url):
    from actions.discovery import ActionCheckAvailability

    say(chat, extractor, ActionSearchProducts(), "search_products", "chelsea boots")
    shown = chat.slots["shown_results"]["handles"]
    turn = say(
        chat, extractor, ActionCheckAvailability(), "check_availability", "do they come in 10?"
    )
    lines = [line for line in turn.text.splitlines() if line.startswith("• ")]
    assert len(lines) == len(shown)
    with session_scope(get_engine(demo_store_url)) as session:
        for handle, line in zip(shown, lines, strict=True):
            check = check_variant(session, handle, size="10")
            assert line.startswith(f"• {check.product.title}: ")
            expected = "yes" if check.in_stock else "sold out" if check.offered else "not made"
            assert expected in line, line


FIRST_SEARCHES = [
    "anything in brown shoes between 100 and 200?",
    "black loafers size 9 under 150",
    "navy blazers for a wedding, 42R",
    "womens red dresses under $100",
    "cheap brera sneakers",
]
NEW_KINDS = ["whats the most expensive suit you have", "show me bow ties", "any belts?",
             "gowns please", "i need a tux"]  # fmt: skip


@pytest.mark.parametrize("first", FIRST_SEARCHES)
@pytest.mark.parametrize("second", NEW_KINDS)
def test_a_new_kind_of_product_starts_a_new_search(chat, extractor, first, second):
    """Whatever came before, a search for another kind keeps only who the shopper buys for."""
    say(chat, extractor, ActionSearchProducts(), "search_products", first)
    before = dict(chat.slots["search_query"])
    say(chat, extractor, ActionSearchProducts(), "refine_search", second)
    after = chat.slots["search_query"]
    said = {e.entity for e in extractor.extract(second)}
    assert after.get("category") and after.get("category") != before.get("category")
    for field in ("colour", "size", "price_min", "price_max", "brand", "occasions"):
        if field.removesuffix("s") not in said and field not in said:
            assert field not in after, (field, before, after)
    if "gender" in before:
        assert after.get("gender") == before["gender"]


def test_stop_with_nothing_in_progress_claims_nothing(chat):
    from actions.checkout import ActionStopCheckout

    turn = chat.run(ActionStopCheckout(), "stop", "never mind")
    assert turn.responses == ["utter_nothing_to_stop"]  # not "nothing was ordered"
    # "Cancel it" right after an order is about that order: the cancel flow (which asks first).
    chat.slots["last_order"] = "HL-QASAYG"
    turn = chat.run(ActionStopCheckout(), "stop", "actually cancel it, he already bought some")
    assert turn.messages == []
    assert {"event": "followup", "name": "action_cancel_order"} in [
        {key: event.get(key) for key in ("event", "name")} for event in turn.events
    ]


def test_what_sizes_does_a_product_on_screen_come_in(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "brown belts")
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "what sizes does the suede belt come in")  # fmt: skip
    assert "I found" not in turn.text
    assert "Suede Casual Belt" in turn.text and "34" in turn.text


def test_two_kinds_in_one_message_one_at_a_time_and_said_so(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "i need a navy suit in 42R and also brown shoes size 11")  # fmt: skip
    assert turn.text.startswith("Let's start with the suits; then ask me for the shoes")
    query = chat.slots["search_query"]
    assert (query["category"], query["colour"], query["size"]) == ("suits", "navy", "42r")
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "need a belt to match my cognac shoes")  # fmt: skip
    assert chat.slots["search_query"]["category"] == "belts"
    assert "Let's start" not in turn.text


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("suede loafers", "suede", True),
        ("any tux with a shawl lapel", "shawl", True),
        ("brown belt without buckle", "buckle", False),
    ],
)
def test_materials_and_details_filter_the_search(
    chat, extractor, demo_store_url, text, word, wanted
):
    say(chat, extractor, ActionSearchProducts(), "search_products", text)
    handles = chat.slots["shown_results"]["handles"]
    assert handles
    with session_scope(get_engine(demo_store_url)) as session:
        for handle in handles:
            product = session.scalar(select(Product).where(Product.handle == handle))
            said = word in (product.title + " " + product.description).lower()
            assert said == wanted, (handle, text)
