"""A correction of part of an order's address, read from what the shopper typed: "it should be 47
Elm Street not 45", "it's flat 2 not flat 3", "the street is Elm Road not Elm Street". The part
corrected is applied to the address the order has, so the shopper sees it whole and says yes
before anything changes (actions/after_sales.py ActionChangeOrderAddress, then
actions/order_address.py ActionCheckOrderAddress). A whole new address typed with it is asked
back the same way; without one, the new address is asked for.
"""

from __future__ import annotations

import re

from shop_nlu.house_numbers import house_number_given
from shop_nlu.postal_addresses import full_address_given

_WORD = r"[\w'-]+"
# "NEW not OLD", "NEW instead of OLD", "NEW rather than OLD".
_NEW_NOT_OLD = re.compile(
    rf"(?P<new>(?:{_WORD} ){{0,5}}{_WORD})\s*,?\s+(?:and |but )?(?:not|instead of|rather than)\s+"
    rf"(?:the |a )?(?P<old>{_WORD}(?: {_WORD}){{0,4}})",
    re.IGNORECASE,
)
# "it should be 47 Elm Street", "the right one is 47 elm street": a street the order already has.
_SHOULD_BE = re.compile(
    rf"\b(?:should (?:be|say|read)|correct (?:one )?is|right (?:one )?is|it'?s actually)\s+"
    rf"(?P<new>{_WORD}(?: {_WORD}){{1,4}})",
    re.IGNORECASE,
)
# Words that lead into the corrected part ("it should be 47", "the street is Elm Road").
_LEAD_IN = re.compile(
    r"^.*\b(?:be|is|it'?s|its|was|to|say|says|read|reads|correct|right|actually|meant)\s+",
    re.IGNORECASE,
)
# Words after the part named wrong: "45 please change", "45 sorry".
_TRAILING = re.compile(
    r"\s+\b(?:please|pls|plz|sorry|thanks?|thank|can|could|change|fix|update|it|on|in|my|the|"
    r"and|is|was|i|oops)\b.*$",
    re.IGNORECASE,
)
# A number of the address: the house's is its first one that is not a flat's.
_NUMBER = re.compile(r"(?<![\w-])\d+[a-z]?(?![\w-])", re.IGNORECASE)
# A number that is a flat's or a unit's, not the house's ("Flat 3, 45 Elm Street").
_NOT_THE_HOUSE = re.compile(
    r"\b(?:flat|apt|apartment|unit|suite|floor|room)\.?\s*#?\s*$", re.IGNORECASE
)


def corrected_address(address: str, text: str) -> str | None:
    """`address` with the part `text` corrects ("47 not 45") replaced, or None when `text` names
    no part of it to correct (or would leave it as it is)."""
    for found in _NEW_NOT_OLD.finditer(text):
        new = _LEAD_IN.sub("", found["new"]).strip()
        old = _TRAILING.sub("", found["old"]).strip()
        if new and old and (changed := _replaced(address, new, old)):
            return changed
    if found := _SHOULD_BE.search(text):
        new = _TRAILING.sub("", found["new"]).strip()
        words = new.split()
        # "47 Elm Street": the street the order has, with another number before it.
        tail = r"\s+".join(re.escape(word) for word in words[1:])
        at = re.search(rf"(?<![\w-]){_WORD}\s+{tail}(?![\w-])", address, re.IGNORECASE)
        if at:
            changed = address[: at.start()] + _in_address_case(address, new) + address[at.end() :]
            return changed if changed != address else None
    # "send it to my sister's instead: 17 Birch Road, 53703 Madison" (stranger test 62).
    whole = full_address_given(text)
    return _house_number_replaced(address, text) or (whole if whole != address else None)


def _house_number_replaced(address: str, text: str) -> str | None:
    """`address` with its house number (the street line's first number, not a flat's) replaced by
    the one number `text` gives as the house number ("wrong house number, it's 47"); None when it
    gives no house number alone (shop_nlu/house_numbers.py)."""
    if (number := house_number_given(text)) is None:
        return None
    for found in _NUMBER.finditer(address):
        if not _NOT_THE_HOUSE.search(address[: found.start()]):
            changed = address[: found.start()] + number + address[found.end() :]
            return changed if changed != address else None
    return None


def _replaced(address: str, new: str, old: str) -> str | None:
    """`address` with `old` (its first words that the address has, widened to the words of `new`
    around it) replaced by `new`; None when the address has no such part."""
    old_words = old.split()
    for count in range(len(old_words), 0, -1):
        part = r"\s+".join(re.escape(word) for word in old_words[:count])
        matches = list(re.finditer(rf"(?<![\w-]){part}(?![\w-])", address, re.IGNORECASE))
        if len(matches) != 1:
            continue
        start, end = matches[0].span()
        new_words = new.split()
        # "47 Elm Street not 45": the words of the new part the address has after the old one.
        for first in range(1, len(new_words)):
            after = r"\s+".join(re.escape(word) for word in new_words[first:])
            if following := re.match(rf"\s+{after}(?![\w-])", address[end:], re.IGNORECASE):
                end += following.end()
                break
        # "flat 2 not 3": and those it has before.
        for last in range(len(new_words) - 1, 0, -1):
            before = r"\s+".join(re.escape(word) for word in new_words[:last])
            if preceding := re.search(rf"(?<![\w-]){before}\s+$", address[:start], re.IGNORECASE):
                start = preceding.start()
                break
        changed = address[:start] + _in_address_case(address, new) + address[end:]
        return changed if changed != address else None
    return None


def _in_address_case(address: str, new: str) -> str:
    """`new` with each word the address has written as the address writes it ("elm" -> "Elm")."""
    known = {word.lower(): word for word in re.findall(_WORD, address)}
    return " ".join(known.get(word.lower(), word) for word in new.split())
