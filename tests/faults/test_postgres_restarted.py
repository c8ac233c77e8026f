"""PostgreSQL restarted (its proxy cut, then restored) while shoppers are mid-checkout, with the
shop's store and Rasa's conversations both in it: every message is answered, politely while it is
away; service resumes by itself; no order and no conversation event is lost or written twice."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest

from tests.faults.conftest import SEARCH, Shopper, is_apology

pytestmark = [pytest.mark.server, pytest.mark.postgres, pytest.mark.timeout(600)]

SHOPPERS = 4
OUTAGE_S = 3.0
# What a shopper does, and how each proper answer starts or what it holds.
CHECKOUT = [
    ("say", SEARCH, "I found"),
    ("say", "the second one", "{second} by "),
    ("tap", "Buy", "What name"),
    ("say", "Cleo Marsh", "Your email"),
    ("say", "cleo@example.com", "And the shipping address"),
    ("say", "7 Pier Road, 02110 Boston", "Please check your order"),
    ("tap", "Place order", "Done! Order "),
    ("say", "when does it arrive?", "Order {number} ("),
]


class Checkout(threading.Thread):
    """One shopper going through CHECKOUT, saying a message again after an apology (as people
    do), until it is answered."""

    def __init__(self, shop, index: int, started: threading.Semaphore) -> None:
        super().__init__(daemon=True)
        self.shopper = Shopper(shop, f"pg{index}")
        self.started = started
        self.replies: list[tuple[str, str]] = []  # (said, reply), every attempt
        self.answered: list[str] = []  # what was said and answered (not apologised for)
        self.answered_at: list[float] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            facts: dict[str, str] = {}
            for step, (kind, value, expected) in enumerate(CHECKOUT):
                said = value if kind == "say" else self.shopper.payload(value)
                deadline = time.monotonic() + 60
                while True:
                    reply = self.shopper.says(said)
                    self.replies.append((said, reply))
                    if not is_apology(reply):
                        break
                    assert time.monotonic() < deadline, "still apologising after a minute"
                    time.sleep(0.3)
                self.answered.append(said)
                self.answered_at.append(time.monotonic())
                if step == 0:
                    facts["second"] = self.shopper.second_result()
                    self.started.release()
                if kind == "tap" and value == "Place order":
                    facts["number"] = re.search(r"Order (HL-\w{6})", reply).group(1)
                assert expected.format(**facts) in reply, (said, reply)
            self.number = facts["number"]
        except BaseException as error:  # reported by the test
            self.error = error


def test_shoppers_get_through_a_postgres_restart(shop):
    started = threading.Semaphore(0)
    checkouts = [Checkout(shop, i, started) for i in range(SHOPPERS)]
    for checkout in checkouts:
        checkout.start()
    for _ in checkouts:  # everyone is mid-conversation
        assert started.acquire(timeout=60)

    shop.postgres.cut()
    time.sleep(OUTAGE_S)
    shop.postgres.restore()
    back = time.monotonic()
    for checkout in checkouts:
        checkout.join(timeout=240)
    for checkout in checkouts:
        assert checkout.error is None, (checkout.error, checkout.replies[-3:])

    replies = [reply for checkout in checkouts for _, reply in checkout.replies]
    # The outage was felt, and answered politely: an apology, never a stack trace or silence.
    assert any(is_apology(reply) for reply in replies)
    assert all(reply.strip() for reply in replies)
    assert not any(re.search(r"Traceback|Exception|psycopg|sqlalchemy", r, re.I) for r in replies)
    # Service came back by itself: every shopper was answered properly soon after.
    assert all(
        min((t for t in c.answered_at if t > back), default=back) - back < 10 for c in checkouts
    )

    for checkout in checkouts:
        sender = checkout.shopper.sender
        # One order each, the one the shopper was told about.
        assert shop.orders_of(sender) == [checkout.number]
        # The conversation holds every answered message, in order; a message said again after
        # an apology may be there once more (it was heard, and answered "sorry").
        stored = shop.stored_user_texts(sender)
        assert _without_repeats(stored) == checkout.answered
        assert len(stored) <= len(checkout.shopper.said)
        # No event written twice.
        events = [json.dumps(e, sort_keys=True) for e in shop.stored_events(sender)]
        assert len(set(events)) == len(events)


def _without_repeats(texts: list[str]) -> list[str]:
    return [t for i, t in enumerate(texts) if i == 0 or texts[i - 1] != t]
