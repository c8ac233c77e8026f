"""A season said of an event is when it is, not what to wear: "my son has his school winter concert
next Friday" searched winter shoes (docs/nlu/stranger-test-78.md, shopper B, message B1). The
concert, the recital or the winter formal is indoors; "winter boots", "warm stuff for winter" and
"a summer wedding" still ask for the season's wear."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# The season words the lexicon reads as an occasion ("holiday" is its beach).
_SEASONS = frozenset({"winter", "wintertime", "summer", "holiday", "holidays"})

# Events held indoors whatever the season, named right after it ("winter concert", "holiday
# recital", "the winter formal", "summer school play"), in the singular or the plural.
_EVENT_AFTER = re.compile(
    r"^(?:\s+(?:school|band|choir|piano|dance|music))?\s+(?:concert|recital|play|show|"
    r"performance|musical|pageant|formal|dance|ball|gala|banquet|assembly|showcase|"
    r"program|programme|service|production|choir|orchestra)s?\b"
)


def a_season_of_an_event(lowered: str, entity: Entity) -> bool:
    """Whether an occasion found in the message is the season of an event named after it (the
    "winter" of "school winter concert"), not wear for that season."""
    return (
        entity.entity == "occasion"
        and lowered[entity.start : entity.end] in _SEASONS
        and bool(_EVENT_AFTER.match(lowered[entity.end :]))
    )
