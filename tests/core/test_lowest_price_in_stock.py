"""Each product's lowest price in stock (`Product.min_price_in_stock`, which "cheapest first" walks,
docs/performance.md section 3.5) follows every change of a variant's stock or price in the
transaction that makes it: a sale, a cancelled order's restock, the catalog import and its
re-import, the shop owner's `shop stock` and `shop price`. A shopper asking for the cheapest
loafers never sees a price that is no longer there."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from commerce import cli
from commerce.db import session_scope
from commerce.models import Product, ProductSizePrice, Variant
from commerce.orders import Contact, place_order
from commerce.orders_after_sale import Requester, cancel_order
from commerce.search import ProductQuery, find_alternatives, find_products

from .catalog_rows import import_file, product_row, variant_row

ANN = Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston")


def loafers(cedar_price: str = "100.00") -> list[dict[str, str]]:
    """Three loafers: Alder's cheapest pair ($50, one left) is cheaper than its others ($120)."""
    return [
        product_row("alder-loafer", "Alder Loafer", "US 9", product_type="Loafers",
                    price="50.00", qty="1", sku="ALD-9"),
        variant_row("alder-loafer", "US 10", price="120.00", qty="5", sku="ALD-10"),
        product_row("birch-loafer", "Birch Loafer", "US 9", product_type="Loafers",
                    price="80.00", qty="2", sku="BIR-9"),
        variant_row("birch-loafer", "US 10", price="80.00", qty="0", sku="BIR-10"),
        product_row("cedar-loafer", "Cedar Loafer", "US 9", product_type="Loafers",
                    price=cedar_price, qty="4", sku="CED-9"),
        variant_row("cedar-loafer", "US 10", price="110.00", qty="3", sku="CED-10"),
    ]  # fmt: skip


@pytest.fixture
def shop(new_store, write_catalog):
    """A store with the three loafers imported."""
    assert not import_file(new_store, write_catalog(loafers())).problems
    return new_store


def cheapest(session, **filters) -> list[tuple[str, str]]:
    """(handle, lowest price) of the loafers in stock, cheapest first, as a shopper sees them."""
    query = ProductQuery(category="loafers", sort="price_asc", **filters)
    return [(m.handle, str(m.price_from)) for m in find_products(session, query, limit=10).matches]


def lowest(session, handle: str) -> Decimal | None:
    return session.scalar(select(Product.min_price_in_stock).where(Product.handle == handle))


def sku_id(session, sku: str) -> int:
    return session.scalar(select(Variant.id).where(Variant.sku == sku))


def buy(session, sku: str, quantity: int, key: str) -> str:
    items = [(sku_id(session, sku), quantity)]
    return place_order(session, owner="ann", contact=ANN, items=items, idempotency_key=key).number


BEFORE = [("alder-loafer", "50.00"), ("birch-loafer", "80.00"), ("cedar-loafer", "100.00")]
ALDER_AT_120 = [("birch-loafer", "80.00"), ("cedar-loafer", "100.00"), ("alder-loafer", "120.00")]


def test_the_import_gives_each_product_its_lowest_price_in_stock(shop):
    with session_scope(shop) as session:
        assert cheapest(session) == BEFORE
        assert lowest(session, "alder-loafer") == Decimal("50.00")
        # Birch in size 10 is sold out: a size only raises a product's price, never lowers it.
        assert cheapest(session, size="10") == [
            ("cedar-loafer", "110.00"),
            ("alder-loafer", "120.00"),
        ]


def test_selling_the_last_cheapest_pair_moves_the_product_in_the_same_transaction(shop):
    with session_scope(shop, writes=True) as session:
        buy(session, "ALD-9", 1, "last-alder")
        # Before the commit, in the transaction that took the stock:
        assert lowest(session, "alder-loafer") == Decimal("120.00")
        assert cheapest(session) == ALDER_AT_120

    with session_scope(shop) as session:
        assert cheapest(session) == ALDER_AT_120
        assert cheapest(session, size="9") == [
            ("birch-loafer", "80.00"),
            ("cedar-loafer", "100.00"),
        ]


def test_a_sold_out_product_has_no_lowest_price_and_is_not_listed(shop):
    with session_scope(shop, writes=True) as session:
        buy(session, "BIR-9", 2, "all-birch")
        assert lowest(session, "birch-loafer") is None
        assert cheapest(session) == [("alder-loafer", "50.00"), ("cedar-loafer", "100.00")]

    with session_scope(shop) as session:
        assert lowest(session, "birch-loafer") is None


def test_a_cancelled_order_puts_the_product_back_at_its_price(shop):
    with session_scope(shop, writes=True) as session:
        number = buy(session, "ALD-9", 1, "changed-my-mind")
        assert cheapest(session) == ALDER_AT_120
    with session_scope(shop, writes=True) as session:
        cancel_order(session, number, Requester("ann"))
        assert cheapest(session) == BEFORE

    with session_scope(shop) as session:
        assert lowest(session, "alder-loafer") == Decimal("50.00")
        assert cheapest(session) == BEFORE


def test_a_reimport_with_a_new_price_moves_the_product(shop, write_catalog):
    assert not import_file(shop, write_catalog(loafers(cedar_price="40.00"), "again.csv")).problems

    with session_scope(shop) as session:
        assert lowest(session, "cedar-loafer") == Decimal("40.00")
        assert cheapest(session)[0] == ("cedar-loafer", "40.00")
    # Back to the old price: the product goes back to its old place.
    assert not import_file(shop, write_catalog(loafers(), "old.csv")).problems
    with session_scope(shop) as session:
        assert cheapest(session) == BEFORE


def test_the_shop_owner_s_stock_and_price_commands_move_the_product(shop, capsys):
    url = shop.url.render_as_string(hide_password=False)

    assert cli.main(["--database-url", url, "stock", "ALD-9", "0"]) == 0
    with session_scope(shop) as session:
        assert cheapest(session) == ALDER_AT_120

    assert cli.main(["--database-url", url, "price", "ALD-10", "45"]) == 0
    assert cli.main(["--database-url", url, "stock", "BIR-9", "0"]) == 0
    with session_scope(shop) as session:
        assert cheapest(session) == [("alder-loafer", "45.00"), ("cedar-loafer", "100.00")]
        assert lowest(session, "birch-loafer") is None


# ------------------------------------------------- the lowest price in each size (section 3.7)
# A search that finds nothing under its budget offers the nearest above it in the size asked
# for, read off each product's lowest price in stock in that size (`ProductSizePrice`): it
# follows the same changes, and the size keys a re-import gives a variant.


def nearest_in_size_9(session) -> list[tuple[str, str, tuple[str, ...]]]:
    """(handle, price, what it gives up) of the alternatives to loafers in size 9 under $30."""
    query = ProductQuery(category="loafers", size="9", price_max=Decimal("30"))
    found = find_alternatives(session, query, limit=3).result.matches
    return [(m.handle, str(m.price_from), m.gave_up) for m in found]


def size_prices_as_the_variants_say(session) -> None:
    """Every product's lowest price in stock per size key, and its place, are what its variants
    and the product say (no row for a size sold out)."""
    rows = session.execute(
        select(ProductSizePrice.product_id, ProductSizePrice.key,
               ProductSizePrice.min_price_in_stock, ProductSizePrice.position)
    ).all()  # fmt: skip
    expected: dict[tuple[int, str], tuple] = {}
    for variant in session.scalars(select(Variant).where(Variant.stock > 0)):
        for key in variant.size_keys:
            was = expected.get((variant.product_id, key.key), (variant.price,))[0]
            expected[variant.product_id, key.key] = (
                min(was, variant.price),
                variant.product.position,
            )
    assert {(product, key): (low, position) for product, key, low, position in rows} == expected


IN_SIZE_9 = [
    ("alder-loafer", "50.00", ("price",)),
    ("birch-loafer", "80.00", ("price",)),
    ("cedar-loafer", "100.00", ("price",)),
]
# Alder's last pair in 9 sold: its nearest is $120 in size 10, farther than the others in 9.
ALDER_9_SOLD = [
    ("birch-loafer", "80.00", ("price",)),
    ("cedar-loafer", "100.00", ("price",)),
    ("alder-loafer", "120.00", ("size", "price")),
]


def test_the_import_gives_each_product_its_lowest_price_in_each_size(shop):
    with session_scope(shop) as session:
        size_prices_as_the_variants_say(session)
        assert nearest_in_size_9(session) == IN_SIZE_9


def test_selling_the_last_pair_in_a_size_moves_the_product_and_a_cancel_puts_it_back(shop):
    with session_scope(shop, writes=True) as session:
        number = buy(session, "ALD-9", 1, "last-alder-9")
        size_prices_as_the_variants_say(session)  # in the transaction that took the stock
        assert nearest_in_size_9(session) == ALDER_9_SOLD
    with session_scope(shop, writes=True) as session:
        cancel_order(session, number, Requester("ann"))
    with session_scope(shop) as session:
        size_prices_as_the_variants_say(session)
        assert nearest_in_size_9(session) == IN_SIZE_9


def test_the_shop_owner_s_stock_and_price_commands_move_the_product_in_its_size(shop):
    url = shop.url.render_as_string(hide_password=False)

    assert cli.main(["--database-url", url, "price", "CED-9", "45"]) == 0
    assert cli.main(["--database-url", url, "stock", "ALD-9", "0"]) == 0
    with session_scope(shop) as session:
        size_prices_as_the_variants_say(session)
        assert nearest_in_size_9(session) == [
            ("cedar-loafer", "45.00", ("price",)),
            ("birch-loafer", "80.00", ("price",)),
            ("alder-loafer", "120.00", ("size", "price")),
        ]


def test_a_reimport_that_changes_a_size_moves_the_product_out_of_it(shop, write_catalog):
    rows = loafers()
    rows[4] = product_row("cedar-loafer", "Cedar Loafer", "US 11", product_type="Loafers",
                          price="100.00", qty="4", sku="CED-9")  # fmt: skip
    assert not import_file(shop, write_catalog(rows, "sizes.csv")).problems

    with session_scope(shop) as session:
        size_prices_as_the_variants_say(session)
        assert nearest_in_size_9(session) == [
            *IN_SIZE_9[:2],
            ("cedar-loafer", "100.00", ("size", "price")),
        ]


def test_a_reimport_that_reorders_the_shop_reorders_products_at_the_same_price(shop, write_catalog):
    # Birch and a new Dune loafer both $80 in size 9: the nearest come in the shop's order,
    # which a re-import that lists Dune first changes.
    dune = product_row("dune-loafer", "Dune Loafer", "US 9", product_type="Loafers",
                       price="80.00", qty="2", sku="DUN-9")  # fmt: skip
    rows = loafers()
    assert not import_file(shop, write_catalog([*rows, dune], "dune.csv")).problems
    with session_scope(shop) as session:
        assert [handle for handle, _, _ in nearest_in_size_9(session)] == [
            "alder-loafer", "birch-loafer", "dune-loafer",
        ]  # fmt: skip

    assert not import_file(shop, write_catalog([dune, *rows], "dune-first.csv")).problems
    with session_scope(shop) as session:
        size_prices_as_the_variants_say(session)
        assert [handle for handle, _, _ in nearest_in_size_9(session)] == [
            "alder-loafer", "dune-loafer", "birch-loafer",
        ]  # fmt: skip
