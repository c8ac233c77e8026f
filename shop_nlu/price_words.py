"""Words for money in a shopper's message: amounts, the words that make one a ceiling or a floor,
what makes a number no price ("not more than 2 days"), and a price to be near ("around 200"). Used
by the entity patterns (shop_nlu/extraction_patterns.py)."""

from __future__ import annotations

import re

from commerce.search import parse_price
from commerce.sizes import normalise_number

AMOUNT = r"-?\s?[$£€]?\s?-?\d[\d,]*(?:\.\d{1,2})?(?:\s?k\b)?(?:\s?(?:dollars?|bucks|usd|euros?|eur|pounds|quid|gbp)\b)?"
CURRENCY_AMOUNT = (
    r"(?:[$£€]\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars?|bucks|usd|euros?|"
    r"eur|pounds|quid|gbp)\b)"
)
# "nothing" as typed on a phone: "nothin over 50", "nuthin more than 80" (stranger test 82).
NOTHING = r"(?:nothing|nothin|nuthin|nothng|nuthing)"
# "then" for "than" is as common as the word itself ("not more then 150", "less then 100"); "undr".
MAX_WORDS = (
    r"under|undr|below|(?:less|lower|cheaper) th[ae]n|up to|upto|max(?:imum)?(?:\s+of)?|max\.|"
    r"at (?:the )?most|within|beneath|<|budget(?:['’]s| is| of| was| will be)?|not to exceed|"
    rf"(?:no|not|{NOTHING}|never)\s+(?:(?:more|higher|pricier|dearer|more expensive)\s+th[ae]n|"
    r"over|above|beyond|exceeding)"
)
MIN_WORDS = (
    r"over|above|(?:more|more expensive|pricier|dearer) th[ae]n|at least|min(?:imum)?|starting at|"
    r"from|>"
)
# A ceiling said by what the shopper won't do: "cant go over 150", "it shouldnt cost more than
# 150", "dont want anything more expensive than 150" (but "i dont mind spending over 100" is a floor).
WONT = (
    r"(?:do(?:es)?n['’]?t|do not|won['’]?t|will not|can['’]?t|cannot|can not|not|never|rather not|"
    rf"prefer not to|should(?:n['’]?t| not)|must(?:n['’]?t| not)|{NOTHING}|no)"
)
WONT_FILLER = (
    r"(?:really|want|wanna|going|gonna|able|planning|looking|trying|to|spend|spending|pay|paying|"
    r"go|splash|out|cost|costs|costing|be|anything|something|it|that|them|any|need|afford|much|"
    r"show|me|give|see|suggest|recommend)"
)
PAST = r"(?:(?:more|higher|pricier|dearer|more expensive)\s+th[ae]n|over|above|beyond|past|exceed(?:ing)?)"
CURRENCY_WORD = r"(?:dollars?|bucks|usd|euros?|eur|pounds|quid|gbp)"
# After a number, what makes it no price: "not more than 2 days", "no more than 3 items".
_NOT_A_PRICE_AFTER = re.compile(
    r"\s?(?:days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?|items?|pairs?|pieces?|units?|"
    r"people|%)(?!\w)"
    # "maximum 55x40x20 cm", "up to 55cm long": a bag's measurements (airline cabin rules).
    r"|\s?(?:x\s?\d|by\s\d|cm|mm|centimet(?:er|re)s?|inch(?:es)?)(?![a-wyz])"
)


def counts_something_else(match: re.Match, text: str) -> bool:
    """ "Not more than 2 days", "no more than 3 items": a number of days or things, not a price
    (one said with a currency is a price whatever follows)."""
    raw = match.group("value").lower()
    if re.search(rf"[$£€]|{CURRENCY_WORD}", raw):
        return False
    return bool(_NOT_A_PRICE_AFTER.match(text.lower(), match.end("value")))


# Before "about 16", what makes the number someone's age or a size ("she is about 16", "size
# around 10", "what about 15" after a search in a size), or says the amount is a bound ("under
# about 150", "at least around 100").
_NOT_A_TARGET_BEFORE = re.compile(
    rf"(?:\b(?:what|how|wat|is|are|was|s?he'?s|i'?m|im|aged?|turns?|size|sz|waist|chest|collar|neck|spend|"
    rf"afford|pay|budget(?:['’]s| is| of| was)?)|"
    rf"(?:{MAX_WORDS}|{MIN_WORDS}))\s*(?:\w+\s+)?$"
)
_NOT_A_TARGET_AFTER = re.compile(
    r"\s?(?:r|s|l|regular|long|short|waist|chest|collar|neck|inseam|kgs?|lbs?|yo|y/o|ft|foot|feet|"
    r"pm|am|o'?clock|years?|yrs?)\b"
)


_A_BOUND_AFTER = re.compile(
    r"\s?(?:max|maximum|tops|or (?:less|under|below|more|over|above)|minimum|at (?:the )?most|"
    r"at least)\b|.*\b(?:stretch|push(?: it)?|go up) to\b"
    # "about $250 for the whole lot" (stranger test 72): a total to stay within.
    r"|\s?(?:for|on)\s+(?:the\s+whole\s+lot|the\s+lot|everything|it\s+all|all\s+of\s+it)\b"
)


# "I'd like to stay somewhere around $150 if I can", "keep it about $150", "keep the whole lot to
# about $250" (stranger test 72): a budget to stay within,
# so a $109 dress is in it, not "outside your price range" (stranger test 49, problem 4).
_STAYED_WITHIN_BEFORE = re.compile(
    r"\b(?:stay|stays|staying|keep|keeps|keeping)\s+(?:(?:it|things|somewhere|at|to|all|the|whole|"
    r"lot|everything|of|total|under|within|below)\s+)*$"
)


def is_a_price_target(match: re.Match, text: str) -> bool:
    """ "Around 200", "a suit about $500": a price to be near; not "she is about 16", "in about 3
    days", "under about 150", "around 40 inch chest", "stay around $150" (a budget). Without a
    currency, two digits at least."""
    lowered = text.lower()
    if _STAYED_WITHIN_BEFORE.search(lowered[: match.start()]):
        return False
    raw = match.group("value")
    said_as_money = bool(re.search(rf"[$£€]|{CURRENCY_WORD}", raw.lower()))
    if not said_as_money and (
        len(re.sub(r"\D", "", raw)) < 2
        or _NOT_A_TARGET_AFTER.match(lowered, match.end("value"))
        or _NOT_A_TARGET_BEFORE.search(lowered[: match.start()])
    ):
        return False
    if said_as_money and re.search(rf"(?:{MAX_WORDS}|{MIN_WORDS})\s*$", lowered[: match.start()]):
        return False
    # "around 150 but i can stretch to 180", "about 300 max": the amount is a bound said so.
    if _A_BOUND_AFTER.match(lowered, match.end("value")):
        return False
    return not counts_something_else(match, text)


def price_value(raw: str) -> str | None:
    """An amount as typed ("$1,200", "2k", "150 bucks") as a plain number: "1200", "2000"."""
    raw = raw.strip()
    compact = raw.replace(" ", "")
    value = parse_price(compact.replace("$-", "-").replace("-$", "-"))
    if value is None:
        return None
    if re.search(r"\dk\b", compact):
        value *= 1000
    return normalise_number(str(value)) if value == value.to_integral() else str(value)


# An amount said in a currency, by its symbol or word ("250 Euro", "€200", "400 pounds").
_CURRENCIES = {
    # Other countries' dollars first: "$250 AUD" is not the shop's dollar (stranger test 44).
    "AUD": r"aud|a\$|au\$|aussie dollars?|australian dollars?",
    "CAD": r"cad|c\$|ca\$|canadian dollars?",
    "NZD": r"nzd|nz\$|new zealand dollars?",
    "$": r"\$|dollars?|bucks|usd",
    "€": r"€|euros?|eur",
    "£": r"£|pounds|quid|gbp",
}
_AMOUNT_IN = {
    symbol: re.compile(
        rf"(?<![\w$])(?:{words})\s?\d|\d[\d,]*(?:\.\d{{1,2}})?\s?k?\s?(?:{words})(?!\w)",
        re.IGNORECASE,
    )
    for symbol, words in _CURRENCIES.items()
}


def currency_said(text: str) -> str | None:
    """The symbol of the currency an amount in a message is said in ("maximum 250 Euro" -> "€"),
    or None when no amount names one."""
    return next((symbol for symbol, amount in _AMOUNT_IN.items() if amount.search(text)), None)


# "forget the budget", "price doesn't matter", "any price", "budget is flexible": a budget said
# before no longer holds (stranger test 60, problem 7: it holds for each later search until then).
_BUDGET_DROPPED = re.compile(
    r"\b(?:forget|never ?mind|nvm|ignore|scrap|no|without (?:a|the))\s+(?:about\s+)?"
    r"(?:the\s+|my\s+|a\s+|that\s+)?(?:budget|price(?: limit| cap)?|limit)\b"
    r"|\b(?:budget|price|cost|money)\s+(?:is\s+|'s\s+)?(?:does\s*n[o']?t|dont|don't|do not|doesnt"
    r"|no longer)\s+(?:really\s+)?matters?\b"
    r"|\b(?:budget|price)\s+(?:is\s+)?(?:flexible|no object|not an issue|not a problem)\b"
    r"|\bmoney(?:'s| is) no object\b|\b(?:any|whatever) (?:price|budget)\b"
    r"|\b(?:do\s*n[o']?t|dont|don't|do not) (?:really )?care (?:about|what) (?:the )?"
    r"(?:price|it costs|budget)",
    re.IGNORECASE,
)


def drops_the_budget(text: str) -> bool:
    """Whether the message lets go of a budget said before ("forget the budget", "any price")."""
    return bool(_BUDGET_DROPPED.search(text.replace("’", "'")))
