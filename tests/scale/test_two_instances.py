"""Two Rasa instances and two action servers on their own ports, sharing PostgreSQL (the shop's
store and Rasa's conversations), Redis (Rasa's locks) and RabbitMQ (Rasa's events), over HTTP as a
load balancer would spread one shopper's messages."""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid

import aio_pika
import pytest
from sqlalchemy import create_engine, text

from shop_stores.lock_store import ShopLockStore

pytestmark = [pytest.mark.server, pytest.mark.postgres, pytest.mark.timeout(900)]


class Shopper:
    """One conversation whose messages go to whichever instance the test names."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.sender = f"shopper-{uuid.uuid4().hex[:8]}"
        self.messages: list[dict] = []

    def says(self, text: str, instance: int) -> str:
        self.messages = self.cluster.instances[instance].send(self.sender, text)
        return "\n".join(message.get("text", "") for message in self.messages)

    def taps(self, title: str, instance: int) -> str:
        button = next(
            b for m in self.messages for b in m.get("buttons") or [] if b["title"] == title
        )
        return self.says(button["payload"], instance)

    def button_titles(self) -> list[str]:
        return [b["title"] for m in self.messages for b in m.get("buttons") or []]


def user_texts(events: list[dict]) -> list[str]:
    return [event["text"] for event in events if event["event"] == "user"]


def test_a_conversation_alternating_between_instances_keeps_its_context(cluster):
    shopper = Shopper(cluster)
    found = shopper.says(
        "I need black formal shoes in size 10 for a black-tie party tonight, under $150", 0
    )
    assert "I found" in found
    second = re.sub(r"^2\. ", "", shopper.button_titles()[1])

    details = shopper.says("the second one", 1)
    assert details.startswith(f"{second} by ")

    asks_name = shopper.taps("Buy", 0)
    assert f"The {second} (US 10 / EU 43, Black)" in asks_name and "name" in asks_name
    assert "email" in shopper.says("Ann Lee", 1).lower()
    shopper.says("ann@example.com", 0)
    review = shopper.says("12 Harbour Lane, 02110 Boston", 1)
    assert "To Ann Lee, 12 Harbour Lane, 02110 Boston (ann@example.com)" in review

    placed = shopper.taps("Place order", 0)
    number = re.search(r"Order (HL-\w{6})", placed).group(1)
    assert shopper.says("when does it arrive?", 1).startswith(f"Order {number} ({second})")

    # One order, in the store both action servers share.
    store = create_engine(cluster.store_url, future=True)
    with store.connect() as connection:
        owners = connection.execute(
            text("select owner from shop_order where number = :n"), {"n": number}
        ).all()
    store.dispose()
    assert owners == [(shopper.sender,)]


def test_the_conversation_is_kept_in_postgres(cluster):
    shopper = Shopper(cluster)
    shopper.says("red dress", 0)
    shopper.says("the cheapest one", 1)

    conversations = create_engine(cluster.tracker_store_url, future=True)
    with conversations.connect() as connection:
        rows = connection.execute(
            text("select type_name, data from events where sender_id = :s order by id"),
            {"s": shopper.sender},
        ).all()
    conversations.dispose()
    said = [json.loads(data)["text"] for kind, data in rows if kind == "user"]
    assert said == ["red dress", "the cheapest one"]
    assert sum(kind == "bot" for kind, _ in rows) >= 2
    # Either instance reads the whole conversation back from it.
    for instance in cluster.instances:
        assert user_texts(instance.tracker(shopper.sender)["events"]) == said


def test_every_event_reaches_the_rabbitmq_queue(cluster):
    shopper = Shopper(cluster)
    shopper.says("brown belt", 0)
    shopper.says("the first one", 1)

    published = _wait_for_events(cluster.broker_url, cluster.broker_queue, shopper.sender, 2)
    assert user_texts(published) == ["brown belt", "the first one"]
    assert any(event["event"] == "bot" for event in published)


def test_a_conversation_locked_in_redis_waits_for_its_turn(cluster, monkeypatch):
    monkeypatch.setenv("SHOP_LOCK_STORE_URL", cluster.lock_store_url)
    locks = ShopLockStore()
    shopper = Shopper(cluster)
    ticket = locks.issue_ticket(shopper.sender, 60)  # someone else is handling this conversation

    replies: list[str] = []
    sending = threading.Thread(target=lambda: replies.append(shopper.says("red dress", 1)))
    sending.start()
    sending.join(timeout=3)
    assert sending.is_alive(), "the instance answered while the conversation was locked"

    released = time.monotonic()
    locks.cleanup(shopper.sender, ticket)
    sending.join(timeout=30)
    assert replies and "I found" in replies[0]
    assert time.monotonic() - released < 10


def test_messages_sent_at_once_to_both_instances_are_handled_in_order(cluster, monkeypatch):
    # While the conversation is busy, three messages arrive, alternately at each instance; each
    # must be answered in its turn, knowing what the one before it did.
    monkeypatch.setenv("SHOP_LOCK_STORE_URL", cluster.lock_store_url)
    locks = ShopLockStore()
    shopper = Shopper(cluster)
    busy = locks.issue_ticket(shopper.sender, 60)

    said = ["red dress", "the second one", "how much is it?"]
    replies: dict[int, list[dict]] = {}

    def send(index: int) -> None:
        replies[index] = cluster.instances[index % 2].send(shopper.sender, said[index], timeout=60)

    threads = []
    for index in range(len(said)):
        threads.append(threading.Thread(target=send, args=(index,)))
        threads[-1].start()
        _wait_until(lambda n=index: len(locks.get_lock(shopper.sender).tickets) == n + 2)
    locks.cleanup(shopper.sender, busy)
    for thread in threads:
        thread.join(timeout=60)

    def words(index: int) -> str:
        return "\n".join(message.get("text", "") for message in replies[index])

    titles = [b["title"] for m in replies[0] for b in m.get("buttons") or []]
    second = re.sub(r"^2\. ", "", titles[1])
    assert words(0).startswith("I found")
    assert words(1).startswith(f"{second} by ")
    assert words(2).startswith(f"The {second} is $")
    assert user_texts(cluster.instances[0].tracker(shopper.sender)["events"]) == said


def test_a_burst_of_messages_to_both_instances_loses_nothing(cluster):
    # Six messages of one conversation at the same moment, three at each instance: each is handled
    # alone (its answer follows it in the conversation before the next message) and none is lost.
    shopper = Shopper(cluster)
    said = ["hi", "red dress", "oxfords", "brown belt", "navy suit", "black formal shoes"]
    start = threading.Barrier(len(said))
    replies: dict[int, list[dict]] = {}

    def send(index: int) -> None:
        start.wait()
        replies[index] = cluster.instances[index % 2].send(shopper.sender, said[index], timeout=90)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(said))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert all(replies.get(i) for i in range(len(said))), replies
    events = cluster.instances[1].tracker(shopper.sender)["events"]
    assert sorted(user_texts(events)) == sorted(said)
    # Between two user messages the assistant finished its turn (it listens again) each time.
    kinds = [
        "user" if e["event"] == "user" else "listen"
        for e in events
        if e["event"] == "user" or (e["event"] == "action" and e["name"] == "action_listen")
    ]
    first = kinds.index("user")
    assert kinds[first:] == ["user", "listen"] * len(said)


# ---------------------------------------------------------------------------------- helpers


def _wait_until(condition, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _wait_for_events(url: str, queue: str, sender: str, users: int, timeout: float = 20):
    """The events of `sender` in the queue, once `users` user messages have arrived in it."""

    async def drain() -> list[dict]:
        events: list[dict] = []
        connection = await aio_pika.connect(url)
        async with connection:
            channel = await connection.channel()
            box = await channel.declare_queue(queue, durable=True)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                message = await box.get(no_ack=True, fail=False)
                if message is None:
                    if len(user_texts([e for e in events if e["sender_id"] == sender])) >= users:
                        break
                    await asyncio.sleep(0.2)
                    continue
                events.append(json.loads(message.body))
        return [event for event in events if event["sender_id"] == sender]

    return asyncio.run(drain())
