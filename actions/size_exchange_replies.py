"""Wording for an exchange of something bought for another size, said before its order is asked
for (stranger test 82, A#8, docs/nlu/stranger-test-82.md): how exchanges work, in the shop's own
words, and whether the kind comes in the size asked. Used by actions/exchange_requests.py."""

from __future__ import annotations

from actions.availability_replies import kind_not_made_in_size_text
from actions.replies import describe_query
from commerce.faq import faq_answer
from commerce.search import ProductQuery
from commerce.sizes import display_size


def how_exchanges_work() -> str:
    """The shop's exchanges answer (content/faq.yml `exchanges`) without its paragraph on gifts,
    which nobody asked about (stranger test 80)."""
    return faq_answer("exchanges").split("\n")[0]


def size_made_text(kind: ProductQuery, size: str, sizes: tuple[str, ...] | None) -> str:
    """ "Our shirts do come in size 16.5." (`sizes` None: some of the kind are made in it), or
    "Jackets aren't made in size L; they come in 36R, ..." (`sizes`: those the kind is made in):
    said of the kind, as which one the shopper has is not known yet."""
    if sizes:
        return kind_not_made_in_size_text(kind, size, sizes)
    described = describe_query(ProductQuery(category=kind.category))
    return f"Our {described} do come in size {display_size(size)}."
