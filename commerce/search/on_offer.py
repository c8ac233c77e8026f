"""What the shop has on offer: whether it sells a kind (and the nearest kind it does), the
departments and kinds it sells, and the sizes in stock of the products that fit a query."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag, Variant
from commerce.search.closest import _wider_kind
from commerce.search.dialect_columns import _NotIndexed
from commerce.search.fitting import _any_variant_fits, _has_variant
from commerce.search.product_conditions import _product_conditions
from commerce.search.query import (
    ProductQuery,
    category_types,
    nearest_kinds,
    not_sold_kind,
    number_forms,
)
from commerce.search.sizes_of_kind import kind_sizes_statement
from commerce.search.variant_conditions import _variant_conditions


def sells_kind(session: Session, term: str, gender: str | None = None) -> bool:
    """Whether any product on offer is of the kind a shopper's word names; with `gender`, one
    for them (or for anyone): every blazer is for men, so none is sold for women."""
    kinds = category_types(term)
    found = session.scalar(
        select(Product.id)
        .where(*_product_conditions(ProductQuery(gender=gender)))
        .where(
            or_(
                func.lower(Product.product_type).in_(kinds),
                func.lower(Product.department).in_(kinds),
            )
        )
        .limit(1)
    )
    return found is not None


def departments_of(session: Session, term: str) -> set[str]:
    """The lowercase departments ("shoes", "clothing") the products of the kind a shopper's word
    names are in: whether a budget said for derbies still holds for boots, not for a tie."""
    kinds = category_types(term)
    rows = session.scalars(
        select(func.lower(Product.department))
        .where(
            or_(
                func.lower(Product.product_type).in_(kinds),
                func.lower(Product.department).in_(kinds),
            )
        )
        .distinct()
    )
    return set(rows)


def sold_only_for_others(session: Session, term: str, gender: str | None) -> bool:
    """Whether the kind a shopper's word names is on offer, but none of it, nor of its wider kind
    (women's flats for "dress shoes"), for `gender` or for anyone: every blazer is for men."""
    if gender not in ("male", "female") or not sells_kind(session, term):
        return False
    wider = _wider_kind(ProductQuery(category=term))
    return not any(sells_kind(session, kind, gender) for kind in (term, wider) if kind)


def cut_only_for(session: Session, term: str) -> str | None:
    """The one gender ("male", "female") every product on offer of the kind a shopper's word
    names is for, by the catalog's own gender ("our shirts are all cut for men"); None when some
    are unisex, carry no gender, are for both, or none is on offer."""
    genders = set(
        session.scalars(
            select(func.lower(Product.gender))
            .where(*_product_conditions(ProductQuery()))
            .where(func.lower(Product.product_type).in_(category_types(term)))
            .distinct()
        )
    )
    only = next(iter(genders)) if len(genders) == 1 else None
    return only if only in ("male", "female") else None


def catalog_version(session: Session) -> tuple:
    """Changes whenever an import changes products: a cheap test for a stale vocabulary."""
    return tuple(
        session.execute(select(func.count(Product.id), func.max(Product.updated_at))).one()
    )


# The products named for each kind not sold, by store, with the `catalog_version` they were read
# at: the titles are read once per catalog change, not once per question.
_NAMED_BY_STORE: dict[str, tuple[tuple, dict[str, tuple[str, ...]]]] = {}


def products_named_for_kind(session: Session, term: str, limit: int = 100) -> tuple[str, ...]:
    """Handles of the active products whose title, Type or a tag names a kind the lexicon lists
    as not sold, by one of that kind's words as a whole word, singular or plural: the "Como Velvet
    Slipper" for "slippers". The lexicon says what the shop usually lacks; the store says what it
    has now, so no reply denies a kind before asking this (a shop owner may add backpacks later).

    Each call asks the store for its `catalog_version` (one statement: 22-29 ms with the demo's
    products copied to 56,700, SQLite); the names are read again only when it changed (0.8 s
    there, once per import), where a LIKE per word over every title took 80-130 ms a question.
    Stock and sizes are never cached: whoever lists these products asks the store
    (`find_products`, `only_handles`)."""
    store = str(session.get_bind().url)
    version = catalog_version(session)
    cached = _NAMED_BY_STORE.get(store)
    if cached is None or cached[0] != version:
        cached = (version, _products_named_for_kinds(session))
        _NAMED_BY_STORE[store] = cached
    return cached[1].get(not_sold_kind(term), ())[:limit]


def none_sold(session: Session, kinds: Iterable[str]) -> bool:
    """Whether each kind a shopper's words name is one the lexicon says the shop does not sell
    and the store neither sells nor has products called by its name ("gym shorts or joggers")."""
    unsold = load_lexicon().nearest_kinds
    return all(
        not_sold_kind(kind) in unsold
        and not sells_kind(session, kind)
        and not products_named_for_kind(session, kind)
        for kind in kinds
    )


def _products_named_for_kinds(session: Session) -> dict[str, tuple[str, ...]]:
    """Every kind not sold -> the handles of the active products named for it, in catalog order:
    each title read once, tags and Types by the kind's words."""
    kind_of: dict[str, str] = {}  # each form of a word -> its kind
    for phrase, kind in load_lexicon().not_sold_words.items():
        for form in _plural_forms(phrase):
            kind_of.setdefault(form, kind)
    # Whole words: "cap" is no word of the "Cap-Toe Oxford", "ring" none of an "Earring".
    alternation = "|".join(map(re.escape, sorted(kind_of, key=len, reverse=True)))
    words = re.compile(rf"(?<![\w-])({alternation})(?![\w-])")
    tagged: dict[int, set[str]] = {}
    for product_id, tag in session.execute(
        select(ProductTag.product_id, ProductTag.tag).where(ProductTag.tag.in_(list(kind_of)))
    ):
        tagged.setdefault(product_id, set()).add(kind_of[tag])
    named: dict[str, list[str]] = {}
    rows = session.execute(
        select(Product.id, Product.handle, Product.title, Product.product_type)
        .where(Product.is_active.is_(True))
        .order_by(Product.position, Product.id)
    )
    for product_id, handle, title, product_type in rows:
        kinds = tagged.get(product_id, set()) | {kind_of[w] for w in words.findall(title.lower())}
        if (product_type or "").lower() in kind_of:
            kinds.add(kind_of[product_type.lower()])
        for kind in kinds:
            named.setdefault(kind, []).append(handle)
    return {kind: tuple(handles) for kind, handles in named.items()}


def _plural_forms(phrase: str) -> set[str]:
    """A phrase and, when it is a singular, its plural ("slipper" -> "slippers")."""
    return {phrase} if phrase.endswith("s") else number_forms(phrase)


def nearest_kind_on_sale(
    session: Session, term: str, ruled_out: tuple[str, ...] = ()
) -> str | None:
    """The nearest kind the catalog sells to one it does not (`nearest_kinds`, in the lexicon's
    order): "gloves" -> scarves or hats, whichever is sold; None when none of them is, so that an
    unrelated kind (ties) is never offered in their place, nor one the shopper rules out
    (`ruled_out`: "loads of dresses so not that, a skirt maybe", stranger test 45)."""
    return next(
        (
            kind
            for kind in nearest_kinds(term)
            if kind not in ruled_out and sells_kind(session, kind)
        ),
        None,
    )


def stands_in_for(
    session: Session, asked: str, nearest: str, gender: str | None, size: str | None = None
) -> bool:
    """Whether the nearest kind on sale (`nearest`) to one the shop does not sell (`asked`) is
    worth offering this shopper: the lexicon's `nearest_for` does not leave out their gender
    (cufflinks after earrings are for men only), and the store has some of it for them (unisex
    ones too), made in their size when they said one. "A coat for women in M": no blazer is for
    women or made in M, so none stands in."""
    whom = load_lexicon().nearest_kind_for.get(not_sold_kind(asked), ())
    if gender and whom and gender not in whom:
        return False
    if not (gender or size):
        return True
    query = ProductQuery(category=nearest, gender=gender, size=size)
    found = select(Product.id).where(*_product_conditions(query), _has_variant(query, False))
    return session.scalar(found.limit(1)) is not None


def nothing_in_its_place(
    session: Session, term: str, gender: str | None, ruled_out: tuple[str, ...] = ()
) -> bool:
    """Whether a search for a kind not on offer for this shopper lists nothing, neither of it nor
    of a kind standing in for it: "a raincoat for women in M" (no coats; no blazer is for her),
    "a blazer for women" (every blazer is for men). The search's own answer to such a kind is
    actions/search_results.py (`_show_nearest_kind`, `tell_kind_not_for_them`)."""
    if sold_only_for_others(session, term, gender):
        return True
    if sells_kind(session, term):
        return False
    nearest = nearest_kind_on_sale(session, term, ruled_out)
    return nearest is None or not stands_in_for(session, term.strip().lower(), nearest, gender)


def sold_kinds(session: Session) -> list[str]:
    """The departments the shop sells, for "we don't sell that; we have ..."."""
    rows = session.execute(
        select(Product.department)
        .where(Product.is_active.is_(True), Product.department.is_not(None))
        .where(Product.department != "")
        .distinct()
        .order_by(Product.department)
    )
    return [department.lower() for (department,) in rows]


def kinds_for(
    session: Session,
    gender: str | None,
    limit: int = 6,
    prefer_tags: Iterable[str] = (),
    size: str | None = None,
) -> list[str]:
    """The kinds of product (lowercase Types) in stock for a gender (unisex ones too), in `size`
    when one is given, the kinds with the most products first: what to offer a shopper buying
    "for her" who names no kind. With `prefer_tags` (a teenager's: casual, weekend), the kinds
    with the most products tagged with one of them come first: sneakers before suits."""
    query = ProductQuery(gender=gender, size=size)
    order = [func.count(Product.id).desc(), func.lower(Product.product_type)]
    if tags := [tag.lower() for tag in prefer_tags]:
        tagged = (
            select(ProductTag.product_id)
            .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
            .exists()
        )
        order.insert(0, func.sum(case((tagged, 1), else_=0)).desc())
    rows = session.execute(
        select(func.lower(Product.product_type), func.count(Product.id))
        .where(*_product_conditions(query), _has_variant(query))
        .where(Product.product_type.is_not(None), Product.product_type != "")
        .group_by(func.lower(Product.product_type))
        .order_by(*order)
        .limit(limit)
    )
    return [kind for kind, _ in rows]


def available_sizes(
    session: Session, query: ProductQuery, limit: int = 200, in_stock_only: bool = True
) -> tuple[str, ...]:
    """In-stock size labels of the products that fit `query`, in the catalog's order (without
    `in_stock_only`: every size made of them, sold out or not)."""
    if not _any_variant_fits(session, query, in_stock_only):  # e.g. a budget under every price
        return ()
    # One row per size (a big catalog has thousands of fitting variants), cheapest first, so
    # that labels the sort below cannot tell apart keep that order. Read off the index that
    # holds each product's sizes with their stock, price and position, not the variant rows:
    # the stock is tested there (`_NotIndexed`: SQLite would otherwise look it up in
    # ix_variant_product_stock and read every row for its size). "Dresses": 7,800 variants in
    # stock at x30, 4.8 -> 2.7 ms (docs/performance.md, section 3.3):
    #   SEARCH variant USING COVERING INDEX ix_variant_product_sizes (product_id=? AND size>?)
    # A kind asked for alone ("dresses"): the same rows off the kinds' sizes, a few dozen rows
    # instead of 75,000 dresses' variants at 1M (38 ms on PostgreSQL; section 3.9).
    statement = kind_sizes_statement(query, in_stock_only)
    if statement is None:
        statement = (
            select(Variant.size)
            .join(Product, Product.id == Variant.product_id)
            .where(
                Variant.size.is_not(None), _NotIndexed(Variant.stock) > (0 if in_stock_only else -1)
            )
            .where(and_(*_product_conditions(query), *_variant_conditions(query, False)))
            .group_by(Variant.size)
            .order_by(func.min(Variant.price), func.min(Variant.position))
        )
    rows = session.execute(statement)
    sizes = [row.size for row in rows]
    return tuple(sorted(sizes, key=_size_sort_key)[:limit])


def _size_sort_key(label: str) -> tuple:
    number = re.search(r"\d+(?:\.\d+)?", label)
    letters = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"]
    if number:
        return (0, label.split()[0].lower() if label[0].isalpha() else "", float(number.group(0)))
    return (1, "", letters.index(label.lower()) if label.lower() in letters else 99)
