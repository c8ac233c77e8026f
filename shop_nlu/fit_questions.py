"""The fit question ("does it run small?") through its typos: "do they run big or smal" (stranger test 34, Kev #4,
docs/nlu/stranger-test-34.md) fell back to "not sure" buttons with a dress in focus. A size word
after "run" or "come up", misspelt or not, asked as a question, is the fit question; actions/
service.py answers it for the product in focus or the list on screen (the catalog's own words),
else with the size guide. No Rasa here; shop_nlu/resolution.py weighs it."""

from __future__ import annotations

import re

from shop_nlu.alteration_questions import alteration_reading
from shop_nlu.between_sizes import two_sizes_reading
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from shop_nlu.second_question import stock_then_fit_reading
from shop_nlu.typos import with_key_words_corrected

FIT_INTENT = "ask_size_guide"
# What such a question may be heard as: nothing sure, off-topic, or whether it comes in a size
# ("does it come up smal").
MAY_ASK_HOW_IT_FITS = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "check_availability"})
# The words read through their typos ("smal", "bigg", "lrge", "tigt").
_FIT_WORDS = ("small", "big", "large", "tight", "narrow")
_RUNS = re.compile(
    r"\b(?:run|runs|running|come up|comes up|coming up)\s+(?:a\s+(?:bit|little|tad)\s+|quite\s+"
    r"|very\s+|too\s+|really\s+|kinda\s+)?(?:small|big|large|tight|narrow)\b"
)
# Asked, not told: "do they", "does it", "r they", or a question mark.
_ASKED = re.compile(r"^\W*(?:do|does|did|will|would|r|are|is|if)\b|\?")

# "sleeves gonna be short on me?", "r the sleeves long enough?": how long the sleeves of the one in
# focus come out on the shopper (stranger test 49, problem 3), never "blazers with sleeves". The
# length comes after the sleeves, said of them ("be short", "too short", "long enough"); "long
# sleeves", "ones with shorter sleeves" name a feature.
MAY_ASK_ABOUT_SLEEVES = MAY_ASK_HOW_IT_FITS | {
    "refine_search", "search_products", "ask_product_question", FIT_INTENT,
}  # fmt: skip
_SLEEVE_LENGTH = re.compile(
    r"\b(?:sleeves?|arms?)\b(?P<between>[^.?!,;]*?)\b(?P<too>too\s+)?(?:short|shorter|long|longer)\b"
    r"(?P<enough>\s+enough)?"
)
_SAID_OF_THEM = re.compile(r"\b(?:be|are|is|r|gonna|going|will|come|comes|end up|fall)\b")
_ASKED_AHEAD = re.compile(r"\?|\b(?:will|would|gonna|going to)\b|^\W*(?:are|r|is|do|does)\b")


def asks_how_long_the_sleeves_come(text: str) -> bool:
    """Whether `text` asks if the sleeves (or arms) will be short or long enough on the shopper."""
    lowered = text.lower()
    said = _SLEEVE_LENGTH.search(lowered)
    return bool(
        said
        and (said["too"] or said["enough"] or _SAID_OF_THEM.search(said["between"]))
        and _ASKED_AHEAD.search(lowered)
    )


# "I'm only 5'2 and pear shaped, will it be too long on me or cling?", "im short, will it drag on
# the floor", "will it be clingy on my hips": how the one in focus will fit the shopper's body
# (stranger test 66, problem 3), answered from the catalog's words on its fit, never a verdict.
ON_THEM_INTENT = "ask_product_question"
MAY_ASK_HOW_IT_FITS_THEM = MAY_ASK_HOW_IT_FITS | {FIT_INTENT}
_ON_THEIR_BODY = re.compile(
    r"(?:too\s+(?:long|short|tight|loose)|drag\w*|cling\w*|swamp\w*)\b"
    r"(?:[^.?!]{0,30}\b(?:on|for)\s+(?:me|my|her|someone|a)\b|[^.?!]{0,20}\b(?:floor|ground)\b)"
    r"|\bcling\w*|\bdrag\w*\s+on\s+the\s+(?:floor|ground)"
)
_THEIR_BODY = re.compile(
    r"\b(?:i'?m|im|i am|she'?s|she is)\s+(?:\w+\s+){0,2}?(?:short|petite|tall|curvy|pear|"
    r"\d\s*(?:'|ft|foot|feet)|\d\s+\d{1,2}\b)"
)
_ASKED_OF_IT = re.compile(r"\?|\b(?:will|would|gonna|going to|is|does)\b")


def asks_how_it_fits_them(text: str) -> bool:
    """Whether `text` asks how the product will fit the shopper's body (too long, clingy...)."""
    lowered = text.lower().replace("\u2019", "'")
    asked = _ON_THEIR_BODY.search(lowered) or (
        _THEIR_BODY.search(lowered) and re.search(r"\btoo\s+(?:long|short)\b", lowered)
    )
    return bool(asked and _ASKED_OF_IT.search(lowered))


def fit_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The fit question, with its reason, for a message heard as `intent` that asks whether it
    runs big or small, typos and all, or which of two sizes to take; None otherwise."""
    if said := stock_then_fit_reading(intent, text):
        return said  # "does it come in navy, and is it true to size?": both, stock first
    if said := two_sizes_reading(intent, text):
        return said  # "between a small and a medium, which would you go for?"
    if said := alteration_reading(intent, text):
        return said  # "do you do alterations? the trousers need taking up": the shop's service
    if intent in MAY_ASK_ABOUT_SLEEVES and asks_how_long_the_sleeves_come(text):
        return FIT_INTENT, "asks whether the sleeves will be long enough on them"
    if intent in MAY_ASK_HOW_IT_FITS_THEM and asks_how_it_fits_them(text):
        return ON_THEM_INTENT, "asks how the product will fit their body"
    if intent not in MAY_ASK_HOW_IT_FITS:
        return None
    corrected = with_key_words_corrected(text, _FIT_WORDS)
    if _RUNS.search(corrected) and _ASKED.search(corrected):
        return FIT_INTENT, "asks whether it runs big or small"
    return None


# "he is tall 182 but thin, slim fit ok?", "would slim fit be ok for him?", "is slim fit a good
# idea": whether a fit will do for them (stranger test 54, problem 5), never which one is meant.
_FIT_WILL_DO = re.compile(
    r"\b(?:slim|skinny|regular|relaxed|classic|tailored)(?:[\s-]+(?:fit|fitting|cut))?\b"
    r"[^.?!,;]{0,25}?\b(?:ok|okay|oke|alright|all\s+right|fine|good|a\s+good\s+idea|work|suit)\b"
)


def asks_if_a_fit_will_do(text: str) -> bool:
    """Whether `text` asks if a fit (slim, regular...) will do for the one who'll wear it."""
    lowered = text.lower()
    return bool(_FIT_WILL_DO.search(lowered) and _ASKED.search(lowered))


# "does the second one run small", "is number 2 true to size": a fit question said of one product
# in a message that asks something else of them all (stranger test 60, Doug #5).
_FIT_OF_ONE = re.compile(
    r"\b(?:run|runs|fit|fits|come up|comes up)\s+(?:a\s+(?:bit|little)\s+)?(?:small|big|large"
    r"|tight|narrow|true to size)\b|\btrue to size\b|\bsize (?:up|down)\b"
)
_CLAUSES = re.compile(r"[?.!;]+|,?\s*\b(?:and|also|plus)\b\s*")


def fit_asked_beside(text: str) -> tuple[str, str] | None:
    """ "Which is the comfiest? And does the second one run small?": (what is asked of them all,
    the fit question), split at the clause that asks how one fits; None when no clause does, or
    nothing else is asked."""
    clauses = [clause.strip() for clause in _CLAUSES.split(text) if clause and clause.strip()]
    fit = [clause for clause in clauses if _FIT_OF_ONE.search(clause.lower())]
    rest = [clause for clause in clauses if clause not in fit]
    if not fit or not rest:
        return None
    return " ".join(f"{clause}?" for clause in rest), " ".join(f"{clause}?" for clause in fit)


_OF_THEM = re.compile(r"\b(?:of|among|between) (?:these|those|them|the (?:two|three|four|lot))\b")


def asks_of_them_all(text: str) -> bool:
    """ "most comfortable of these?", "the comfiest of the three": asked of the products shown."""
    return bool(_OF_THEM.search(text.lower()))


# "my feet swell so if they run small tell me", "let me know if they come up small": how the
# products asked for fit, asked in passing in a search (stranger test 80, B4), answered under it.
_ASKED_IN_PASSING = re.compile(r"\b(?:if|whether|tell me|let me know|lmk|say|warn)\b|\?")


def asks_how_they_run(text: str) -> bool:
    """Whether `text` asks, in passing or outright, whether what it asks for runs small or big."""
    corrected = with_key_words_corrected(text, _FIT_WORDS).lower()
    return bool(_RUNS.search(corrected) and _ASKED_IN_PASSING.search(corrected))
