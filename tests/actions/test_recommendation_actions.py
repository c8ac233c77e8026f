"""The recommendation actions, turn by turn through rasa-sdk's real Tracker and dispatcher."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from actions.discovery import ActionSelectProduct
from actions.recommendations import (
    ActionCompareProducts,
    ActionShowBoughtTogether,
    ActionShowNewArrivals,
    ActionSuggestOutfit,
)
from actions.search_results import ActionShowMore
from commerce.cart import add_to_cart
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order
from tests.actions.conversation_driver import ActionConversation, entity_list

SUIT = "whitehall-two-piece-suit"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def _handles(turn) -> list[str]:
    return [
        re.search(r'"product_handle": "([^"]+)"', button["payload"]).group(1)
        for button in turn.buttons
        if button["payload"].startswith("/select_product")
    ]


def _select(chat, handle: str):
    return chat.run(ActionSelectProduct(), "select_product", entities=entity_list(
        product_handle=handle
    ))  # fmt: skip


def _variant_id(url: str, handle: str) -> int:
    with session_scope(get_engine(url)) as session:
        return session.scalar(
            select(Variant.id)
            .join(Product)
            .where(Product.handle == handle, Variant.stock > 0)
            .order_by(Variant.position)
        )


def test_what_goes_with_a_suit_lists_an_outfit_with_reasons_and_cards(chat):
    chat.search(colour="navy", category="suits")
    _select(chat, SUIT)

    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what goes with it?")

    assert turn.text.startswith("To go with the Whitehall Two-Piece Suit:")
    lines = [line for line in turn.text.split("\n") if re.match(r"\d\. ", line)]
    assert len(lines) == 4 and all(" — " in line for line in lines)  # each says why
    assert re.search(r"dress code|also for|goes with|same ", turn.text)
    suggested = _handles(turn)
    assert len(suggested) == 4 and SUIT not in suggested
    cards = turn.messages[0]["product_cards"]
    assert [card["buttons"][1]["title"] for card in cards] == ["Buy"] * 4
    # The suggestions are on screen: "the second one" is the second suggestion.
    picked = chat.run(ActionSelectProduct(), "select_product", "the second one",
                      entity_list(ordinal="2"))  # fmt: skip
    assert chat.slots["current_product"] == suggested[1]
    assert "Buy" in [button["title"] for button in picked.buttons]


def test_what_shoes_go_with_it_keeps_to_shoes(chat, demo_store_url):
    _select(chat, SUIT)

    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what shoes go with it",
                    entity_list(category="shoes"))  # fmt: skip

    with session_scope(get_engine(demo_store_url)) as session:
        departments = set(session.scalars(
            select(Product.department).where(Product.handle.in_(_handles(turn)))
        ))  # fmt: skip
    assert _handles(turn) and departments == {"Shoes"}


def test_shoes_in_the_size_searched_for(chat):
    chat.search(category="oxfords", size="10")
    # A suit in focus after that search: the shoes suggested with it are in the size searched.
    chat.slots["current_product"] = SUIT

    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what shoes go with it",
                    entity_list(category="shoes"))  # fmt: skip

    assert _handles(turn)
    with session_scope(get_engine()) as session:
        for handle in _handles(turn):
            sizes = session.scalars(
                select(Variant.size).join(Product)
                .where(Product.handle == handle, Variant.stock > 0)
            ).all()  # fmt: skip
            assert any(size.startswith("US 10 ") for size in sizes), handle


def test_with_nothing_in_focus_the_cart_is_matched(chat, demo_store_url):
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        add_to_cart(session, chat.sender, _variant_id(demo_store_url, "windsor-patent-oxford"))

    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what goes with my cart?")

    assert turn.text.startswith("To go with what's in your cart:")
    assert "Patent Evening Belt" in turn.text


def test_with_nothing_to_match_the_bot_asks_which_product(chat):
    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what goes with it?")

    assert turn.responses == ["utter_ask_what_to_match"]


def test_a_kind_and_nothing_in_focus_is_a_search(chat):
    turn = chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "shoes to go with a navy suit",
                    entity_list(category="shoes", colour="navy"))  # fmt: skip

    assert turn.text.startswith("I found")


def test_bought_together_without_orders_says_so_and_offers_the_shops_picks(chat):
    _select(chat, SUIT)

    turn = chat.run(ActionShowBoughtTogether(), "ask_bought_together", "what do people buy with it")

    assert "Nobody has ordered the Whitehall Two-Piece Suit yet" in turn.text
    assert "shop's own styling" in turn.text and len(_handles(turn)) == 4


def test_bought_together_from_orders(chat, demo_store_url):
    shirt = "jermyn-poplin-dress-shirt"
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for owner in ("a", "b"):
            place_order(
                session, owner=owner,
                contact=Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"),
                items=[(_variant_id(demo_store_url, SUIT), 1),
                       (_variant_id(demo_store_url, shirt), 1)],
                idempotency_key=f"key-{owner}",
            )  # fmt: skip
    _select(chat, SUIT)

    turn = chat.run(ActionShowBoughtTogether(), "ask_bought_together", "people also bought?")

    assert "Shoppers who ordered the Whitehall Two-Piece Suit also ordered:" in turn.text
    assert "Jermyn Poplin Dress Shirt" in turn.text and "in 2 orders with it" in turn.text
    assert _handles(turn) == [shirt]


def test_which_is_cheaper_by_name(chat):
    turn = chat.run(
        ActionCompareProducts(), "compare_products",
        "which is cheaper, the windsor or the savile?",
        entity_list(price_direction="cheaper",
                    product=["Windsor Patent Oxford", "Savile Plain-Toe Oxford"]),
    )  # fmt: skip

    first = turn.text.split("\n")[0]
    assert first == (
        "The Savile Plain-Toe Oxford is cheaper: $99.00, against $139.00 for the Windsor "
        "Patent Oxford."
    )
    assert "• Sizes in stock: " in turn.text and "• Made of: " in turn.text
    assert "• Colours in stock: Black | Black" in turn.text


def test_the_difference_between_the_first_and_the_second(chat):
    search = chat.search(category="oxfords")
    first, second = _handles(search)[:2]

    turn = chat.run(ActionCompareProducts(), "compare_products",
                    "what's the difference between the first and the second?",
                    entity_list(ordinal=["1", "2"]))  # fmt: skip

    assert _handles(turn) == [first, second]
    assert turn.text.split("\n")[0].count(" vs ") == 1
    assert "• Price: " in turn.text and "• For: " in turn.text


def test_compare_it_with_the_second_one(chat):
    search = chat.search(category="oxfords")
    _select(chat, "savile-plain-toe-oxford")
    chat.slots["shown_results"]["handles"] = _handles(search)

    turn = chat.run(ActionCompareProducts(), "compare_products", "compare it with the second one",
                    entity_list(ordinal="2"))  # fmt: skip

    assert _handles(turn) == ["savile-plain-toe-oxford", _handles(search)[1]]


def test_compare_with_one_product_asks_for_another(chat):
    turn = chat.run(ActionCompareProducts(), "compare_products", "compare the windsor",
                    entity_list(product="Windsor Patent Oxford"))  # fmt: skip

    assert turn.responses == ["utter_ask_which_to_compare"]


def test_compare_a_number_not_on_screen(chat):
    chat.search(category="oxfords")

    turn = chat.run(ActionCompareProducts(), "compare_products", "compare the 1st and the 9th",
                    entity_list(ordinal=["1", "9"]))  # fmt: skip

    assert turn.responses == ["utter_bad_ordinal"]


def test_new_arrivals_newest_first_and_more(chat):
    turn = chat.run(ActionShowNewArrivals(), "ask_new_arrivals", "new arrivals in belts",
                    entity_list(category="belts"))  # fmt: skip

    assert turn.text.startswith("New belts, the most recently added first (the newest on ")
    assert len(_handles(turn)) == 3 and chat.slots["search_query"]["sort"] == "newest"
    more = chat.run(ActionShowMore(), "show_more", "more")
    assert more.text.startswith("More belts (4–6 of 6)")


def test_compare_the_first_and_second_with_nothing_on_screen_asks_which(chat):
    turn = chat.run(ActionCompareProducts(), "compare_products", "compare the first and second",
                    entity_list(ordinal=["1", "2"]))  # fmt: skip

    assert turn.responses == ["utter_ask_which_to_compare"]
