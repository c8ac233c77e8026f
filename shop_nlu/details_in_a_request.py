"""The name, email and address typed in the same message as a request to check out ("right, let's
check out. It's James Whitfield, james.whitfield@example.com, 7 Paddock Road, 02134 Boston";
docs/nlu/stranger-test-71.md, B12) or to buy a product named for someone else ("The Visby leather
tote in tan please, sent to her dorm: Lily Carter, Room 214 Hall B, 100 College Ave, 02138
Cambridge"; docs/nlu/stranger-test-70.md, B10): the request, and the details kept for the
checkout instead of asked again. No Rasa here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT
from shop_nlu.names_alone import name_words
from shop_nlu.postal_addresses import address_span

CHECKOUT_INTENT = "checkout"
BUY_INTENT = "buy"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "let's check out", "checkout pls", "ok pay now", "take me to the checkout", "ready to pay".
_ASKS_TO_CHECK_OUT = re.compile(
    r"\b(?:check\s?out|chk\s?out|checkin out|checking out|pay (?:now|for (?:it|them|everything))"
    r"|ready to (?:pay|order)|go to (?:the )?(?:checkout|till)|place (?:the|my|an) order"
    r"|(?:i'?ll|let'?s|lets|wanna|want to) (?:pay|order))\b",
    re.IGNORECASE,
)
# "... in tan please", "i'll take the visby tote": the product named is wanted, not looked for.
_WANTS_IT = re.compile(
    r"\b(?:please|pls|plz|i'?ll take|i will take|i'?d like|i want|i'?ll have)\b", re.IGNORECASE
)
# Where "the Visby tote please, sent to her dorm: ..." may be heard: a search or a look at it.
MAY_BUY_FOR_SOMEONE = frozenset(
    {
        SEARCH_INTENT,
        FALLBACK_INTENT,
        OUT_OF_SCOPE_INTENT,
        "refine_search",
        "select_product",
        "product_details",
        "check_availability",
        "inform",
        "ask_shipping",
        "ask_delivery_time",
        "ask_gift_options",
    }
)
# Where "let's check out. It's James Whitfield, ..." may be heard.
MAY_CHECK_OUT_WITH_DETAILS = MAY_BUY_FOR_SOMEONE | {"buy", "place_order", "view_cart", "greet"}


# "send it to", "deliver to", "for my granddaughter": the words before a recipient's name.
_SENT_TO = re.compile(
    r"^[\s-]*(?:(?:and|then|pls|please)\s+)?(?:(?:send|sent|ship|shipped|deliver|delivered|post|mail)"
    r"(?:\s+(?:it|them|this))?\s+to|for|to)\b\s*(?:(?:my|our|her|his)\s+[a-z]+\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DetailsTold:
    """The details of a message; each None when not told."""

    name: str | None = None
    email: str | None = None
    address: str | None = None


def details_told(text: str) -> DetailsTold | None:
    """The name, email and address a message gives; None when it gives neither an email nor a full
    address (a name alone in a sentence is not told for sure)."""
    text = text or ""
    email = _EMAIL.search(text)
    span = address_span(text)
    if email is None and span is None:
        return None
    # The name comes before the email, or the address's first number (the address reader may
    # take it in: "Tom Baker, tom@...", "Ben Ortiz, 19 Harbour Lane, ...").
    number = re.search(r"\d", text[span[0] :]) if span else None
    limit = email.start() if email else span[0] + (number.start() if number else 0)
    name, name_end = _name_before(text[:limit])
    address = None
    if span is not None:
        address = text[
            _address_start(text, span, [name_end, email.end() if email else 0]) : span[1]
        ]
        address = address.strip(" ,;:-.\n") or None
    return DetailsTold(name, email.group(0) if email else None, address)


def _address_start(text: str, span: tuple[int, int], ends: list[int]) -> int:
    """Where the address of `span` starts: after the name and email when the address reader took
    them in; before it, the pieces from the first with a number ("Lily Carter, Room 214 Hall B,
    100 College Ave, ...": the room is part of it); else where the reader said."""
    start = max(end for end in ends if end <= span[1])
    if start >= span[0]:
        return start
    between = text[start : span[0]]
    numbered = next((piece for piece in _pieces(between) if re.search(r"\d", piece.group(0))), None)
    return start + numbered.start() if numbered else span[0]


def _name_before(text: str) -> tuple[str | None, int]:
    """The last piece of `text` that is only a person's name of two or three words ("It's James
    Whitfield", "name Ana Ruiz"), and where it ends; (None, 0) when none is."""
    for piece in reversed(list(_pieces(text))):
        words = name_words(_SENT_TO.sub("", piece.group(0)))
        if 2 <= len(words) <= 3:
            return " ".join(words), piece.end()
    return None, 0


def _pieces(text: str) -> Iterable[re.Match]:
    """The pieces of `text` between commas, colons, full stops and dashes."""
    return re.finditer(r"[^:;,\n.!?–]+?(?=[:;,\n.!?–]|\s-\s|$)", text)


def asks_to_check_out(text: str) -> bool:
    """Whether the message asks to check out or pay ("right, let's check out", "ok pay now")."""
    return bool(_ASKS_TO_CHECK_OUT.search(_EMAIL.sub(" ", text or "")))


def checkout_details_reading(
    intent: str | None, text: str, entities: Iterable[Entity] = ()
) -> tuple[str, str] | None:
    """The checkout asked with the details given, or a product named as wanted and sent to a name
    and address, with the reason; None otherwise."""
    told = details_told(text)
    if told is None:
        return None
    entities = list(entities)
    named = any(entity.entity in ("product", "product_handle") for entity in entities)
    # "I want to order the windsor in 10, ship to ...": that product bought, not the cart.
    kinds = named or any(entity.entity == "category" for entity in entities)
    if intent in MAY_CHECK_OUT_WITH_DETAILS and not kinds and asks_to_check_out(text):
        return CHECKOUT_INTENT, "asks to check out and gives the details for it"
    if (
        intent in MAY_BUY_FOR_SOMEONE
        and named
        and told.name
        and told.address
        and "?" not in text
        and _WANTS_IT.search(text)
    ):
        return BUY_INTENT, "names a product it wants, and the name and address to send it to"
    return None
