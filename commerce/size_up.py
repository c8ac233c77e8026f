"""The next size up of a tailored product made in chest sizes ("44R" -> "46R"): more room round the
chest and middle, the same length. The one rule for "should I go up a size?" (stranger test 98,
docs/nlu/stranger-test-98.md, B2); facts only, the wording is actions/roomier_fit_replies.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CHEST_AND_LENGTH = re.compile(r"^\s*(\d{2})\s*([RSL])\s*$", re.IGNORECASE)


def _chest_and_length(label: str) -> tuple[int, str] | None:
    found = _CHEST_AND_LENGTH.match(label)
    return (int(found.group(1)), found.group(2).upper()) if found else None


def size_up(said: str, made: Sequence[str]) -> str | None:
    """The smallest of `made` (the product's labels, "46R") bigger in the chest than `said` ("44R")
    in the same length; None when `said` is no chest size or none bigger is made."""
    own = _chest_and_length(said)
    if own is None:
        return None
    bigger = [
        (size[0], label)
        for label in made
        if (size := _chest_and_length(label)) and size[1] == own[1] and size[0] > own[0]
    ]
    return min(bigger)[1] if bigger else None


# The catalog's sentence on a garment's cut: "Soft, half-lined construction with a natural shoulder".
_CUT_WORDS = re.compile(
    r"\b(?:fit|cut|construction|lined|structured|unstructured|shoulders?|slim|relaxed|roomy"
    r"|generous|tailored|boxy)\b",
    re.IGNORECASE,
)


def cut_note(description: str) -> str | None:
    """The catalog's own words on the product's cut (a sentence or its clause), if it has any."""
    parts = (part.strip() for part in re.split(r"[.;!?]+", description))
    return next((part for part in parts if part and _CUT_WORDS.search(part)), None)
