"""How a tie or bow tie is tied, from the catalog's own words: "pre-tied on an adjustable band",
"to be tied by hand" (stranger test 81, docs/nlu/stranger-test-81.md, B2: "Is the first one a
self-tie or pre-tied?"). Nothing guessed: a product whose title and description say neither has
no style here."""

from __future__ import annotations

import re
from enum import Enum


class TieStyle(str, Enum):
    PRE_TIED = "pre-tied"
    SELF_TIE = "self-tie"


# The catalog's words for each, in its title or description.
_PRE_TIED = re.compile(r"\bpre[- ]?tied\b|\bready[- ]?tied\b|\bclip[- ]?on\b", re.IGNORECASE)
_SELF_TIE = re.compile(
    r"\bself[- ]?tie[d]?\b|\btied by hand\b|\bhand[- ]tied\b|\bto be tied\b|\btie it yourself\b",
    re.IGNORECASE,
)


def tie_style(title: str, description: str) -> TieStyle | None:
    """The style the product's own words give it; None when they say neither (or both)."""
    words = f"{title} {re.sub(r'<[^>]+>', ' ', description or '')}"
    pre, own = bool(_PRE_TIED.search(words)), bool(_SELF_TIE.search(words))
    if pre == own:
        return None
    return TieStyle.PRE_TIED if pre else TieStyle.SELF_TIE
