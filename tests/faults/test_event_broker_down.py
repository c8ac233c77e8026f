"""RabbitMQ down (its proxy cut) while shoppers talk: they notice nothing, and every event of
those conversations reaches the queue once it is back, through the broker's outbox
(shop_stores/event_broker.py) rather than Rasa's memory."""

from __future__ import annotations

import json
import time

import pytest

from tests.faults.conftest import SEARCH, Shopper, drain_queue, published_events

pytestmark = [pytest.mark.server, pytest.mark.postgres, pytest.mark.timeout(600)]

SAID = [SEARCH, "in brown instead", "the second one", "is it available in 9.5?", "how much is it?"]


def test_shoppers_do_not_notice_rabbitmq_being_down_and_no_event_is_lost(shop):
    drain_queue(shop.queue)  # what earlier tests published
    before = Shopper(shop, "before")
    expected = [before.says(said) for said in SAID]

    shop.rabbitmq.cut()
    during = Shopper(shop, "during")
    replies = [during.says(said) for said in SAID]
    waiting = shop.events_waiting_in_outbox()
    shop.rabbitmq.restore()

    # Same answers, as quickly as with RabbitMQ up.
    assert replies == expected
    assert max(during.seconds) < max(max(before.seconds) * 2, 1.5), (during.seconds, before.seconds)
    assert waiting >= len(SAID) * 2  # each turn's events were kept, not dropped

    stored = shop.stored_events(during.sender)
    stored_before = shop.stored_events(before.sender)
    queued = drain_queue(
        shop.queue, expect={during.sender: len(stored), before.sender: len(stored_before)}
    )
    # Every event, in the order of the conversation, as the tracker store has it; none twice.
    assert published_events(queued, during.sender) == stored
    assert published_events(queued, before.sender) == stored_before
    ours = (during.sender, before.sender)
    keys = [m.message_id for m in queued if json.loads(m.body)["sender_id"] in ours]
    assert len(keys) == len(set(keys))
    deadline = time.monotonic() + 10
    while shop.events_waiting_in_outbox() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert shop.events_waiting_in_outbox() == 0  # each confirmed, then forgotten
