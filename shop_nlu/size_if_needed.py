"""A size said only in case the product has sizes: "size M if it needs a size", "(M if it has
sizes)", "medium if it takes one" (stranger test 91, docs/nlu/stranger-test-91.md, B5). Of a
product made in one size it asks nothing, so the add goes ahead without it. No Rasa here."""

from __future__ import annotations

import re

_IF_IT_HAS_SIZES = re.compile(
    r"\bif\s+(?:it|they|that|this|one)\s+(?:needs?|has|have|takes?|comes?\s+in|requires?|uses?)"
    r"\s+(?:a\s+|any\s+)?(?:size|sizes|sizing|one)\b"
    r"|\bif\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+sized\b"
    r"|\bif\s+(?:there\s+(?:are|is)\s+)?sizes?\s+(?:apply|matters?|exist)\b"
    r"|\bif\s+(?:there\s+are|there'?s)\s+(?:any\s+)?sizes?\b",
    re.IGNORECASE,
)


def size_only_if_needed(text: str) -> bool:
    """Whether the message says its size only for a product that has sizes."""
    return bool(_IF_IT_HAS_SIZES.search(text or ""))
