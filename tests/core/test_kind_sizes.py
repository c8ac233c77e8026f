"""The sizes each kind is made in and has in stock (`commerce.kind_sizes.KindSize`, which tells a
search that no dress comes in size 13 and lists the dresses' sizes in stock; docs/performance.md
section 3.9) follow every change in the transaction that makes it: a sale and its cancel, the
shop owner's `shop stock`, a re-import that changes a size, a product's Type or its status. A
shopper asking for dresses in a size never hears of a size that is gone, nor misses one that is
back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from commerce import cli
from commerce.db import session_scope
from commerce.kind_sizes import KindSize
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order
from commerce.orders_after_sale import Requester, cancel_order
from commerce.search import ProductQuery, available_sizes, find_alternatives, find_products

from .catalog_rows import import_file, product_row, variant_row

ANN = Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston")
CLOTHING = "Apparel & Accessories > Clothing"


def dresses(briar_type: str = "Dresses", briar_status: str = "active", aster_small: str = "S"):
    """Aster in S (one left) and M; Briar in M (sold out) and L."""
    return [
        product_row("aster-dress", "Aster Dress", aster_small, product_type="Dresses",
                    category=CLOTHING, gender="female", price="60.00", qty="1", sku="AST-S"),
        variant_row("aster-dress", "M", price="70.00", qty="2", sku="AST-M"),
        product_row("briar-dress", "Briar Dress", "M", product_type=briar_type, category=CLOTHING,
                    gender="female", price="90.00", qty="0", sku="BRI-M", status=briar_status),
        variant_row("briar-dress", "L", price="95.00", qty="3", sku="BRI-L"),
    ]  # fmt: skip


@pytest.fixture
def shop(new_store, write_catalog):
    assert not import_file(new_store, write_catalog(dresses())).problems
    return new_store


def sizes_in_stock(session, kind: str = "dresses") -> tuple[str, ...]:
    """The sizes a reply names for the kind ("in stock: S, M, L")."""
    return available_sizes(session, ProductQuery(category=kind))


def found_in(session, size: str, kind: str = "dresses", in_stock_only: bool = True) -> list[str]:
    query = ProductQuery(category=kind, size=size)
    return [m.handle for m in find_products(session, query, in_stock_only=in_stock_only).matches]


def kind_sizes_as_the_variants_say(session) -> None:
    """Every row is what the active products' variants and their size keys say."""
    expected: dict[tuple, list] = {}
    for variant in session.scalars(select(Variant).join(Product).where(Product.is_active)):
        product = variant.product
        for key in [k.key for k in variant.size_keys] or [""]:
            mins = expected.setdefault(
                (product.product_type.lower(), product.department.lower(), variant.size, key),
                [None, None, None, None],
            )
            for index, counted in ((0, variant.stock > 0), (2, variant.stock > -1)):
                if counted:
                    mins[index] = min(variant.price, mins[index] or variant.price)
                    mins[index + 1] = min(variant.position, mins[index + 1] or variant.position)
    rows = {
        (row.product_type, row.department, row.size, row.key): [
            row.min_price_in_stock, row.min_position_in_stock, row.min_price, row.min_position,
        ]
        for row in session.scalars(select(KindSize))
    }  # fmt: skip
    assert rows == expected


def test_the_import_gives_each_kind_its_sizes_in_stock_and_made(shop):
    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M", "L")
        assert found_in(session, "l") == ["briar-dress"]
        assert found_in(session, "xl") == []
        # Sold out in M, still made in M: "sold out in that size" finds it.
        assert found_in(session, "m", in_stock_only=False) == ["aster-dress", "briar-dress"]


def test_selling_the_last_of_a_size_takes_it_off_the_kind_and_a_cancel_puts_it_back(shop):
    with session_scope(shop, writes=True) as session:
        variant = session.scalar(select(Variant.id).where(Variant.sku == "AST-S"))
        number = place_order(
            session, owner="ann", contact=ANN, items=[(variant, 1)], idempotency_key="last-s"
        ).number
        kind_sizes_as_the_variants_say(session)  # in the transaction that took the stock
        assert sizes_in_stock(session) == ("M", "L")
        assert found_in(session, "s") == []
        assert found_in(session, "s", in_stock_only=False) == ["aster-dress"]
        alternatives = find_alternatives(session, ProductQuery(category="dresses", size="s"))
        assert alternatives.available_sizes == ("M", "L")
    with session_scope(shop, writes=True) as session:
        cancel_order(session, number, Requester("ann"))
    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M", "L")
        assert found_in(session, "s") == ["aster-dress"]


def test_the_shop_owner_s_stock_command_takes_a_size_off_and_puts_it_back(shop):
    url = shop.url.render_as_string(hide_password=False)

    assert cli.main(["--database-url", url, "stock", "BRI-L", "0"]) == 0
    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M")
        assert found_in(session, "l") == []
    assert cli.main(["--database-url", url, "stock", "BRI-M", "4"]) == 0
    assert cli.main(["--database-url", url, "stock", "BRI-L", "2"]) == 0
    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M", "L")
        assert found_in(session, "m") == ["aster-dress", "briar-dress"]


def test_a_reimport_that_changes_a_size_moves_the_kind_out_of_it(shop, write_catalog):
    assert not import_file(shop, write_catalog(dresses(aster_small="XS"), "xs.csv")).problems

    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("XS", "M", "L")
        assert found_in(session, "s") == [] and found_in(session, "xs") == ["aster-dress"]


@pytest.mark.parametrize(
    "changed",
    [{"briar_type": "Trousers"}, {"briar_status": "draft"}],
    ids=["now trousers", "taken off sale"],
)
def test_a_product_that_leaves_the_kind_takes_its_sizes_with_it(shop, write_catalog, changed):
    assert not import_file(shop, write_catalog(dresses(**changed), "moved.csv")).problems

    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M")
        assert found_in(session, "l") == []
        assert found_in(session, "m", in_stock_only=False) == ["aster-dress"]
        if "briar_type" in changed:
            assert sizes_in_stock(session, "trousers") == ("L",)
            assert found_in(session, "l", "trousers") == ["briar-dress"]

    assert not import_file(shop, write_catalog(dresses(), "back.csv")).problems
    with session_scope(shop) as session:
        kind_sizes_as_the_variants_say(session)
        assert sizes_in_stock(session) == ("S", "M", "L")
        assert found_in(session, "l") == ["briar-dress"]
