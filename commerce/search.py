"""Product search: filters, sorting, pages, and the closest alternatives when nothing matches."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import cached_property
from itertools import combinations

from sqlalchemy import and_, case, func, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from commerce.lexicon import load_lexicon
from commerce.models import Order, OrderLine, Product, ProductTag, Variant, VariantSizeKey

# "popular": most units sold in the last POPULAR_WINDOW_DAYS first. "closest": the order of
# `find_alternatives` (see `alternative_distance`), so that "Show more" pages through alternatives.
# "newest": the most recently first-imported products first (new arrivals; unknown dates last).
SORTS = ("price_asc", "price_desc", "popular", "closest", "newest")
POPULAR_WINDOW_DAYS = 30
# Orders that did not end in a sale do not make a product popular.
NOT_SOLD_STATUSES = ("cancelled", "returned")
# "blue or green" is kept as one colour field, "blue|green": a variant in either fits.
COLOUR_ALTERNATIVES = "|"
# A price bound beyond this is a typo or a joke, not a budget.
MAX_SENSIBLE_PRICE = Decimal("100000")
# Alternatives over budget: how many in-stock variants nearest the bound (of any product) are
# read before ranking every fitting variant instead (`_NearestPrices`).
NEAREST_PRICE_WINDOW = 300
# A count of the fitting products stops past this many (or past the page asked for, if further):
# an exact count reads every fitting product, tens of thousands on a big catalog, to print one
# number. The replies then say "more than 200" (`SearchResult.total_capped`).
COUNT_CAP = 200


@dataclass(frozen=True)
class ProductQuery:
    """What the shopper is looking for. Every field is optional; an empty query means anything."""

    category: str | None = None  # a shopper's word for a kind of product: "oxfords", "shoes"
    colour: str | None = None  # a colour or colour family: "navy", "blue"
    size: str | None = None  # a size key (see commerce.sizes): "10", "eu43", "m", "42r"
    # Catalog tags such as "black-tie", "formal". A product needs one of them; products with more
    # of them come first ("black-tie party" finds black-tie wear, not everything for parties).
    occasions: tuple[str, ...] = ()
    gender: str | None = None  # "male" or "female" (unisex products match both)
    brand: str | None = None
    product: str | None = None  # (part of) a product title
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str | None = None  # one of SORTS, or None for the shop's own order
    # What the shopper ruled out: "not brown", "anything but loafers", "nothing from Brera".
    not_colours: tuple[str, ...] = ()
    not_categories: tuple[str, ...] = ()
    not_brands: tuple[str, ...] = ()
    # Materials, fits and details (catalog/lexicon.yml `features`): "slim fit", "suede"; and the
    # ones ruled out ("without a buckle"). Never given up for alternatives, like the kind.
    features: tuple[str, ...] = ()
    not_features: tuple[str, ...] = ()
    on_sale: bool = False  # only marked-down variants (compare-at price above the price)
    # The shopper's remembered tastes (commerce/profiles.py): products in stock in these colours,
    # or tagged with these styles, come first. They order the results and never filter them.
    prefer_colours: tuple[str, ...] = ()
    prefer_tags: tuple[str, ...] = ()
    # With sort="closest": the filters the shopper has just asked for, given up last.
    keep: tuple[str, ...] = ()

    def problems(self) -> list[str]:
        """Why this query cannot be run, in words for the shopper (empty when it can)."""
        found = []
        for bound in (self.price_min, self.price_max):
            if bound is not None and bound < 0:
                found.append("a price can't be negative")
            elif bound is not None and bound > MAX_SENSIBLE_PRICE:
                found.append(f"{bound:,.0f} is more than anything in the shop costs")
        low, high = self.price_min, self.price_max
        if low is not None and high is not None and low > high:
            found.append("the lowest price is above the highest")
        if self.sort is not None and self.sort not in SORTS:
            found.append(f"I can't sort by '{self.sort}'")
        return found

    def is_empty(self) -> bool:
        # "Any best sellers?" asks for something: the best sellers (or new arrivals) of the shop.
        return self.sort not in ("popular", "newest") and self == ProductQuery(
            sort=self.sort, keep=self.keep
        )

    def updated(self, **changes) -> ProductQuery:
        return replace(self, **changes)

    def without(self, *names: str) -> ProductQuery:
        """The same query with filters removed ('price' removes both bounds)."""
        changes: dict = {}
        for name in names:
            if name == "price":
                changes.update(price_min=None, price_max=None)
            elif name in TUPLE_FIELDS:
                changes[name] = ()
            elif name == "on_sale":
                changes[name] = False
            else:
                changes[name] = None
        return replace(self, **changes)

    def active_filters(self) -> list[str]:
        """The filters set in this query: those `without` would change."""
        names = []
        for name in ("size", "colour", "price", "occasions", "brand", "gender", "product",
                     "not_colours", "not_categories", "not_brands", "on_sale", "features",
                     "not_features"):  # fmt: skip
            if name == "price":
                changed = self.price_min is not None or self.price_max is not None
            elif name in TUPLE_FIELDS:
                changed = getattr(self, name) != ()
            elif name == "on_sale":
                changed = self.on_sale is not False
            else:
                changed = getattr(self, name) is not None
            if changed:
                names.append(name)
        return names

    def to_dict(self) -> dict:
        """A JSON-safe form (for a Rasa slot)."""
        data = asdict(self)
        for name in TUPLE_FIELDS:
            data[name] = list(data[name])
        for bound in ("price_min", "price_max"):
            if data[bound] is not None:
                data[bound] = str(data[bound])
        return {key: value for key, value in data.items() if value not in (None, [], False)}

    @classmethod
    def from_dict(cls, data: dict | None) -> ProductQuery:
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        for name in TUPLE_FIELDS:
            values[name] = tuple(values.get(name) or ())
        for bound in ("price_min", "price_max"):
            values[bound] = parse_price(values.get(bound))
        values["on_sale"] = values.get("on_sale") is True
        return cls(**values)


TUPLE_FIELDS = (
    "occasions", "not_colours", "not_categories", "not_brands", "keep", "features", "not_features",
    "prefer_colours", "prefer_tags",
)  # fmt: skip


def colour_choices(colour: str | None) -> list[str]:
    """The colours a query's colour field accepts: "blue|green" -> ["blue", "green"]."""
    return [part for part in (colour or "").split(COLOUR_ALTERNATIVES) if part.strip()]


def parse_price(raw) -> Decimal | None:
    """'150', '$150', '150 bucks', '1,200' -> Decimal; None when there is no number."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float, Decimal)):
        return Decimal(str(raw))
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(raw))
    if not match:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class ProductMatch:
    """One product in a result list, with what matched the query."""

    handle: str
    title: str
    brand: str
    product_type: str
    price_from: Decimal
    price_to: Decimal
    compare_at_price: Decimal | None
    colours: tuple[str, ...]  # colours in stock that fit the query's other filters
    sizes: tuple[str, ...]  # sizes in stock that fit the query
    image_url: str | None
    in_stock: bool
    # For alternatives: the query's filters this product does not meet ("size", "price", ...).
    gave_up: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class SalesRanking:
    """What a "best sellers" ranking rests on: units sold in the last `window_days` days."""

    window_days: int
    shop_units: int  # units sold by the whole shop in the window (0: nothing to rank by)
    units: dict[str, int]  # handle -> units sold in the window, for the products shown


@dataclass(frozen=True)
class SearchResult:
    query: ProductQuery
    matches: list[ProductMatch]
    total: int  # how many products fit; with `total_capped`, more than this many
    offset: int = 0
    sales: SalesRanking | None = None  # only for sort="popular"
    # The count stopped at `total` (COUNT_CAP, or the end of the page asked for): more fit.
    total_capped: bool = False

    @property
    def has_more(self) -> bool:
        return self.total_capped or self.offset + len(self.matches) < self.total


@dataclass(frozen=True)
class Alternatives:
    """The closest thing to a query that found nothing: which filters were dropped, what was found."""

    dropped: tuple[str, ...]
    result: SearchResult
    sold_out: SearchResult | None = None  # the exact matches, all out of stock
    # Reads `available_sizes` from the store; a reply that names no sizes never asks.
    sizes_in_stock: Callable[[], tuple[str, ...]] = field(
        default=lambda: (), repr=False, compare=False
    )

    @cached_property
    def available_sizes(self) -> tuple[str, ...]:
        """When the size was given up: the sizes in stock of what fits the rest of the query.
        Read from the store when first asked for, so ask while the search's session is open
        (every variant of the kind is read: docs/performance.md, section 3.2)."""
        return self.sizes_in_stock()


def category_types(term: str) -> set[str]:
    """The lowercase product types and departments that a shopper's category word covers."""
    lexicon = load_lexicon()
    term = term.strip().lower()
    term = lexicon.category_synonyms.get(term, term)
    covered: set[str] = set()
    for form in number_forms(term):
        covered.add(form)
        covered.update(kind.lower() for kind in lexicon.category_groups.get(form, ()))
    return covered


def narrower_kind(term: str) -> tuple[set[str], tuple[str, ...]] | None:
    """For a kind narrower than the catalog Types it is found among ("handbags": the bags whose
    title says tote, clutch...; lexicon `narrower_kinds`): the Types or departments named for the
    kind itself, and the title words that make a product of its other Types one. None otherwise."""
    lexicon = load_lexicon()
    term = term.strip().lower()
    term = lexicon.category_synonyms.get(term, term)
    for form in number_forms(term):
        if form in lexicon.title_words:
            return number_forms(form), lexicon.title_words[form]
    return None


def sells_kind(session: Session, term: str) -> bool:
    """Whether any product on offer is of the kind a shopper's word names."""
    kinds = category_types(term)
    found = session.scalar(
        select(Product.id)
        .where(Product.is_active.is_(True))
        .where(
            or_(
                func.lower(Product.product_type).in_(kinds),
                func.lower(Product.department).in_(kinds),
            )
        )
        .limit(1)
    )
    return found is not None


def nearest_sold_kind(term: str) -> str | None:
    """The shop's nearest kind to one it does not sell ("hoodies" -> "casual shirts"), if any."""
    lexicon = load_lexicon()
    term = term.strip().lower()
    canonical = lexicon.not_sold_words.get(term, term)
    for form in number_forms(canonical):
        if form in lexicon.nearest_kind:
            return lexicon.nearest_kind[form]
    return None


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


def kinds_for(session: Session, gender: str | None, limit: int = 6) -> list[str]:
    """The kinds of product (lowercase Types) in stock for a gender (unisex ones too), the kinds
    with the most products first: what to offer a shopper buying "for her" who names no kind."""
    query = ProductQuery(gender=gender)
    rows = session.execute(
        select(func.lower(Product.product_type), func.count(Product.id))
        .where(*_product_conditions(query), _has_variant(query))
        .where(Product.product_type.is_not(None), Product.product_type != "")
        .group_by(func.lower(Product.product_type))
        .order_by(func.count(Product.id).desc(), func.lower(Product.product_type))
        .limit(limit)
    )
    return [kind for kind, _ in rows]


def number_forms(word: str) -> set[str]:
    """The word and its singular or plural: 'derbies' <-> 'derby', 'dresses' <-> 'dress'."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
        return forms
    if word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("s", "x", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


# The product fields of a query (those `_product_conditions` tests).
PRODUCT_FIELDS = (
    "category", "brand", "not_brands", "not_categories", "features", "not_features", "gender",
    "product", "occasions",
)  # fmt: skip
# Built tests, by lexicon, product fields and indexes: an alternatives search builds them for
# each of its 15-20 statements, and building a kind's test (every Type and department it
# covers) cost more than SQLite's answer to many of those statements.
_BUILT_PRODUCT_CONDITIONS: dict[tuple, tuple] = {}


def _product_conditions(
    query: ProductQuery, kind_index: bool = True, tag_index: bool = True
) -> list:
    """The query's tests of a product. Not `kind_index` / `tag_index`: SQLite may not start from
    the products of the kind / the occasion's tags (`_NotIndexed`), for a statement that is to
    start from fewer variants (a page walking the catalog order, the variants at one price)."""
    lexicon = load_lexicon()
    key = (id(lexicon), kind_index, tag_index, *(getattr(query, name) for name in PRODUCT_FIELDS))
    built = _BUILT_PRODUCT_CONDITIONS.get(key)
    if built is None or built[0] is not lexicon:  # (the lexicon kept, so its id is not reused)
        if len(_BUILT_PRODUCT_CONDITIONS) >= 1024:
            _BUILT_PRODUCT_CONDITIONS.clear()
        built = (lexicon, tuple(_build_product_conditions(query, kind_index, tag_index)))
        _BUILT_PRODUCT_CONDITIONS[key] = built
    return list(built[1])


def _build_product_conditions(query: ProductQuery, kind_index: bool, tag_index: bool) -> list:
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
        conditions.append(_says_feature(feature))
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
        conditions.append(
            product_id.in_(select(ProductTag.product_id).where(ProductTag.tag.in_(tags)))
        )
    return conditions


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
    """The product's title, description or tags say a word for `feature` ("suede", "skinny")."""
    words = load_lexicon().feature_words.get(feature.lower(), (feature.lower(),))
    said = []
    for word in words:
        said += [
            _AnyCase(Product.title).contains(word, autoescape=True),
            _AnyCase(Product.description).contains(word, autoescape=True),
        ]
    tagged = Product.id.in_(select(ProductTag.product_id).where(ProductTag.tag.in_(words)))
    return or_(*said, tagged)


def _occasion_matches(query: ProductQuery):
    """How many of the asked-for occasion tags a product has (for ranking)."""
    tags = [tag.lower() for tag in query.occasions]
    return (
        select(func.count())
        .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
        .scalar_subquery()
    )


def _preferred_first(query: ProductQuery) -> list:
    """ORDER BY terms that put products matching more of the shopper's tastes first (none
    without tastes): one point for an in-stock variant in a preferred colour, one per tag."""
    score = []
    if query.prefer_colours:
        colours = [_colour_key(colour) for colour in query.prefer_colours]
        in_colour = (
            select(Variant.id)
            .where(Variant.product_id == Product.id, Variant.stock > 0)
            .where(or_(Variant.colour_key.in_(colours), Variant.colour_family.in_(colours)))
            .exists()
        )
        score.append(case((in_colour, 1), else_=0))
    if query.prefer_tags:
        tags = [tag.lower() for tag in query.prefer_tags]
        score.append(
            select(func.count())
            .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
            .scalar_subquery()
        )
    return [sum(score[1:], score[0]).desc()] if score else []


def _colour_key(colour: str) -> str:
    """'Gray' -> 'grey': the lexicon's spelling, as variants store it."""
    colour = colour.strip().lower()
    return load_lexicon().colour_synonyms.get(colour, colour)


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
    conditions = []
    # When the size's variants are to drive, SQLite tests the colour and price on them as they
    # are found: without planner statistics it would start from every variant of the colour.
    colour_key, colour_family, price = Variant.colour_key, Variant.colour_family, Variant.price
    if (size_index_first and query.size) or not colour_index:
        colour_key, colour_family, price = map(_NotIndexed, (colour_key, colour_family, price))
    if in_stock_only:
        conditions.append(Variant.stock > 0)
    if query.colour:
        colours = [_colour_key(colour) for colour in colour_choices(query.colour)]
        conditions.append(or_(colour_key.in_(colours), colour_family.in_(colours)))
    if query.not_colours:
        colours = [_colour_key(colour) for colour in query.not_colours]
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


@dataclass(frozen=True)
class VariantFacts:
    """What matching needs to know of a variant, read as a plain row (ORM objects cost more)."""

    id: int
    size: str | None
    colour: str | None
    colour_key: str | None
    colour_family: str | None
    price: Decimal
    compare_at_price: Decimal | None
    stock: int
    size_keys: frozenset[str]


def load_variant_facts(
    session: Session, product_ids: list[int], size_keys: Iterable[str] | None = None
) -> dict[int, list[VariantFacts]]:
    """Product id -> its variants in catalog order, with their size keys; two queries in all.

    With `size_keys`, only those keys are read (a variant's `size_keys` then holds the ones it
    has): enough to match a query's size, and a search shows results sooner without reading
    every size key of every variant on the page (none at all when the query has no size)."""
    if not product_ids:  # an empty IN list would read the whole variant table
        return {}
    keys: dict[int, set[str]] = defaultdict(set)
    wanted = None if size_keys is None else sorted(size_keys)
    if wanted is None:
        key_rows = session.execute(
            select(VariantSizeKey.variant_id, VariantSizeKey.key)
            .join(Variant, Variant.id == VariantSizeKey.variant_id)
            .where(Variant.product_id.in_(product_ids))
        )
    elif wanted:
        # From the products' variants to their own keys (not from every variant of the size).
        key_rows = session.execute(
            select(VariantSizeKey.variant_id, VariantSizeKey.key).where(
                VariantSizeKey.variant_id.in_(
                    select(Variant.id).where(Variant.product_id.in_(product_ids))
                ),
                VariantSizeKey.key.in_(wanted),
            )
        )
    else:
        key_rows = []
    for variant_id, key in key_rows:
        keys[variant_id].add(key)
    facts: dict[int, list[VariantFacts]] = defaultdict(list)
    rows = session.execute(
        select(
            Variant.id,
            Variant.product_id,
            Variant.size,
            Variant.colour,
            Variant.colour_key,
            Variant.colour_family,
            Variant.price,
            Variant.compare_at_price,
            Variant.stock,
        )  # fmt: skip
        .where(Variant.product_id.in_(product_ids))
        .order_by(Variant.product_id, Variant.position)
    )
    for row in rows:
        facts[row.product_id].append(
            VariantFacts(
                id=row.id,
                size=row.size,
                colour=row.colour,
                colour_key=row.colour_key,
                colour_family=row.colour_family,
                price=row.price,
                compare_at_price=row.compare_at_price,
                stock=row.stock,
                size_keys=frozenset(keys[row.id]),
            )
        )
    return facts


def _size_keys(query: ProductQuery) -> tuple[str, ...]:
    """The size keys `variant_fits` reads for this query (and queries with fewer filters)."""
    return (query.size.lower(),) if query.size else ()


def variant_fits(variant: VariantFacts, query: ProductQuery, in_stock_only: bool) -> bool:
    """The same test as `_variant_conditions`, for variants already loaded."""
    if in_stock_only and variant.stock <= 0:
        return False
    if query.colour and not {_colour_key(c) for c in colour_choices(query.colour)} & {
        variant.colour_key,
        variant.colour_family,
    }:
        return False
    if query.not_colours and {_colour_key(c) for c in query.not_colours} & {
        variant.colour_key,
        variant.colour_family,
    }:
        return False
    if query.size and query.size.lower() not in variant.size_keys:
        return False
    if query.on_sale and not (variant.compare_at_price or 0) > variant.price:
        return False
    if query.price_min is not None and variant.price < query.price_min:
        return False
    return query.price_max is None or variant.price <= query.price_max


# What a result line needs of a product, read as a plain row.
_MATCH_COLUMNS = (
    Product.id, Product.handle, Product.title, Product.brand, Product.product_type,
    Product.image_url,
)  # fmt: skip


def find_products(
    session: Session,
    query: ProductQuery,
    offset: int = 0,
    limit: int = 3,
    in_stock_only: bool = True,
    exclude_handles: Iterable[str] = (),
    only_handles: Iterable[str] | None = None,
) -> SearchResult:
    """Products with at least one variant that fits every filter of `query` (and, when
    `only_handles` is given, among those products only: "the black one" of those on screen).

    With sort="popular" the best sellers of the last POPULAR_WINDOW_DAYS come first and the result
    says how many units each sold (`SearchResult.sales`); with sort="closest" every in-stock
    product of the query's category is ranked by `alternative_distance` instead.
    """
    if query.sort == "closest":
        return _find_closest(session, query, offset, limit, exclude_handles)
    # On a big catalog (docs/performance.md, section 3; plans: bench/bench_search.py --explain):
    # a query no variant can meet (a size nobody makes, a budget under every price) ends after
    # one index lookup (`_any_variant_fits`); otherwise the fitting products are counted first,
    # from the variants of the size or colour or by probing each product's own variants through
    # indexes that hold what is read (`_fitting`), and the count decides how the page is found
    # (`_page`): many, by walking the catalog order; few, by finding them and sorting them.
    extra = [Product.handle.not_in(tuple(exclude_handles))]
    if only_handles is not None:
        extra.append(Product.handle.in_(tuple(only_handles)))
    chosen = [*_product_conditions(query), *extra]
    if not _any_variant_fits(session, query, in_stock_only):
        sales = _sales_ranking(_units_in_window(session), []) if query.sort == "popular" else None
        return SearchResult(query=query, matches=[], total=0, offset=offset, sales=sales)
    if query.sort in ("price_asc", "price_desc"):
        return _find_by_price(session, query, offset, limit, in_stock_only, chosen)
    if query.sort == "popular":
        return _find_popular(session, query, offset, limit, in_stock_only, extra)
    if query.sort == "newest":
        first = [Product.first_imported_at.is_(None), Product.first_imported_at.desc()]
    elif query.occasions:
        first = [_occasion_matches(query).desc(), *_preferred_first(query)]
    else:
        first = _preferred_first(query)
    # Ranked, or picked by words found only by reading every product (a name, a feature, which
    # few products have): one statement finds, counts and sorts them, instead of a count and then
    # a page that finds them all again. A broad kind or a colour is paged by `_page`'s walk.
    capped = False  # a ranked statement counts every product it reads
    if first or query.product or query.features:
        page, total = _ranked_page(session, chosen, query, in_stock_only, first, offset, limit)
    else:
        total, capped = _count_capped(session, chosen, query, in_stock_only, offset, limit)
        page = _page(session, extra, query, in_stock_only, first, offset, limit, total, capped)
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(query, matches, total, offset, total_capped=capped)


def _ranked_page(
    session: Session,
    chosen: list,
    query: ProductQuery,
    in_stock_only: bool,
    first: list,
    offset: int,
    limit: int,
) -> tuple[list, int]:
    """One page of the products that meet `chosen` and fit the query, ordered by `first` (the
    occasions matched, the newest, the shopper's tastes), then the shop's order; and how many
    fit. The sort reads every fitting product anyway, so the same statement counts them (a
    window count) instead of a count that finds them all once more (`_count_fitting`)."""
    statement = (
        select(*_MATCH_COLUMNS, func.count().over().label("total"))
        .where(*chosen, _fitting(query, in_stock_only))
        .order_by(*first, Product.position + 0)
    )
    page = session.execute(statement.offset(offset).limit(limit)).all() if limit else []
    if page:
        return page, page[0].total
    if not offset and limit:  # an empty first page: nothing fits
        return [], 0
    # Past the last page (or no page asked for) the window count has no row to ride on.
    return [], _count_fitting(session, chosen, query, in_stock_only)


# A page in the shop's order of more fitting products than this walks the catalog order
# (ix_product_position) and stops after the page; of fewer, they are found first and sorted.
WALK_ABOVE = 100


def _page(
    session: Session,
    extra: list,
    query: ProductQuery,
    in_stock_only: bool,
    first: list,
    offset: int,
    limit: int,
    total: int,
    capped: bool = False,
) -> list:
    """The rows of one page of the `total` products that fit the query (and meet `extra`; more
    than `total` when `capped`), ordered by `first`, then the shop's order."""
    if not limit or (offset >= total and not capped):
        return []
    if not first and (capped or total > WALK_ABOVE):
        # Many fit: along the catalog order, probing each product's own variants, the page is
        # found after about offset + limit products (more where fewer fit). SQLite would
        # rather read and sort every product of the kind, so it is kept off the kind indexes.
        statement = select(*_MATCH_COLUMNS).where(
            *_product_conditions(query, kind_index=False),
            *extra,
            _has_variant(query, in_stock_only),
        )
        statement = statement.order_by(Product.position)
    else:
        # Few fit (or the order is computed): find them as the count does, then sort them;
        # `position + 0` keeps the database from walking the whole catalog order instead.
        statement = select(*_MATCH_COLUMNS).where(
            *_product_conditions(query), *extra, _fitting(query, in_stock_only)
        )
        statement = statement.order_by(*first, Product.position + 0)
    return session.execute(statement.offset(offset).limit(limit)).all()


def _find_by_price(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    in_stock_only: bool,
    chosen: list,
) -> SearchResult:
    """`find_products` sorted by price: cheapest first from the shop's cheapest variants when
    they hold the page (`_cheapest_page`); otherwise the fitting variants grouped by product,
    counted in the same pass. (Every fitting product's lowest price is needed to know the first
    ones; a walk along the price index was tried and passes over too many cheaper variants of
    other kinds.)"""
    cheapest = None
    if query.sort == "price_asc" and in_stock_only and limit:
        cheapest = _cheapest_page(session, chosen, query, offset, limit)
    if cheapest is not None:
        total, capped = _count_capped(session, chosen, query, in_stock_only, offset, limit)
        rows = {row.id: row for row in session.execute(
            select(*_MATCH_COLUMNS).where(Product.id.in_(cheapest))
        )}  # fmt: skip
        page = [rows[product_id] for product_id in cheapest]
        variants = load_variant_facts(session, cheapest, _size_keys(query))
        matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
        return SearchResult(query, matches, total, offset, total_capped=capped)
    price_from = func.min(Variant.price).label("price_from")
    matching = (
        select(*_MATCH_COLUMNS, price_from, func.count().over().label("total"))
        .join(Variant, Variant.product_id == Product.id)
        .where(*chosen, *_variant_conditions(query, in_stock_only, size_index_first=True))
        .group_by(Product.id, Product.position)
    )
    ascending = query.sort == "price_asc"
    matching = matching.order_by(
        price_from.asc() if ascending else price_from.desc(), Product.position
    )
    page = session.execute(matching.offset(offset).limit(limit)).all() if limit else []
    if page:
        total = page[0].total
    elif not offset and limit:  # an empty first page: nothing fits
        total = 0
    else:  # past the last page the window count has no row to ride on
        total = _count_fitting(session, chosen, query, in_stock_only)
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(query=query, matches=matches, total=total, offset=offset)


# A page cheapest first is looked for among this many of the shop's cheapest in-stock variants
# (within the query's price bounds) before every fitting variant is grouped (`_cheapest_page`).
CHEAPEST_WINDOW = 3000


def _cheapest_page(
    session: Session, chosen: list, query: ProductQuery, offset: int, limit: int
) -> list[int] | None:
    """Ids of one page of the in-stock products that meet `chosen` and fit the query, cheapest
    first (by their lowest fitting price, then the shop's order), when the shop's
    CHEAPEST_WINDOW cheapest in-stock variants hold the whole page; None when they do not.

    The window (every in-stock variant up to the price of the CHEAPEST_WINDOW-th, ties
    included) is read off ix_variant_price, so it costs about the same whatever the query,
    instead of the lowest price of every fitting product ("shoes in size 9": 2,130 at x30).
    Every fitting variant that cheap is in it, so each product found has its exact lowest
    price, and a product not found costs more than every one found."""
    bounds = []
    if query.price_min is not None:
        bounds.append(Variant.price >= query.price_min)
    if query.price_max is not None:
        bounds.append(Variant.price <= query.price_max)
    far_end = session.scalar(
        select(Variant.price)
        .where(Variant.stock > 0, *bounds)
        .order_by(Variant.price)
        .offset(CHEAPEST_WINDOW - 1)
        .limit(1)
    )
    window = [Variant.stock > 0, *bounds]
    if far_end is not None:  # up to the far end, and every variant at its price
        window.append(Variant.price <= far_end)
    rows = session.execute(
        select(Variant.product_id, Variant.price, Product.position)
        .join(Product, Product.id == Variant.product_id)
        .where(*chosen, *_variant_conditions(query, True))
        .where(Variant.id.in_(select(Variant.id).where(*window)))
    ).all()
    lowest: dict[int, tuple] = {}
    for product_id, price, position in rows:
        if product_id not in lowest or price < lowest[product_id][0]:
            lowest[product_id] = (price, position)
    if far_end is not None and len(lowest) < offset + limit:
        return None  # the page reaches past the window
    ordered = sorted(lowest, key=lowest.__getitem__)
    return ordered[offset : offset + limit]


def _sales_window_start() -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=POPULAR_WINDOW_DAYS)


def _units_in_window(session: Session) -> dict[int, int]:
    """Product id -> units sold in the window, for the products with such a sale."""
    rows = session.execute(
        select(Variant.product_id, func.sum(OrderLine.quantity))
        .select_from(OrderLine)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.placed_at >= _sales_window_start(), Order.status.not_in(NOT_SOLD_STATUSES))
        .group_by(Variant.product_id)
    )
    return {product_id: int(units) for product_id, units in rows}


def _sales_ranking(units: dict[int, int], page: list) -> SalesRanking:
    return SalesRanking(
        window_days=POPULAR_WINDOW_DAYS,
        shop_units=sum(units.values()),
        units={row.handle: units.get(row.id, 0) for row in page},
    )


# Past this many products sold in the window, best sellers are ranked by the database.
MAX_SOLD_RANKED_HERE = 2000


def _find_popular(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    in_stock_only: bool,
    extra: list,
) -> SearchResult:
    """`find_products` with sort="popular": most units sold in the window first, then the shop's
    order. The products sold in the window (few, next to a big catalog) are ranked here; the
    unsold ones follow in catalog order, read straight off the position index, instead of a sum
    of sales computed for every product of the catalog."""
    units = _units_in_window(session)
    sold = [product_id for product_id, count in units.items() if count > 0]
    chosen = [*_product_conditions(query), *extra]
    total, capped = _count_capped(session, chosen, query, in_stock_only, offset, limit)
    if len(sold) > MAX_SOLD_RANKED_HERE:
        first = [_units_sold().desc()]
        page = _page(session, extra, query, in_stock_only, first, offset, limit, total, capped)
    else:
        ranked = []
        if sold and total:
            ranked = session.execute(
                select(*_MATCH_COLUMNS, Product.position).where(
                    *chosen, Product.id.in_(sold), _has_variant(query, in_stock_only)
                )
            ).all()
            ranked.sort(key=lambda row: (-units[row.id], row.position))
        page = ranked[offset : offset + limit]
        if len(page) < limit:
            unsold = [*extra, Product.id.not_in(sold)] if sold else extra
            page += _page(
                session, unsold, query, in_stock_only, [],
                max(0, offset - len(ranked)), limit - len(page), total - len(ranked), capped,
            )  # fmt: skip
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(
        query=query,
        matches=matches,
        total=total,
        offset=offset,
        sales=_sales_ranking(units, page),
        total_capped=capped,
    )


def _units_sold():
    """Units of a product sold in the window (for ranking; 0 when none)."""
    return (
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .select_from(OrderLine)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Variant.product_id == Product.id)
        .where(Order.placed_at >= _sales_window_start(), Order.status.not_in(NOT_SOLD_STATUSES))
        .scalar_subquery()
    )


def _to_match(
    product, variants: list[VariantFacts], query: ProductQuery, in_stock_only: bool
) -> ProductMatch:
    fitting = [v for v in variants if variant_fits(v, query, in_stock_only)]
    prices = [v.price for v in fitting]
    sale_prices = [v.compare_at_price for v in fitting if v.compare_at_price]
    # Sizes that fit everything but the size filter: what the shopper could pick next.
    size_free = query.without("size")
    sizes = [v.size for v in variants if v.size and variant_fits(v, size_free, True)]
    colour_free = query.without("colour")
    colours = [v.colour for v in variants if v.colour and variant_fits(v, colour_free, True)]
    return ProductMatch(
        handle=product.handle,
        title=product.title,
        brand=product.brand,
        product_type=product.product_type,
        price_from=min(prices),
        price_to=max(prices),
        compare_at_price=max(sale_prices) if sale_prices else None,
        colours=tuple(dict.fromkeys(colours)),
        sizes=tuple(dict.fromkeys(sizes)),
        image_url=product.image_url,
        in_stock=any(v.stock > 0 for v in fitting),
    )


# Which filter goes first when two alternatives are otherwise equally close: the shopper's size
# and colour matter less than the budget, which matters less than the kind of product. Filters not
# named here (the category, "not brown") are never given up while anything else is left.
RELAXATION_ORDER = (
    "size", "colour", "price", "on_sale", "occasions", "brand", "gender", "product",
)  # fmt: skip


def alternative_distance(
    price_gap: Decimal, gave_up: Iterable[str], keep: Iterable[str] = ()
) -> tuple:
    """How far a product is from a query it does not fit; smaller is closer. In order:

    1. how many of the filters the shopper has just asked for (`keep`) it gives up: after "in
       brown instead", a brown pair a little over budget is nearer than a black one within it;
    2. the price distance: how far its closest variant's price lies outside the asked-for bounds
       (above `price_max` or below `price_min`; 0 within them);
    3. how many of the query's other filters it gives up;
    4. which ones, by RELAXATION_ORDER (giving up the size is nearer than giving up the brand).
    Ties keep the shop's own order.
    """
    gave_up = tuple(gave_up)
    return (
        len(set(gave_up) & set(keep)),
        price_gap,
        len(gave_up),
        sum(1 << RELAXATION_ORDER.index(name) for name in gave_up),
    )


def _price_gap(price: Decimal, query: ProductQuery) -> Decimal:
    if query.price_max is not None and price > query.price_max:
        return price - query.price_max
    if query.price_min is not None and price < query.price_min:
        return query.price_min - price
    return Decimal(0)


def _find_closest(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    exclude_handles: Iterable[str] = (),
    nothing_fits: bool = False,
) -> SearchResult:
    """Every in-stock product that fits the query's fixed filters (its category, "not brown"),
    nearest first by `alternative_distance`; each match says which filters it gives up.

    Only the page's candidates are ranked, not every product of the kind (a whole catalog when the
    query names no kind): for each set of filters that could be given up, the first
    offset + limit products that fit the rest, nearest price first when the price is among them
    (`_first_fitting`). That is enough: a product P on the page, whose closest variant gives up
    the set G, is among the first offset + limit of G's list, because every product before it
    there has a variant giving up a subset of G at no greater price distance, so ranks before P
    overall too (ties in the shop's order, as in G's list).

    A set that keeps a filter nothing in the shop meets on its own (a size no variant comes in,
    a budget under every price) finds nothing and is not asked (`_unmet_filters`); nor is the
    whole query when the caller knows that nothing fits it (`nothing_fits`).
    """
    active = [name for name in RELAXATION_ORDER if name in query.active_filters()]
    hard = query.without(*active).updated(sort=None, keep=())
    excluded = tuple(exclude_handles)
    total, capped = _count_capped(
        session, [*_product_conditions(hard), Product.handle.not_in(excluded)], hard, True,
        offset, limit,
    )  # fmt: skip
    # The sets of filters to give up, nearest first: a set without the price is exactly as far as
    # `alternative_distance` says (its price distance is 0); the sets with it come after those of
    # the same `keep` count, in an order their price distances decide. Once offset + limit
    # products are found and the next set is farther than all of them, nothing later can come
    # before them.
    wanted = offset + limit
    giving_up = sorted(
        (given_up for count in range(len(active) + 1) for given_up in combinations(active, count)),
        key=lambda given_up: (
            alternative_distance(Decimal(0), given_up, query.keep)[0],
            "price" in given_up,
            alternative_distance(Decimal(0), given_up, query.keep)[2:],
        ),
    )
    unmet = _unmet_filters(session, query, active)
    if nothing_fits:
        unmet.add("")  # stands for the whole query: the empty set of given-up filters keeps it
    candidates: set[int] = set()
    # The variants just beyond the budget, read when a set that gives it up first asks.
    nearest = _NearestPrices(session, query, active, excluded) if "price" in active else None
    for index, given_up in enumerate(giving_up):
        relaxed = query.without(*given_up).updated(sort=None, keep=())
        price = query if "price" in given_up else None
        kept = {name for name in active if name not in given_up} | ({""} if not given_up else set())
        if not unmet & kept:
            candidates.update(_first_fitting(session, relaxed, price, wanted, excluded, nearest))
        following = giving_up[index + 1] if index + 1 < len(giving_up) else None
        # Sets with the price are decided together: their order is the products' own.
        if following is not None and price is not None and "price" in following:
            continue
        if len(candidates) >= wanted:
            break
    # Each filter on its own: the products it lets through, and the test for their variants.
    singles = {
        name: query.without(*(other for other in active if other != name)).updated(
            sort=None, keep=()
        )
        for name in active
    }
    # Every candidate meets the fixed filters, so a variant filter lets every one through; the
    # product filters are read with the candidates, for all of them at once.
    by_product = [name for name in active if name not in VARIANT_FILTERS]
    tests = [case((and_(*_product_conditions(singles[name])), 1), else_=0) for name in by_product]
    rows = []
    if candidates:
        rows = session.execute(
            select(*_MATCH_COLUMNS, *tests)
            .where(Product.id.in_(candidates))
            .order_by(Product.position)
        ).all()
    ids = [row.id for row in rows]
    variants = load_variant_facts(session, ids, _size_keys(query))
    product_fits = {name: set() if name in by_product else set(ids) for name in active}
    for row in rows:
        for name, fits in zip(by_product, row[len(_MATCH_COLUMNS) :], strict=True):
            if fits:
                product_fits[name].add(row.id)
    ranked = []
    for row in rows:
        best = None
        for variant in variants[row.id]:
            if not variant_fits(variant, hard, True):
                continue
            gave_up = tuple(
                name
                for name in active
                if row.id not in product_fits[name]
                or not variant_fits(variant, singles[name], True)
            )
            key = alternative_distance(_price_gap(variant.price, query), gave_up, query.keep)
            if best is None or key < best[0]:
                best = (key, gave_up)
        if best is not None:
            ranked.append((best[0], best[1], row))
    ranked.sort(key=lambda item: item[0])  # stable: ties keep the catalog order
    matches = [
        replace(
            _to_match(
                row, variants[row.id], query.without(*gave_up).updated(sort=None, keep=()), True
            ),
            gave_up=gave_up,
        )
        for _, gave_up, row in ranked[offset : offset + limit]
    ]
    return SearchResult(query, matches, total, offset, total_capped=capped)


# The filters that are checked on each variant; the others are checked on the product.
VARIANT_FILTERS = ("size", "colour", "price", "on_sale")


def _unmet_filters(session: Session, query: ProductQuery, active: list[str]) -> set[str]:
    """The filters among `active` that nothing meets even on its own, with only the query's fixed
    filters beside it: no variant in stock of that size, colour, price or sale (whatever its
    product), or no product of that occasion, brand, gender or name (whatever its stock). One
    index lookup each, all in one statement; a set of filters keeping one of them finds
    nothing."""
    probes = {}
    for name in active:
        alone = query.without(*(other for other in active if other != name)).updated(
            sort=None, keep=()
        )
        if name in VARIANT_FILTERS:  # as `_any_variant_fits` asks
            conditions = _variant_conditions(alone, True, size_index_first=True)
            if len(conditions) > 1:  # more than the stock: a variant filter to look up
                probes[name] = select(Variant.id).where(*conditions).exists()
        else:
            probes[name] = select(Product.id).where(*_product_conditions(alone)).exists()
    if not probes:
        return set()
    found = session.execute(select(*probes.values())).one()
    return {name for name, there in zip(probes, found, strict=True) if not there}


def _any_variant_fits(session: Session, query: ProductQuery, in_stock_only: bool) -> bool:
    """Whether any variant at all meets the query's variant filters (size, colour, price...).

    A search that can find nothing ("wedding, size 15, under $20": no variant costs under $20)
    learns it here from one walk along the most selective variant index, instead of checking
    every product of its kind (or the whole catalog) in turn. Plans: bench/bench_search.py
    --explain."""
    conditions = _variant_conditions(query, in_stock_only, size_index_first=True)
    if len(conditions) <= int(in_stock_only):  # no variant filter: nothing to learn here
        return True
    return session.scalar(select(Variant.id).where(*conditions).limit(1)) is not None


def _has_variant(query: ProductQuery, in_stock_only: bool = True):
    """The product has a variant (in stock, unless told otherwise) that fits the query's variant
    filters: a probe of the product's own variants (ix_variant_product_stock covers every column
    it reads), so a page in the shop's order stops after the products it shows."""
    conditions = _variant_conditions(query, in_stock_only)
    return select(Variant.id).where(Variant.product_id == Product.id, *conditions).exists()


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
    colours = [_colour_key(colour) for colour in colour_choices(query.colour)]
    # One branch per colour index: an OR of the two would read every variant row it finds.
    return Product.id.in_(
        union_all(
            select(Variant.product_id).where(Variant.colour_key.in_(colours), *rest),
            select(Variant.product_id).where(Variant.colour_family.in_(colours), *rest),
        )
    )


def _count_fitting(
    session: Session, chosen: list, query: ProductQuery, in_stock_only: bool = True
) -> int:
    """How many products meet `chosen` and have a variant that fits the query."""
    counted = (
        select(func.count()).select_from(Product).where(*chosen, _fitting(query, in_stock_only))
    )
    return session.scalar(counted) or 0


def _count_capped(
    session: Session,
    chosen: list,
    query: ProductQuery,
    in_stock_only: bool,
    offset: int,
    limit: int,
) -> tuple[int, bool]:
    """`_count_fitting`, stopped past COUNT_CAP products, or past the page asked for if that
    ends further: (the count, False), or (where it stopped, True) when more fit. The products
    are found as `_fitting` finds them; from the variants of a size as those come (not all of
    them first, which a size's thousands of variants on a big catalog make slow), so that the
    count stops soon when many fit."""
    up_to = max(COUNT_CAP, offset + limit)
    if _variants_first(query) and query.size:
        found = _variant_conditions(query, in_stock_only, size_index_first=True)
        fitting = (
            select(Variant.product_id)
            .join(Product, Product.id == Variant.product_id)
            .where(*chosen, *found)
            .distinct()
        )
    else:
        fitting = select(Product.id).where(*chosen, _fitting(query, in_stock_only))
    counted = session.scalar(select(func.count()).select_from(fitting.limit(up_to + 1).subquery()))
    return (up_to, True) if (counted or 0) > up_to else (counted or 0, False)


def _first_fitting(
    session: Session,
    query: ProductQuery,
    price_of: ProductQuery | None,
    limit: int,
    excluded: tuple[str, ...],
    nearest: _NearestPrices | None = None,
) -> list[int]:
    """Ids of the first `limit` in-stock products that fit `query`, in the shop's order; with
    `price_of` (the query that `query` relaxes), those whose closest variant outside its price
    bounds is nearest to them, read from `nearest` (the variants just beyond those bounds) where
    they settle it."""
    fitting = [*_product_conditions(query), Product.handle.not_in(excluded)]
    # For the statements below that start from variants (the nearest prices, the size's, those
    # at one price), not from the products of a kind or an occasion (a wedding's are many).
    from_variants = [
        *_product_conditions(query, kind_index=False, tag_index=False),
        Product.handle.not_in(excluded),
    ]
    if price_of is None:
        picked = query.category or query.product or query.brand or query.occasions
        if picked or _variants_first(query):
            # Found first, then sorted: a walk along the catalog order would pass over most of
            # a big catalog when few products fit (and for alternatives, few usually do).
            statement = select(Product.id).where(*fitting, _fitting(query))
            order = Product.position + 0
        else:
            statement = select(Product.id).where(*fitting, _has_variant(query))
            order = Product.position
        return list(session.scalars(statement.order_by(order).limit(limit)))
    # Nearest first, for each bound given up: the fitting products among the in-stock variants
    # just beyond it (`_NearestPrices`), or, when those do not settle the first `limit`, every
    # fitting variant beyond it, grouped by product (from the size's variants when there is a
    # size). Either way every product among the `limit` nearest of this side is found with its
    # exact distance, which is all that the merge below and the tie reading after it need.
    gaps: dict[int, Decimal] = {}
    variant_filters = _variant_conditions(query, True, colour_index=False)
    sides = []
    if price_of.price_max is not None:
        sides.append((True, Variant.price > price_of.price_max, price_of.price_max))
    if price_of.price_min is not None:
        sides.append((False, Variant.price < price_of.price_min, price_of.price_min))
    settled = True  # every side's nearest products were all read in its window
    window_rows = []  # (product id, price, position) of each fitting variant in the windows
    if nearest is None:
        active = [name for name in RELAXATION_ORDER if name in price_of.active_filters()]
        nearest = _NearestPrices(session, price_of, active, excluded)
    for above, outside, bound in sides:
        rows = nearest.beyond(above, outside, bound, query.active_filters(), limit)
        found = None
        if rows is not None:
            window_rows += rows
            found = {}
            for product_id, price, _ in rows:
                gap = abs(price - bound)
                found[product_id] = min(gap, found.get(product_id, gap))
        else:
            settled = False
            nearest_price = func.min(Variant.price) if above else func.max(Variant.price)
            grouped = [*fitting, *_variant_conditions(query, True, size_index_first=True)]
            if query.size:  # from the size's variants
                grouped = [*from_variants, *_variant_conditions(query, True, True)]
            elif not _variants_first(query):
                # From the products of the kind (or else of the occasion, brand, name), through
                # their variants' covering index, not from every variant of the colour.
                picking = _product_conditions(query, tag_index=not query.category)
                grouped = [*picking, Product.handle.not_in(excluded),
                           *_variant_conditions(query, True, colour_index=False)]  # fmt: skip
            rows = session.execute(
                select(Variant.product_id, nearest_price)
                .join(Product, Product.id == Variant.product_id)
                .where(*grouped, outside)
                .group_by(Variant.product_id)
                .order_by(nearest_price.asc() if above else nearest_price.desc())
                .limit(limit)
            ).all()
            found = {product_id: abs(price - bound) for product_id, price in rows}
        for product_id, gap in found.items():
            gaps[product_id] = min(gap, gaps.get(product_id, gap))
    if not gaps:
        return []
    last = sorted(gaps.values())[:limit][-1]
    nearer = [product_id for product_id, gap in gaps.items() if gap < last]
    at_prices = {bound + last if above else bound - last for above, _, bound in sides}
    if settled:
        # The windows hold every fitting variant as near as `last`: the ties are read off them,
        # as the statement below would find them.
        tied_at = {(position, product_id) for product_id, price, position in window_rows
                   if price in at_prices}  # fmt: skip
        return nearer + [product_id for _, product_id in sorted(tied_at)[:limit]]
    at_last = [
        Variant.price == (bound + last if above else bound - last) for above, _, bound in sides
    ]
    tied = session.scalars(
        select(Product.id)
        .where(*from_variants)
        .where(Product.id.in_(select(Variant.product_id).where(*variant_filters, or_(*at_last))))
        .order_by(Product.position)
        .limit(limit)
    )
    return nearer + list(tied)


class _NearestPrices:
    """The in-stock variants just beyond a query's price bounds, for the sets of its filters that
    give up the price (`_find_closest`): read once per bound, with which of the other filters
    each variant meets, instead of once per set.

    Per bound, a window: every in-stock variant up to the NEAREST_PRICE_WINDOW-th beyond it (of
    any product), read off ix_variant_price alone, so it costs about the same whatever the
    query; every variant that near is in it, so the distances found are exact."""

    def __init__(
        self, session: Session, query: ProductQuery, active: list[str], excluded: tuple[str, ...]
    ) -> None:
        self.session = session
        hard = query.without(*active).updated(sort=None, keep=())
        # Started from the window's variants, not from the products of a kind or occasion.
        self.fixed = [
            *_product_conditions(hard, kind_index=False, tag_index=False),
            Product.handle.not_in(excluded),
            *_variant_conditions(hard, True, colour_index=False),
        ]
        self.names = [name for name in active if name != "price"]
        self.tests = []
        for name in self.names:  # each filter with the fixed ones: its test is theirs and its own
            single = query.without(*(other for other in active if other != name))
            if name in VARIANT_FILTERS:
                test = and_(*_variant_conditions(single, True, colour_index=False))
            else:
                test = and_(*_product_conditions(single, kind_index=False, tag_index=False))
            self.tests.append(case((test, 1), else_=0))
        self.windows: dict[tuple, tuple] = {}  # (above, bound) -> (far end, rows)

    def beyond(
        self, above: bool, outside, bound: Decimal, kept: Iterable[str], limit: int
    ) -> list[tuple[int, Decimal, int]] | None:
        """(Product id, price, product position) of every variant in the window beyond `bound`
        that fits the query keeping the filters `kept` (and giving up the price); None when
        fewer than `limit` products are among them and the window did not hold every variant
        beyond the bound."""
        if (above, bound) not in self.windows:
            self.windows[above, bound] = self._read(above, outside, bound)
        far_end, rows = self.windows[above, bound]
        asked = [self.names.index(name) for name in kept if name in self.names]
        fitting = [row[:3] for row in rows if all(row[3 + index] for index in asked)]
        if far_end is None:  # the window held every in-stock variant beyond the bound
            return fitting
        enough = len({product_id for product_id, _, _ in fitting}) >= limit
        return fitting if enough else None

    def _read(self, above: bool, outside, bound: Decimal) -> tuple:
        nearest_first = Variant.price.asc() if above else Variant.price.desc()
        far_end = self.session.scalar(
            select(Variant.price)
            .where(Variant.stock > 0, outside)
            .order_by(nearest_first)
            .offset(NEAREST_PRICE_WINDOW - 1)
            .limit(1)
        )
        window = [Variant.stock > 0, outside]
        if far_end is not None:  # up to the far end, and every variant at its price
            window.append(Variant.price <= far_end if above else Variant.price >= far_end)
        rows = self.session.execute(
            select(Variant.product_id, Variant.price, Product.position, *self.tests)
            .join(Product, Product.id == Variant.product_id)
            .where(*self.fixed, Variant.id.in_(select(Variant.id).where(*window)))
        ).all()
        return far_end, [tuple(row) for row in rows]


def find_alternatives(
    session: Session, query: ProductQuery, limit: int = 3, keep: Iterable[str] = ()
) -> Alternatives:
    """The closest in-stock products to a query that found nothing in stock.

    Closest means smallest `alternative_distance`: first keeping what the shopper has just
    changed (`keep`, e.g. the colour of "in brown instead"; when every filter is new, as in a
    first search, none is preferred), then the price distance (over budget, the cheapest above
    it), then the fewest filters given up. The kind of
    product is kept unless the shop has nothing in stock of that kind. The result's query has
    sort="closest", so "Show more" goes on in the same order; `dropped` names every filter that
    some product shown gives up (each match's own are in `ProductMatch.gave_up`).
    """
    sold_out = find_products(session, query, limit=limit, in_stock_only=False)
    relaxable = [name for name in RELAXATION_ORDER if name in query.active_filters()]
    keep = tuple(name for name in relaxable if name in set(keep))
    if set(keep) == set(relaxable):  # all of it just asked: nothing to prefer
        keep = ()
    closest = query.updated(sort="closest", keep=keep)
    # Nothing fits even out of stock, so nothing in stock does: no need to look again.
    result = _find_closest(session, closest, 0, limit, nothing_fits=not sold_out.total)
    lost_category: tuple[str, ...] = ()
    if not result.total:
        fixed = [name for name in closest.active_filters() if name not in RELAXATION_ORDER]
        closest = closest.without("category", *fixed)
        result = find_products(session, closest, limit=limit)
        lost_category = ("category",)
    given_up = {name for match in result.matches for name in match.gave_up}
    dropped = tuple(name for name in RELAXATION_ORDER if name in given_up) + lost_category
    return Alternatives(
        dropped=dropped,
        result=result,
        sold_out=sold_out if sold_out.total else None,
        sizes_in_stock=lambda: _sizes_if_size_dropped(session, query, dropped),
    )


def _sizes_if_size_dropped(
    session: Session, query: ProductQuery, dropped: Iterable[str]
) -> tuple[str, ...]:
    return available_sizes(session, query.without("size")) if "size" in dropped else ()


def available_sizes(session: Session, query: ProductQuery, limit: int = 200) -> tuple[str, ...]:
    """In-stock size labels of the products that fit `query`, in the catalog's order."""
    if not _any_variant_fits(session, query, True):  # e.g. a budget under every price
        return ()
    # One row per size (a big catalog has thousands of fitting variants), cheapest first, so
    # that labels the sort below cannot tell apart keep that order.
    rows = session.execute(
        select(Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.size.is_not(None))
        .where(and_(*_product_conditions(query), *_variant_conditions(query, True)))
        .group_by(Variant.size)
        .order_by(func.min(Variant.price), func.min(Variant.position))
    )
    sizes = [row.size for row in rows]
    return tuple(sorted(sizes, key=_size_sort_key)[:limit])


def _size_sort_key(label: str) -> tuple:
    number = re.search(r"\d+(?:\.\d+)?", label)
    letters = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"]
    if number:
        return (0, label.split()[0].lower() if label[0].isalpha() else "", float(number.group(0)))
    return (1, "", letters.index(label.lower()) if label.lower() in letters else 99)
