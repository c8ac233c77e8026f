"""Whether a price question asks about every product on screen ("what is the price range?", "hw
much r they", "what do those cost") rather than one of them: answered with the price of each
(actions/product_actions.py; stranger tests 35 and 63)."""

from __future__ import annotations

import re

_THEM = (
    r"(?:they|them|these|those|thes|thoes|em|all(?: of them)?|each(?: one)?|the (?:lot|three|two))"
)
_PRICES_OF_ALL = re.compile(
    r"\bprice\s+range\b|\bprices\b"
    # "how much are they", "hw much r they", "how much do those cost", "how much for them"
    rf"|\b(?:how|hw|hoe|hows)\s+(?:much|mcuh|muc)\s+(?:are|r|do|is|for|are all)?\s*{_THEM}\b"
    # "what do those cost", "wat r these", "what are they priced at"
    rf"|\b(?:what|wat|wht)\s+(?:do|does|r|are)\s+{_THEM}\s+(?:cost|go for|priced|sell for)\b"
    # "price of these?", "whats the price on them", "cost of each"
    rf"|\b(?:price|cost)s?\s+(?:of|on|for)\s+{_THEM}\b",
    re.IGNORECASE,
)


def asks_prices_of_all(text: str) -> bool:
    """ "How much are they?", "price of these": a price question about all the products shown."""
    return bool(_PRICES_OF_ALL.search(text))
