"""What a purchase question waits for ("Which colour of the Whitehall Two-Piece Suit?": a
colour), read from the bot's own words. Kept apart from actions/waiting_purchases.py, which
re-exports it, so that actions/base.py may use it without importing the actions."""

from __future__ import annotations

import re

# "Which colour of the Whitehall Two-Piece Suit?" ("Which collar size of the ... for the 4 + 4?"),
# asked again "The Whitehall Two-Piece Suit is still waiting for a colour: which one?", or the
# reminder "The Orebro Canvas Tote isn't in your cart yet: which colour, Navy or Beige?": what
# that purchase waits for.
_WAITS_FOR = re.compile(
    r"^which (?:collar |waist |shoe |jacket )?(colour|color|size|fit|length|width) of\b"
    r"|\bstill waiting for an? (colour|color|size|fit|length|width):"
    r"|\bin your cart yet: which (colour|color|size|fit|length|width),",
    re.IGNORECASE,
)


def waits_for(question: str) -> str:
    """What a purchase question waits for: "colour", "size", "fit"..., or "" for which one."""
    match = _WAITS_FOR.search(question)
    choice = next((group for group in match.groups() if group), "").lower() if match else ""
    return "colour" if choice == "color" else choice
