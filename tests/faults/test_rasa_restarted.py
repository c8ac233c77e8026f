"""Rasa stopped and a new one started on the same tracker store (PostgreSQL): conversations go on
with their context. Rasa is killed while RabbitMQ is down, so the events it could not publish
were only in its outbox: the new Rasa publishes them."""

from __future__ import annotations

import json

import pytest

from tests.faults.conftest import SEARCH, Shopper, drain_queue, published_events

pytestmark = [pytest.mark.server, pytest.mark.postgres, pytest.mark.timeout(600)]


def test_a_conversation_goes_on_after_rasa_restarts(shop):
    drain_queue(shop.queue)
    shopper = Shopper(shop, "restart")
    assert shopper.says(SEARCH).startswith("I found")
    second = shopper.second_result()
    assert shopper.says("the second one").startswith(f"{second} by ")

    shop.rabbitmq.cut()
    assert shopper.says("is it available in 9.5?").startswith(f"Yes, the {second}")
    old_url = shop.assistant.rasa_url
    shop.stop(kill=True)  # nothing in the old process's memory survives this
    shop.rabbitmq.restore()
    shop.start()
    assert shop.assistant.rasa_url != old_url  # a new process

    assert shopper.says("how much is it?").startswith(f"The {second} is $")
    assert shopper.says("in brown instead").startswith("I found")  # the search's filters kept
    assert shop.stored_user_texts(shopper.sender) == shopper.said

    # The turn published while RabbitMQ was down reached the queue, from the new process, once
    # the dead one's lease on it ran out (shop_stores/event_broker.py: LEASE_S); maybe after the
    # new process's own events, so compared without order.
    stored = shop.stored_events(shopper.sender)
    queued = drain_queue(shop.queue, expect={shopper.sender: len(stored)}, timeout=40)
    assert _sorted(published_events(queued, shopper.sender)) == _sorted(stored)


def _sorted(events: list[dict]) -> list[str]:
    return sorted(json.dumps(event, sort_keys=True) for event in events)
