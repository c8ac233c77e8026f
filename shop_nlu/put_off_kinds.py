"""A kind named only as one the shopper puts off: "please add the heels in size 8 and the first
bag to my cart, I'll think about the cufflinks" adds the heels and the bag; the cufflinks are
neither added nor searched, and no "I haven't shown you a cufflink yet" is said of them (stranger
test 90, docs/nlu/stranger-test-90.md, B4). "I'm thinking about a new bag" is still a wish."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# Said right before the kind: "I'll think about the", "let me have a think about those", "maybe
# later for the", "hold off on the", "I'll sleep on the", "I'll decide on the ... later".
_PUT_OFF_BEFORE = re.compile(
    r"(?:\b(?:i'?ll|i\s+will|ill|i'?d|let\s+me|lemme|i\s+(?:need|have|want)\s+to|i\s+might|"
    r"i\s+may|gonna|going\s+to|will)\s+(?:\w+\s+)?(?:have\s+a\s+)?(?:think|thing|ponder|mull)"
    r"(?:\s+(?:about|abt|on|over|it\s+over))?"
    r"|\b(?:i'?ll|i\s+will|ill|let\s+me|lemme)\s+sleep\s+on"
    r"|\b(?:maybe|perhaps|probably)\s+later(?:\s+(?:for|on))?"
    r"|\blater\s+for"
    r"|\b(?:hold|holding)\s+off\s+(?:on|with)"
    r"|\b(?:i'?ll|i\s+will|ill)\s+(?:come\s+back|get\s+back)\s+(?:to|for|on)"
    r"|\b(?:undecided|not\s+sure\s+yet)\s+(?:about|on))"
    r"\s+(?:the|those|that|these|this|a|an|my|some|her|his)?\s*$"
)
# Said right after the kind: "the cufflinks maybe later", "the cufflinks can wait", "cufflinks
# another time", ending what is said of it ("the bag maybe later the cufflinks": the bag is wanted).
_PUT_OFF_AFTER = re.compile(
    r"^\s+(?:(?:maybe|perhaps|probably|for|till|until)\s+)?(?:later|another\s+(?:time|day))"
    r"(?:\s+(?:on|maybe|perhaps|tho|though|thanks|thx|pls|please))?\s*(?:,|$)"
    r"|^\s+(?:can|could)\s+wait\b"
)


def a_kind_put_off(lowered: str, entity: Entity) -> bool:
    """Whether a kind found is named only as one the shopper puts off ("I'll think about the
    cufflinks", "maybe later for the cufflinks", "hold off on the cufflinks", "the cufflinks can
    wait"): no wish for it now."""
    if entity.entity != "category":
        return False
    before = re.split(r"[.!?;,]", lowered[max(0, entity.start - 60) : entity.start])[-1]
    after = re.split(r"[.!?;]", lowered[entity.end : entity.end + 40])[0]
    return bool(_PUT_OFF_BEFORE.search(before) or _PUT_OFF_AFTER.search(after))
