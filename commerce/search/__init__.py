"""Product search: filters, sorting, pages, and the closest alternatives when nothing matches.

- `query`: what the shopper is looking for (`ProductQuery`), prices as typed, kind words.
- `sizes_of_kind`: what the kinds' sizes in stock and made answer without reading a product.
- `fitting`: which products and variants fit a query, as SQL.
- `variant_facts`: a page's variants read once (`VariantFacts`), and the same test of them.
- `counting`: how many products fit a query, stopped past COUNT_CAP.
- `results`: what a search gives back (`ProductMatch`, `SearchResult`, `SalesRanking`).
- `on_offer`: the kinds the shop sells (or the nearest it does), the sizes in stock.
- `distance`: how far a product is from a query it does not fit (`alternative_distance`).
- `closest_candidates`: the first products that fit a set of filters, nearest price first.
- `closest`: the products nearest to a query they do not fit (sort="closest").
- `by_price`: `find_products` sorted by price (cheapest first along the lowest prices in stock).
- `quiet`: the order a quiet look asks for ("something plain", a funeral): loud ones last.
- `finding`: `find_products` in each order, paged.
- `alternatives`: what to show when a search finds nothing in stock (`find_alternatives`).
- `claims`: which of a search's products the catalog describes with a feature asked about.

Each module imports only those above it in this list. This package re-exports the names used
outside it. The settings that say how much a statement reads (COUNT_CAP, WALK_ABOVE,
NEAREST_PRICE_WINDOW, MAX_SOLD_RANKED_HERE, POPULAR_WINDOW_DAYS) are read in the
module that defines them, so a test that changes one patches it there
(`monkeypatch.setattr(counting, "COUNT_CAP", 8)`); they are not re-exported here, so a patch of
`commerce.search` fails instead of changing nothing.
"""

from commerce.search.alternatives import Alternatives, find_alternatives, offered_in_reach
from commerce.search.claims import (
    FeaturesAmong,
    FeaturesOfList,
    described_among,
    features_of_list,
)
from commerce.search.closest import of_a_wider_kind
from commerce.search.distance import RELAXATION_ORDER, alternative_distance
from commerce.search.finding import NOT_SOLD_STATUSES, find_products
from commerce.search.on_offer import (
    available_sizes,
    cut_only_for,
    departments_of,
    kinds_for,
    nearest_kind_on_sale,
    products_named_for_kind,
    sells_kind,
    sold_kinds,
    sold_only_for_others,
    stands_in_for,
)
from commerce.search.query import (
    COLOUR_ALTERNATIVES,
    FEATURE_ALTERNATIVES,
    KIND_ALTERNATIVES,
    SORTS,
    ProductQuery,
    category_types,
    colour_choices,
    feature_choices,
    feature_words,
    kind_within,
    narrower_kind,
    narrowest_kind,
    nearest_kind_features,
    nearest_sold_kind,
    number_forms,
    parse_price,
    price_near,
)
from commerce.search.quiet import DARK, PLAIN, dark_colours, quiet_first
from commerce.search.results import ProductMatch, SalesRanking, SearchResult
from commerce.search.variant_facts import VariantFacts, load_variant_facts, variant_fits

__all__ = [
    "COLOUR_ALTERNATIVES", "DARK", "FEATURE_ALTERNATIVES", "KIND_ALTERNATIVES", "PLAIN", "NOT_SOLD_STATUSES",
    "RELAXATION_ORDER", "SORTS", "Alternatives", "FeaturesAmong", "FeaturesOfList", "ProductMatch",
    "ProductQuery", "SalesRanking", "SearchResult", "VariantFacts", "alternative_distance",
    "available_sizes", "category_types", "colour_choices", "cut_only_for", "dark_colours", "departments_of",
    "described_among", "feature_choices", "feature_words", "features_of_list", "find_alternatives",
    "find_products", "kind_within", "kinds_for", "offered_in_reach",
    "load_variant_facts", "narrower_kind", "narrowest_kind", "nearest_kind_features",
    "nearest_kind_on_sale", "nearest_sold_kind", "number_forms", "of_a_wider_kind", "parse_price",
    "price_near", "products_named_for_kind", "quiet_first", "sells_kind", "sold_kinds", "sold_only_for_others",
    "stands_in_for", "variant_fits",
]  # fmt: skip
