"""A day of the month is not a place in a list: "would it get here by Friday the 4th of December?"
after "the second one then" read "4th" as the fourth product and answered "I don't see that number
in the list" (stranger test 60, docs/nlu/stranger-test-60.md, worst problem 3). "The 4th of
December", "December 4th", "Friday the 4th" name a date; "the 4th one" stays a pick."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
    r"|may(?!\s+(?:be|not|have|need|fit|work|run|still)\b)|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?{_MONTH}")
_MONTH_OR_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY}\b,?)\s*(?:the\s+)?$")


def a_day_of_the_month(lowered: str, start: int, end: int) -> bool:
    """Whether the ordinal at `lowered[start:end]` is a date ("the 4th of December", "Friday the
    4th"), not a product's place in the list."""
    return bool(
        _MONTH_AFTER.match(lowered, end) or _MONTH_OR_WEEKDAY_BEFORE.search(lowered[:start])
    )
