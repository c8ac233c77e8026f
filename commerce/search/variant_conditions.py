"""The tests of a variant that a query asks for (its colour, size, sale and price), as SQL,
built once per lexicon and query fields, and the colours a shopper's colour word is in the
catalog. The tests of the product are in `product_conditions`."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, or_, select
from sqlalchemy.sql.expression import ColumnElement

from commerce.lexicon import load_lexicon
from commerce.models import Product, Variant, VariantSizeKey
from commerce.search.dialect_columns import _NotIndexed
from commerce.search.query import ProductQuery, colour_choices


def _colour_key(colour: str) -> str:
    """'Gray' -> 'grey': the lexicon's spelling, as variants store it."""
    colour = colour.strip().lower()
    return load_lexicon().colour_synonyms.get(colour, colour)


def in_stock_in_colours(colours: Iterable[str]) -> ColumnElement[bool]:
    """EXISTS: the product (correlated) has a variant in stock in one of `colours`, by key or by
    family: what ranks a taste for a colour or a sombre occasion's dark colours first."""
    keys = [_colour_key(colour) for colour in colours]
    return (
        select(Variant.id)
        .where(Variant.product_id == Product.id, Variant.stock > 0)
        .where(or_(Variant.colour_key.in_(keys), Variant.colour_family.in_(keys)))
        .exists()
    )


def _colour_keys(colours: Iterable[str]) -> list[str]:
    """The variant colours that are each of `colours`: its key and every word for it ("light
    blue": "sky blue" too), so a shade finds that shade only, however the catalog spells it."""
    lexicon = load_lexicon()
    keys = (lexicon.colour_words(_colour_key(colour)) for colour in colours)
    return list(dict.fromkeys(key for words in keys for key in words))


def _variant_conditions(
    query: ProductQuery,
    in_stock_only: bool,
    size_index_first: bool = False,
    colour_index: bool = True,
) -> list:
    """The query's tests of a variant. The size is a lookup of the variant's own size keys
    (cheap when the variant is already at hand: a product's variants, a walk along the price
    index); with `size_index_first`, a list of the variants of that size, which the database can
    start from instead (cheap when few variants have it). Not `colour_index`: the colour and
    price are tested on variants found otherwise (the nearest prices), never searched by."""
    # Built once per lexicon, variant fields and flags, as `_product_conditions` is: a search
    # that finds nothing asks for them 15-20 times (docs/performance.md, section 3.3).
    lexicon = load_lexicon()
    key = (id(lexicon), in_stock_only, size_index_first, colour_index,
           *(getattr(query, name) for name in VARIANT_FIELDS))  # fmt: skip
    built = _BUILT_VARIANT_CONDITIONS.get(key)
    if built is None or built[0] is not lexicon:  # (the lexicon kept, so its id is not reused)
        if len(_BUILT_VARIANT_CONDITIONS) >= 1024:
            _BUILT_VARIANT_CONDITIONS.clear()
        built = (
            lexicon,
            tuple(_build_variant_conditions(query, in_stock_only, size_index_first, colour_index)),
        )
        _BUILT_VARIANT_CONDITIONS[key] = built
    return list(built[1])


# The variant fields of a query (those `_variant_conditions` tests), and the tests built.
VARIANT_FIELDS = ("colour", "not_colours", "size", "on_sale", "price_min", "price_max")
_BUILT_VARIANT_CONDITIONS: dict[tuple, tuple] = {}


def _build_variant_conditions(
    query: ProductQuery, in_stock_only: bool, size_index_first: bool, colour_index: bool
) -> list:
    conditions = []
    # When the size's variants are to drive, SQLite tests the colour and price on them as they
    # are found: without planner statistics it would start from every variant of the colour.
    colour_key, colour_family, price = Variant.colour_key, Variant.colour_family, Variant.price
    if (size_index_first and query.size) or not colour_index:
        colour_key, colour_family, price = map(_NotIndexed, (colour_key, colour_family, price))
    if in_stock_only:
        conditions.append(Variant.stock > 0)
    if query.colour:
        colours = _colour_keys(colour_choices(query.colour))
        conditions.append(or_(colour_key.in_(colours), colour_family.in_(colours)))
    if query.not_colours:
        colours = _colour_keys(query.not_colours)
        conditions.append(
            or_(
                Variant.colour_key.is_(None),
                and_(Variant.colour_key.not_in(colours), Variant.colour_family.not_in(colours)),
            )
        )
    if query.size:
        key = query.size.lower()
        if size_index_first:
            conditions.append(
                Variant.id.in_(select(VariantSizeKey.variant_id).where(VariantSizeKey.key == key))
            )
        else:
            conditions.append(
                select(VariantSizeKey.variant_id)
                .where(VariantSizeKey.variant_id == Variant.id, VariantSizeKey.key == key)
                .exists()
            )
    if query.on_sale:
        conditions.append(
            and_(Variant.compare_at_price.is_not(None), Variant.compare_at_price > Variant.price)
        )
    if query.price_min is not None:
        conditions.append(price >= query.price_min)
    if query.price_max is not None:
        conditions.append(price <= query.price_max)
    return conditions
