"""Shared fixtures of the NLU tests."""

from __future__ import annotations

import asyncio
import os

import pytest


@pytest.fixture(scope="module")
def parse(trained_model, demo_store_file):
    """parse(text) -> the intent the assistant acts on, from the trained model over the demo store."""
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
