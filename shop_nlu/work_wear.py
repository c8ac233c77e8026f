"""What is wanted for someone's work: "need shirt for husband work", "for my husband's work", "for
his new job", "black shirt slim fit 4 work" (stranger tests 54, problem 6, and 50, Rico #1,
docs/nlu/stranger-test-54.md and docs/nlu/stranger-test-50.md). The lexicon's "for work" is the
office occasion; said with whose work it is, or with "4" for "for", it was dropped, and tuxedo
shirts led the list. No Rasa here; shop_nlu/extraction.py gives the spans the lexicon's "for work".
"""

from __future__ import annotations

import re

_PEOPLE = (
    r"husband|hubby|wife|wifey|partner|boyfriend|bf|girlfriend|gf|son|daughter|dad|father|mum|mom|"
    r"mother|brother|bro|sister|sis|fianc[eé]e?"
)
# "4 work" is "for work", unless the 4 is a size or a count ("would a 4 work?", "size 4 work").
_NOT_FOR = r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!size )(?<!\bsz )(?<!\buk )(?<!\bus )(?<!\beu )"
_FOR_WORK = re.compile(
    rf"(?:\bfor|\bfr|{_NOT_FOR}(?<![\w.$£€])4)\s+"
    r"(?P<whose>(?:(?:my|his|her|our|their|your)\s+)?(?:(?:" + _PEOPLE + r")(?:['’]?s)?\s+)?)"
    r"(?P<new>(?:new|day|daily|everyday|office)\s+)?"
    r"(?P<work>work|job)\b"
    # "for a job interview" is the interview; "for my workout", "work out", "work on" no work wear;
    # "for my husband's work dinner" an evening out, not the office.
    r"(?!\s+(?:interview|out|on|it|them|with|dinner|party|parties|do|dos|event|function|drinks|"
    r"lunch|gala|ball|night|christmas|xmas|social|awards?)\b)"
)


def work_wear_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans of `lowered` that say goods are for someone's work, as "for work" does: the
    work word alone where a person is named before it (so "husband" still says who it is for),
    else the whole phrase ("4 work", "for my job")."""
    spans = []
    for match in _FOR_WORK.finditer(lowered):
        if match["work"] == "job" and not match["whose"]:
            continue  # "for job" alone, "4 job": too unsure
        if re.search(rf"\b(?:{_PEOPLE})\b", match["whose"]):
            spans.append((match.start("new") if match["new"] else match.start("work"), match.end()))
        else:
            spans.append(match.span())
    return spans
