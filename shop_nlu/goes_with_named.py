"""What goes with a thing named by its kind: "what goes with the bag then?", "what would go well
with the tote?", "wat goes w the bag" (stranger test 91, docs/nlu/stranger-test-91.md, B4), no
other kind asked for; heard as a search for bags. No Rasa here."""

from __future__ import annotations

import re

_WHAT_GOES_WITH_THE = re.compile(
    r"\bw(?:h)?at(?:'?s|\s+is|\s+else)?\s+(?:(?:would|will|could|might|does|do|can)\s+)?"
    r"(?:go(?:es)?|pairs?|matche?s?|looks?\s+good)\s+(?:well\s+|nicely\s+|best\s+)?"
    r"(?:with|w/?)\s+(?:the|her|my|that|this)\s+(?P<kind>[a-z]+)\b",
    re.IGNORECASE,
)


def kind_gone_with(text: str) -> str | None:
    """The kind word of "what goes with the bag" ("bag"); None when the message asks no such
    thing."""
    match = _WHAT_GOES_WITH_THE.search(text or "")
    return match.group("kind").lower() if match else None
