"""Product search: filters, sorting, pages, and the closest alternatives when nothing matches."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag, Variant, VariantSizeKey

SORTS = ("price_asc", "price_desc")
# A price bound beyond this is a typo or a joke, not a budget.
MAX_SENSIBLE_PRICE = Decimal("100000")


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
        return self == ProductQuery(sort=self.sort)

    def updated(self, **changes) -> ProductQuery:
        return replace(self, **changes)

    def without(self, *names: str) -> ProductQuery:
        """The same query with filters removed ('price' removes both bounds)."""
        changes: dict = {}
        for name in names:
            if name == "price":
                changes.update(price_min=None, price_max=None)
            elif name == "occasions":
                changes["occasions"] = ()
            else:
                changes[name] = None
        return replace(self, **changes)

    def active_filters(self) -> list[str]:
        names = []
        for name in ("size", "colour", "price", "occasions", "brand", "gender", "product"):
            if self.without(name) != self:
                names.append(name)
        return names

    def to_dict(self) -> dict:
        """A JSON-safe form (for a Rasa slot)."""
        data = asdict(self)
        data["occasions"] = list(self.occasions)
        for bound in ("price_min", "price_max"):
            if data[bound] is not None:
                data[bound] = str(data[bound])
        return {key: value for key, value in data.items() if value not in (None, [])}

    @classmethod
    def from_dict(cls, data: dict | None) -> ProductQuery:
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["occasions"] = tuple(values.get("occasions") or ())
        for bound in ("price_min", "price_max"):
            values[bound] = parse_price(values.get(bound))
        return cls(**values)


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


@dataclass(frozen=True)
class SearchResult:
    query: ProductQuery
    matches: list[ProductMatch]
    total: int
    offset: int = 0

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.matches) < self.total


@dataclass(frozen=True)
class Alternatives:
    """The closest thing to a query that found nothing: which filters were dropped, what was found."""

    dropped: tuple[str, ...]
    result: SearchResult
    sold_out: SearchResult | None = None  # the exact matches, all out of stock
    available_sizes: tuple[str, ...] = field(default=())


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


def _product_conditions(query: ProductQuery) -> list:
    conditions = [Product.is_active.is_(True)]
    if query.category:
        kinds = category_types(query.category)
        conditions.append(
            or_(
                func.lower(Product.product_type).in_(kinds),
                func.lower(Product.department).in_(kinds),
            )
        )
    if query.brand:
        conditions.append(func.lower(Product.brand) == query.brand.lower())
    if query.gender in ("male", "female"):
        conditions.append(
            or_(Product.gender.in_((query.gender, "unisex")), Product.gender.is_(None))
        )
    if query.product:
        conditions.append(
            func.lower(Product.title).contains(query.product.lower(), autoescape=True)
        )
    if query.occasions:
        tags = [tag.lower() for tag in query.occasions]
        conditions.append(
            Product.id.in_(select(ProductTag.product_id).where(ProductTag.tag.in_(tags)))
        )
    return conditions


def _occasion_matches(query: ProductQuery):
    """How many of the asked-for occasion tags a product has (for ranking)."""
    tags = [tag.lower() for tag in query.occasions]
    return (
        select(func.count())
        .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
        .scalar_subquery()
    )


def _colour_key(colour: str) -> str:
    """'Gray' -> 'grey': the lexicon's spelling, as variants store it."""
    colour = colour.strip().lower()
    return load_lexicon().colour_synonyms.get(colour, colour)


def _variant_conditions(query: ProductQuery, in_stock_only: bool) -> list:
    conditions = []
    if in_stock_only:
        conditions.append(Variant.stock > 0)
    if query.colour:
        colour = _colour_key(query.colour)
        conditions.append(or_(Variant.colour_key == colour, Variant.colour_family == colour))
    if query.size:
        conditions.append(
            Variant.id.in_(
                select(VariantSizeKey.variant_id).where(VariantSizeKey.key == query.size.lower())
            )
        )
    if query.price_min is not None:
        conditions.append(Variant.price >= query.price_min)
    if query.price_max is not None:
        conditions.append(Variant.price <= query.price_max)
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


def load_variant_facts(session: Session, product_ids: list[int]) -> dict[int, list[VariantFacts]]:
    """Product id -> its variants in catalog order, with their size keys; two queries in all."""
    keys: dict[int, set[str]] = defaultdict(set)
    key_rows = session.execute(
        select(VariantSizeKey.variant_id, VariantSizeKey.key)
        .join(Variant, Variant.id == VariantSizeKey.variant_id)
        .where(Variant.product_id.in_(product_ids))
    )
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


def variant_fits(variant: VariantFacts, query: ProductQuery, in_stock_only: bool) -> bool:
    """The same test as `_variant_conditions`, for variants already loaded."""
    if in_stock_only and variant.stock <= 0:
        return False
    if query.colour and _colour_key(query.colour) not in (
        variant.colour_key,
        variant.colour_family,
    ):
        return False
    if query.size and query.size.lower() not in variant.size_keys:
        return False
    if query.price_min is not None and variant.price < query.price_min:
        return False
    return query.price_max is None or variant.price <= query.price_max


def find_products(
    session: Session,
    query: ProductQuery,
    offset: int = 0,
    limit: int = 3,
    in_stock_only: bool = True,
    exclude_handles: Iterable[str] = (),
) -> SearchResult:
    """Products with at least one variant that fits every filter of `query`."""
    price_from = func.min(Variant.price).label("price_from")
    matching = (
        select(
            Product.id,
            Product.handle,
            Product.title,
            Product.brand,
            Product.product_type,
            Product.image_url,
            price_from,
            func.count().over().label("total"),
        )  # fmt: skip
        .join(Variant, Variant.product_id == Product.id)
        .where(and_(*_product_conditions(query), *_variant_conditions(query, in_stock_only)))
        .where(Product.handle.not_in(tuple(exclude_handles)))
        .group_by(Product.id, Product.position)
    )
    if query.sort == "price_asc":
        matching = matching.order_by(price_from.asc(), Product.position)
    elif query.sort == "price_desc":
        matching = matching.order_by(price_from.desc(), Product.position)
    elif query.occasions:
        matching = matching.order_by(_occasion_matches(query).desc(), Product.position)
    else:
        matching = matching.order_by(Product.position)
    page = session.execute(matching.offset(offset).limit(limit)).all()
    if page:
        total = page[0].total
    else:  # past the last page the window count has no row to ride on
        total = session.scalar(select(func.count()).select_from(matching.subquery())) or 0
    variants = load_variant_facts(session, [row.id for row in page])
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(query=query, matches=matches, total=total, offset=offset)


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


# The order in which filters are given up when nothing matches: the shopper's size and colour
# matter less than staying near the budget, which matters less than the kind of product.
RELAXATION_ORDER = ("size", "colour", "price", "occasions", "brand", "gender", "product")


def find_alternatives(
    session: Session, query: ProductQuery, limit: int = 3, keep: Iterable[str] = ()
) -> Alternatives:
    """The closest products to a query that found nothing in stock.

    Filters named in `keep` (what the shopper has just asked for, e.g. "in brown instead") are
    given up last: the older filters go first.
    """
    sold_out = find_products(session, query, limit=limit, in_stock_only=False)
    keep = set(keep)
    active = [name for name in RELAXATION_ORDER if name in query.active_filters()]
    active = [name for name in active if name not in keep] + [n for n in active if n in keep]
    candidates = [(name,) for name in active]
    candidates += [tuple(active[: index + 1]) for index in range(1, len(active))]
    for dropped in candidates:
        relaxed = query.without(*dropped)
        if "price" in dropped and query.price_max is not None:
            relaxed = relaxed.updated(sort="price_asc")  # closest above the budget first
        result = find_products(session, relaxed, limit=limit)
        if result.total:
            return Alternatives(
                dropped=dropped,
                result=result,
                sold_out=sold_out if sold_out.total else None,
                available_sizes=_sizes_if_size_dropped(session, query, dropped),
            )
    fallback_query = ProductQuery(category=query.category) if query.category else ProductQuery()
    dropped = tuple(active) + (("category",) if query.category and not active else ())
    result = find_products(session, fallback_query, limit=limit)
    if not result.total:
        result = find_products(session, ProductQuery(), limit=limit)
        dropped = tuple(active) + ("category",)
    return Alternatives(
        dropped=dropped, result=result, sold_out=sold_out if sold_out.total else None
    )


def _sizes_if_size_dropped(
    session: Session, query: ProductQuery, dropped: Iterable[str]
) -> tuple[str, ...]:
    return available_sizes(session, query.without("size")) if "size" in dropped else ()


def available_sizes(session: Session, query: ProductQuery, limit: int = 200) -> tuple[str, ...]:
    """In-stock size labels of the products that fit `query`, in the catalog's order."""
    rows = session.execute(
        select(Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.size.is_not(None))
        .where(and_(*_product_conditions(query), *_variant_conditions(query, True)))
        .order_by(Variant.price, Variant.position)
        .limit(5000)
    )
    sizes = list(dict.fromkeys(row.size for row in rows))
    return tuple(sorted(sizes, key=_size_sort_key)[:limit])


def _size_sort_key(label: str) -> tuple:
    number = re.search(r"\d+(?:\.\d+)?", label)
    letters = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"]
    if number:
        return (0, label.split()[0].lower() if label[0].isalpha() else "", float(number.group(0)))
    return (1, "", letters.index(label.lower()) if label.lower() in letters else 99)
