"""Whether a message asks for goods to wear with or over what the shopper spoke of before: "I'll
need something to go over it, a little jacket or a wrap maybe" after her dress (stranger test 77,
B3), "what jacket would go with it?", "any jackets to wear over it??". Such goods are for whoever
wears it: her department, never men's blazers (actions/own_department.py)."""

from __future__ import annotations

import re

# "go over it", "goes with it", "to wear over the dress", "to match it", "on top of it".
_WITH_OR_OVER_IT = re.compile(
    r"\b(?:(?:go|goes|going|wear|wearing|worn|layer|throw|pair|match|matches|team)\s+"
    r"(?:well\s+|nicely\s+)?(?:with|w/|over|on\s+top\s+of)?|over|on\s+top\s+of|with|match)\s*"
    r"(?:it|this|that|this\s+one|that\s+one|(?:my|the|her)\s+(?:new\s+)?dress)\b"
)


def worn_with_or_over_it(lowered: str) -> bool:
    """Whether the (lowercased) message asks for goods to go with or over "it": the thing spoken
    of before ("something to go over it", "a jacket that goes with it")."""
    return bool(_WITH_OR_OVER_IT.search(lowered))
