"""An EU (continental) dress size said for a dress or a gown: "Good day. I am searching a long
evening dress for the Opera ball in Vienna in January, size 38 please." (stranger test 31,
docs/nlu/stranger-test-31.md: "I have no gowns in size 38", and 38 kept as her dress size).

The catalog labels dresses in US sizes (or letters), so an EU size is searched as the US size the
standard conversion gives (commerce/sizes.py `us_dress_size_from_abroad`; a UK size too, stranger
test 35), said in one line; where the kind has no US sizes, that is said, she is asked for her
letter size, and the search goes on without a size. Either way the EU number never reaches the search or her profile."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.dress_size_replies import (
    eu_dress_size_converted_text,
    eu_dress_size_unknown_text,
    eu_jacket_size_converted_text,
)
from commerce.products import ProductDetails
from commerce.profiles import kind_of_type, size_kind
from commerce.search import ProductQuery, available_sizes
from commerce.sizes import LETTER_SIZES, chest_size_from_eu, size_keys, us_dress_size_from_abroad

DRESS_KIND = "dresses"  # the size kind of dresses and gowns (commerce/profiles.py SIZE_KINDS)
TAILORING_KIND = "suits"  # and of suits, blazers and tuxedos


def read_eu_dress_size(
    dispatcher: CollectingDispatcher, session: Session, previous: ProductQuery, changes: dict
) -> None:
    """In `changes` (a search's), an EU dress size of a dress kind replaced by its US size, or
    dropped where the kind has no US sizes; and said. Nothing is done when the size is no EU
    dress size, the kind is no dress, or the catalog labels the kind in that size itself."""
    key = changes.get("size")
    kind = changes.get("category") or previous.category
    if key and size_kind(session, kind) == TAILORING_KIND and (suit := chest_size_from_eu(key)):
        # "navy blazer, size 50 EU": the suit size it is, EU 50 = 40R (stranger test 42).
        dispatcher.utter_message(text=eu_jacket_size_converted_text(key, suit))
        changes["size"] = suit
    if key and size_kind(session, kind) == DRESS_KIND:
        us = _us_size_said(dispatcher, session, kind, key)
        if us is None:
            del changes["size"]
        else:
            changes["size"] = us


def dress_size_to_keep(
    dispatcher: CollectingDispatcher, session: Session, kind: str | None, key: str
) -> str | None:
    """The size to keep as the shopper's for `kind` (a size kind): an EU dress size ("I'm usually
    a 38 in dresses") as the US one it is (said), None where dresses have no US sizes (said, and
    she is asked); any other size as it is."""
    if kind != DRESS_KIND:
        return key
    return _us_size_said(dispatcher, session, DRESS_KIND, key)


def product_dress_size(dispatcher: CollectingDispatcher, details: ProductDetails, key: str) -> str:
    """The size to check a dress or gown (`details`, the one in focus) in: an EU dress size ("do
    you have it in 38?") as the US size it is, said in one line, where the product is made in US
    sizes and not in that size itself; any other size, or product, as it is."""
    us = us_dress_size_from_abroad(key)
    if us is None or kind_of_type(details.product_type) != DRESS_KIND:
        return key
    offered = details.sizes_offered
    if any(key in size_keys(label) for label in offered):  # made in EU sizes itself
        return key
    if not any(label.upper().startswith("US ") for label in offered):
        return key
    eu = key if key[:2] in ("eu", "uk") else f"eu{key}"  # the size as said
    dispatcher.utter_message(text=eu_dress_size_converted_text(eu, us, []))
    return us


def _us_size_said(
    dispatcher: CollectingDispatcher, session: Session, kind: str, key: str
) -> str | None:
    """`key` in the catalog's sizes of `kind` (a dress kind): an EU dress size as its US size, said
    in one line; None (said, and asked) where the kind has no US sizes; any other key as it is."""
    us = us_dress_size_from_abroad(key)
    if us is None:
        return key
    labels = available_sizes(session, ProductQuery(category=kind))
    if any(key in size_keys(label) for label in labels):  # a catalog that uses EU sizes
        return key
    letters = [label for label in labels if label.lower() in LETTER_SIZES.values()]
    eu = key if key[:2] in ("eu", "uk") else f"eu{key}"  # the size as said
    if any(label.upper().startswith("US ") for label in labels):
        dispatcher.utter_message(text=eu_dress_size_converted_text(eu, us, letters))
        return us
    dispatcher.utter_message(text=eu_dress_size_unknown_text(eu, kind, letters))
    return None
