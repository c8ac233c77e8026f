"""What the kinds' sizes (`commerce.kind_sizes.KindSize`: each lowercase Type and department's
size labels and keys, in stock and at all) tell a search without reading a product: whether any
product of a kind is made in, or has in stock, a size (`kind_has_size`), and the sizes of a kind
asked for with nothing else (`kind_sizes_statement`). At 1M variants on PostgreSQL a kind has
thousands of products ("dresses": 5,491), each with its own variants to probe or group; its
sizes are a few dozen rows (docs/performance.md, section 3.9)."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from commerce.kind_sizes import KindSize
from commerce.lexicon import load_lexicon
from commerce.search.product_conditions import PRODUCT_FIELDS, _category_names
from commerce.search.query import ProductQuery, category_types, narrower_kind
from commerce.search.variant_conditions import VARIANT_FIELDS


def _of_kinds(kinds: set[str]):
    kinds_listed = sorted(kinds)
    return or_(KindSize.product_type.in_(kinds_listed), KindSize.department.in_(kinds_listed))


def kind_has_size(term: str, key: str, in_stock_only: bool):
    """EXISTS, tied to no row: some active product of the kind a shopper's word names (or of a
    Type it may be found among) has a variant with the size key `key` (in stock, unless told
    otherwise). Every product that fits a query of that kind and size passes it, so it can stand
    beside any test of such a query; the databases evaluate it once, first (PostgreSQL: a
    one-time filter; SQLite: a constant test before the loop), and read nothing else when it
    fails. PostgreSQL x289: Index Only Scan using ix_kind_size_key. Built once per lexicon, kind,
    key and stock, as `_product_conditions` are: building it cost more than SQLite's answer."""
    lexicon = load_lexicon()
    cache_key = (id(lexicon), term, key, in_stock_only)
    built = _BUILT_TESTS.get(cache_key)
    if built is None or built[0] is not lexicon:  # (the lexicon kept, so its id is not reused)
        if len(_BUILT_TESTS) >= 1024:
            _BUILT_TESTS.clear()
        found = select(KindSize.key).where(KindSize.key == key, _of_kinds(_category_names(term)))
        if in_stock_only:
            found = found.where(KindSize.min_price_in_stock.is_not(None))
        built = _BUILT_TESTS[cache_key] = (lexicon, found.exists())
    return built[1]


_BUILT_TESTS: dict[tuple, tuple] = {}


def _asks_kind_only(query: ProductQuery) -> bool:
    """The query names a kind and nothing else a product or a variant is tested for."""
    others = [name for name in PRODUCT_FIELDS if name != "category"]
    return bool(query.category) and not any(
        getattr(query, name) not in (None, (), False) for name in (*others, *VARIANT_FIELDS)
    )


def kind_sizes_statement(query: ProductQuery, in_stock_only: bool):
    """The size labels of the query's kind in stock (or not below zero stock), one row each,
    cheapest first then by the first variant position, as `available_sizes` groups the
    variants; None unless the query asks for a kind alone, of Types the kind is all of (a
    narrower kind found by title words, "handbags", is not)."""
    if not _asks_kind_only(query):
        return None
    narrower = narrower_kind(query.category)
    if narrower is None:
        kinds = category_types(query.category)
    elif not narrower[1]:
        kinds = narrower[0]
    else:
        return None
    if in_stock_only:
        price, position = KindSize.min_price_in_stock, KindSize.min_position_in_stock
    else:
        price, position = KindSize.min_price, KindSize.min_position
    return (
        select(KindSize.size)
        .where(_of_kinds(kinds), price.is_not(None))
        .group_by(KindSize.size)
        .order_by(func.min(price), func.min(position))
    )
