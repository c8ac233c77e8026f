"""A gender word said of someone else, not of the shopper: "he's a men's 9", "she wears a women's
8", "his mens size" (stranger test 78, docs/nlu/stranger-test-78.md, B1-B3: a mother buying her
son's shoes was then shown men's handbags "for me"). "mens navy shirts" alone is still the
shopper's own (actions/conversation/history.py `own_gender_said`). No Rasa here."""

from __future__ import annotations

import re

# Right before the gender word: "he's a", "she is in", "he wears", "he takes a", "his", "her".
_OF_ANOTHER = re.compile(
    r"\b(?:(?:he|she)(?:'s|’s|s| is| wears| takes| needs| has)(?:\s+(?:a|an|in|the|size))*"
    r"|his|her)\s+$"
)


def said_of_another(text: str, start: int) -> bool:
    """Whether the gender word at `start` of `text` is said of another person ("he's a men's 9")."""
    return bool(_OF_ANOTHER.search(text[max(0, start - 30) : start].lower()))
