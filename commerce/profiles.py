"""A shopper's profile: their sizes per kind of product and the colours and styles they asked for,
filled only from what they said or did, never guessed.

- **Sizes** come from what the shopper said ("I'm usually a 9 in shoes", stored in
  `shopper_size`) and from what they bought (read from their orders, so anonymising an order
  leaves no size behind). What they said wins (a purchase may be a gift), and "I'm a 10 now"
  replaces it.
- **Colours and styles** are counted from the searches they typed (`shopper_taste`).
- **One profile across channels**: the channel identities (Rasa sender ids) that placed *paid*
  orders with the same email are one shopper. Placing an order proves nothing (anyone can type
  anyone's email), a paid order is as close to a verified email as the shop gets; so a stranger who
  types Ann's email into a checkout never sees or erases Ann's profile.

Remembered checkout details, the cart and orders live in their own tables (commerce/orders.py,
commerce/cart.py);
`commerce/privacy.py` gathers everything for "what do you know about me?" and erasure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from commerce.models import (
    Order,
    OrderLine,
    Product,
    ShopperSize,
    ShopperTaste,
    Variant,
    as_utc,
)
from commerce.order_rules import OrderStatus
from commerce.search import ProductQuery, category_types, find_products
from commerce.sizes import key_of_label, size_query_key

# --- kinds of size ------------------------------------------------------------------------------

# Products whose sizes mean the same thing share a size kind: a 9 in oxfords is a 9 in loafers,
# a 42R suit is a 42R blazer, a 32 waist fits trousers and belts. Keys are catalog `Type`s,
# lowercase; a type not listed has no size to remember (ties, bags).
SIZE_KINDS: dict[str, frozenset[str]] = {
    "shoes": frozenset({
        "oxfords", "derbies", "loafers", "monk straps", "chelsea boots", "chukka boots",
        "sneakers", "heels", "flats",
    }),
    "suits": frozenset({"suits", "tuxedos", "blazers"}),
    "dress shirts": frozenset({"dress shirts"}),
    "tops": frozenset({"casual shirts"}),
    "dresses": frozenset({"dresses", "gowns"}),
    "waist": frozenset({"trousers", "belts"}),
}  # fmt: skip
# "I wear a medium", said of no kind: a letter size, used for the kinds sold in letter sizes.
LETTER_KIND = "clothing"
LETTER_SIZED_KINDS = ("tops", "dresses")
_LETTER_KEYS = frozenset({"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"})

# Orders that were paid count as the shopper's own: their email links channels, and what was in
# them tells a size. Cancelled orders were never had.
PAID_STATUSES = frozenset({
    OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
    OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED,
})  # fmt: skip
NOT_BOUGHT = frozenset({OrderStatus.CANCELLED})


def kind_of_type(product_type: str) -> str | None:
    """The size kind of a catalog `Type` ("Loafers" -> "shoes"), or None if it has no size."""
    lowered = product_type.strip().lower()
    return next((kind for kind, types in SIZE_KINDS.items() if lowered in types), None)


def size_kind(session: Session, category: str | None) -> str | None:
    """The one size kind of the products a shopper's category word covers ("loafers", "shoes",
    "tux"), or None when it covers none or several ("accessories": belts and ties)."""
    if not category:
        return None
    words = category_types(category)
    types = session.scalars(
        select(func.lower(Product.product_type))
        .where(Product.is_active.is_(True))
        .where(
            or_(
                func.lower(Product.product_type).in_(words),
                func.lower(Product.department).in_(words),
            )
        )
        .distinct()
    ).all()
    kinds = {kind_of_type(product_type) for product_type in types}
    return kinds.pop() if len(kinds) == 1 else None


def kind_of_stated_size(size_key: str, text: str) -> str | None:
    """The kind a size said without naming one belongs to, where its form says so alone:
    "42R" is a suit size, "32 waist" a waist, "collar 16" a dress shirt, "a medium" a letter size.
    A bare number ("I'm a 10") could be shoes or a dress: None."""
    lowered = text.lower()
    # "size M, waist 30": the M is a letter size, never the waist (stranger test 72).
    if size_key in _LETTER_KEYS:
        return LETTER_KIND
    if re.search(r"\bwaist\b|\bw\s?\d{2}\b", lowered):
        return "waist"
    if re.search(r"\bcollar|\bneck\b", lowered):
        return "dress shirts"
    if re.fullmatch(r"\d{2}[rsl]", size_key):
        return "suits"
    return None


# --- what the shopper says about their size -----------------------------------------------------

_OWN_SIZE = re.compile(
    # "I'm usually a 9", "im now a M"; not "I am searching a long dress" (a search, stranger 31)
    # nor "I am after a navy blazer, size 42" (a search, stranger 32)
    r"\b(?:i'?m|i am|im|am)\s+(?:(?!(?:looking|searching|seeking|shopping|hunting|trying|going"
    r"|getting|buying|after|interested|hoping|wanting|needing|browsing)\b)\w+\s+){0,2}?"
    r"(?:an?|size)\s+\S"
    r"|\b(?:i'?m|i am|im)\s+(?:an?\s+)?(?:size\s+)?(?:us|eu|uk)?\s?\d"  # "I'm 9.5", "im eu 43"
    r"|\bi\s+(?:\w+\s+)?(?:wear|take|fit)\s+(?:an?\s+|size\s+|in\s+)?\S"  # "I usually wear a medium"
    r"|\bmy\s+(?:(?!(?:cart|basket|bag|trolley|order)\b)\w+\s+){0,2}size\b"  # "my shoe size"
    r"|\bnot\s+my\s+size\b"
    r"|\b(?:waist|collar|neck)\s+(?:size\s+)?(?:is\s+)?\d|\d+\s+(?:waist|collar|neck)\b",  # "32 waist"
    re.IGNORECASE,
)
# A size said of someone else ("his collar is 15.5", "she's a medium", "my grandson is a 15.5",
# "my wife's shoe size"): for this search, never kept as the shopper's own.
_SOMEONE_ELSES_SIZE = re.compile(
    r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:size|collar|neck|waist|chest|inseam|feet|foot|shoes?)\b"
    r"|\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)?\s+(?:\w+\s+)?"
    r"(?:wears?|takes?|fits?|an?\s|size\s|(?:us|eu|uk)?\s?\d)"
    r"|\bmy\s+\w+['’]s\b"
    r"|\bmy\s+(?:\w+\s+)?(?!(?:size|collar|neck|waist|chest|inseam|feet|foot|shoe|usual)\b)\w+"
    r"\s+(?:is|wears|takes)\s+(?:an?\s+)?(?:size\s+)?(?:us|eu|uk)?\s?(?:\d|x*[sml]\b|x+l\b|small|medium|large)",
    re.IGNORECASE,
)
_SIZE_AFTER_SIZE_WORD = re.compile(
    r"\bsize\s+(?:is\s+)?(?:an?\s+)?((?:us|eu|uk)?\s?\d{1,3}(?:[.,]\d)?[rsl]?|x*[sml]|x+l)\b",
    re.IGNORECASE,
)


def says_own_size(text: str) -> bool:
    """Whether a message states the shopper's own size ("I'm usually a 9", "I wear a medium",
    "my shoe size is 10", "32 waist") rather than a size for one search ("loafers in 10") or
    someone else's ("his collar is 15.5", "my grandson is a 15.5")."""
    return bool(_OWN_SIZE.search(text or "")) and not says_someone_elses_size(text)


def says_someone_elses_size(text: str) -> bool:
    """Whether a message gives someone else's size ("his collar is 15.5", "she's a medium", "my
    wife's shoe size is 8"): a size to search in, never one to keep as the shopper's."""
    return bool(_SOMEONE_ELSES_SIZE.search(text or ""))


def size_in_text(text: str) -> str | None:
    """A size key written after the word "size" ("my shoe size is 10.5" -> "10.5"), for sizes
    the extractor did not pick out; None if there is none."""
    match = _SIZE_AFTER_SIZE_WORD.search(text or "")
    return size_query_key(match.group(1)) if match else None


# --- reading and writing a profile --------------------------------------------------------------


@dataclass(frozen=True)
class KnownSize:
    """A shopper's size for one kind: said by them, or from what they bought (with the order)."""

    kind: str
    size_key: str
    source: str  # "said" or "bought"
    when: datetime
    order_number: str | None = None


@dataclass(frozen=True)
class Taste:
    """A colour or style a shopper searched for, and how many times."""

    facet: str  # "colour" or "style"
    value: str
    times: int


def verified_emails(session: Session, owners: Iterable[str]) -> set[str]:
    """The emails of the paid orders these channel identities placed."""
    return set(
        session.scalars(
            select(Order.email)
            .where(Order.owner.in_(list(owners)), Order.status.in_(list(PAID_STATUSES)))
            .where(Order.email != "")
            .distinct()
        )
    )


def linked_owners(session: Session, owner: str) -> list[str]:
    """`owner` and every other channel identity that paid for an order with one of the same
    emails: one shopper across Slack, Messenger and the web chat. `owner` comes first."""
    emails = verified_emails(session, [owner])
    others: set[str] = set()
    if emails:
        others = set(
            session.scalars(
                select(Order.owner)
                .where(Order.email.in_(emails), Order.status.in_(list(PAID_STATUSES)))
                .distinct()
            )
        )
    return [owner] + sorted(others - {owner})


def remember_size(session: Session, owner: str, kind: str, size_key: str) -> None:
    """Store the size the shopper said is theirs for `kind`, replacing what was said before."""
    row = session.get(ShopperSize, (owner, kind)) or ShopperSize(owner=owner, kind=kind)
    row.size_key = size_key
    row.said_at = _utcnow()
    session.add(row)
    session.flush()


def known_sizes(session: Session, owner: str) -> dict[str, KnownSize]:
    """The shopper's size per kind across linked channels: the one they said (the latest, if
    said on several channels), else the one in their latest order of that kind. What they said
    wins over what they bought: a purchase may be a gift."""
    owners = linked_owners(session, owner)
    said: dict[str, KnownSize] = {}
    for row in session.scalars(
        select(ShopperSize).where(ShopperSize.owner.in_(owners)).order_by(ShopperSize.said_at)
    ):
        said[row.kind] = KnownSize(row.kind, row.size_key, "said", as_utc(row.said_at))
    bought: dict[str, KnownSize] = {}
    rows = session.execute(
        select(Order.number, Order.placed_at, OrderLine.size, Product.product_type)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(Order.owner.in_(owners), Order.status.not_in(list(NOT_BOUGHT)))
        .where(OrderLine.size.is_not(None))
        .order_by(Order.placed_at, Order.id)
    )
    for number, placed_at, label, product_type in rows:
        kind = kind_of_type(product_type or "")
        if kind and label:
            bought[kind] = KnownSize(kind, key_of_label(label), "bought", as_utc(placed_at), number)
    return dict(sorted({**bought, **said}.items()))


def sizes_in_order(session: Session, number: str) -> dict[str, set[str]]:
    """The size keys of the order's lines, by size kind ("waist": {"34"}); lines without a size
    (bags, ties) have none."""
    rows = session.execute(
        select(OrderLine.size, Product.product_type)
        .join(Order, Order.id == OrderLine.order_id)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(Order.number == number, OrderLine.size.is_not(None))
    )
    sizes: dict[str, set[str]] = {}
    for label, product_type in rows:
        if (kind := kind_of_type(product_type or "")) and label:
            sizes.setdefault(kind, set()).add(key_of_label(label))
    return sizes


def own_size_for(
    session: Session, category: str, gender: str | None, said: Iterable[tuple[str | None, str]]
) -> str | None:
    """The shopper's own size for `category` ("flats in my size"), from the sizes they said
    (`said`: their size kind, or None when not known, and the size key; the latest first): the
    first said for the same size kind, or for a kind not known, that `category` is made in. A
    shoe size 10 is never their dress size."""
    kind = size_kind(session, category)
    for said_kind, size in said:
        letters = said_kind == LETTER_KIND and kind in LETTER_SIZED_KINDS
        if kind and said_kind and said_kind != kind and not letters:
            continue
        wanted = ProductQuery(category=category, gender=gender, size=size)
        if find_products(session, wanted, limit=1, in_stock_only=False).total:
            return size
    return None


def usual_size(session: Session, owner: str, kind: str | None) -> KnownSize | None:
    """The size to search `kind` in for this shopper: theirs for that kind, else their letter
    size for a kind sold in letter sizes; None if they never said or bought one."""
    if kind is None:
        return None
    sizes = known_sizes(session, owner)
    if kind in sizes:
        return sizes[kind]
    if kind in LETTER_SIZED_KINDS and LETTER_KIND in sizes:
        return sizes[LETTER_KIND]
    return None


def note_search(
    session: Session, owner: str, colours: Iterable[str] = (), styles: Iterable[str] = ()
) -> None:
    """Count the colours and styles (occasions, materials, fits) a shopper asked for."""
    for facet, values in (("colour", colours), ("style", styles)):
        for value in {v.strip().lower() for v in values if v and v.strip()}:
            row = session.get(ShopperTaste, (owner, facet, value[:64]))
            if row is None:
                session.add(ShopperTaste(owner=owner, facet=facet, value=value[:64], times=1))
            else:
                row.times += 1
                row.last_asked_at = _utcnow()
    session.flush()


def tastes(session: Session, owner: str) -> list[Taste]:
    """The colours and styles the shopper searched for, most asked first (linked channels too)."""
    rows = session.execute(
        select(ShopperTaste.facet, ShopperTaste.value, func.sum(ShopperTaste.times))
        .where(ShopperTaste.owner.in_(linked_owners(session, owner)))
        .group_by(ShopperTaste.facet, ShopperTaste.value)
    )
    found = [Taste(facet, value, int(times)) for facet, value, times in rows]
    return sorted(found, key=lambda taste: (taste.facet, -taste.times, taste.value))


# A colour or style asked for this many times is a preference that orders later results; once
# is just that search. At most this many of each are used, the most asked first.
PREFERENCE_MIN_TIMES = 2
PREFERENCES_USED = 2


def preferences(session: Session, owner: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The colours and the styles the shopper keeps asking for, most asked first."""
    found: dict[str, list[str]] = {"colour": [], "style": []}
    for taste in sorted(tastes(session, owner), key=lambda taste: -taste.times):
        chosen = found.get(taste.facet)
        if chosen is not None and taste.times >= PREFERENCE_MIN_TIMES:
            chosen.append(taste.value)
    return tuple(found["colour"][:PREFERENCES_USED]), tuple(found["style"][:PREFERENCES_USED])


def tastes_change_order(
    session: Session, query: ProductQuery, shown: Sequence[str], **search
) -> bool:
    """Whether the preferred colours and styles `query` carries (`preferences`) changed what its
    search shows: the same search without them (`search`: find_products' other arguments) gives
    another page than `shown`. A preference only ever ranks up a product that has it, so a change
    means at least one product shown has it and was put ahead. False without preferences, or when
    the search found nothing (the closest alternatives were shown)."""
    if not (query.prefer_colours or query.prefer_tags) or not shown:
        return False
    plain = replace(query, prefer_colours=(), prefer_tags=())
    page = find_products(session, plain, limit=len(shown), **search).matches
    return bool(page) and [match.handle for match in page] != list(shown)


def erase_profile(session: Session, owners: Iterable[str]) -> int:
    """Delete the sizes and tastes of these channel identities; returns how many rows went."""
    owners = list(owners)
    deleted = 0
    for model in (ShopperSize, ShopperTaste):
        deleted += session.execute(delete(model).where(model.owner.in_(owners))).rowcount or 0
    return deleted


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)
