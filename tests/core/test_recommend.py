"""The recommender's rules on the demo catalog, and co-purchase counts on a hand-built order set."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from commerce.db import session_scope
from commerce.lexicon import load_lexicon
from commerce.models import Order, Product, Variant
from commerce.orders import Contact, place_order
from commerce.profiles import remember_size
from commerce.recommend import (
    CO_PURCHASE_FLOOR,
    Anchor,
    bought_together,
    co_purchase_counts,
    compare_products,
    complete_the_look,
    new_arrivals,
    outfit_places,
    shopper_sizes,
)
from commerce.search import ProductQuery, category_types

from .catalog_rows import DEMO_CSV, import_file, product_row, variant_row

CLOTHING = "Apparel & Accessories > Clothing"

# --- completing an outfit ---------------------------------------------------------------------


def _types(session, handles) -> dict[str, str]:
    rows = session.execute(
        select(Product.handle, Product.product_type).where(Product.handle.in_(list(handles)))
    )
    return dict(rows.all())


def test_a_suit_is_completed_with_a_shirt_a_tie_a_belt_and_formal_shoes(demo_session):
    outfit = complete_the_look(demo_session, [Anchor("whitehall-two-piece-suit", "navy")])

    kinds = _types(demo_session, [s.match.handle for s in outfit.suggestions])
    places = [s.place for s in outfit.suggestions]
    assert places == ["dress shirts", "ties", "belts", "dress shoes"]
    assert kinds[outfit.suggestions[0].match.handle] == "Dress Shirts"
    assert kinds[outfit.suggestions[1].match.handle] in ("Ties", "Bow Ties")
    assert kinds[outfit.suggestions[3].match.handle] in category_types("dress shoes") | {
        t.title() for t in category_types("dress shoes")
    }
    assert "whitehall-two-piece-suit" not in kinds
    # Every suggestion says why it is there, and every one is in stock.
    assert all(s.reasons for s in outfit.suggestions)
    assert all(s.match.in_stock for s in outfit.suggestions)


def test_a_tuxedo_gets_black_tie_pieces_with_the_dress_code_as_the_reason(demo_session):
    outfit = complete_the_look(demo_session, [Anchor("kensington-shawl-collar-tuxedo")])

    assert outfit.suggestions
    for suggestion in outfit.suggestions:
        assert ("occasion", "black-tie") in [(r.kind, r.value) for r in suggestion.reasons]
    tags = {
        s.match.handle: set(
            demo_session.scalar(select(Product).where(Product.handle == s.match.handle)).tag_names
        )
        for s in outfit.suggestions
    }
    assert all("black-tie" in found for found in tags.values())


def test_a_brown_leather_shoe_gets_a_belt_in_the_same_brown_leather(demo_session):
    outfit = complete_the_look(demo_session, [Anchor("ashby-cap-toe-oxford", "brown")])

    belt = next(s for s in outfit.suggestions if s.place == "belts")
    assert ("same_colour", "brown", "leather") in [
        (r.kind, r.value, r.detail) for r in belt.reasons
    ]
    assert "Brown" in belt.match.colours
    # Socks complete a shoe outfit in the lexicon, but the shop sells none: said, not invented.
    assert "socks" in outfit.unfilled


def test_a_dress_gets_a_bag_and_heels(demo_session):
    outfit = complete_the_look(demo_session, [Anchor("belle-cocktail-dress", "red")])

    kinds = set(_types(demo_session, [s.match.handle for s in outfit.suggestions]).values())
    assert {"Bags", "Heels"} <= kinds


def test_only_the_kind_asked_for(demo_session):
    outfit = complete_the_look(
        demo_session, [Anchor("whitehall-two-piece-suit", "navy")], only_kind="shoes", limit=3
    )

    kinds = set(_types(demo_session, [s.match.handle for s in outfit.suggestions]).values())
    assert outfit.suggestions and kinds <= {t.title() for t in category_types("dress shoes")}


def test_a_mens_bag_gets_mens_clothes_and_shoes_when_the_rules_kinds_are_womens(demo_session):
    # The rules pair bags with heels, flats and dresses, none of them men's (stranger test 19).
    outfit = complete_the_look(demo_session, [Anchor("malmo-weekender-bag")])

    assert outfit.widened and outfit.gender == "male"
    assert set(outfit.unfilled) == {"heels", "dresses"}
    handles = [s.match.handle for s in outfit.suggestions]
    rows = demo_session.execute(
        select(Product.department, Product.gender).where(Product.handle.in_(handles))
    ).all()
    assert {department for department, _ in rows} == {"Clothing", "Shoes"}
    assert {gender for _, gender in rows} <= {"male", "unisex", None}
    assert all(s.match.in_stock and s.reasons for s in outfit.suggestions)


def test_a_womens_bag_still_gets_what_the_rules_name(demo_session):
    bag = demo_session.scalar(
        select(Product.handle).where(Product.product_type == "Bags", Product.gender == "female")
    )
    outfit = complete_the_look(demo_session, [Anchor(bag)])

    assert not outfit.widened and outfit.suggestions
    kinds = set(_types(demo_session, [s.match.handle for s in outfit.suggestions]).values())
    assert kinds <= {"Heels", "Flats", "Dresses"}


def test_suggestions_are_in_the_shoppers_size_and_in_stock(demo_session):
    sizes = shopper_sizes(demo_session, "shopper", "oxfords", "10")
    outfit = complete_the_look(
        demo_session, [Anchor("whitehall-two-piece-suit", "navy")], sizes=sizes,
        only_kind="shoes", limit=5,
    )  # fmt: skip

    assert outfit.suggestions
    for suggestion in outfit.suggestions:
        assert any(size.startswith("US 10 ") for size in suggestion.match.sizes)


def test_a_product_sold_out_in_the_shoppers_size_is_not_suggested(new_store, write_catalog):
    two = ("Size", "Color")
    rows = [
        product_row("navy-suit", "Navy Suit", "40R", "Navy", options=two, product_type="Suits",
                    category=CLOTHING, tags="formal"),
        product_row("oxford-a", "Oxford A", "US 10 / EU 43", "Brown", options=two, tags="formal",
                    qty="0"),
        variant_row("oxford-a", "US 9 / EU 42", "Brown", qty="5"),
        product_row("oxford-b", "Oxford B", "US 10 / EU 43", "Brown", options=two, tags="casual",
                    qty="3"),
    ]  # fmt: skip
    import_file(new_store, write_catalog(rows))
    with session_scope(new_store) as session:
        sized = complete_the_look(
            session, [Anchor("navy-suit")], sizes={"oxfords": "10"}, only_kind="shoes"
        )
        any_size = complete_the_look(session, [Anchor("navy-suit")], only_kind="shoes")

    assert [s.match.handle for s in sized.suggestions] == ["oxford-b"]
    # Without a size, the formal one (same occasion tag, same colour) comes first.
    assert [s.match.handle for s in any_size.suggestions][0] == "oxford-a"


def test_the_lexicon_tables_are_the_shop_owners_to_edit():
    lexicon = load_lexicon()
    assert ("ties", "bow ties") in lexicon.goes_with["suits"]
    # The harmony table works both ways and a colour always goes with itself.
    assert "brown" in lexicon.colour_harmony["navy"] and "navy" in lexicon.colour_harmony["brown"]
    assert "navy" in lexicon.colour_harmony["navy"]
    # The most specific entry wins: an oxford is a dress shoe before it is a shoe.
    assert outfit_places("Oxfords") == lexicon.goes_with["dress shoes"]


def test_a_kind_without_rules_is_not_guessed(new_store, write_catalog):
    rows = [product_row("kilt", "Tartan Kilt", "M", product_type="Kilts", category=CLOTHING)]
    import_file(new_store, write_catalog(rows))
    with session_scope(new_store) as session:
        outfit = complete_the_look(session, [Anchor("kilt")])

    assert not outfit.suggestions and not outfit.known_kind


def test_a_size_searched_for_holds_for_every_kind_of_shoe(demo_session):
    sizes = shopper_sizes(demo_session, "shopper", "oxfords", "10")

    assert sizes["oxfords"] == sizes["loafers"] == sizes["heels"] == "10"
    assert "suits" not in sizes
    assert shopper_sizes(demo_session, "shopper", None, "10") == {}


def test_the_size_a_shopper_said_is_used(new_store):
    import_file(new_store, DEMO_CSV)
    with session_scope(new_store, writes=True) as session:
        remember_size(session, "ann", "shoes", "9")
    with session_scope(new_store) as session:
        sizes = shopper_sizes(session, "ann")
        outfit = complete_the_look(
            session, [Anchor("whitehall-two-piece-suit")], sizes=sizes, only_kind="shoes"
        )
        for suggestion in outfit.suggestions:
            in_nine = session.scalars(
                select(Variant.size).join(Product)
                .where(Product.handle == suggestion.match.handle, Variant.stock > 0)
            ).all()  # fmt: skip
            assert any(size.startswith("US 9 ") for size in in_nine)

    assert sizes["oxfords"] == "9" and outfit.suggestions


# --- bought together --------------------------------------------------------------------------


@pytest.fixture
def demo_store(new_store):
    """A store of its own with the demo catalog, for tests that place orders."""
    import_file(new_store, DEMO_CSV)
    return new_store


def _variant(session, handle: str) -> int:
    return session.scalar(
        select(Variant.id)
        .join(Product)
        .where(Product.handle == handle, Variant.stock > 0)
        .order_by(Variant.position)
    )


def _order(engine, owner: str, *handles: str, status: str | None = None) -> None:
    with session_scope(engine, writes=True) as session:
        items = [(_variant(session, handle), 1) for handle in handles]
        order = place_order(
            session,
            owner=owner,
            contact=Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"),
            items=items,
            idempotency_key=f"{owner}-{'-'.join(handles)}-{status}",
        )
        if status:
            session.execute(update(Order).where(Order.id == order.id).values(status=status))


SUIT, SHIRT, TIE, BELT = (
    "whitehall-two-piece-suit", "jermyn-poplin-dress-shirt", "striped-repp-tie",
    "classic-leather-dress-belt",
)  # fmt: skip


def test_co_purchase_counts_need_the_floor_of_orders(demo_store):
    _order(demo_store, "a", SUIT, SHIRT, TIE)
    _order(demo_store, "b", SUIT, SHIRT)
    _order(demo_store, "c", SUIT, BELT)  # one order with the belt: not a rule
    _order(demo_store, "d", SHIRT, TIE)  # no suit in it
    _order(demo_store, "e", SUIT, TIE, status="cancelled")  # not a sale

    with session_scope(demo_store) as session:
        orders, counts = co_purchase_counts(session, SUIT)
        all_pairs = co_purchase_counts(session, SUIT, floor=1)[1]
        co = bought_together(session, SUIT)

    assert CO_PURCHASE_FLOOR == 2
    assert orders == 3
    assert counts == {SHIRT: 2}
    assert all_pairs == {SHIRT: 2, TIE: 1, BELT: 1}
    assert [(match.handle, count) for match, count in co.items] == [(SHIRT, 2)]


def test_without_orders_nothing_is_claimed(demo_session):
    co = bought_together(demo_session, SUIT)

    assert co.orders == 0 and co.items == ()
    assert bought_together(demo_session, "no-such-product") is None


def test_a_sold_out_co_purchase_is_not_offered(demo_store):
    _order(demo_store, "a", SUIT, TIE)
    _order(demo_store, "b", SUIT, TIE)
    with session_scope(demo_store, writes=True) as session:
        tie_id = session.scalar(select(Product.id).where(Product.handle == TIE))
        session.execute(update(Variant).where(Variant.product_id == tie_id).values(stock=0))
    with session_scope(demo_store) as session:
        co = bought_together(session, SUIT)

    assert co.orders == 2 and co.items == ()


# --- new arrivals -----------------------------------------------------------------------------


def test_new_arrivals_come_from_the_first_import_date(new_store, write_catalog):
    first = [product_row("old-belt", "Old Belt", "32", product_type="Belts", category=CLOTHING)]
    import_file(new_store, write_catalog(first, "first.csv"))
    with session_scope(new_store, writes=True) as session:
        session.execute(
            update(Product).values(
                first_imported_at=datetime.now(timezone.utc) - timedelta(days=90)
            )
        )
    both = first + [
        product_row("new-belt", "New Belt", "32", product_type="Belts", category=CLOTHING)
    ]
    import_file(new_store, write_catalog(both, "second.csv"))  # re-imports the old belt too

    with session_scope(new_store) as session:
        arrivals = new_arrivals(session, ProductQuery(category="belts"))
        old_moment = session.scalar(
            select(Product.first_imported_at).where(Product.handle == "old-belt")
        )

    assert [m.handle for m in arrivals.result.matches] == ["new-belt", "old-belt"]
    assert arrivals.any_recent
    # A later import leaves the first import date alone.
    assert old_moment.replace(tzinfo=timezone.utc) < datetime.now(timezone.utc) - timedelta(days=80)


def test_no_recorded_dates_means_no_new_arrivals_claimed(new_store, write_catalog):
    import_file(new_store, write_catalog([product_row("belt", "Belt", "32")]))
    with session_scope(new_store, writes=True) as session:
        session.execute(update(Product).values(first_imported_at=None))
    with session_scope(new_store) as session:
        arrivals = new_arrivals(session, ProductQuery())

    assert arrivals.newest is None and not arrivals.any_recent


# --- comparing products -----------------------------------------------------------------------


def test_compare_windsor_and_savile(demo_session):
    comparison = compare_products(
        demo_session, ["windsor-patent-oxford", "savile-plain-toe-oxford"]
    )

    windsor, savile = comparison.sides
    assert comparison.cheapest is savile and comparison.dearest is windsor
    assert comparison.price_gap == windsor.details.price_from - savile.details.price_from
    assert comparison.price_gap == Decimal("40.00")
    assert "patent" in windsor.materials and "leather" in savile.materials
    assert "black-tie" in windsor.occasions and "black-tie" not in savile.occasions


def test_compare_leaves_out_unknown_products_and_repeats(demo_session):
    comparison = compare_products(
        demo_session, ["windsor-patent-oxford", "windsor-patent-oxford", "nope"]
    )
    assert len(comparison.sides) == 1 and comparison.cheapest is None
