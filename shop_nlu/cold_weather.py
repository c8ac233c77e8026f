"""A move to somewhere cold, or a cold winter ahead, with a question about what to get: "i move to
boston in january, very cold there?? what i need" (stranger test 46, docs/nlu/stranger-test-46.md,
persona Ji-hoon). The weather is no question for the shop, but what to wear in it is: a need for
warm things, never the off-topic reply."""

from __future__ import annotations

import re

# The cold said of the place or the season ("very cold there", "it gets freezing", "this winter").
_COLD = re.compile(
    r"\b(?:cold(?:er|est)?|freezing|frozen|winters?|wintery|wintry|snow\w*|icy|chilly|"
    r"below (?:zero|freezing)|sub-?zero|minus \d+|stay warm|keep warm)\b"
    r"|(?<![\w$])-\d+\s?(?:°|c\b|degrees?)?"
)
# What to get for it ("what i need", "what should i buy", "what clothes do i need?").
_WHAT_TO_GET = re.compile(
    r"\bwhat\b(?!\s+size)(?:(?![.?!]).){0,30}?"
    r"\b(?:need|needs|buy|get|wear|pack|bring|recommend|suggest)\b"
    r"|\bwhat (?:clothes|clothing|things|stuff)\b"
)


def wants_things_for_the_cold(text: str) -> bool:
    """Whether the message says it will be cold (a winter, a cold place) and asks what to get."""
    lowered = text.lower()
    return bool(_COLD.search(lowered) and _WHAT_TO_GET.search(lowered))
