"""The one rule for what an order's state allows, the one table of words for a state, and the one
quantity rule: the core enforces exactly what the rule says (the actions ask the same rule)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from commerce.cart import add_to_cart
from commerce.db import get_engine, session_scope
from commerce.handoff import shopper_context
from commerce.models import Order, Product, Variant
from commerce.order_rules import (
    MAX_QUANTITY,
    STATUS_WORDS,
    OrderChange,
    OrderStatus,
    QuantityProblem,
    Refusal,
    check_change,
    describe_status,
    quantity_problem,
)
from commerce.orders import Contact, NotAllowedNow, OrderError, place_order
from commerce.orders_after_sale import Requester, cancel_order, change_address, request_return

NOW = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
S = OrderStatus
ALLOWED = None

# state -> (cancel, change address, return) for an order delivered 10 days ago where delivered
EXPECTED = {
    S.AWAITING_PAYMENT: (ALLOWED, ALLOWED, Refusal.NOT_SHIPPED_YET),
    S.PAID: (ALLOWED, ALLOWED, Refusal.NOT_SHIPPED_YET),
    S.SHIPPED: (Refusal.ALREADY_SHIPPED, Refusal.ALREADY_SHIPPED, Refusal.NOT_DELIVERED_YET),
    S.DELIVERED: (Refusal.ALREADY_SHIPPED, Refusal.ALREADY_SHIPPED, ALLOWED),
    S.CANCELLED: (Refusal.CLOSED, Refusal.CLOSED, Refusal.CLOSED),
    S.RETURN_REQUESTED: (Refusal.CLOSED, Refusal.CLOSED, Refusal.CLOSED),
    S.RETURNED: (Refusal.CLOSED, Refusal.CLOSED, Refusal.CLOSED),
}
CHANGES = (OrderChange.CANCEL, OrderChange.CHANGE_ADDRESS, OrderChange.RETURN)


def an_order(status: OrderStatus, delivered_days_ago: int | None = 10) -> Order:
    delivered = status in (S.DELIVERED, S.RETURN_REQUESTED, S.RETURNED)
    return Order(
        number="HL-TEST22",
        status=status.value,
        delivered_at=NOW - timedelta(days=delivered_days_ago) if delivered else None,
    )


@pytest.mark.parametrize("status", list(OrderStatus))
def test_what_each_state_allows(status):
    assert set(EXPECTED) == set(OrderStatus)
    for change, expected in zip(CHANGES, EXPECTED[status], strict=True):
        check = check_change(an_order(status), change, now=NOW)
        assert check.refusal == expected, (status, change)
        assert check.allowed == (expected is None)


def test_the_return_window_closes_window_days_after_delivery(monkeypatch):
    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "14")
    order = an_order(S.DELIVERED, delivered_days_ago=15)

    check = check_change(order, OrderChange.RETURN, now=NOW)

    assert check.refusal == Refusal.RETURN_WINDOW_CLOSED
    assert check.return_window_closes == order.delivered_at + timedelta(days=14)
    assert check_change(order, OrderChange.RETURN, now=NOW - timedelta(days=2)).allowed


def test_every_state_has_words_for_shoppers_and_agents():
    assert set(STATUS_WORDS) == set(OrderStatus)
    assert describe_status("shipped") == "on its way"
    assert describe_status("shipped", for_agent=True) == "shipped"
    assert describe_status(S.RETURN_REQUESTED, for_agent=True) == "return requested"


# --- the core does what the rule says -----------------------------------------------------------


@pytest.fixture
def store(demo_store_file, tmp_path):
    path = tmp_path / "rules.db"
    shutil.copy(demo_store_file, path)
    engine = get_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def windsor_10(session) -> Variant:
    return session.scalars(
        select(Variant).join(Product)
        .where(Product.handle == "windsor-patent-oxford", Variant.size.like("US 10 %"))
    ).first()  # fmt: skip


def order_in(engine, status: OrderStatus, key: str) -> str:
    with session_scope(engine, writes=True) as session:
        order = place_order(
            session, owner="ann", contact=Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, "
            "02110 Boston"), items=[(windsor_10(session).id, 1)], idempotency_key=key, now=NOW,
        )  # fmt: skip
        order.status = status.value
        if status in (S.DELIVERED, S.RETURN_REQUESTED, S.RETURNED):
            order.delivered_at = NOW - timedelta(days=10)
        return order.number


@pytest.mark.parametrize("status", list(OrderStatus))
def test_the_core_refuses_exactly_what_the_rule_refuses(store, status):
    number = order_in(store, status, key=f"rule-{status}")
    attempts = {
        OrderChange.CANCEL: lambda s: cancel_order(s, number, Requester("ann")),
        OrderChange.CHANGE_ADDRESS: lambda s: change_address(
            s, number, Requester("ann"), "7 Quay Street, 02111 Boston"
        ),
        OrderChange.RETURN: lambda s: request_return(
            s, number, Requester("ann"), now=NOW + timedelta(days=1)
        ),
    }
    for change, attempt in attempts.items():
        with session_scope(store) as session:
            order = session.scalar(select(Order).where(Order.number == number))
            check = check_change(order, change, now=NOW + timedelta(days=1))
            try:
                attempt(session)
            except NotAllowedNow as refused:
                assert not check.allowed, (status, change)
                assert refused.check == check
            else:
                assert check.allowed, (status, change)
            finally:
                session.rollback()  # each change is tried on the order as it was


def test_the_agents_see_the_agents_word_for_the_state(store):
    number = order_in(store, S.SHIPPED, key="agent-words")
    with session_scope(store) as session:
        context = shopper_context(session, "ann", [], number)
    assert context.order.startswith(f"{number}: shipped, total $")


@pytest.mark.parametrize(
    ("quantity", "in_stock", "problem"),
    [
        (1, 5, None),
        (MAX_QUANTITY, 50, None),
        (0, 5, QuantityProblem.NOT_A_COUNT),
        (-2, 5, QuantityProblem.NOT_A_COUNT),
        (True, 5, QuantityProblem.NOT_A_COUNT),
        (MAX_QUANTITY + 1, 50, QuantityProblem.TOO_MANY),
        (6, 5, QuantityProblem.NOT_IN_STOCK),
    ],
)
def test_one_quantity_rule_for_the_cart_and_the_order(store, quantity, in_stock, problem):
    assert quantity_problem(quantity, in_stock) == problem
    with session_scope(store) as session:
        variant = windsor_10(session)
        variant.stock = in_stock
        session.flush()
        if problem is None:
            add_to_cart(session, "ann", variant.id, quantity)
        else:
            with pytest.raises(OrderError):
                add_to_cart(session, "ann", variant.id, quantity)
