"""What a message asking for a person says besides (stranger tests 88 and 89, B8): a feeling to
acknowledge ("honestly I'm getting quite frustrated") and a question about the state a return must
be in ("can he return it after the prom, or does it have to be unworn with the tags on?"), both
to be answered before the way to a person (actions/asked_with_a_person.py)."""

from __future__ import annotations

import re

# "I'm getting quite frustrated", "so fed up", "this is really annoying", "I'm upset".
_FRUSTRATED = re.compile(
    r"\b(?:frustrat\w*|fed up|annoy(?:ed|ing)|upset(?:ting)?|exasperat\w*|at my wits'? end"
    r"|sick (?:and tired )?of (?:waiting|this)|losing (?:my )?patience)\b"
)
# "does it have to be unworn with the tags on?", "can he return it after the prom?", "if it's
# been worn can i still send it back", "do the tags need to be on", "returned once worn?".
_RETURN_CONDITION = re.compile(
    r"\bun-?worn\b|\bun-?washed\b|\btags?\b[^?.]{0,20}\b(?:on|attached|still|removed|off|cut)\b"
    r"|\b(?:on|attached|without|no|removed?|cut off)\b[^?.]{0,12}\btags?\b"
    r"|\b(?:worn|wore|wearing|wear|used|washed)\b[^?.]{0,30}\b(?:return\w*|send\w* (?:it |them )?"
    r"back|refund\w*|exchang\w*)\b"
    r"|\b(?:return\w*|send\w* (?:it |them )?back|refund\w*|exchang\w*)\b[^?.]{0,40}"
    r"\b(?:once|after|if|when)\b[^?.]{0,20}\b(?:worn|wore|wearing|wear|used|washed|the (?:prom|"
    r"party|wedding|event|dance|ball|night))\b"
)


def says_frustrated(text: str) -> bool:
    """Whether the shopper says they are frustrated, fed up or upset."""
    return bool(_FRUSTRATED.search(text.lower()))


def asks_return_condition(text: str) -> bool:
    """Whether the message asks in what state something may be returned (worn, tags on)."""
    return bool(_RETURN_CONDITION.search(text.lower()))
