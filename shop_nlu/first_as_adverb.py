""" "First" said of the order things come in, not of a place on screen: "my budget is 200 for the
whole outfit", then "a shirt first" starts with a shirt; it does not pick the outfit's first piece
(tests/actions/test_stranger_11_search.py, after stranger test 73's "I love the first one!")."""

from __future__ import annotations

import re

# "a shirt first", "the suit first, then shoes", "the blue one first": first after a thing named;
# "the first one", "the first dress", "first pair" stay places on screen.
_FIRST_AFTER_A_THING = re.compile(
    r"\b(?:a|an|some|the|my|those|these)\s+(?:[a-z]+\s+){1,2}first\b"
    r"(?!\s+(?:one|ones|pair|two|three|of)\b)"
)


def first_as_adverb(text: str) -> bool:
    """Whether "first" in a message says what comes first ("a shirt first"), not which is meant."""
    return bool(_FIRST_AFTER_A_THING.search(text.lower()))
