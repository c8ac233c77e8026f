"""Stranger test 23 (docs/nlu/stranger-test-23.md, persona A, the nurse, #4; minor problem 6): after
"not black pls, we have to wear white or navy", "the cheaper one, is it in stock in 8.5?" said "in
stock in US 8.5 / EU 39 (Black, Tan and Navy)".

The colours the shopper ruled out are not offered: the answer names the colours they can have,
and mentions black, if at all, only as ruled out. The stock said is the store's."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.products import check_variant
from commerce.sizes import size_query_key
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_messages=True)


def _comfy_shoes_not_black(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hi, im a nurse doing 12hr shifts and my feet are killing me. need comfy shoes, womens 8")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "refine_search",
        "not black pls, we have to wear white or navy")  # fmt: skip
    assert chat.slots["search_query"].get("not_colours") == ["black"]


@pytest.mark.parametrize(
    "text",
    [
        "the cheaper one, is it in stock in 8.5? sometimes my feet swell…",
        "is the cheaper one in stock in 8.5",
        "is the cheaper one available in 8.5?",
        "do u have the cheaper one in 8.5",
        "the cheapest one, got it in a 8.5?",
    ],
)
# (The stranger's message was heard as a refinement of the search, which hands it on.)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionCheckAvailability, "check_availability"), (ActionSearchProducts, "refine_search")],
)
def test_a_colour_ruled_out_is_not_offered_in_stock(chat, extractor, text, action, intent):
    _comfy_shoes_not_black(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    print(turn.shown)
    assert "Margot Pointed Flat" in turn.shown
    assert "in stock in US 8.5" in turn.shown
    # Black only as ruled out ("not in black, as you asked"), never among the colours offered.
    assert not re.search(r"\((?:[^)]*\b)?Black\b[^)]*\)", turn.shown), turn.shown
    # What is said in stock is in stock.
    with session_scope() as session:
        check = check_variant(session, "margot-pointed-flat", size=size_query_key("8.5"))
        in_stock = {variant.colour for variant in check.in_stock}
    for colour in ("Tan", "Navy"):
        assert (colour in turn.shown) == (colour in in_stock), (colour, in_stock)


def test_in_stock_only_in_a_colour_ruled_out_is_said_so(chat, extractor, demo_store_url):
    """In 8.5 the flat is left in black only: said so, never "sold out" (it isn't)."""
    _comfy_shoes_not_black(chat, extractor)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for variant in session.scalars(
            select(Variant).join(Product).where(Product.handle == "margot-pointed-flat")
        ):
            if variant.colour != "Black" and (variant.size or "").startswith("US 8.5 "):
                variant.stock = 0

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability",
               "the cheaper one, is it in stock in 8.5? sometimes my feet swell…")  # fmt: skip

    print(turn.shown)
    assert "sold out" not in turn.shown
    assert "only in Black, which you ruled out" in turn.shown
