"""A second kind asked about as a yes or no beside a search: "I need a bag ... and my husband
keeps hinting at cufflinks, do you sell silver ones?" (docs/nlu/stranger-test-90.md, B3). The
bags are searched; whether the shop sells silver cufflinks is answered at once, never put off
with "then ask me for the cufflinks"."""

from __future__ import annotations

import re

from shop_nlu.goods_questions import ASKS_IF_SOLD_WORDS

_ASKS = re.compile(rf"\b{ASKS_IF_SOLD_WORDS}\b(?P<after>\s+\w+)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
# A child's things: "kids rain boots", "children's boots", "boots for my toddler", "girls' shoes".
_CHILD_WORDS = re.compile(
    r"\b(?:kids?|kiddies|child|children|toddlers?|bab(?:y|ies)|infants?|little ones?|juniors?)"
    r"(?:'s|s'|')?(?!\w)|\b(?:boys|girls)'",
    re.IGNORECASE,
)
_IF_BEFORE = re.compile(r"\b(?:if|in case)\s+$", re.IGNORECASE)


def asks_if_sold_of(text: str, said_at: int, from_: int) -> bool:
    """Whether the sentence of `text` that names a kind at `said_at` asks whether the shop sells
    it ("cufflinks, do you sell silver ones?", "do u have silver cufflinks"), in its part from
    `from_` on (where the message turns to that kind). A bare "got" asks only as "got any"."""
    starts, stops = _part_of_sentence(text, said_at, from_)
    for match in _ASKS.finditer(text, starts, stops):
        if _IF_BEFORE.search(text, 0, match.start()):
            continue  # "if you have cufflinks, that would be lovely": a wish, no question
        bare_got = match.group().lower().startswith("got")
        if not bare_got or (match.group("after") or "").strip().lower() == "any":
            return True
    return False


def asked_for_a_child(text: str, said_at: int, from_: int) -> bool:
    """Whether the part of the sentence that asks if the kind said at `said_at` is sold asks it
    for a child: "u sell kids rain boots too?", "do you carry boots for kids?" (stranger test
    91, A5: "kids" was lost and grown-ups' boots offered)."""
    starts, stops = _part_of_sentence(text, said_at, from_)
    return bool(_CHILD_WORDS.search(text, starts, stops))


def _part_of_sentence(text: str, said_at: int, from_: int) -> tuple[int, int]:
    """Where the sentence of `text` holding `said_at` starts (not before `from_`) and stops."""
    ends = [0, *(match.end() for match in _SENTENCE_END.finditer(text)), len(text)]
    starts = max([end for end in ends if end <= said_at] or [0])
    stops = min([end for end in ends if end > said_at] or [len(text)])
    return max(starts, from_), stops
