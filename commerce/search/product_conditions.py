"""The tests of a product that a query asks for (its kind, brand, features, gender, name and
occasions), as SQL, built once per lexicon and query fields. The tests of its variants are in
`variant_conditions`; the ways a statement finds the fitting products, in `fitting`."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag
from commerce.search.dialect_columns import _AnyCase, _NotIndexed
from commerce.search.fits import not_another_fit
from commerce.search.query import (
    KIND_ALTERNATIVES,
    ProductQuery,
    category_types,
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


def handles_with_feature(session: Session, handles: Iterable[str], feature: str) -> set[str]:
    """Those of `handles` whose title, description or tags say `feature` ("velvet")."""
    rows = session.scalars(
        select(Product.handle).where(Product.handle.in_(list(handles)), _says_feature(feature))
    )
    return set(rows)
