"""How a (bow) tie is tied, asked of one on screen: "Is the first one a self-tie or pre-tied? He is
hopeless with knots" (stranger test 81, docs/nlu/stranger-test-81.md, B2). The "tie" of "self-tie"
and "pre-tied" is the way it is tied, not a necktie to search for; the question is answered from
the catalog's own words (actions/tie_style_answers.py)."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# "self-tie", "self tied", "pre-tied", "pretied", "ready-tied", "clip-on", "tie it himself".
_TIE_STYLE = re.compile(
    r"\bself[- ]?tie[sd]?\b|\bpre[- ]?tie[sd]?\b|\bready[- ]?tied\b|\bclip[- ]?ons?\b"
    r"|\btie[sd]?\s+(?:it|them)\s+(?:him|her|your|my|them)sel(?:f|ves)\b|\bhand[- ]tied\b"
    r"|\btie\s+(?:a\s+)?(?:proper\s+|decent\s+)?knots?\b"  # "he can't tie a knot"
)
# "he can't tie a knot", "hopeless with knots": why a pre-tied one is wanted.
_KNOTS = re.compile(r"\bknots?\b")


def a_way_of_tying(lowered: str, entity: Entity) -> bool:
    """Whether a kind found in the message is the "tie" of "self-tie" or "pre-tied": how a tie is
    tied, not a necktie wished for."""
    return entity.entity == "category" and any(
        match.start() <= entity.start and entity.end <= match.end()
        for match in _TIE_STYLE.finditer(lowered)
    )


def asks_how_it_ties(text: str) -> bool:
    """Whether the message asks whether a tie is self-tie or pre-tied ("is it pre tied?", "clip
    on or self tie?", "can he just put it on, he's hopeless with knots")."""
    lowered = text.lower()
    return bool(_TIE_STYLE.search(lowered) or _KNOTS.search(lowered))
