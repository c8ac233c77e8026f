"""The day a shopper needs something by ("will it get here by saturday?", "for tomorrow", "by the 5th").

Rasa-free: the actions call `needed_by(text, today)` and compare the day with the shipping methods'
delivery windows (commerce/shipping.py). Only a day the words name clearly is returned: a message
with no deadline, or one this cannot read ("sometime soon"), gives None and the general delivery
times are answered instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from shop_nlu.typos import key_word_meant

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "thurs", "weds": the shortenings people type, each mapped to its weekday's number ("mon", "sun"
# and "sat" are ordinary words too, "c'mon", "sun hat", "i sat": see _SHORT_DAY_IN_A_DAY_POSITION).
_WEEKDAY_WORDS = {
    **{name: number for number, name in enumerate(_WEEKDAYS)},
    **{"tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4},
}  # fmt: skip
# "by mon?", "arrive on sun", "need it sat", "wedding next sat" (stranger test 31): a day only where
# a day stands, after a word that puts one there and before the end, a date or a word that cannot be
# what it qualifies ("sun hat" is not).
_SHORT_DAYS = {"mon": "monday", "sun": "sunday", "sat": "saturday"}
_SHORT_DAY_IN_A_DAY_POSITION = re.compile(
    r"\b((?:next|this|coming)\s+|"
    r"(?:by|on|for|before|till|til|until|open|need(?:s|ed)?\s+(?:it|them|this|these|that|those|one)"
    r"(?:\s+(?:by|on|for|before|till|til|until))?)\s+(?:(?:next|this|coming)\s+)?)(mon|sun|sat)\.?"
    r"(?=\s*(?:$|[?!.,;)]|\d|(?:pls|please|plz|if|or|and|latest|at|morning|afternoon|evening|night"
    r"|then|possible|ok|okay|for|cos|because|as|so|thx|thanks|its|it's|is|the)\b))"
)


# "by satrday", "on wensday", "before fridy" (stranger test 34): a word a slip or two from a
# weekday's name, where a day stands, is that day; never a real word ("by sundae").
_WORD_IN_A_DAY_POSITION = re.compile(
    r"\b((?:by|on|for|before|till|til|until|this|next|coming)\s+(?:(?:next|this|coming)\s+)?)"
    r"([a-z]{4,11})\b"
)


def _misspelt_day(match: re.Match[str]) -> str:
    meant = key_word_meant(match.group(2), _WEEKDAYS)
    return match.group(1) + meant if meant else match.group(0)


# "funeral nxt fri" (stranger test 85, A1): "nxt" is "next".
_NXT = re.compile(r"\bnxt\b\.?")


def _short_days_spelled_out(words: str) -> str:
    """`words` (lowercase) with "mon", "sun" and "sat" written in full where they stand as a day,
    and a weekday's name misspelt there ("by satrday") as it is spelt."""
    words = _WORD_IN_A_DAY_POSITION.sub(_misspelt_day, _NXT.sub("next", words))
    return _SHORT_DAY_IN_A_DAY_POSITION.sub(
        lambda match: match.group(1) + _SHORT_DAYS[match.group(2)], words
    )


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")  # fmt: skip
_MONTH_WORDS = {
    **{name: number for number, name in enumerate(_MONTHS, start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTHS, start=1) if name != "may"},
    "sept": 9,
}
_DAY_OF_MONTH = r"(\d{1,2})(?:st|nd|rd|th)?"
# "May" is a month, but not in "size 10 may be small".
_MONTH = (
    r"("
    + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)).replace(
        "may", r"may(?!\s+(?:be|not|have|need|fit|work|i|we|you|it|still|also|take|come|get)\b)"
    )
    + r")\.?"
)
_WEEKDAY_NAMES = "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))

# Any day named is the deadline: the caller asks only for delivery questions, where "saturday"
# means "by saturday". The day of ordering is not one ("by friday if i order today").
_ORDERING_DAY = re.compile(
    r"\b(?:order|buy|purchase|pay|place)\w*(?:\s+(?:it|them|one|the order|an order|now))?\s+"
    r"(?:today|tonight|now)\b"
)
_WEEKDAY = re.compile(
    r"\b(?:(next|this|coming)\s+)?("
    + "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))
    + r")\b"
)
_TODAY = re.compile(r"\b(?:today|tonight|this (?:evening|afternoon)|same day|same-day)\b")
_TOMORROW = re.compile(r"\b(?:tomorrow|tmrw|tmr|tomoz|2moro|2morrow)\b")
_WEEKEND = re.compile(r"\b(?:(next|this|the|coming)\s+)?(week-?end)\b")
# A workplace someone leaves ("leaving our office", "he leaves the company"): a farewell, no trip.
_WORKPLACE_LEFT = (
    r"(?:leave|leaves|leaving|left|quit|quits|quitting)\s+(?:our|the|my|his|her|this)\s+"
    r"(?:office|company|job|team|firm|work|department)"
)
# The events a shopper dresses for, said right before their day: "my mates wedding dec 12",
# "interview tuesday", "court date friday", "my brothers wedding is dec 12".
_DAY_OF_AN_EVENT = (
    r"(?:wedding|party|interview|hearing|court(?:\s+date)?|gala|funeral|ceremony|graduation|prom"
    r"|reception|christening|anniversary|birthday|cruise|concert|conference|presentation|event"
    r"|photoshoot|dinner|ball|exam)'?s?"
)
# What makes a day in a search a deadline: "by", "for", "before", "on", "this", "next", "is"...
_DEADLINE_WORD = re.compile(
    r"\b(?:by|for|before|on|until|till|til|this|next|coming|is|it's|its|in time for"
    # A trip's day is a deadline too: "flying out thursday", "leaving on friday", "my flight's monday".
    r"|fly|flying|flying out|flies|leave|leaving|leaves|travel|travels|travelling|traveling"
    r"|depart|departing|flight|flight's|flights"
    # A colleague's last day is a deadline: "he leave our office friday" (stranger test 58).
    r"|" + _WORKPLACE_LEFT + r"(?:\s+on)?"
    # A job or shift that starts on the day needs it by then: "new bar job startin friday", "i
    # start my new job friday" (stranger test 80).
    r"|(?:start|starts|starting|startin'?|begin|begins|beginning|begining)(?:\s+[\w']+){0,3}"
    # An event said just before its day: "my mates wedding dec 12", "for court date friday",
    # "interview tuesday" (stranger tests 81 and 82).
    r"|" + _DAY_OF_AN_EVENT + r")\s+(?:the\s+)?$"
)
# "by the 5th", "by 5 december", "by dec 5th", "before the 3rd of december"; with its weekday
# before it ("on friday 4 december", "fri, dec 4th"), which a date outranks (stranger test 24,
# docs/nlu/stranger-test-24.md: "on friday 4 december" was read as this Friday).
_DATES_WEEKDAY = r"(?:(?:" + _WEEKDAY_NAMES + r")\.?,?\s+(?:the\s+)?)?"
_DAY_MONTH = re.compile(r"\b" + _DATES_WEEKDAY + _DAY_OF_MONTH + r"(?:\s+of)?\s+" + _MONTH + r"\b")
_MONTH_DAY = re.compile(r"\b" + _DATES_WEEKDAY + _MONTH + r"\s+" + _DAY_OF_MONTH + r"\b")
# "by 4/12": a date in figures, day and month either way round; not a size ("size 10/12", "32/34").
_FIGURES_DATE = re.compile(r"(?<![\w/$.])(?<!size )(?<!sz )(\d{1,2})/(\d{1,2})(?![\w/])")
# "friday the 4th", "by fri 4th": a weekday with its day of the month, not "friday 2 pairs".
_WEEKDAY_AND_DAY = re.compile(
    r"\b(?:" + _WEEKDAY_NAMES + r")\.?,?\s+(?:the\s+)?" + _DAY_OF_MONTH + r"\b"
    r"(?!\s*(?::|(?:one|pair|item|product|piece|am|pm|a\.m|p\.m|o'?clock|noon|midnight"
    r"|hours?|hrs?|days?)s?\b))"
)
# "the 5th", but not "the 2nd one" (a product on the list).
_THE_DAY = re.compile(r"\bthe\s+" + _DAY_OF_MONTH + r"\b(?!\s+(?:one|pair|item|product)s?\b)")
# "need it before 20th", "by 5th": a day of the month after a deadline word, its "th" said.
_DEADLINE_DAY = re.compile(r"\b(?:by|before|till|til|until)\s+(\d{1,2})(?:st|nd|rd|th)\b")


# The eves that name a day: "new year's eve", "nye", "christmas eve", "xmas eve".
_EVE = re.compile(r"\b(?:(new\s?year'?s?\s+eve|nye)|(?:christmas|xmas)\s+eve)\b")


def needed_by(text: str, today: date, named_as_deadline: bool = False) -> date | None:
    """The day the words of `text` ask for, counted from `today`; None if they name none.

    With `named_as_deadline` (a search, where "my sunday best" names no day), a weekday or a date
    counts only after "by", "for", "before", "on", "until", "this" or "next"; "today", "tonight"
    and "tomorrow" always count.
    """
    words = _ORDERING_DAY.sub(" ", _short_days_spelled_out(text.lower()))
    if _TODAY.search(words):
        return today
    if _TOMORROW.search(words):
        return today + timedelta(days=1)

    def named(match: re.Match | None, group: int = 0) -> bool:
        """Whether `match` is a day the shopper names (its day word starts at `group`)."""
        if not match:
            return False
        return not named_as_deadline or bool(_DEADLINE_WORD.search(words[: match.start(group)]))

    # A date first: with a weekday beside it, the date is the day meant, even where the weekday
    # is not its own ("by thursday 4 december").
    if named(match := _DAY_MONTH.search(words)):
        return _earliest(
            _upcoming(today, _MONTH_WORDS[match.group(2)], int(match.group(1))), words, today
        )
    if named(match := _MONTH_DAY.search(words)):
        return _earliest(
            _upcoming(today, _MONTH_WORDS[match.group(1)], int(match.group(2))), words, today
        )
    if named(match := _EVE.search(words)):  # "before New Year's Eve" (stranger test 75, B5)
        return _upcoming(today, 12, 31 if match.group(1) else 24)
    if named(match := _FIGURES_DATE.search(words)) and (
        in_figures := _upcoming_in_figures(today, int(match.group(1)), int(match.group(2)), words)
    ):
        return in_figures
    if named(match := _WEEKDAY_AND_DAY.search(words)):
        return _earliest(_upcoming_day_of_month(today, int(match.group(1))), words, today)
    if named(match := _WEEKEND.search(words), 2):
        return _next_weekday(today, 5, match.group(1), today_counts=True)
    if named(match := _WEEKDAY.search(words), 2):
        return _next_weekday(today, _WEEKDAY_WORDS[match.group(2)], match.group(1))
    if named(match := _THE_DAY.search(words)) or (match := _DEADLINE_DAY.search(words)):
        return _earliest(_upcoming_day_of_month(today, int(match.group(1))), words, today)
    return None


# A second day of the month named as one to arrive by: "we leave on the 15th but i fly down on the
# 13th", "by dec 15? we fly out dec 13" (stranger test 82, B4). Never a day something was ordered.
_ANOTHER_DAY_WORD = re.compile(
    r"\b(?:by|before|on|until|till|til|for|fly|flying|flies|fly out|flying out|leave|leaves|leaving"
    r"|depart\w*|sail|sails|sailing)\s+(?:the\s+)?$"
)
_DAY_OF_SOMETHING_PAST = re.compile(
    r"\b(?:ordered|bought|placed|paid|received|arrived|came|sent)"
    r"(?:\s+(?:it|them|one|this|that|mine|the order))?(?:\s+on)?\s+$"
)
# The patterns of a day of the month, in the order `needed_by` takes them (a date before "the 5th"
# it holds: "the 5th of january"), with the groups of the day and the month.
_DAYS_OF_MONTH = ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1), (_WEEKDAY_AND_DAY, 1, None),
                  (_THE_DAY, 1, None), (_DEADLINE_DAY, 1, None))  # fmt: skip


def _earliest(first: date | None, words: str, today: date) -> date | None:
    """`first` (the day `needed_by` read in `words`), or an earlier day of the month `words` name
    as one to arrive by or leave on ("on the 15th but i fly down on the 13th")."""
    if first is None:
        return None
    days, taken = [first], []
    for pattern, day_group, month_group in _DAYS_OF_MONTH:
        for match in pattern.finditer(words):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            before = words[: match.start()]
            if _DAY_OF_SOMETHING_PAST.search(before) or (
                pattern is not _DEADLINE_DAY and not _ANOTHER_DAY_WORD.search(before)
            ):
                continue
            day_of_month = int(match.group(day_group))
            if month_group is None:
                day = _upcoming_day_of_month(today, day_of_month)
            else:
                day = _upcoming(today, _MONTH_WORDS[match.group(month_group)], day_of_month)
            days.append(day or first)
    return min(days)


# "Flying out dec 4th", "leaving on friday", "my trip is on the 5th", "before my flight": the day
# named is the day the shopper leaves, a few words either side of a word for leaving.
_LEAVING = r"(?:fly|flies|flying|flight'?s?|leave|leaves|leaving|travel\w*|depart\w*|trip|going away)"  # fmt: skip
# A date before a weekday alone: "flying out friday 4 december" leaves on the 4th.
_A_DAY = "(?:" + "|".join((
    _DATES_WEEKDAY + _DAY_OF_MONTH + r"(?:\s+of)?\s+" + _MONTH,
    _DATES_WEEKDAY + _MONTH + r"\s+" + _DAY_OF_MONTH,
    _WEEKDAY_AND_DAY.pattern.removeprefix(r"\b"),
    r"today|tonight|tomorrow|tmrw",
    r"(?:(?:next|this|coming)\s+)?(?:" + _WEEKDAY_NAMES + r"|week-?end)",
    r"the\s+" + _DAY_OF_MONTH,
)) + ")"  # fmt: skip
_LEAVING_ON_A_DAY = re.compile(
    r"\b" + _LEAVING + r"\b(?:\s+[\w']+){0,4}?\s+" + _A_DAY + r"\b"
    r"|\b" + _A_DAY + r"\b(?:\s+[\w']+){0,4}?\s+" + _LEAVING + r"\b"
)


def leaves_on(text: str, day: date, today: date) -> str | None:
    """How the shopper leaves on `day` (a day `text` names, counted from `today`): "fly" ("flying
    out dec 4th", "before my flight on friday") or "leave" ("leaving on the 5th", "my trip is on
    friday"); None when `text` names it as no day of leaving ("by friday"). Of two days named,
    the one `day` is ("we leave on the 15th but i fly down on the 13th": fly on the 13th)."""
    words = _short_days_spelled_out(text.lower())
    match = next(
        (m for m in _LEAVING_ON_A_DAY.finditer(words) if needed_by(m.group(0), today) == day), None
    )
    if not match:
        return None
    if re.search(_WORKPLACE_LEFT, match.group(0)):
        return None  # "he leave our office friday": his last day, the shopper goes nowhere
    return "fly" if re.search(r"\b(?:fly|flies|flying|flight)", match.group(0)) else "leave"


# "I need it asap", "it's urgent", "as soon as possible": no day, but the soonest there is.
_SOONEST = re.compile(
    r"\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|poss|you can|u can)|as fast as (?:possible|"
    r"you can|u can)|as quick(?:ly)? as (?:possible|you can|u can)|urgent(?:ly)?|urgency|"
    r"in a (?:hurry|rush)|rush(?:ed)? (?:order|delivery|shipping)|(?:need|want)(?:s|ed)? (?:it|them|"
    r"this|these|that) (?:fast|quick|quickly|soon|pronto|right away|straight away)|"
    r"(?:fastest|quickest|soonest) (?:shipping|delivery|option|way|possible|you (?:can|have|do|got))|"
    r"(?:fastest|quickest|speediest) (?:you|u) (?:can|have|do|got)|"
    r"how (?:fast|quick(?:ly)?|soon) can (?:i|you|u|it|they) (?:get|have|deliver|ship|arrive|be)|"
    r"pronto|right away|straight away|super fast|real(?:ly)? fast|(?:in|at) short notice|"
    r"last[- ]minute)\b"
)


def wants_it_soonest(text: str) -> bool:
    """Whether `text` asks for delivery as soon as possible, naming no day ("i need it asap")."""
    return bool(_SOONEST.search(text.lower()))


# "it will arrive before?", "will it come in time?", "arrives before or no?": whether the order
# gets there before a day the same message names (stranger test 26); "shp by tues?", "here by
# fri?", "get it by sat?": whether it ships or gets there by the day named (stranger test 30).
# "by wed?" said alone too.
_ARRIVES_BEFORE = re.compile(
    # "arive", "delivr", "gt it" (stranger test 34): the verbs as they are mistyped too.
    r"\b(?:ar+iv\w*|come|comes|here|deli?v\w*|ship|ships|shipped|shp|dispatch\w*"
    r"|ge?t (?:it|them|this|these|that|those|one)|have (?:it|them))\b.{0,20}?"
    r"\b(?:(?:before|in time|by then)\b|by (?:(?:"
    + _WEEKDAY_NAMES
    + r"|this|next|the|tomorrow|tmrw)\b|\d)|on (?:"
    + _WEEKDAY_NAMES
    + r")\b)"
    # "need it sat", "need them by mon": the day it is needed by.
    r"|\bneed(?:s|ed)? (?:it|them|this|these|that|those|one) (?:(?:by|on|for|before) )?(?:"
    + _WEEKDAY_NAMES
    + r")\b"
    # "by wed?", "before friday?", "and till thurs?" alone: whether it comes by then.
    r"|^\W*(?:(?:and|but|so|ok|okay)\W+)?(?:by|before|till|until|til)\s+(?:this\s+|next\s+)?(?:"
    + _WEEKDAY_NAMES
    + r"|tomorrow|tmrw)\W*$"
)


def asks_if_it_arrives_by(text: str, today: date) -> bool:
    """Whether `text` names a day and asks whether the order arrives before it ("photos are on 9
    december, it will arrive before?")."""
    lowered = _short_days_spelled_out(text.lower())
    return bool(_ARRIVES_BEFORE.search(lowered)) and needed_by(lowered, today) is not None


def without_soonest_words(text: str) -> str:
    """`text` in lowercase without its words for "as soon as possible" (what else it says)."""
    return _SOONEST.sub(" ", text.lower())


def weekday_said_alone(text: str) -> int | None:
    """The weekday (0 = Monday) `text` names without "this", "next" or "coming" ("by saturday"),
    which may be the one the shopper set earlier ("a party next saturday"); None otherwise."""
    words = _ORDERING_DAY.sub(" ", _short_days_spelled_out(text.lower()))
    match = _WEEKDAY.search(words)
    if not match or match.group(1) or _names_a_date(words):
        return None
    return _WEEKDAY_WORDS[match.group(2)]


def _names_a_date(words: str) -> bool:
    """Whether `words` name a date ("4 december", "dec 4", "4/12", "friday the 4th")."""
    return any(
        pattern.search(words)
        for pattern in (_DAY_MONTH, _MONTH_DAY, _FIGURES_DATE, _WEEKDAY_AND_DAY, _THE_DAY)
    )


def _upcoming_in_figures(today: date, first: int, second: int, words: str) -> date | None:
    """ "4/12": the day it can mean (4 December or April 12) that is on the weekday `words` name
    with it, else the sooner one, as a shopper asking about delivery asks about the weeks ahead;
    None when neither is a date ("32/34", a size)."""
    readings = {
        day for day in (_upcoming(today, second, first), _upcoming(today, first, second)) if day
    }
    named = _WEEKDAY.search(words)
    weekday = _WEEKDAY_WORDS[named.group(2)] if named else None
    if weekday is not None and any(day.weekday() == weekday for day in readings):
        readings = {day for day in readings if day.weekday() == weekday}
    return min(readings, default=None)


def _next_weekday(
    today: date, weekday: int, said_with: str | None, today_counts: bool = False
) -> date:
    """The coming `weekday`; a week later for "next" (`said_with`). Today itself only for "this
    friday" (or where `today_counts`, "this weekend" on a Saturday): "by fri??" said on a Friday
    asks about next Friday, as nothing ordered now arrives today (stranger test 50)."""
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and said_with != "this" and not today_counts:
        ahead = 7
    if said_with == "next" and ahead < 7 - today.weekday():
        # "next saturday" said on a Thursday is the Saturday of next week, not the day after next.
        ahead += 7
    return today + timedelta(days=ahead)


def _upcoming(today: date, month: int, day: int) -> date | None:
    """That day of that month this year, or next year once it has passed; None if no such day."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None


def _upcoming_day_of_month(today: date, day: int) -> date | None:
    """ "The 5th": this month's, or next month's once it has passed; None if no such day."""
    month, year = today.month, today.year
    for _ in range(2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate >= today:
            return candidate
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


# "sundays", "on a saturday", "this weekend": the weekday a question about opening hours names.
_WEEKDAY_ASKED = re.compile(
    r"\b(" + "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True)) + r")s?\b|\b(week-?ends?)\b"
)


def weekday_named(text: str) -> int | None:
    """The weekday (0 = Monday) `text` names ("open on sundays"; a weekend is Saturday), or None."""
    match = _WEEKDAY_ASKED.search(_short_days_spelled_out(text.lower()))
    if not match:
        return None
    return 5 if match.group(2) else _WEEKDAY_WORDS[match.group(1)]
