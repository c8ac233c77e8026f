"""What the actions write into the conversation for the shop owner's report.

The tracker store keeps every slot the actions set, so a slot is the smallest marker the report
can read back. `unmet_demand` is set whenever a shopper asked for something the shop could not
serve; the dialogue never reads it (`influence_conversation: false` in domain.yml).
"""

from __future__ import annotations

UNMET_DEMAND = "unmet_demand"

# Why a request went unserved.
NO_MATCH = "no_match"  # a search that found nothing (the alternatives shown instead)
NOT_SOLD = "not_sold"  # a kind of product the shop does not sell ("hoodies")
SOLD_OUT = "sold_out"  # a size or colour the product is made in, sold out


def unserved_search(query: dict, sold: bool = True) -> dict:
    """The marker for a search the shop had nothing for: `query` is the search as a slot holds
    it (`ProductQuery.to_dict()`); `sold` is False for a kind the shop does not sell."""
    return {"why": NO_MATCH if sold else NOT_SOLD, "query": query}


def sold_out_asked(product: str, size: str | None, colour: str | None) -> dict:
    """The marker for a product asked for in a size/colour it is made in but has none left."""
    return {"why": SOLD_OUT, "product": product, "size": size, "colour": colour}
