"""Short after-sales follow-ups that mean something only after what came before (stranger test 44,
docs/nlu/stranger-test-44.md, Dev): "bought shirt. too small" says an item bought doesn't fit, so
"swap for L?" next is an exchange; "return other thing too. jacket" asks for one more return. No
Rasa here; actions/return_followups.py weighs them against the conversation."""

from __future__ import annotations

import re

from shop_nlu.message_readings import DOES_NOT_FIT_WORDS, says_it_does_not_fit

# "bought shirt", "got the boots", "the blazer i ordered", "mine came", "my last order the sandal"
# (stranger test 53): the shopper has it.
_HAS_IT = re.compile(
    r"\b(?:bought|buyed|got|ordered|received|purchased|came|arrived|delivered|mine"
    r"|(?:my|last|previous|recent|latest)\s+order)\b",
    re.I,
)
# "too", "also", "as well", "the other thing", "another one", "one more": one more besides.
_ONE_MORE = re.compile(
    r"\b(?:too|also|as well|aswell|another|other|one more|2nd|second|else)\b", re.I
)


def says_what_they_have_does_not_fit(text: str) -> bool:
    """Whether the message says an item the shopper bought or received doesn't fit ("bought
    shirt. too small", "got the boots, too tight"), not a wish for a size ("too small for me?")."""
    return bool(_HAS_IT.search(text)) and says_it_does_not_fit(text)


def exchanges_what_they_have(text: str) -> bool:
    """Whether the message asks to change something bought before that doesn't fit for another
    size ("bought shoes last week too big, can i chang to 44", "the ones i got are too tight, swop
    for a 9?"): an exchange of that purchase, never a search (stranger test 61)."""
    return says_what_they_have_does_not_fit(text) and asks_for_another_size(text)


def speaks_of_one_more(text: str) -> bool:
    """Whether the message speaks of one more thing besides the one before ("other thing too")."""
    return bool(_ONE_MORE.search(text))


# Another size asked for in broken English (stranger tests 45 and 46): "chang to 43", "can change
# L?", "change size", "swap to a bigger one". The words for a change, as they are mistyped too
# ("exchnage", "swop": stranger test 61).
_CHANGE = (
    r"(?:chang\w*|chnag\w*|cahng\w*|exchang\w*|exchnag\w*|exhang\w*|excang\w*|swap\w*|swop\w*"
    r"|switch\w*)"
)
_SIZE_WANTED = (
    r"(?P<size>\d{1,2}(?:[.,]5)?|x{0,3}[sl]|m|xx?l|xxxl|small|medium|large|x-?large"
    r"|bigger|smaller|larger|big|one size (?:up|down)|a size (?:up|down))"
)
_TO_A_SIZE = re.compile(
    rf"\b{_CHANGE}\s+(?:(?:it|them|this|that|these|those|to|for|into|in|a|an|the|size|sz|one)\s+)*"
    rf"{_SIZE_WANTED}(?![\w.,-])(?!\s*(?:pairs?|items?|of|cm|mm|%|dollars?|bucks|usd)\b)",
    re.I,
)
_CHANGE_THE_SIZE = re.compile(rf"\b{_CHANGE}\s+(?:the\s+|my\s+|a\s+|its\s+|it'?s\s+)?size", re.I)
# "she wants a 14 instead of the 12", "size 10 instead of 8": one size for another (stranger 54).
_SIZE_INSTEAD = re.compile(
    r"\b(?:(?P<region>uk|eu|us)\s?)?(?:size\s+)?(?P<size>\d{1,2}(?:[.,]5)?)\s+instead\s+of\s+"
    r"(?:the\s+|a\s+|her\s+|my\s+)?(?:size\s+)?\d{1,2}(?:[.,]5)?\b",
    re.I,
)
# "UK sizes I mean", "in uk sizing", "that's european sizes": the sizes the numbers are said in.
_SIZES_MEANT = re.compile(
    r"\b(?P<region>uk|eu|us|british|european|american)\s+(?:dress\s+)?siz(?:es|ing)\b", re.I
)
_REGIONS = {"british": "uk", "european": "eu", "american": "us"}
_CHANGE_WORD = re.compile(rf"\b{_CHANGE}\b", re.I)
# "if too small", "if it dont fit", "if no fit", "in case they're too big": a what-if, not a
# complaint about something already here.
_IF_IT_DOES_NOT_FIT = re.compile(
    rf"\b(?:if|in case|incase)\b[^.?!]{{0,20}}?{DOES_NOT_FIT_WORDS}", re.I
)
_MONEY_BACK = re.compile(r"\b(?:refund\w*|money back|reimburs\w*|cash back)\b", re.I)


def asks_to_exchange_if_it_does_not_fit(text: str) -> bool:
    """Whether the message asks whether something that turns out not to fit can be changed for
    another size ("if too small can i chang to 43", "if no fit i can exchange?"), not for the
    money back ("if too small can i return it" is the returns question)."""
    return bool(
        _IF_IT_DOES_NOT_FIT.search(text)
        and _CHANGE_WORD.search(text)
        and not _MONEY_BACK.search(text)
    )


def asks_for_another_size(text: str) -> bool:
    """Whether the message asks to change something for another size ("can change L?", "chang to
    44 possible?", "change size"), a what-if included. Of a search, "change to 44" refines it:
    the caller says whether the conversation is about something bought."""
    return bool(
        _TO_A_SIZE.search(text)
        or _CHANGE_THE_SIZE.search(text)
        or _SIZE_INSTEAD.search(text)
        or asks_to_exchange_if_it_does_not_fit(text)
    )


def size_wanted(text: str) -> str | None:
    """The size a change asks for: "L" of "can change L?", "43" of "chang to 43", "a bigger size"
    of "change to bigger"; None when none is named."""
    match = _TO_A_SIZE.search(text)
    if match is None:
        return None
    size = match.group("size").lower()
    if size in ("bigger", "big", "larger") or size.endswith(" up"):
        return "a bigger size"
    if size == "smaller" or size.endswith(" down"):
        return "a smaller size"
    return size.upper() if size[0].isalpha() else size


def size_asked_instead(text: str) -> str | None:
    """The size a change asks for in "a 14 instead of the 12", with the sizes it is said in when
    the message names them ("UK sizes I mean": 'uk14'); None when no such change is said."""
    match = _SIZE_INSTEAD.search(text)
    if match is None:
        return None
    meant = _SIZES_MEANT.search(text)
    region = match.group("region") or (meant.group("region") if meant else "")
    region = _REGIONS.get(region.lower(), region.lower())
    return region + match.group("size").replace(",", ".")


# "how long", "how many days", "when will i get": a question of time.
_HOW_LONG = re.compile(
    r"\b(?:how long|how many days|how much time|how (?:fast|quick|quickly|soon)"
    r"|when (?:will|would|do|can|could) i (?:get|have|receive))\b",
    re.I,
)


def asks_how_long(text: str) -> bool:
    """Whether the message asks how long something takes, or when it comes."""
    return bool(_HOW_LONG.search(text))


# "ok how long it take", "and how long?", "how many days for that": how long, of nothing named;
# what it is about comes from what was said before.
_BARE_HOW_LONG = re.compile(
    r"^\W*(?:(?:ok|okay|k|and|so|then|but|alright|right|thx|thanks)\W+)*"
    r"how (?:long|many days|much time|fast|quick|quickly|soon)"
    r"(?:\W+(?:does|do|will|would|it|that|this|they|take|takes|taking|for|to|get|come|be|is|"
    r"the|whole|thing|process|usually|normally|about|roughly|pls|please|plz|then|me|u|you))*\W*$",
    re.I,
)


def asks_only_how_long(text: str) -> bool:
    """Whether the message asks how long, naming nothing it is about ("ok how long it take")."""
    return bool(_BARE_HOW_LONG.search(text))
