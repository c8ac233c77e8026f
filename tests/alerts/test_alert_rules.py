"""The alert rules on a real SQLite store (commerce/alerts/): who is signed up for what, when an
alert is due, that it is taken at most once, stop, expiry, forgetting a shopper, Messenger's
window, and the `shop stock` / `shop price` commands that queue alerts with the change."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from commerce import cli
from commerce.alerts import (
    ACTIVE,
    BACK_IN_STOCK,
    CANCELLED,
    DELIVERED,
    EXPIRED,
    MOOT,
    PENDING,
    PRICE_DROP,
    STOPPED,
    AlertDelivery,
    AlertSubscription,
    active_alerts,
    erase_alerts_for,
    queue_due_alerts,
    stop_alerts,
    subscribe,
    take_delivery,
    within_messenger_window,
)
from commerce.config import load_alert_settings
from commerce.db import session_scope
from commerce.models import Variant
from tests.conftest import DEMO_CATALOG

WINDSOR = "windsor-patent-oxford"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def _set(session, sku: str, stock: int | None = None, price: str | None = None) -> None:
    variant = session.scalar(select(Variant).where(Variant.sku == sku))
    if stock is not None:
        variant.stock = stock
    if price is not None:
        variant.price = Decimal(price)
    session.flush()


def _sign_up(session, owner="ann", channel="socketio", size="13", condition=BACK_IN_STOCK):
    return subscribe(session, owner, channel, WINDSOR, condition, size_key=size, now=NOW)


def test_a_sold_out_size_can_be_watched_and_is_kept_with_the_channel(engine):
    with session_scope(engine) as session:
        signup = _sign_up(session)
        assert signup.outcome == "subscribed"
        assert signup.expires_at == NOW + timedelta(days=load_alert_settings().days)
        row = session.get(AlertSubscription, signup.subscription_id)
        assert (row.owner, row.channel, row.condition, row.size_key, row.status) == (
            "ann", "socketio", BACK_IN_STOCK, "13", ACTIVE
        )  # fmt: skip
        # The same again is the same alert, not a second one.
        assert _sign_up(session).outcome == "already"
        assert len(active_alerts(session, "ann", NOW)) == 1


def test_nothing_is_kept_where_the_bot_cannot_message_first(engine):
    with session_scope(engine) as session:
        for channel in ("rest", "cmdline", None):
            assert _sign_up(session, owner="bob", channel=channel).outcome == "cannot_push"
        assert session.scalars(select(AlertSubscription)).all() == []


def test_an_in_stock_size_or_an_unmade_one_is_not_waited_for(engine):
    with session_scope(engine) as session:
        assert _sign_up(session, size="10").outcome == "in_stock_now"  # 4 left
        assert _sign_up(session, size="us20").outcome == "not_made"
        no_product = subscribe(session, "ann", "socketio", "no-such-thing", BACK_IN_STOCK)
        assert no_product.outcome == "no_product"
        assert session.scalars(select(AlertSubscription)).all() == []


def test_a_restock_queues_one_message_and_it_is_taken_once(engine):
    with session_scope(engine) as session:
        _sign_up(session)
        assert queue_due_alerts(session, NOW) == 0  # still sold out
        _set(session, "ALD-WIN-BLK-13", stock=3)
        assert queue_due_alerts(session, NOW) == 1
        assert queue_due_alerts(session, NOW) == 0  # one open message per alert
        key = session.scalar(select(AlertDelivery.key))

        assert take_delivery(session, key, "someone-else", NOW).outcome == "unknown"
        first = take_delivery(session, key, "ann", NOW)
        assert first.outcome == "deliver"
        assert (first.facts.title, first.facts.size, first.facts.price) == (
            "Windsor Patent Oxford", "US 13 / EU 46", Decimal("139.00")
        )  # fmt: skip
        assert take_delivery(session, key, "ann", NOW).outcome == "already"
        # Done: a later restock sends nothing more.
        _set(session, "ALD-WIN-BLK-13", stock=0)
        _set(session, "ALD-WIN-BLK-13", stock=5)
        assert queue_due_alerts(session, NOW) == 0


def test_the_database_refuses_a_second_delivered_message_for_an_alert(engine):
    with session_scope(engine) as session:
        alert = _sign_up(session).subscription_id
        session.add(AlertDelivery(subscription_id=alert, key="a", change="x", status=DELIVERED))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(AlertDelivery(subscription_id=alert, key="b", change="y", status=DELIVERED))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(AlertDelivery(subscription_id=alert, key="c", change="z", status=PENDING))
        session.add(AlertDelivery(subscription_id=alert, key="d", change="z", status=PENDING))


def test_sold_out_again_before_sending_says_nothing_and_keeps_waiting(engine):
    with session_scope(engine) as session:
        _sign_up(session)
        _set(session, "ALD-WIN-BLK-13", stock=1)
        queue_due_alerts(session, NOW)
        key = session.scalar(select(AlertDelivery.key))
        _set(session, "ALD-WIN-BLK-13", stock=0)  # someone bought the last one first

        assert take_delivery(session, key, "ann", NOW).outcome == "moot"
        assert session.scalar(select(AlertDelivery.status)) == MOOT
        assert len(active_alerts(session, "ann", NOW)) == 1
        _set(session, "ALD-WIN-BLK-13", stock=2)
        assert queue_due_alerts(session, NOW) == 1


def test_a_price_drop_is_below_the_price_when_the_shopper_asked(engine):
    with session_scope(engine) as session:
        signup = _sign_up(session, size="10", condition=PRICE_DROP)
        assert signup.outcome == "subscribed" and signup.facts.price == Decimal("139.00")
        _set(session, "ALD-WIN-BLK-10", price="139.00")
        assert queue_due_alerts(session, NOW) == 0
        _set(session, "ALD-WIN-BLK-10", price="119.00")
        assert queue_due_alerts(session, NOW) == 1
        key = session.scalar(select(AlertDelivery.key))
        taken = take_delivery(session, key, "ann", NOW)
        assert (taken.outcome, taken.facts.price, taken.was) == (
            "deliver", Decimal("119.00"), Decimal("139.00")
        )  # fmt: skip


def test_stop_ends_one_alert_or_all_and_only_the_shoppers_own(engine):
    with session_scope(engine) as session:
        first = _sign_up(session)
        _sign_up(session, size="8")
        _sign_up(session, owner="bob", size="8")
        _set(session, "ALD-WIN-BLK-13", stock=1)
        queue_due_alerts(session, NOW)

        stopped = stop_alerts(session, "ann", alert_ids=[first.subscription_id], now=NOW)
        assert [alert.id for alert in stopped] == [first.subscription_id]
        assert session.scalar(select(AlertDelivery.status)) == CANCELLED  # its queued message
        assert len(stop_alerts(session, "ann", now=NOW)) == 1  # the rest: size 8
        assert active_alerts(session, "ann", NOW) == []
        assert len(active_alerts(session, "bob", NOW)) == 1
        assert {row.status for row in session.scalars(select(AlertSubscription))} == {
            STOPPED, ACTIVE
        }  # fmt: skip


def test_an_alert_expires_after_the_configured_days(engine, monkeypatch):
    monkeypatch.setenv("SHOP_ALERT_DAYS", "7")
    with session_scope(engine) as session:
        signup = _sign_up(session)
        assert signup.expires_at == NOW + timedelta(days=7)
        _set(session, "ALD-WIN-BLK-13", stock=1)
        assert queue_due_alerts(session, NOW + timedelta(days=7, seconds=1)) == 0
        assert session.get(AlertSubscription, signup.subscription_id).status == EXPIRED


def test_forgetting_a_shopper_deletes_their_alerts_only(engine):
    with session_scope(engine) as session:
        _sign_up(session)
        _sign_up(session, owner="bob")
        _set(session, "ALD-WIN-BLK-13", stock=1)
        queue_due_alerts(session, NOW)

        assert erase_alerts_for(session, "ann") == 1
        owners = session.scalars(select(AlertSubscription.owner)).all()
        assert owners == ["bob"]
        assert session.scalar(select(AlertDelivery.status)) == PENDING  # bob's message stays
        assert erase_alerts_for(session, "ann") == 0


def test_messengers_window_is_24_hours_from_the_shoppers_last_message():
    assert within_messenger_window(NOW - timedelta(hours=23, minutes=59), NOW)
    assert not within_messenger_window(NOW - timedelta(hours=24), NOW)
    assert not within_messenger_window(None, NOW)


def test_shop_stock_and_price_change_the_store_and_queue_the_alerts(store, engine, capsys):
    with session_scope(engine) as session:
        _sign_up(session)
    assert cli.main(["--database-url", store, "stock", "ALD-WIN-BLK-13", "4"]) == 0
    assert "4 in stock at 139.00; 1 shopper alerts queued" in capsys.readouterr().out
    assert cli.main(["--database-url", store, "price", "ALD-WIN-BLK-13", "$129"]) == 0
    assert "at 129.00; 0 shopper alerts queued" in capsys.readouterr().out

    # Bad input changes nothing.
    assert cli.main(["--database-url", store, "stock", "NO-SUCH-SKU", "4"]) == 2
    assert cli.main(["--database-url", store, "stock", "ALD-WIN-BLK-13", "-1"]) == 2
    assert cli.main(["--database-url", store, "price", "ALD-WIN-BLK-13", "free"]) == 2
    with session_scope(engine) as session:
        variant = session.scalar(select(Variant).where(Variant.sku == "ALD-WIN-BLK-13"))
        assert (variant.stock, variant.price) == (4, Decimal("129.00"))


def test_shop_alerts_send_needs_the_api_token(store, monkeypatch, capsys):
    monkeypatch.delenv("SHOP_API_TOKEN", raising=False)
    assert cli.main(["--database-url", store, "alerts", "send"]) == 2
    assert "SHOP_API_TOKEN is not set" in capsys.readouterr().err


def test_a_catalog_reimport_that_restocks_queues_the_alert(store, engine, tmp_path, capsys):
    with session_scope(engine) as session:
        _sign_up(session)
    with DEMO_CATALOG.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:
        if row["Variant SKU"] == "ALD-WIN-BLK-13":
            row["Variant Inventory Qty"] = "6"
    restocked = tmp_path / "restocked.csv"
    with restocked.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    assert cli.main(["--database-url", store, "import-catalog", "--quiet", str(restocked)]) == 0
    assert "1 shopper alerts queued" in capsys.readouterr().out
    with session_scope(engine) as session:
        assert session.scalar(select(AlertDelivery.status)) == PENDING
