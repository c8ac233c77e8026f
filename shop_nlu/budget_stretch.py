""" "My budget is around $200 but I could stretch a little" (stranger test 62, docs/nlu/
stranger-test-62.md, worst problem 4): "stretch" said of the budget or money is how firm the
budget is, never the stretch feature (a fabric that gives). "Could stretch to 250" sets the
ceiling (`shop_nlu.extraction_patterns`); "stretchy", "some stretch in it", "stretch fabric"
stay the feature."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# Right after "stretch": the budget, an amount, or how far ("a little", "a bit", "to 250").
_OF_MONEY_AFTER = re.compile(
    r"\s+(?:(?:it|that|this|things)\s+)?(?:(?:my|the|our|your|a|that|this)\s+)?"
    r"(?:budget|price|money|wallet|limit|spend|a\s+little|a\s+lil|a\s+bit|a\s+tad|a\s+touch|"
    r"slightly|somewhat|a\s+few|(?:up\s*)?to\s+(?:about\s+|around\s+)?[$£€]?\d+|"
    r"as\s+(?:high|much|far)|further|higher|[$£€]?\d+|in\s+(?:my|the|our)\s+budget)\b"
)
# Right before it, the shopper or the budget that would stretch: "I could stretch", "the budget
# can stretch", "willing to stretch".
_OF_MONEY_BEFORE = re.compile(
    r"(?:\b(?:i|we|budget|wallet)\s+(?:\w+['’]?\w*\s+){0,2}"
    r"|\b(?:willing|happy|able|prepared|ready)\s+to\s+)$"
)


def a_budget_stretch(lowered: str, entity: Entity) -> bool:
    """Whether the stretch `entity` is a budget stretched ("could stretch a little"), not the
    feature."""
    if entity.entity != "feature" or entity.value != "stretch":
        return False
    if lowered[entity.start : entity.end] != "stretch":
        return False
    return bool(
        _OF_MONEY_AFTER.match(lowered, entity.end)
        or _OF_MONEY_BEFORE.search(lowered[: entity.start])
    )
