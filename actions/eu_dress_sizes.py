"""An EU (continental) dress size said for a dress or a gown: "Good day. I am searching a long
evening dress for the Opera ball in Vienna in January, size 38 please." (stranger test 31,
docs/nlu/stranger-test-31.md: "I have no gowns in size 38", and 38 kept as her dress size).

The catalog labels dresses in US sizes (or letters), so an EU size is searched as the US size the
standard conversion gives (commerce/sizes.py `us_dress_size_from_abroad`; a UK size too, stranger
test 35), said in one line; where the kind has no US sizes, that is said, she is asked for her
letter size, and the search goes on without a size. Either way the EU number never reaches the search or her profile."""

from __future__ import annotations

from dataclasses import fields

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.dress_size_replies import (
    dress_letter_converted_text,
    dress_letter_text,
    eu_dress_size_converted_text,
    eu_dress_size_unknown_text,
    eu_jacket_size_converted_text,
    exchange_dress_size_text,
)
from commerce.products import ProductDetails
from commerce.profiles import kind_of_type, size_kind
from commerce.search import ProductQuery, available_sizes, find_products
from commerce.sizes import (
    LETTER_SIZES,
    chest_size_from_eu,
    dress_letter_from_us,
    size_keys,
    us_dress_size,
    us_dress_size_from_abroad,
)
from shop_nlu.return_followups import size_asked_instead

DRESS_KIND = "dresses"  # the size kind of dresses and gowns (commerce/profiles.py SIZE_KINDS)
TAILORING_KIND = "suits"  # and of suits, blazers and tuxedos
_QUERY_FIELDS = frozenset(field.name for field in fields(ProductQuery))


def read_eu_dress_size(
    dispatcher: CollectingDispatcher, session: Session, previous: ProductQuery, changes: dict
) -> None:
    """In `changes` (a search's), an EU dress size of a dress kind replaced by its US size, or
    dropped where the kind has no US sizes; and said. Nothing is done when the size is no EU
    dress size, the kind is no dress, or the catalog labels the kind in that size itself."""
    key = changes.get("size")
    kind = changes.get("category") or previous.category
    sized_as = size_kind(session, kind) if key else None  # a query: asked once
    if sized_as == TAILORING_KIND and (suit := chest_size_from_eu(key)):
        # "navy blazer, size 50 EU": the suit size it is, EU 50 = 40R (stranger test 42).
        dispatcher.utter_message(text=eu_jacket_size_converted_text(key, suit))
        changes["size"] = suit
    if sized_as == DRESS_KIND:
        base = ProductQuery(gender=previous.gender) if "category" in changes else previous
        known = {name: value for name, value in changes.items() if name in _QUERY_FIELDS}
        us = _us_size_said(dispatcher, session, kind, key, base.updated(**known))
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
    sizes and not in that size itself; a US (or EU, UK) number as its letter where the product is
    made in letters only ("have it in 8?": M); an EU jacket size of a suit, blazer or tuxedo as
    its chest size ("in EU 50?": 40R, said); any other size, or product, as it is."""
    suit = chest_size_from_eu(key)
    made_in_it = any(key in size_keys(label) for label in details.sizes_offered)
    if suit and kind_of_type(details.product_type) == TAILORING_KIND and not made_in_it:
        dispatcher.utter_message(text=eu_jacket_size_converted_text(key, suit))
        return suit
    abroad = us_dress_size_from_abroad(key)
    us = abroad or us_dress_size(key)
    if us is None or kind_of_type(details.product_type) != DRESS_KIND:
        return key
    offered = details.sizes_offered
    if any(key in size_keys(label) for label in offered):  # made in those sizes itself
        return key
    if not any(label.upper().startswith("US ") for label in offered):
        letter = dress_letter_from_us(us)
        if letter is None or not any(label.lower() == letter for label in offered):
            return key
        dispatcher.utter_message(
            text=dress_letter_converted_text(_as_said(key, abroad), us, letter)
        )
        return letter
    if not abroad:
        return key
    dispatcher.utter_message(text=eu_dress_size_converted_text(_as_said(key, abroad), us, []))
    return us


def dress_letter_line(kind: str | None, key: str) -> str | None:
    """For a size key said of `kind` (a size kind) as a number ("a uk 10", "is a 10 an M?"): "UK
    10 is US 6, an S in our dresses (the usual chart: US 4 to 6 is S)." where it is a dress kind
    and the number is on the chart; None otherwise."""
    letter = dress_letter_of(kind, key)
    if letter is None:
        return None
    abroad = us_dress_size_from_abroad(key)
    us = abroad or us_dress_size(key) or ""
    return f"{dress_letter_text(_as_said(key, abroad), us, letter)}."


def dress_letter_of(kind: str | None, key: str) -> str | None:
    """The letter size key a number said of `kind` is ('uk10' of "dresses" -> 's'); None where
    the kind is no dress kind or the number is not on the chart."""
    us = us_dress_size_from_abroad(key) or us_dress_size(key)
    return dress_letter_from_us(us) if us and kind == DRESS_KIND else None


def _as_said(key: str, abroad: str | None) -> str:
    """The size key as the shopper said it: 'uk14', 'eu38' (a bare 38 is an EU one), 'us8'."""
    if not abroad:
        return us_dress_size(key) or key
    return key if key[:2] in ("eu", "uk") else f"eu{key}"


def _us_size_said(
    dispatcher: CollectingDispatcher,
    session: Session,
    kind: str,
    key: str,
    searched: ProductQuery | None = None,
) -> str | None:
    """`key` in the catalog's sizes of `kind` (a dress kind): an EU or UK dress size as its US
    size, said in one line; a US number (or one from abroad) as its letter, said, where the kind
    is sold in letters only, or where the search (`searched`) finds none in the number and more
    of the kind come in the letter ("emerald, flowy, size 8, under $200", stranger test 52);
    None (said, and asked)
    where the kind has neither; any other key as it is."""
    abroad = us_dress_size_from_abroad(key)
    us = abroad or us_dress_size(key)
    if us is None:
        return key
    labels = available_sizes(session, ProductQuery(category=kind))
    in_labels = any(key in size_keys(label) for label in labels)  # a catalog in those sizes
    in_us = any(label.upper().startswith("US ") for label in labels)
    letters = [label for label in labels if label.lower() in LETTER_SIZES.values()]
    said = _as_said(key, abroad)
    letter = dress_letter_from_us(us) if letters else None
    if letter and (
        not (in_labels or in_us)
        or _letter_fits_better(session, searched, key if in_labels else us, letter)
    ):
        dispatcher.utter_message(text=dress_letter_converted_text(said, us, letter))
        return letter
    if in_labels:
        return key
    if in_us:
        if abroad:
            dispatcher.utter_message(text=eu_dress_size_converted_text(said, us, letters))
        return us
    if not abroad:
        return key
    dispatcher.utter_message(text=eu_dress_size_unknown_text(said, kind, letters))
    return None


def _letter_fits_better(
    session: Session, searched: ProductQuery | None, size: str, letter: str
) -> bool:
    """Whether `searched` finds nothing in `size`, and more of its kind come in `letter`."""
    if searched is None or find_products(session, searched.updated(size=size), limit=1).total:
        return False
    kind = ProductQuery(category=searched.category, gender=searched.gender)
    in_letter = find_products(session, kind.updated(size=letter), limit=1).total
    return in_letter > find_products(session, kind.updated(size=size), limit=1).total


def exchange_dress_size_note(tracker, session: Session) -> str | None:
    """For "she wants a 14 instead of the 12, UK sizes I mean" about a dress (said in this message
    or the few before it): the size in the shop's dress sizes, the US one and the letter (stranger
    test 54, Gareth); None when no size is asked instead of another, or no dress is spoken of."""
    said = size_asked_instead(tracker.latest_message.get("text") or "")
    if said is None or not _dress_spoken_of(tracker, session):
        return None
    abroad = us_dress_size_from_abroad(said)
    us = abroad or us_dress_size(said)
    if us is None:
        return None
    labels = available_sizes(session, ProductQuery(category=DRESS_KIND))
    sold_by_letter = any(label.lower() in LETTER_SIZES.values() for label in labels)
    letter = dress_letter_from_us(us) if sold_by_letter else None
    if not abroad and letter is None:
        return None  # a US size in a shop of US sizes: nothing to convert
    return exchange_dress_size_text(_as_said(said, abroad), us, letter)


_MESSAGES_BACK = 4  # the latest message and the three before it


def _dress_spoken_of(tracker, session: Session) -> bool:
    """Whether the shopper named a dress or a gown in their last few messages."""
    said = [e for e in tracker.events_after_latest_restart() if e.get("event") == "user"]
    latest = [{"parse_data": {"entities": tracker.latest_message.get("entities") or []}}]
    for message in [*said[-_MESSAGES_BACK:], *latest]:
        for entity in (message.get("parse_data") or {}).get("entities") or []:
            if entity.get("entity") == "category" and (
                size_kind(session, str(entity.get("value"))) == DRESS_KIND
            ):
                return True
    return False
