"""A job named as what someone studies or graduates in: "my daughter is graduating from nursing
school on the 12th" (stranger test 80, docs/nlu/stranger-test-80.md, B1) is her life, the day an
occasion at most, never shoes or dresses "for nursing". A shopper who says they are a nurse still
gets what is made for shifts on a ward (lexicon `jobs_on_feet`)."""

from __future__ import annotations

import re

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity

# "nursing school", "nursing college", "nursing degree", "her nursing graduation".
_STUDIED_AFTER = re.compile(
    r"^\s*(?:school|college|course|courses|degree|program|programme|class|classes|exams?|"
    r"studies|student|students|uni|university|diploma|graduation|grad|ceremony)\b"
)
# "graduating from nursing", "her graduation in nursing", "a degree in nursing", "studies nursing".
_STUDIED_BEFORE = re.compile(
    r"\b(?:graduat\w*|degree|diploma|qualified|qualifies|qualifying|studying|studies|study|"
    r"studied|majoring|major)\s+(?:(?:from|in|of)\s+)?$"
)


def a_job_studied_for(lowered: str, entity: Entity) -> bool:
    """Whether a job-on-one's-feet use found ("nursing") names what someone studies or graduates
    in ("nursing school", "graduating from nursing"), not what the goods are for."""
    if entity.entity != "feature" or entity.value not in load_lexicon().jobs_on_feet:
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(_STUDIED_AFTER.match(lowered[entity.end :]) or _STUDIED_BEFORE.search(before))
