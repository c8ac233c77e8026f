""" "I'll take the handbag" with two handbags on screen, one of them opened before the list: the
one opened (stranger test 70, docs/nlu/stranger-test-70.md, Harold, message B9). A kind named
alone ("the handbag") picks the product of that kind the shopper opened last, when it is one of
those on screen; a colour or brand said with it ("the black handbag") still asks which fits."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

_Reference = TypeVar("_Reference")
# Said with the kind, these pick among those on screen themselves.
_DESCRIBING_MORE = frozenset({"colour", "brand", "sort", "feature"})


def the_one_opened_of_that_kind(
    reference: _Reference, opened: Sequence[str], entities: dict[str, list[str]]
) -> _Reference:
    """`reference` (a `ProductReference`) made the candidate opened last (`opened`, newest
    first) when it is "ambiguous" over a kind named alone; else unchanged."""
    candidates = getattr(reference, "candidates", ())
    if (
        getattr(reference, "problem", None) != "ambiguous"
        or "category" not in entities
        or entities.keys() & _DESCRIBING_MORE
    ):
        return reference
    for handle in opened:
        if handle in candidates:
            return dataclasses.replace(reference, handle=handle, problem=None, candidates=())
    return reference
