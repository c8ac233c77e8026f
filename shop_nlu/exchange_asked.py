"""Whether a return request asks for another one (a size, a colour) rather than the money back:
"swap them for the right colour", "exchange for a 9", "not money back, just change". Read by
`ActionReturnOrder` (actions/after_sales.py) and by the size asked for an order's goods
(actions/size_swaps_of_orders.py, stranger test 96). No Rasa here."""

from __future__ import annotations

import re

# "Swap them for the right colour", "exchange for a 9": another one instead, not money back.
_EXCHANGE = re.compile(
    r"\b(?:exchang\w*|swap\w*|switch\w*|trade \w+ (?:in )?for"
    r"|(?:change|replace) (?:(?:it|them|these|those|\w+) )?for"
    r"|(?:in|for) (?:the|a|an) (?:right|correct|different|diff|other|bigger|smaller|larger)"
    r"|(?:a|an|the) (?:different|diff|bigger|smaller|larger|right|correct) (?:size|colou?r|one|pair)"
    r"|for another|(?:change|replace)\w* (?:(?:it|them|these|those) )?(?:to|into) |just (?:change|swap))\b"
)
_MONEY_BACK = re.compile(r"\b(?:refund\w*|money back|reimburs\w*|cash back)\b")
# "rather than a refund" / "instead of an exchange": the one ruled out is not the one asked for.
_RULED_OUT = (
    r"\b(?:than|instead of|not|no|(?:don'?t|do not) want) (?:an? |to |get\w* |ha\w+ |the |my )*"
)
_NOT_MONEY_BACK = re.compile(_RULED_OUT + r"(?:refund|money back)")
_NOT_EXCHANGE = re.compile(_RULED_OUT + r"(?:exchang\w*|swap\w*)")


def asks_for_an_exchange(text: str) -> bool:
    """Whether a return request asks for another size or colour rather than the money back."""
    text = text.lower()
    if _NOT_EXCHANGE.search(text):
        return False
    if _NOT_MONEY_BACK.search(text):
        return True  # "not money back, just change": whatever else it says, not a refund
    if _MONEY_BACK.search(text):
        return False
    return bool(_EXCHANGE.search(text))
