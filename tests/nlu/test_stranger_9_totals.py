"""Stranger test 9 (docs/nlu/stranger-test-9.md), C3.8: "whats the total" was read as picking a
product ("Which one do you mean?"). A total asked for in the shopper's own words is read as a cart
question (or a price question); both answer with the cart's total, or what was picked when the cart
is empty (actions/cart.py `tell_total`). Read by the trained model."""

from __future__ import annotations

import asyncio

import pytest

# The intents whose actions answer a total (ActionShowCart, and the price of what was picked).
TOTAL_INTENTS = {"view_cart", "ask_price"}


@pytest.fixture(scope="module")
def parse(trained_model, demo_store_file):
    """parse(text) -> the intent the assistant acts on, from the trained model over the demo store."""
    import os

    from rasa.core.agent import load_agent

    previous = os.environ.get("SHOP_DATABASE_URL")
    os.environ["SHOP_DATABASE_URL"] = f"sqlite:///{demo_store_file}"
    loop = asyncio.new_event_loop()
    agent = loop.run_until_complete(load_agent(model_path=str(trained_model)))
    yield lambda text: loop.run_until_complete(agent.parse_message(text))["intent"]["name"]
    loop.close()
    if previous is None:
        os.environ.pop("SHOP_DATABASE_URL", None)
    else:
        os.environ["SHOP_DATABASE_URL"] = previous


@pytest.mark.parametrize(
    "text",
    ["whats the total", "total?", "what do i owe", "how much is everything", "whats my total",
     "what do i owe you"],
)  # fmt: skip
def test_a_total_in_shoppers_words_is_a_cart_or_price_question(parse, text):
    assert parse(text) in TOTAL_INTENTS
