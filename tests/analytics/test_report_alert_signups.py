"""Alert sign-ups ("tell me when size 11 is back", commerce/alerts/) in the shop owner's report:
what shoppers are waiting for is demand the shop could not serve yet."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone

from sqlalchemy import select

from commerce.alerts import BACK_IN_STOCK, PRICE_DROP, AlertSubscription
from commerce.db import get_engine, session_scope
from commerce.models import Product


def test_sign_ups_in_the_period_are_counted_by_what_was_asked_for(
    report, demo_store_file, tmp_path
):
    store = tmp_path / "shop.db"
    shutil.copy(demo_store_file, store)
    engine = get_engine(f"sqlite:///{store}")
    expires = datetime(2027, 1, 1, tzinfo=timezone.utc)
    with session_scope(engine) as session:
        windsor = session.scalar(
            select(Product.id).where(Product.handle == "windsor-patent-oxford")
        )
        for owner, size, condition, day in [
            ("ann", "us8", BACK_IN_STOCK, 3),
            ("bob", "us8", BACK_IN_STOCK, 4),
            ("cat", None, PRICE_DROP, 4),
            ("dan", "us8", BACK_IN_STOCK, 20),  # after the period
        ]:
            session.add(AlertSubscription(
                owner=owner, channel="socketio", product_id=windsor, size_key=size,
                condition=condition, created_at=datetime(2026, 11, day, 12, tzinfo=timezone.utc),
                expires_at=expires,
            ))  # fmt: skip

    run = report(date(2026, 11, 1), date(2026, 11, 10), tmp_path / "none.db", store)

    assert run.figure("alert_signups") == "3"  # the one after the period left out
    signups = [(r["product"], r["size"], r["condition"], r["signups"])
               for r in run.csv("alert_signups")]  # fmt: skip
    assert signups == [
        ("Windsor Patent Oxford", "us8", BACK_IN_STOCK, "2"),
        ("Windsor Patent Oxford", "any", PRICE_DROP, "1"),
    ]
    assert "Windsor Patent Oxford" in run.html
