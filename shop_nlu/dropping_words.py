"""Words that drop what was being bought: "cancel it", "forget the tote", "never mind", "scrap
that", "don't want it anymore" (a purchase waiting for its colour is then not asked again:
actions/choice_left_open.py). No Rasa here."""

from __future__ import annotations

import re

_DROPS = re.compile(
    r"\b(?:cancel\w*|never\s*mind|nvm|forget|drop|scrap|skip|remove|take\s+(?:it|that)\s+out"
    r"|don'?t\s+(?:want|need)|do\s+not\s+(?:want|need)|no\s+longer|not\s+(?:any\s*more|anymore))\b",
    re.IGNORECASE,
)


def drops_something(text: str) -> bool:
    """Whether the message drops, cancels or forgets something."""
    return bool(_DROPS.search(text or ""))
