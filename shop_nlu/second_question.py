"""A second question about the product, asked after a first one in the same message: "does the
first dress come in blue as well, and is it machine washable?" (stranger test 83, docs/nlu/
stranger-test-83.md, B2), "which of those is the cheapest? And could you tell me whether it can go
in the washing machine" (stranger test 84, B4), "does the second one come in navy as well, and is
it true to size?" (84, B2). Where it starts and ends, so that the first question is answered as
if said alone and this one of the product the first picks (actions/two_questions_of_one.py)."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# Where a clause may start: after a sentence's end, or "and", "also", "plus".
_CLAUSE_START = re.compile(r"[.?!;]\s*|,\s*|\b(?:and|also|plus)\b\s*")
# Where one ends: never at "also" ("does it also come in light blue").
_CLAUSE_END = re.compile(r"[.?!;,]|\band\b")
# The question itself, asked of it or them: "is it machine washable", "can i machine wash it",
# "could you tell me whether it can go in the washing machine", "how does it fit".
_ASKED_OF_IT = re.compile(
    r"^(?:(?:and|also|plus|oh|but|so|then|ok|okay)\W+)*"
    r"(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|let)\s+me\s+(?:know\s+)?"
    r"(?:whether|if)\s+|i\s+(?:was\s+)?wonder(?:ing)?\s+(?:whether|if)\s+)?"
    r"(?:(?:is|does|do|can|could|will|would|are|r)\s+(?:it|they|this|that|these|those|i|u|you)"
    r"|how\s+(?:does|do|is|are)\s+(?:it|they)|(?:it|they)\s+(?:can|will|would))\b"
)
# The end of the question: its question mark, else the end of its sentence.
_QUESTION_END = re.compile(r"\?|[.!;](?:\s|$)")


def second_question(text: str) -> tuple[int, int] | None:
    """Where a question about "it" asked after another clause starts and ends in `text`; None
    when the message asks no such second question (or only one question)."""
    lowered = text.lower().replace("\u2019", "'")
    found = None
    for start in _clause_starts(lowered):
        if _ASKED_OF_IT.match(lowered[start:]):
            ended = _QUESTION_END.search(lowered, start)
            span = start, ended.end() if ended else len(text)
            # "the second one, does it come in light blue as well, and is it okay for a formal
            # ceremony?": the stock is the first question, the ceremony the second (stranger 87).
            if not _ASKS_STOCK.search(lowered[start : _clause_end(lowered, start)]):
                return span
            found = found or span
    return found


def _clause_end(lowered: str, start: int) -> int:
    """Where the clause starting at `start` ends (at the next "and", comma or full stop)."""
    after = _CLAUSE_END.search(lowered, start + 1)
    return after.start() if after else len(lowered)


def _clause_starts(lowered: str) -> list[int]:
    """Where each clause after the first starts (after its "and", comma or full stop)."""
    starts = [match.end() for match in _CLAUSE_START.finditer(lowered) if match.start() > 0]
    return [start for start in starts if start < len(lowered)]


# "does the second one come in navy as well, and is it true to size? I'm between an 8 and an 8.5":
# its stock first, then its fit (stranger test 84, B2). Heard as the fit question, or as nothing
# sure, the stock was dropped; heard as a stock question, it is both (in turn).
STOCK_INTENT = "check_availability"
MAY_ASK_STOCK_THEN_FIT = frozenset(
    {"ask_size_guide", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, STOCK_INTENT}
)
_ASKS_STOCK = re.compile(
    r"\b(?:come|comes|coming)\s+in\b|\bavailable\s+in\b|\bin\s+stock\b|\bdo\s+(?:you|u)\s+have\s+"
    r"(?:it|them|this|that|the\s+\w+(?:\s+one)?)\s+in\b"
)
_ASKS_FIT = re.compile(
    r"\btrue\s+to\s+size\b|\bhow\s+(?:does|do)\s+(?:it|they)\s+fit\b|\b(?:run|runs|come up|comes up"
    r"|fit|fits)\s+(?:a\s+(?:bit|little)\s+)?(?:small|big|large|tight|narrow)\b"
)


def stock_then_fit_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The stock question, with its reason, for a message heard as `intent` that asks whether
    the product comes in a colour or size and then how it fits; None otherwise."""
    if intent not in MAY_ASK_STOCK_THEN_FIT or (span := second_question(text)) is None:
        return None
    lowered = text.lower()
    start, end = span
    if _ASKS_STOCK.search(lowered[:start]) and _ASKS_FIT.search(lowered[start:end]):
        return STOCK_INTENT, "asks whether it comes in a colour or size, then how it fits"
    return None
