""" "hi need black dance shoes for tango class": shoes wished for dancing in, a use our catalog
describes few products for (stranger test 89 A1, docs/nlu/stranger-test-89.md). A school dance or
a dance gone to ("a dress for the dance") is an occasion, not this."""

from __future__ import annotations

import re

_DANCING = re.compile(
    r"\b(?:danc(?:e|ing)\s+(?:shoes?|heels|sneakers|trainers|boots)"
    r"|(?:to|can)\s+dance\s+in"
    r"|(?:tango|salsa|ballroom|bachata|milonga|swing|latin)[- ](?:danc\w*|class(?:es)?|lessons?)"
    r"|danc(?:e|ing)\s+(?:class(?:es)?|lessons?)"
    r"|tango|salsa|bachata|milonga)\b",
    re.IGNORECASE,
)


def dancing_said(text: str) -> bool:
    """Whether a message wishes for something to dance in ("dance shoes", "for tango class")."""
    return bool(_DANCING.search(text))
