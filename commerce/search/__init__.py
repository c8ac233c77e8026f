"""Product search: filters, sorting, pages, and the closest alternatives when nothing matches.

- `query`: what the shopper is looking for (`ProductQuery`), prices as typed, kind words.
- `fitting`: which products and variants fit a query, as SQL, and how many (COUNT_CAP).
- `results`: what a search gives back (`ProductMatch`, `SearchResult`, `SalesRanking`).
- `closest`: the products nearest to a query they do not fit (sort="closest").
- `finding`: `find_products` in each order, paged; the kinds the shop sells, sizes in stock.
- `alternatives`: what to show when a search finds nothing in stock (`find_alternatives`).

Each module imports only those above it in this list. This package re-exports the names used
outside it. The settings that say how much a statement reads (COUNT_CAP, WALK_ABOVE,
NEAREST_PRICE_WINDOW, MAX_SOLD_RANKED_HERE, POPULAR_WINDOW_DAYS) are read in the
module that defines them, so a test that changes one patches it there
(`monkeypatch.setattr(fitting, "COUNT_CAP", 8)`); they are not re-exported here, so a patch of
`commerce.search` fails instead of changing nothing.
"""

from commerce.search.alternatives import Alternatives, find_alternatives
from commerce.search.closest import RELAXATION_ORDER, alternative_distance, of_a_wider_kind
from commerce.search.finding import (
    NOT_SOLD_STATUSES,
    available_sizes,
    find_products,
    kinds_for,
    nearest_kind_on_sale,
    sells_kind,
    sold_kinds,
)
from commerce.search.fitting import VariantFacts, load_variant_facts, variant_fits
from commerce.search.query import (
    COLOUR_ALTERNATIVES,
    KIND_ALTERNATIVES,
    SORTS,
    ProductQuery,
    category_types,
    colour_choices,
    kind_within,
    narrower_kind,
    narrowest_kind,
    nearest_kind_features,
    nearest_sold_kind,
    number_forms,
    parse_price,
)
from commerce.search.results import ProductMatch, SalesRanking, SearchResult

__all__ = [
    "COLOUR_ALTERNATIVES", "KIND_ALTERNATIVES", "NOT_SOLD_STATUSES", "RELAXATION_ORDER", "SORTS",
    "Alternatives", "ProductMatch", "ProductQuery", "SalesRanking", "SearchResult", "VariantFacts",
    "alternative_distance", "available_sizes", "category_types", "colour_choices",
    "find_alternatives", "find_products", "kind_within", "kinds_for", "load_variant_facts",
    "narrower_kind", "narrowest_kind", "nearest_kind_features", "nearest_kind_on_sale",
    "nearest_sold_kind", "number_forms", "of_a_wider_kind", "parse_price", "sells_kind",
    "sold_kinds", "variant_fits",
]  # fmt: skip
