"""Recommendations from the store's own data: what completes an outfit, what people bought
together, new arrivals, products side by side, and presents that need no size.

Everything is computed from the catalog and the orders at the moment of asking; the lexicon
(catalog/lexicon.yml `goes_with`, `colours_that_go_together`) holds the shop owner's rules. The
functions return facts (products, reasons as codes, counts); the wording is the actions' job.
Best sellers and sale items are searches (`ProductQuery(sort="popular")`, `on_sale=True`).
"""

from commerce.recommend.arrivals import NEW_ARRIVALS_WINDOW_DAYS, Arrivals, new_arrivals
from commerce.recommend.bought_together import (
    CO_PURCHASE_FLOOR,
    CoPurchases,
    bought_together,
    co_purchase_counts,
)
from commerce.recommend.compare import MAX_COMPARED, Comparison, ProductSide, compare_products
from commerce.recommend.gifts import kinds_without_sizes
from commerce.recommend.outfit_scoring import ColourPairing, Reason, colours_going_with
from commerce.recommend.outfits import (
    Anchor,
    Outfit,
    Suggestion,
    complete_an_owned_look,
    complete_the_look,
    outfit_places,
    shopper_sizes,
)

__all__ = [
    "CO_PURCHASE_FLOOR", "MAX_COMPARED", "NEW_ARRIVALS_WINDOW_DAYS", "Anchor", "Arrivals",
    "ColourPairing", "CoPurchases", "Comparison", "Outfit", "ProductSide", "Reason", "Suggestion",
    "bought_together", "co_purchase_counts", "colours_going_with", "compare_products",
    "complete_an_owned_look", "complete_the_look", "kinds_without_sizes", "new_arrivals",
    "outfit_places",
    "shopper_sizes",
]  # fmt: skip
