"""Which products and variants fit a query, as SQL: the tests of a product and of a variant
(built once per lexicon and query fields), the ways a statement finds the fitting products (from
the size's keys, the colour indexes, or each product's own variants), and windows along the price
index. The same test of variants already read: `variant_facts`; counting the fitting products up
to COUNT_CAP: `counting`. The query plans each was chosen for are in the comments beside it
(docs/performance.md, section 3)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag, Variant, VariantSizeKey
from commerce.search.fits import not_another_fit
from commerce.search.query import (
    KIND_ALTERNATIVES,
    ProductQuery,
    category_types,
    colour_choices,
    feature_choices,
    narrower_kind,
)

# The product fields of a query (those `_product_conditions` tests).
PRODUCT_FIELDS = (
    "category", "brand", "not_brands", "not_categories", "features", "not_features", "gender",
    "product", "occasions", "not_occasions",
)  # fmt: skip
# Built tests, by lexicon, product fields and indexes: an alternatives search builds them for
# each of its 15-20 statements, and building a kind's test (every Type and department it
# covers) cost more than SQLite's answer to many of those statements.
_BUILT_PRODUCT_CONDITIONS: dict[tuple, tuple] = {}


def _product_conditions(
    query: ProductQuery, kind_index: bool = True, tag_index: bool = True, own_tags: bool = False
) -> list:
    """The query's tests of a product. Not `kind_index` / `tag_index`: SQLite may not start from
    the products of the kind / the occasion's tags (`_NotIndexed`), for a statement that is to
    start from fewer variants (a page walking the catalog order, the variants at one price).
    With `own_tags`, the occasion is looked up among each product's own tags, for a statement
    that tests a few products already chosen in its columns (the alternatives' candidates):
    there PostgreSQL reads `IN (the occasion's products)` whole, 13,294 wedding tags at 1M
    variants to test 9 products (6 ms; docs/performance.md, section 3.7)."""
    lexicon = load_lexicon()
    key = (id(lexicon), kind_index, tag_index, own_tags,
           *(getattr(query, name) for name in PRODUCT_FIELDS))  # fmt: skip
    built = _BUILT_PRODUCT_CONDITIONS.get(key)
    if built is None or built[0] is not lexicon:  # (the lexicon kept, so its id is not reused)
        if len(_BUILT_PRODUCT_CONDITIONS) >= 1024:
            _BUILT_PRODUCT_CONDITIONS.clear()
        conditions = _build_product_conditions(query, kind_index, tag_index, own_tags)
        built = (lexicon, tuple(conditions))
        _BUILT_PRODUCT_CONDITIONS[key] = built
    return list(built[1])


def _build_product_conditions(
    query: ProductQuery, kind_index: bool, tag_index: bool, own_tags: bool
) -> list:
    conditions = [Product.is_active.is_(True)]
    if query.category:
        conditions.append(_of_category(query.category, kind_index))
    if query.brand:
        conditions.append(func.lower(Product.brand) == query.brand.lower())
    if query.not_brands:
        brands = [brand.lower() for brand in query.not_brands]
        conditions.append(or_(Product.brand.is_(None), func.lower(Product.brand).not_in(brands)))
    if query.not_categories:
        kinds = set().union(*(category_types(term) for term in query.not_categories))
        conditions.append(func.lower(Product.product_type).not_in(kinds))
    for feature in query.features:
        # "block heel or flats": a feature of one of the kinds joined by "or" is asked of it only.
        others = _kinds_not_of_feature(query.category, feature)
        said = _says_feature(feature)
        conditions.append(or_(said, _of_kinds(others)) if others else said)
    for feature in query.not_features:
        conditions.append(~_says_feature(feature))
    if query.gender in ("male", "female"):
        conditions.append(
            or_(Product.gender.in_((query.gender, "unisex")), Product.gender.is_(None))
        )
    if query.product:
        conditions.append(_AnyCase(Product.title).contains(query.product.lower(), autoescape=True))
    if query.occasions:
        tags = [tag.lower() for tag in query.occasions]
        product_id = Product.id if tag_index else _NotIndexed(Product.id)
        tagged = select(ProductTag.product_id).where(ProductTag.tag.in_(tags))
        if own_tags:  # product_tag_pkey (product_id, tag)
            conditions.append(tagged.where(ProductTag.product_id == Product.id).exists())
        else:
            conditions.append(product_id.in_(tagged))
    if query.not_occasions:
        tags = [tag.lower() for tag in query.not_occasions]
        conditions.append(
            Product.id.not_in(select(ProductTag.product_id).where(ProductTag.tag.in_(tags)))
        )
    return conditions


def _category_names(term: str) -> set[str]:
    """Every lowercase Type or department that a product of the kind a shopper's word names has
    (`_of_category` may test its title too): where a search can start from the kind's own
    products."""
    narrower = narrower_kind(term)
    return category_types(term) | (narrower[0] if narrower else set())


def _of_category(term: str, indexed: bool = True):
    """The product is of the kind a shopper's word names: of one of its Types, and for a narrower
    kind ("handbags") of a Type named for it, or of its other Types with a title that says so."""
    kinds = category_types(term)
    narrower = narrower_kind(term)
    if narrower is None:
        return _of_kinds(kinds, indexed)
    own, words = narrower
    if not words:
        return _of_kinds(own, indexed)
    title = func.lower(Product.title)
    says_so = or_(*(title.contains(word, autoescape=True) for word in words))
    return or_(_of_kinds(own, indexed), and_(_of_kinds(kinds - own, indexed), says_so))


def _of_kinds(kinds: Iterable[str], indexed: bool = True):
    """The product's type or department (in lowercase) is one of `kinds`.

    Not `indexed`: SQLite may not look it up in ix_product_type_lower / ix_product_department_lower
    (`_NotIndexed`), so that it walks the catalog order for a page of a broad kind instead of
    reading and sorting every product of the kind (`_page`)."""
    kinds = sorted(kinds)
    product_type, department = func.lower(Product.product_type), func.lower(Product.department)
    if not indexed:
        product_type, department = _NotIndexed(product_type), _NotIndexed(department)
    return or_(product_type.in_(kinds), department.in_(kinds))


class _NotIndexed(ColumnElement):
    """A column (or expression) that SQLite may not look up in an index: SQLite's documented
    unary `+`, for where its planner, which has no statistics in a shop's store, would pick the
    wrong index. Other databases get the column itself: PostgreSQL's planner has statistics
    (autovacuum keeps them) and chooses better with the index available."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(_NotIndexed)
def _as_itself(element: _NotIndexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(_NotIndexed, "sqlite")
def _with_unary_plus(element: _NotIndexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)


class _AnyCase(ColumnElement):
    """A text column to match a lowercase word in, in any case: `lower(column)`, but on SQLite the
    column itself, whose LIKE already ignores case, for the letters its lower() knows (ASCII; it
    has no others without ICU). So a name or a feature, which reads every product, does not
    lowercase every title and description on the way (docs/performance.md, section 3.1)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(_AnyCase)
def _lowered(element: _AnyCase, compiler, **kw) -> str:
    return compiler.process(func.lower(element.column), **kw)


@compiles(_AnyCase, "sqlite")
def _as_is(element: _AnyCase, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


def _says_feature(feature: str):
    """The product's title, description or tags say a word for `feature` ("suede", "skinny"), or
    for either of "sparkly|velvet"."""
    if len(either := feature_choices(feature)) > 1:
        return or_(*map(_says_feature, either))
    words = load_lexicon().feature_words.get(feature.lower(), (feature.lower(),))
    said = []
    for word in words:
        said += [
            _AnyCase(Product.title).contains(word, autoescape=True),
            _AnyCase(Product.description).contains(word, autoescape=True),
        ]
    tagged = Product.id.in_(select(ProductTag.product_id).where(ProductTag.tag.in_(words)))
    # Kinds that have it by what they are (lexicon `feature_kind`): flats have a low heel.
    kinds = load_lexicon().kinds_with_feature.get(feature.lower(), ())
    of_kinds = [_of_kinds(set().union(*(category_types(kind) for kind in kinds)))] if kinds else []
    return and_(or_(*said, tagged, *of_kinds), *not_another_fit(feature, _AnyCase))


def _kinds_not_of_feature(category: str | None, feature: str) -> set[str]:
    """The Types of the kinds searched together with the one kind `feature` is of (lexicon
    `feature_kind`): the flats of "block heel or flats", which need no block heel. None unless
    that kind is one of them."""
    kinds = (category or "").split(KIND_ALTERNATIVES)
    own = load_lexicon().feature_kind.get(feature.lower())
    if len(kinds) < 2 or own not in kinds:
        return set()
    return set().union(*(category_types(kind) for kind in kinds if kind != own))


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


def _not_among(handles: tuple[str, ...]) -> list:
    """The test that a product is none of `handles` ("show me others"); none when there are
    none: SQLAlchemy builds an empty NOT IN as a subquery, which cost more to build and key than
    many of the statements it went into (docs/performance.md, section 3.3)."""
    return [Product.handle.not_in(handles)] if handles else []


_IN_STATEMENT = object()  # a window's far end, read by the statement that reads the window


def _window_end(session: Session, far, farthest) -> tuple:
    """Where a window along ix_variant_price ends: (the bound for the statement that reads it,
    the far end or _IN_STATEMENT). On SQLite the statement computes `far` itself, once, as the
    bound of its walk (a statement less); PostgreSQL is given it as a value, read first: with
    a subquery for a bound its planner cannot tell how far the walk goes, and scans every
    variant instead (190 ms against 22 at 1M variants, docs/performance.md, section 3.3). No
    far end (fewer variants than the window): every one, up to `farthest` (max or min)."""
    if session.get_bind().dialect.name == "sqlite":
        up_to = func.coalesce(far, select(farthest).scalar_subquery())
        return up_to, _IN_STATEMENT
    far_end = session.scalar(select(far))
    if far_end is None:
        return select(farthest).scalar_subquery(), None
    return literal(far_end, Variant.price.type), far_end


def _any_variant_fits(session: Session, query: ProductQuery, in_stock_only: bool) -> bool:
    """Whether any variant at all meets the query's variant filters (size, colour, price...).

    A search that can find nothing ("wedding, size 15, under $20": no variant costs under $20)
    learns it here from one walk along the most selective variant index, instead of checking
    every product of its kind (or the whole catalog) in turn. Plans: bench/bench_search.py
    --explain."""
    if query.size:
        found = _fitting_variants(query, in_stock_only)
    else:
        conditions = _variant_conditions(query, in_stock_only)
        if len(conditions) <= int(in_stock_only):  # no variant filter: nothing to learn here
            return True
        found = select(Variant.id).where(*conditions)
    return session.scalar(found.limit(1)) is not None


def _fitting_variants(query: ProductQuery, in_stock_only: bool):
    """The ids of the variants that meet the query's variant filters, found from the size's keys
    when it has a size (then the colour and price are tested on them as they come), otherwise
    as `_variant_conditions` leads. From the keys as a join, not `variant.id IN (the size's
    variants)`, which SQLite reads in full before the first row ("in stock in size 13?": the
    first of 3,060 keys answers; 0.5 -> 0.05 ms, docs/performance.md, section 3.3):
        SEARCH variant_size_key USING COVERING INDEX ix_variant_size_key_key (key=?)
        SEARCH variant USING INTEGER PRIMARY KEY (rowid=?)"""
    if not query.size:
        return select(Variant.id).where(*_variant_conditions(query, in_stock_only))
    rest = _variant_conditions(query.without("size"), in_stock_only, colour_index=False)
    return (
        select(Variant.id)
        .select_from(VariantSizeKey)
        .join(Variant, Variant.id == VariantSizeKey.variant_id)
        .where(VariantSizeKey.key == query.size.lower(), *rest)
    )


def _has_variant(query: ProductQuery, in_stock_only: bool = True):
    """The product has a variant (in stock, unless told otherwise) that fits the query's variant
    filters: a probe of the product's own variants (ix_variant_product_stock covers every column
    it reads), so a page in the shop's order stops after the products it shows."""
    conditions = _variant_conditions(query, in_stock_only)
    return select(Variant.id).where(Variant.product_id == Product.id, *conditions).exists()


# The variant filters that can make a product's lowest fitting price differ from its lowest
# price in stock (a budget's upper end cannot: it keeps that price or leaves the product out).
RAISING_FIELDS = ("colour", "not_colours", "size", "on_sale", "price_min")


def _lowest_price_decides(query: ProductQuery) -> bool:
    """Whether a product's lowest price in stock (`Product.min_price_in_stock`) is its lowest
    in-stock variant that fits the query: no variant filter but a budget's upper end."""
    return not any(getattr(query, name) for name in RAISING_FIELDS)


def _size_price_decides(query: ProductQuery) -> bool:
    """Whether a product's lowest price in stock in the query's size (`ProductSizePrice`) is its
    lowest in-stock variant that fits the query: a size, and no other variant filter but a
    budget's upper end."""
    return bool(query.size) and not any(
        getattr(query, name) for name in RAISING_FIELDS if name != "size"
    )


def _fits_by_lowest_price(query: ProductQuery):
    """For a query whose fit `_lowest_price_decides`: the product has a variant in stock that
    fits it, read off the product's lowest price in stock, no variant read."""
    lowest = Product.min_price_in_stock
    return lowest.is_not(None) if query.price_max is None else lowest <= query.price_max


def _variants_first(query: ProductQuery) -> bool:
    """Whether the fitting products are best found from their fitting variants (through the
    size keys or the colour indexes) rather than by probing each product of the query's kind,
    name, brand or occasion: a size is a few percent of the variants, unless a name, brand or
    occasion already picks fewer products; a colour, when nothing else picks the products."""
    picked = query.product or query.brand or query.occasions
    return bool(query.size and not picked) or bool(query.colour and not (picked or query.category))


def _fitting(query: ProductQuery, in_stock_only: bool = True):
    """The product has a variant that fits the query (in stock, unless told otherwise), found as
    `_variants_first` says: from the variants of the size or colour (ix_variant_colour_key and
    ix_variant_colour_family hold the stock and the product), or by probing each product's
    own variants (`_has_variant`)."""
    if not _variants_first(query):
        return _has_variant(query, in_stock_only)
    if query.size:  # the size's variants, tested for the rest as they are found
        found = _variant_conditions(query, in_stock_only, size_index_first=True)
        return Product.id.in_(select(Variant.product_id).where(*found))
    rest = _variant_conditions(query.without("colour"), in_stock_only)
    colours = _colour_keys(colour_choices(query.colour))
    # One branch per colour index: an OR of the two would read every variant row it finds.
    return Product.id.in_(
        union_all(
            select(Variant.product_id).where(Variant.colour_key.in_(colours), *rest),
            select(Variant.product_id).where(Variant.colour_family.in_(colours), *rest),
        )
    )
