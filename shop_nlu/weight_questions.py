"""Whether a message asks which of several products weighs least or most: "Which of those is the
lightest?", "which one is lighter", "the heaviest of them?" (stranger test 94,
docs/nlu/stranger-test-94.md, B4: asked beside a price and a size, and dropped). Never a light
colour ("a lighter blue", "light grey") or a light jacket wished for. And whether it asks how
heavy one is: "is the first one light?", "how much does it weigh". No Rasa here; the answers are
actions/weight_answers.py's, from the catalog's weights (commerce/product_weights.py)."""

from __future__ import annotations

import re

# "lightest", "lighter one", "which is heavier"; not "lighter blue", "a lighter shade".
_COLOURISH = r"(?:colou?rs?|shades?|tones?|blue|grey|gray|green|pink|brown|beige|tan|navy)\b"
_WEIGHT_ASKED = re.compile(
    rf"\b(?P<word>light(?:est|er)|heav(?:iest|ier))\b(?!\s+(?:\w+\s+)?{_COLOURISH})"
    r"|\b(?P<weighs>weighs?\s+(?:the\s+)?(?:least|less|most|more))\b",
    re.IGNORECASE,
)


def weight_compared(text: str) -> str | None:
    """ "lightest" or "heaviest": which end of the weights `text` asks for; None when it asks
    neither."""
    found = _WEIGHT_ASKED.search(text)
    if found is None:
        return None
    said = (found.group("word") or found.group("weighs")).lower()
    return "heaviest" if said.startswith("heav") or said.endswith(("most", "more")) else "lightest"


# "is the first one light?", "are they lightweight", "how heavy is it", "how much does it weigh",
# "whats the weight of the 2nd one"; not "is it light blue?", "is the first one light or dark?".
_ONE_WEIGHED = re.compile(
    r"\b(?:is|are|r|iz)\s+(?:it|they|that|this|these|those|the\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?:(?:very|really|quite|too|pretty|fairly|super)\s+)?(?:light(?:[\s-]?weight)?|heavy)\b"
    rf"(?![\s-]+(?:or\s+dark|{_COLOURISH}))"
    r"|\bhow\s+(?:heavy|light)\b|\bweigh(?:s|ts?)?\b",
    re.IGNORECASE,
)


def weight_asked_of_one(text: str) -> bool:
    """Whether `text` asks how heavy a product is ("is the first one light?", "how much does it
    weigh?"), not which of several weighs least (`weight_compared`)."""
    return weight_compared(text) is None and bool(_ONE_WEIGHED.search(text))
