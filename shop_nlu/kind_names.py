"""Which kind a shopper may call a product by: its own ("the shoes" of an oxford), or a kind it
is loosely one of ("the suit" of a tuxedo: a dinner suit, stranger test 89,
docs/nlu/stranger-test-89.md, B4). Said of a product already opened, never a search: a search for
suits shows suits. No Rasa here."""

from __future__ import annotations

from commerce.search.query import category_types

# A kind -> the product types a shopper calls by it besides its own.
_LOOSELY_CALLED = {
    "suits": frozenset({"tuxedos", "tuxedo", "dinner jackets", "dinner jacket"}),
}


def kind_calls_it(kind: str, product_type: str) -> bool:
    """Whether "the <kind>" may name a product of `product_type` ("the suit" of a tuxedo)."""
    own = product_type.strip().lower()
    if own in category_types(kind):
        return True
    return any(own in _LOOSELY_CALLED.get(form, ()) for form in category_types(kind))
