"""Orders and carts on a real SQLite store: stock, idempotency, states, ownership, races."""

from __future__ import annotations

import re
import shutil
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from commerce.cart import add_to_cart, cart_items, checkout_cart, set_cart_quantity
from commerce.db import get_engine, session_scope
from commerce.models import Order, Product, Variant
from commerce.orders import (
    Contact,
    InvalidRequest,
    NotAllowedNow,
    OrderNotFound,
    OutOfStock,
    payment_link,
    place_order,
)
from commerce.orders_after_sale import (
    Requester,
    cancel_order,
    change_address,
    find_order,
    latest_order,
    move_order,
    request_return,
)

ANN = Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston")
FRIDAY = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)


@pytest.fixture
def store(demo_store_file, tmp_path):
    path = tmp_path / "orders.db"
    shutil.copy(demo_store_file, path)
    engine = get_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def variant_id(engine, handle: str, size_prefix: str | None = None, colour: str | None = None):
    with session_scope(engine) as session:
        query = select(Variant).join(Product).where(Product.handle == handle)
        if size_prefix:
            query = query.where(Variant.size.like(f"{size_prefix}%"))
        if colour:
            query = query.where(Variant.colour == colour)
        return session.scalars(query).first().id


def stock(engine, vid: int) -> int:
    with session_scope(engine) as session:
        return session.get(Variant, vid).stock


def order_count(engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count(Order.id)))


def buy(engine, items, key="key-1", owner="ann", contact=ANN, **kwargs):
    with session_scope(engine, writes=True) as session:
        order = place_order(
            session, owner=owner, contact=contact, items=items, idempotency_key=key, **kwargs
        )
        return order.number


@pytest.fixture
def windsor_10(store):
    return variant_id(store, "windsor-patent-oxford", "US 10 ")


def test_an_order_takes_the_stock_and_has_a_number_totals_and_a_delivery_date(store, windsor_10):
    before = stock(store, windsor_10)

    number = buy(store, [(windsor_10, 1)], now=FRIDAY)

    assert re.fullmatch(r"HL-[2-9A-HJKMNP-Z]{6}", number)
    assert stock(store, windsor_10) == before - 1
    with session_scope(store) as session:
        order = find_order(session, number, Requester("ann"))
        assert order.status == "awaiting_payment"
        assert order.subtotal == Decimal("139.00")
        assert order.shipping_cost == Decimal("0.00")  # standard ships free from $100
        assert order.tax == Decimal("11.12")  # 8 % of the goods
        assert order.total == Decimal("150.12")
        # Friday + 5 business days = the next Friday.
        assert order.estimated_delivery.date() == datetime(2026, 11, 27).date()
        assert [(line.title, line.size, line.quantity) for line in order.lines] == [
            ("Windsor Patent Oxford", "US 10 / EU 43", 1)
        ]
        assert payment_link(order).endswith(number)


def test_express_shipping_costs_and_arrives_sooner(store):
    bow_tie = variant_id(store, "silk-self-tie-bow-tie", colour="Black")

    number = buy(store, [(bow_tie, 1)], shipping_method="express", now=FRIDAY)

    with session_scope(store) as session:
        order = find_order(session, number, Requester("ann"))
        assert order.shipping_cost == Decimal("14.95")
        assert order.estimated_delivery.date() == datetime(2026, 11, 24).date()  # Tuesday


def test_a_double_tap_makes_one_order(store, windsor_10):
    before = stock(store, windsor_10)

    first = buy(store, [(windsor_10, 1)], key="tap")
    second = buy(store, [(windsor_10, 1)], key="tap")

    assert first == second
    assert stock(store, windsor_10) == before - 1
    assert order_count(store) == 1


@pytest.mark.parametrize("quantity", [0, -1, 11, True])
def test_bad_quantities_change_nothing(store, windsor_10, quantity):
    before = stock(store, windsor_10)

    with pytest.raises(InvalidRequest):
        buy(store, [(windsor_10, quantity)])

    assert stock(store, windsor_10) == before and order_count(store) == 0


def test_more_than_in_stock_is_refused_and_changes_nothing(store, windsor_10):
    available = stock(store, windsor_10)

    with pytest.raises(OutOfStock) as refused:
        buy(store, [(windsor_10, available + 1)])

    assert refused.value.available == available
    assert stock(store, windsor_10) == available and order_count(store) == 0


def test_a_sold_out_second_line_puts_the_first_lines_stock_back(store, windsor_10):
    sold_out = variant_id(store, "windsor-patent-oxford", "US 13")
    before = stock(store, windsor_10)

    with pytest.raises(OutOfStock):
        buy(store, [(windsor_10, 1), (sold_out, 1)])

    assert stock(store, windsor_10) == before and order_count(store) == 0


@pytest.mark.parametrize(
    "contact",
    [
        Contact("Ann Lee", "not-an-email", "12 Harbour Lane, 02110 Boston"),
        Contact("Ann Lee", "ann@example.com", "Boston"),
        Contact("A", "ann@example.com", "12 Harbour Lane, 02110 Boston"),
    ],
)
def test_invalid_contact_details_change_nothing(store, windsor_10, contact):
    before = stock(store, windsor_10)

    with pytest.raises(InvalidRequest):
        buy(store, [(windsor_10, 1)], contact=contact)

    assert stock(store, windsor_10) == before and order_count(store) == 0


def test_unknown_variant_and_shipping_method_are_refused(store, windsor_10):
    with pytest.raises(InvalidRequest):
        buy(store, [(999_999, 1)])
    with pytest.raises(InvalidRequest):
        buy(store, [(windsor_10, 1)], shipping_method="teleport")
    assert order_count(store) == 0


def test_only_the_owner_or_someone_with_number_and_email_sees_an_order(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])

    with session_scope(store) as session:
        assert find_order(session, number, Requester("ann")).number == number
        assert find_order(session, number.lower(), Requester("bob", "ANN@example.com"))
        for stranger in (Requester("bob"), Requester("bob", "bob@example.com")):
            with pytest.raises(OrderNotFound) as hidden:
                find_order(session, number, stranger)
            with pytest.raises(OrderNotFound) as missing:
                find_order(session, "HL-ZZZZZZ", stranger)
            # Nothing tells a stranger whether the number exists.
            assert str(hidden.value) == str(missing.value)


def test_cancel_before_shipping_returns_the_stock(store, windsor_10):
    before = stock(store, windsor_10)
    number = buy(store, [(windsor_10, 2)])

    with session_scope(store, writes=True) as session:
        cancel_order(session, number, Requester("ann"))

    assert stock(store, windsor_10) == before
    with session_scope(store) as session:
        assert find_order(session, number, Requester("ann")).status == "cancelled"


def test_a_shipped_order_cannot_be_cancelled(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])
    with session_scope(store, writes=True) as session:
        move_order(session, number, "paid")
        move_order(session, number, "shipped", tracking_number="1Z999")
    after_shipping = stock(store, windsor_10)

    with session_scope(store, writes=True) as session, pytest.raises(NotAllowedNow):
        cancel_order(session, number, Requester("ann"))

    assert stock(store, windsor_10) == after_shipping


def test_someone_elses_order_cannot_be_cancelled(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])

    with session_scope(store, writes=True) as session, pytest.raises(OrderNotFound):
        cancel_order(session, number, Requester("mallory", "mallory@example.com"))

    with session_scope(store) as session:
        assert find_order(session, number, Requester("ann")).status == "awaiting_payment"


def test_address_changes_only_before_shipping_and_only_to_a_real_address(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])
    with session_scope(store, writes=True) as session:
        change_address(session, number, Requester("ann"), "7 Quay Street, 02111 Boston")
        with pytest.raises(InvalidRequest):
            change_address(session, number, Requester("ann"), "nowhere")
        move_order(session, number, "paid")
        move_order(session, number, "shipped", tracking_number="1Z1")
        with pytest.raises(NotAllowedNow):
            change_address(session, number, Requester("ann"), "9 Other Road, 10001 NYC")

    with session_scope(store) as session:
        assert (
            find_order(session, number, Requester("ann")).address == "7 Quay Street, 02111 Boston"
        )


def deliver(engine, number: str, when: datetime) -> None:
    with session_scope(engine, writes=True) as session:
        move_order(session, number, "paid", now=when)
        move_order(session, number, "shipped", tracking_number="1Z2", now=when)
        move_order(session, number, "delivered", now=when)


def test_return_within_the_window_gets_its_own_number(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])
    deliver(store, number, FRIDAY)

    with session_scope(store, writes=True) as session:
        request = request_return(
            session, number, Requester("ann"), "too tight", now=FRIDAY + timedelta(days=10)
        )
        assert re.fullmatch(r"RT-[2-9A-HJKMNP-Z]{6}", request.number)
    with session_scope(store) as session:
        assert find_order(session, number, Requester("ann")).status == "return_requested"


def test_return_after_the_window_or_before_delivery_is_refused(store, windsor_10):
    late = buy(store, [(windsor_10, 1)], key="late")
    deliver(store, late, FRIDAY)
    early = buy(store, [(windsor_10, 1)], key="early")

    with session_scope(store, writes=True) as session:
        with pytest.raises(NotAllowedNow, match="return window"):
            request_return(session, late, Requester("ann"), now=FRIDAY + timedelta(days=31))
        with pytest.raises(NotAllowedNow, match="delivered"):
            request_return(session, early, Requester("ann"))


def test_the_shop_owner_moves_orders_only_forward(store, windsor_10):
    number = buy(store, [(windsor_10, 1)])
    with session_scope(store, writes=True) as session:
        with pytest.raises(NotAllowedNow):
            move_order(session, number, "shipped", tracking_number="1Z3")
        move_order(session, number, "paid")
        with pytest.raises(InvalidRequest):
            move_order(session, number, "shipped")  # no tracking number
        with pytest.raises(InvalidRequest):
            move_order(session, number, "teleported")


def test_latest_order_is_the_newest_of_the_owner(store, windsor_10):
    buy(store, [(windsor_10, 1)], key="a", now=FRIDAY)
    newest = buy(store, [(windsor_10, 1)], key="b", now=FRIDAY + timedelta(hours=1))
    buy(store, [(windsor_10, 1)], key="c", owner="bob", now=FRIDAY + timedelta(hours=2))

    with session_scope(store) as session:
        assert latest_order(session, "ann").number == newest
        assert latest_order(session, "nobody") is None


def test_the_cart_adds_merges_limits_and_survives_a_new_session(store, windsor_10):
    belt = variant_id(store, "silk-self-tie-bow-tie", colour="Navy")
    with session_scope(store, writes=True) as session:
        add_to_cart(session, "ann", windsor_10)
        add_to_cart(session, "ann", windsor_10)
        add_to_cart(session, "ann", belt, 2)
        with pytest.raises(OutOfStock):
            add_to_cart(session, "ann", windsor_10, stock(store, windsor_10))

    with session_scope(store, writes=True) as session:
        assert [(i.variant_id, i.quantity) for i in cart_items(session, "ann")] == [
            (windsor_10, 2),
            (belt, 2),
        ]
        set_cart_quantity(session, "ann", belt, 0)
        set_cart_quantity(session, "ann", windsor_10, 1)
        with pytest.raises(InvalidRequest):
            set_cart_quantity(session, "ann", windsor_10, -2)
    with session_scope(store) as session:
        assert [(i.variant_id, i.quantity) for i in cart_items(session, "ann")] == [(windsor_10, 1)]


def test_checkout_orders_the_cart_and_empties_it(store, windsor_10):
    before = stock(store, windsor_10)
    with session_scope(store, writes=True) as session:
        add_to_cart(session, "ann", windsor_10, 2)

    with session_scope(store, writes=True) as session:
        order = checkout_cart(session, owner="ann", contact=ANN, idempotency_key="cart-1")
        number = order.number

    with session_scope(store, writes=True) as session:
        assert cart_items(session, "ann") == []
        again = checkout_cart(session, owner="ann", contact=ANN, idempotency_key="cart-1")
        assert again.number == number
        with pytest.raises(InvalidRequest, match="empty"):
            checkout_cart(session, owner="ann", contact=ANN, idempotency_key="cart-2")
    assert stock(store, windsor_10) == before - 2


def race(engine, workers: int, attempt) -> list:
    """Run `attempt(i)` in `workers` threads at once; return what each returned or raised."""
    start = threading.Barrier(workers)
    results: list = [None] * workers

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = attempt(index)
        except Exception as error:  # collected and asserted on by the test
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def set_stock(engine, vid: int, value: int) -> None:
    with session_scope(engine, writes=True) as session:
        session.get(Variant, vid).stock = value


def test_many_shoppers_racing_for_the_last_units_never_oversell(store, windsor_10):
    set_stock(store, windsor_10, 3)

    results = race(store, 12, lambda i: buy(store, [(windsor_10, 1)], key=f"k{i}", owner=f"s{i}"))

    orders = [r for r in results if isinstance(r, str)]
    refusals = [r for r in results if isinstance(r, OutOfStock)]
    assert len(orders) == 3 and len(refusals) == 9, results
    assert stock(store, windsor_10) == 0
    assert order_count(store) == 3


def test_a_double_tap_racing_itself_makes_one_order(store, windsor_10):
    before = stock(store, windsor_10)

    results = race(store, 6, lambda i: buy(store, [(windsor_10, 1)], key="same-tap"))

    assert len(set(results)) == 1 and isinstance(results[0], str), results
    assert stock(store, windsor_10) == before - 1
    assert order_count(store) == 1


def test_the_shop_owner_marks_an_order_shipped_from_the_command_line(store, windsor_10, capsys):
    from commerce.cli import main

    number = buy(store, [(windsor_10, 1)])
    url = str(store.url)

    assert main(["--database-url", url, "order", number, "paid"]) == 0
    assert main(["--database-url", url, "order", number, "shipped", "--tracking", "1Z42"]) == 0
    assert "on its way" in capsys.readouterr().out
    assert main(["--database-url", url, "order", number, "paid"]) == 2
    assert "is on its way" in capsys.readouterr().err
    assert main(["--database-url", url, "order", "HL-ZZZZZZ"]) == 2


def test_details_are_remembered_only_when_saved_and_can_be_forgotten(store):
    from commerce.orders import forget_contact, remember_contact, saved_contact

    with session_scope(store, writes=True) as session:
        assert saved_contact(session, "ann") is None
        remember_contact(session, "ann", ANN)
        with pytest.raises(InvalidRequest):
            remember_contact(session, "bob", Contact("Bob", "bob@", "x"))
    with session_scope(store, writes=True) as session:
        assert saved_contact(session, "ann") == ANN
        assert saved_contact(session, "bob") is None
        assert forget_contact(session, "ann") is True
    with session_scope(store) as session:
        assert saved_contact(session, "ann") is None


def test_invoice_lists_what_was_charged_even_after_a_price_change(store, windsor_10):
    from commerce.orders_after_sale import invoice

    bow_tie = variant_id(store, "silk-self-tie-bow-tie", colour="Black")
    number = buy(store, [(windsor_10, 1), (bow_tie, 2)])
    with session_scope(store, writes=True) as session:
        session.get(Variant, windsor_10).price = Decimal("999.00")

    with session_scope(store) as session:
        bill = invoice(find_order(session, number, Requester("ann")))

    assert [(line.description, line.quantity, line.amount) for line in bill.lines] == [
        ("Windsor Patent Oxford, US 10 / EU 43, Black", 1, Decimal("139.00")),
        ("Silk Self-Tie Bow Tie, Black", 2, Decimal("90.00")),
    ]
    assert bill.subtotal == Decimal("229.00")
    assert bill.total == bill.subtotal + bill.shipping + bill.tax
    assert bill.billed_to == "Ann Lee, 12 Harbour Lane, 02110 Boston"
