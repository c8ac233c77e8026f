"""Bare numbers in a comparison are positions in the list on screen: "diff between 1 and 2?",
"compare 1 and 2", "1 vs 2?", "how is 1 different from 2", "compare no 1 & 2" (stranger test 73,
docs/nlu/stranger-test-73.md, A3, worst problem 5). Not a price range ("between 1 and 2" is no
$1 to $2), and never all of the list. No Rasa here; actions/numbers_compared.py uses it."""

from __future__ import annotations

import re

# A position: "1", "#1", "no 1", "no. 1", "number 1", "nr 1"; up to two digits.
_POSITION = r"(?:#|(?:no|nr|num(?:ber)?)\.?\s*)?(\d{1,2})(?:st|nd|rd|th)?"
_COMPARED = re.compile(
    rf"(?<![\d$.,])(?<!size )(?<!sz )(?<!us )(?<!eu )(?<!uk )\b{_POSITION}\s*"
    r"(?:and|&|\+|vs\.?|v\.?|versus|or|to|with|from|n|an|(?:is\s+)?differ\w*\s+(?:from|to|than))\s*"
    rf"(?:#|(?:no|nr|num(?:ber)?)\.?\s*)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:\$|dollars|bucks|usd|%))",
    re.IGNORECASE,
)
# "compare 1 2 and 3", "1, 2 & 3", "diff btw 1 2 3", "1 vs 2 vs 3": three positions (fixC; the
# last two by fixE, stranger test 79).
_ONE_OF_THREE = r"(?:#|no\.?\s*)?(\d)"
_BETWEEN = r"(?:\s*,?\s*(?:and|&|\+|n|or|vs\.?|v\.|versus)\s*|\s*,\s*|\s+)"
_THREE = re.compile(
    rf"(?<![\d$.,])(?<!size )(?<!sizes )\b{_ONE_OF_THREE}{_BETWEEN}{_ONE_OF_THREE}{_BETWEEN}"
    rf"{_ONE_OF_THREE}\b(?![.,]?\d|\s*(?:\$|dollars|bucks|usd|%))",
    re.IGNORECASE,
)
# "between 1 and 2", "1 vs 2", "compare", "diff", "different from": what makes it a comparison
# (not "1 and 2 pairs please").
_COMPARES = re.compile(
    r"\b(?:diff\w*|compar\w*|between|btwn|b/w|vs\.?|v\.|versus|better|which)\b", re.IGNORECASE
)


def positions_compared(text: str) -> list[str]:
    """The positions a comparison names by bare numbers ("diff between 1 and 2?": ["1", "2"];
    "compare 1 2 and 3": three); [] when it names none, or the two are the same."""
    if not _COMPARES.search(text or ""):
        return []
    if (three := _THREE.search(text)) and len(set(three.groups())) == 3:
        return [str(int(position)) for position in three.groups()]
    found = _COMPARED.search(text or "")
    if found is None or found.group(1) == found.group(2):
        return []
    return [str(int(found.group(1))), str(int(found.group(2)))]
