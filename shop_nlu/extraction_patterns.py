"""The patterns that find entities needing no catalog: sizes, prices and price ranges, ordinals,
sorting, deals, popularity, quantities, shipping methods, ratings, order numbers, emails, the
low heel asked for by ruling out high ones, and whom the shopper buys for (a relative, a part in
a wedding, themselves or two people); and how a match becomes entities with normalised values."""

from __future__ import annotations

import re

from commerce.search import parse_price
from commerce.sizes import display_size, normalise_number, size_query_key
from shop_nlu.ages import TEEN_GENDER
from shop_nlu.entity import Entity

# A size swapped for another in "A instead of B": letters, words and suit sizes.
_SIZE_SWAPPED = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\dxl|small|medium|large|extra large|\d{2}\s?[rls])"

_WORD_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3",
    "fourth": "4", "4th": "4", "fifth": "5", "5th": "5", "sixth": "6", "6th": "6",
    "seventh": "7", "7th": "7", "eighth": "8", "8th": "8", "ninth": "9", "9th": "9",
    "tenth": "10", "10th": "10", "last": "last", "top": "1",
    "frist": "1", "fisrt": "1", "secnd": "2", "scond": "2", "seccond": "2", "thrid": "3",
}  # fmt: skip

_QUANTITY_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|a couple"
_AMOUNT = r"-?\s?[$£€]?\s?-?\d[\d,]*(?:\.\d{1,2})?(?:\s?k\b)?(?:\s?(?:dollars?|bucks|usd|euros?|eur|pounds|quid|gbp)\b)?"
_CURRENCY_AMOUNT = (
    r"(?:[$£€]\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars?|bucks|usd|euros?|"
    r"eur|pounds|quid|gbp)\b)"
)
# "then" for "than" is as common as the word itself ("not more then 150", "less then 100").
_MAX_WORDS = (
    r"under|below|(?:less|lower|cheaper) th[ae]n|up to|upto|max(?:imum)?(?:\s+of)?|max\.|"
    r"at (?:the )?most|within|beneath|<|budget(?:['’]s| is| of| was| will be)?|not to exceed|"
    r"(?:no|not|nothing|never)\s+(?:(?:more|higher|pricier|dearer|more expensive)\s+th[ae]n|over|"
    r"above|beyond|exceeding)"
)
_MIN_WORDS = (
    r"over|above|(?:more|more expensive|pricier|dearer) th[ae]n|at least|min(?:imum)?|starting at|"
    r"from|>"
)
# A ceiling said by what the shopper won't do: "cant go over 150", "it shouldnt cost more than
# 150", "dont want anything more expensive than 150" (but "i dont mind spending over 100" is a floor).
_WONT = (
    r"(?:do(?:es)?n['’]?t|do not|won['’]?t|will not|can['’]?t|cannot|can not|not|never|rather not|"
    r"prefer not to|should(?:n['’]?t| not)|must(?:n['’]?t| not)|nothing|no)"
)
_WONT_FILLER = (
    r"(?:really|want|wanna|going|gonna|able|planning|looking|trying|to|spend|spending|pay|paying|"
    r"go|splash|out|cost|costs|costing|be|anything|something|it|that|them|any|need|afford|much|"
    r"show|me|give|see|suggest|recommend)"
)
_PAST = r"(?:(?:more|higher|pricier|dearer|more expensive)\s+th[ae]n|over|above|beyond|past|exceed(?:ing)?)"
_CURRENCY_WORD = r"(?:dollars?|bucks|usd|euros?|eur|pounds|quid|gbp)"
# After a number, what makes it no price: "not more than 2 days", "no more than 3 items".
_NOT_A_PRICE_AFTER = re.compile(
    r"\s?(?:days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?|items?|pairs?|pieces?|units?|"
    r"people|%)(?!\w)"
    # "maximum 55x40x20 cm", "up to 55cm long": a bag's measurements (airline cabin rules).
    r"|\s?(?:x\s?\d|by\s\d|cm|mm|centimet(?:er|re)s?|inch(?:es)?)(?![a-wyz])"
)
_SIZE_NUMBER = r"\d{1,2}(?:[.,]5|½)?(?:\s(?:and a half|1/2))?"
_SIZE_VALUE = (
    rf"(?:(?:us|uk|eu)\s?{_SIZE_NUMBER}|\d{{2}}\s?(?:r|l|s|regular|long|short)\b|{_SIZE_NUMBER}"
    r"|x{1,6}[sl]|\dxl|xs|xxs|medium|small|large|extra large|m|s|l|"
    + "|".join(_WORD_NUMBERS)
    + r")"
)
_NOT_A_SIZE_AFTER = (
    r"(?!\s?(?:dollars?|bucks|usd|\$|%|days?|hours?|mins?|minutes?|weeks?|months?|years?|pm|am"
    r"|yrs?\b|yo\b|y/o|o'?clock|pairs?|items?|of\b|more|results?|products?|pieces?|-piece|piece|st\b|nd\b|rd\b|th\b))"
)

# "medium brown", "a medium heel": a shade or a heel height, not a size.
# How high a heel nobody wants is said to be: "a crazy high heel", "nothing too high".
_HIGH_WORDS = "crazy|super|really|very|mega|sky|insanely|ridiculously|stupidly|too|so|massively"
# "can't walk in", "cannot wear", "hates", "doesn't like": what rules out a heel that is too high.
_CANT_WEAR = (
    r"(?:ca ?n'?t|cannot|can not|could ?n'?t|wo ?n'?t)\s+(?:\w+\s+)?"
    r"(?:walk|wear|do|stand|handle|manage|dance|cope)|hates?|(?:does|do) ?n'?t like|not good"
)
_NOT_A_SHADE_OR_HEEL = (
    r"(?!\s+(?:heels?|heeled|height|brown|grey|gray|blue|green|pink|red|tan|wash|tone|shade)\b)"
)

# Who a gift is for, by relatives the lexicon's genders leave out ("my sister" may be going to
# her wedding, "my mom said i can spend 250" pays, not wears): "a present for my sister", "for mom",
# "my brother's birthday", never "my sister's wedding" or "my mum is paying".
_FOR_HER = (
    r"sister|sis|mother|mom|mum|mam|mommy|mummy|mama|daughter|granddaughter|niece|aunt|auntie|grandma|granny|grandmother|"
    r"nan|nana|fianc[eé]e"
)
_FOR_HIM = (
    r"brother|bro|father|dad|daddy|papa|son|grandson|nephew|uncle|grandpa|grandad|granddad|grandfather|"
    r"fianc[eé]"
)
_NOT_A_GIFT_AFTER = (
    r"(?!(?:['’]s?)?\s+(?:wedding|party|prom|graduation party|funeral|christening|engagement party|"
    r"hen|stag|do|event|ceremony)\b)"
)
_GIFT_DAYS = r"birthday|bday|b-day|anniversary|graduation|retirement|christmas|xmas|present|gift"

# "for me and my girlfriend", "my wife and i", "for both of us": two people, so no one gender (the
# partner's word alone would make it all for her).
FOR_BOTH = re.compile(
    r"\b(?:me|myself)\s+(?:and|&|n|\+)\s+(?:my|the)\s+(?:\w+\s+)?\w+"
    r"|\bmy\s+(?:\w+\s+)?\w+\s+(?:and|&|n|\+)\s+(?:me|i|myself)\b"
    r"|\b(?:both|the two|the 2) of us\b|\bfor (?:the )?(?:two|2|both) of us\b"
)
# "first for me, navy suit", "for myself", "me first": for the shopper, whose gender the words
# don't say ("for me and my girlfriend" is `FOR_BOTH`).
_FOR_SELF = re.compile(
    r"\bfor\s+(?:me|myself)\b(?!\s+(?:and|&|n|\+)\s)|\b(?:first|now)\s+(?:me|myself)\b"
    r"|\bme\s+first\b"
)
# Gender words a shopper says of themselves ("mens navy shirts"), unlike "her", "my wife".
OWN_GENDER_WORDS = frozenset(
    {"men", "mens", "men's", "man", "male", "guys", "guy", "gents", "gentlemen", "women", "womens",
     "women's", "woman", "female", "ladies", "lady"}
)  # fmt: skip


def shops_for_both(text: str) -> bool:
    """Whether the shopper buys for themselves and someone else at once ("me and my gf")."""
    return bool(FOR_BOTH.search(text.lower()))


def shops_for_self(text: str) -> bool:
    """Whether the shopper says what they ask for is for themselves ("first for me, a suit")."""
    return bool(_FOR_SELF.search(text.lower()))


_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "nothing with a crazy high heel", "no high heels", "not a super high heel", "she cant walk
    # in high heels", "hates high heels": a low heel (or flats, lexicon feature_kind), neither
    # heels asked for nor every heel ruled out. (Each group is named for the feature it says, a
    # space written "_".)
    ("feature", re.compile(
        r"\b(?P<low_heel>(?:no|not|nothing|none|without|never|do ?n'?t want|do not want|"
        rf"{_CANT_WEAR})\s+"
        r"(?:(?:with|in|on|anything|any|a|an)\s+){0,3}"
        rf"(?:(?:{_HIGH_WORDS})[\s-]+)*(?:(?:{_HIGH_WORDS})[\s-]+high(?:[\s-]*heel(?:s|ed)?)?"
        r"|high[\s-]*heel(?:s|ed)?))\b"
    )),
    # Who a wedding outfit is for, by their part in it: "mother of the bride", "a bridesmaid",
    # "father of the groom", "im the best man". Only the part is taken, so "bride" and "groom"
    # still say the occasion (a wedding).
    ("gender", re.compile(
        r"\b(?:(?P<male>(?:(?:father|dad|daddy|step-?dad|grandfather|grandpa)(?= of the (?:bride|groom)\b))|"
        r"(?:i'?m|im|i am|as|being) (?:the|a)(?= groom\b)|grooms?(?:man|men)|best man)|"
        r"(?P<female>(?:(?:mother|mum|mom|mam|step-?mum|step-?mom|grandmother|grandma|nan)"
        r"(?= of the (?:bride|groom)\b))|(?:i'?m|im|i am|as|being) (?:the|a)(?= bride\b)|"
        r"brides?maids?|maids? of hono(?:u)?r|matron of hono(?:u)?r))\b"
    )),
    ("gender", re.compile(
        rf"\bfor\s+(?:(?:my|our)\s+(?:\w+\s+)?)?(?:(?P<female>{_FOR_HER})|(?P<male>{_FOR_HIM}))s?\b"
        + _NOT_A_GIFT_AFTER
    )),
    ("gender", re.compile(
        rf"\bmy\s+(?:\w+\s+)?(?:(?P<female>{_FOR_HER})|(?P<male>{_FOR_HIM}))(?:['’]s|s['’]?)?\s+"
        rf"(?:{_GIFT_DAYS})\b"
    )),
    # "a 16 year old son", "a 15yo girl", "my niece turns 14" (shop_nlu/ages.py).
    *(("gender", pattern) for pattern in TEEN_GENDER),
    ("price_range", re.compile(rf"\bbetween\s+(?P<min>{_AMOUNT})\s+(?:and|-|to)\s+(?P<max>{_AMOUNT})")),
    ("price_range", re.compile(r"(?P<min>[$£€]\s?\d[\d,]*)\s?(?:-|to)\s?(?P<max>[$£€]?\s?\d[\d,]*)")),
    # "not less than 100", "not under 100": a floor, though "less than 100" alone is a ceiling (of
    # two readings of the same amount, the first pattern wins).
    ("price_min", re.compile(
        rf"\b(?:not|no|never)\s+(?:(?:less|lower|cheaper)\s+th[ae]n|under|below)\s+"
        rf"(?:about\s|around\s)?(?P<value>{_AMOUNT})"
    )),
    ("price_max", re.compile(
        rf"\b{_WONT}\s+(?:{_WONT_FILLER}\s+){{0,4}}{_PAST}\s+(?:about\s|around\s)?(?P<value>{_AMOUNT})"
    )),
    ("price_max", re.compile(rf"(?:^|\b|(?<=\s))(?:{_MAX_WORDS})\s+(?:a\s|an\s|about\s|around\s|maybe\s|roughly\s|like\s)?(?P<value>{_AMOUNT})")),
    # "i dont want to spend more than 200": a ceiling, though "more than 200" alone is a floor
    # (before the floor: of two readings of the same amount, the first pattern wins).
    ("price_max", re.compile(
        rf"\b(?:don'?t|do not|won'?t|will not|can'?t|cannot|not|never|rather not|prefer not to)\s+"
        rf"(?:(?:really\s+)?(?:want|wanna|going|gonna|able|planning|looking|trying)\s+(?:to\s+)?)?"
        rf"(?:spend|pay|go|splash out)\s+(?:any\s+)?(?:more than|more then|over|above|beyond|past)\s+"
        rf"(?P<value>{_AMOUNT})"
    )),
    ("price_min", re.compile(rf"(?:^|\b|(?<=\s))(?:{_MIN_WORDS})\s+(?:about\s|around\s)?(?P<value>{_AMOUNT})")),
    # "i have 300 in total", "ive got 200 to spend": what there is to spend is a ceiling.
    ("price_max", re.compile(
        rf"\b(?:i\s+have|i'?ve\s+got|ive\s+got|i\s+got|got)\s+(?:only\s+|just\s+)?"
        rf"(?:about\s|around\s|like\s|roughly\s)?(?P<value>{_AMOUNT})\s+(?:in total|total|to spend|"
        r"for everything|for it all|altogether|all in|all together|for the whole thing)\b"
    )),
    # "150, could stretch to 200": the stretch is the real ceiling.
    ("price_max", re.compile(
        rf"\b(?:stretch|go|push(?: it)?|spend|splash out)\s+(?:to|up to|upto|as (?:high|much) as)\s+"
        rf"(?P<value>{_AMOUNT})"
    )),
    # "100 or more", "$100 minimum": a floor (before the bare amount, a ceiling).
    ("price_min", re.compile(
        r"(?<!size )(?<!sz )(?<![\d.])(?P<value>(?:[$£€]\s?)?\d{2,}[\d,]*(?:\.\d{1,2})?"
        rf"(?:\s?{_CURRENCY_WORD}\b)?)(?:\s?[$£€])?\s?(?:or (?:more|above|over|higher)|minimum|"
        r"at least|and (?:up|upwards|above|over))\b"
    )),
    ("price_max", re.compile(rf"(?P<value>{_CURRENCY_AMOUNT})(?:\s?(?:max|or less|tops|or under))?")),
    # "300 max for everything", "150$ or less", "150 or lower": a budget.
    ("price_max", re.compile(
        r"(?<!size )(?<!sz )\b(?P<value>\d{2,}[\d,]*(?:\.\d{1,2})?)(?:\s?[$£€])?\s?(?:max|maximum|tops|"
        r"or (?:less|under|below|lower|cheaper)|at (?:the )?most)\b"
    )),
    ("price_max", re.compile(
        rf"\b(?:can|could|ll|will|want to|wanna|willing to|happy to|able to|only)\s+(?:only\s+)?"
        rf"(?:afford|spend)\s+(?:about\s|around\s|roughly\s|like\s|up to\s|max\s)?(?P<value>{_AMOUNT})"
        r"(?!\s?(?:days?|hours?|mins?|minutes?|weeks?|months?|years?|%))"
    )),
    # "size 10", "size:M", "sz10"; never "sizes" read as "size S".
    ("size", re.compile(
        rf"\b(?:size|sz|a size)(?:\s*[:#]\s*|\s+|(?=\d))(?P<value>{_SIZE_VALUE})\b(?![.,]\d)"
    )),
    # "I'm usually a small", "normally wear a 42R", "i'm a medium", "she wears a small", "she's a
    # medium" (who the size is for).
    ("size", re.compile(
        r"\b(?:usually|normally|typically|always|generally|i'?m|im|i am|wears?|(?:s?he)(?:'?s| is))"
        r"\s+(?:a\s+|an\s+)?"
        r"(?:wear\s+(?:a\s+)?|take\s+(?:a\s+)?)?(?:size\s+)?"
        r"(?P<value>small|medium|large|extra large|x{1,3}[sl]|xs)\b"
        # ("she is a small woman", "she wears a small bag": a build or a bag, not a size)
        r"(?!\s+(?:wom[ae]n|girls?|lady|man|men|guy|person|build|frame|bag|clutch|purse|tote|handbag)\b)"
    )),
    ("size", re.compile(rf"\b(?P<value>(?:us|uk|eu)\s?{_SIZE_NUMBER})\b")),
    # "10 uk", "im a 43 eu": the sizing said after the number ("us" only at the end, not "for 2 us").
    ("size", re.compile(
        rf"(?<![\d.,$£€])\b(?P<value>{_SIZE_NUMBER}\s?(?:uk|eu|us(?=\s*(?:size|please|pls)?\s*[.!?]*\s*$)))\b"
    )),
    # "womens 8", "mens 10.5", "ladies size 6": a size said with whose sizing it is.
    ("size", re.compile(
        rf"\b(?:wom[ae]n'?s|m[ae]n'?s|ladies'?|ladys|gents'?)\s+(?:size\s+|sz\s*)?"
        rf"(?P<value>{_SIZE_NUMBER})\b(?![.,]\d){_NOT_A_SIZE_AFTER}"
    )),
    ("size", re.compile(r"\b(?P<value>\d{2}\s?(?:r|l)|x{2,6}l|\dxl|xs|xxs|xl)\b")),
    # A suit size said in words: "42 regular", "42 reg", "40 long", "38 short".
    ("size", re.compile(
        r"\b(?P<value>(?:3[2-9]|4\d|5[0-4])\s?(?:regular|reg|long|short))\b(?!\s+(?:sleeves?|dress|coat))"
    )),
    # "im between an S and an M": both sizes.
    ("size", re.compile(
        r"\bbetween\s+(?:a\s+|an\s+|size\s+)?(?P<value>xs|s|m|l|xl|xxl|small|medium|large)"
        r"(?=\s+(?:and|or|&)\s+(?:a\s+|an\s+)?(?:xs|s|m|l|xl|xxl|small|medium|large)\b)"
    )),
    ("size", re.compile(
        r"\bbetween\s+(?:a\s+|an\s+|size\s+)?(?:xs|s|m|l|xl|xxl|small|medium|large)\s+(?:and|or|&)\s+"
        r"(?:a\s+|an\s+)?(?P<value>xs|s|m|l|xl|xxl|small|medium|large)\b"
    )),
    # "the first one in M", "does it come in an XL": a letter size ending the message.
    ("size", re.compile(
        r"\b(?:in|an?|size)\s+(?:an?\s+)?(?P<value>xs|s|m|l|xl|xxl)"
        r"(?=\s*(?:please|pls|plz|thanks|thx|then|too|tho|though|instead)?\s*[.!?]*\s*$)"
    )),
    ("size", re.compile(
        r"\b(?:in|the)\s+(?:a\s+)?(?P<value>small|medium|large|extra large)\b"
        r"(?!\s+(?:bag|clutch|purse|tote|handbag|sized?|one|ones|version)\b)"
        + _NOT_A_SHADE_OR_HEEL
    )),
    # "make it a medium", "make that an M", "change it to a large", "actually medium please",
    # "can i get it in a small": the size a purchase is changed to.
    ("size", re.compile(
        r"\b(?:(?:make|change|switch|swap)\s+(?:it|that|this|them|mine)\s+(?:to\s+|into\s+)?"
        r"|actually\s+|(?:get|have|take|want|need)\s+(?:it|that|one|them)\s+in\s+)"
        r"(?:a\s+|an\s+|size\s+)?(?P<value>small|medium|large|extra large|x{1,6}[sl]|\dxl|xs|m|l|s)"
        r"\b(?!['’])(?!\s+(?:bags?|clutch\w*|purses?|totes?|handbags?|sized?|ones?|version)\b)"
        + _NOT_A_SHADE_OR_HEEL
    )),
    ("size", re.compile(
        r"\b(?P<value>small|medium|large|extra large)\s+instead\b" + _NOT_A_SHADE_OR_HEEL
    )),
    # A letter size said alone, as the answer to "which size?" or as a refinement: "medium",
    # "a medium", "XL please".
    ("size", re.compile(
        r"^\s*(?:(?:in|a|an|size)\s+)?(?P<value>small|medium|large|extra large|x{1,6}[sl]|\dxl|xs"
        r"|m|l|s)\s*(?:please|pls|plz|thanks|thx|then)?\s*[.!?]*\s*$"
    )),
    # "a medium instead of XL", "S rather than L", "size 9 not 10": both sizes (the second one is
    # marked as ruled out by mark_exclusions).
    ("size", re.compile(
        rf"(?<![\w'’])(?P<value>{_SIZE_SWAPPED})\s*,?\s+(?:instead of|rather than|not)\s+"
        rf"(?:an?\s+|the\s+|size\s+)?(?:{_SIZE_SWAPPED})\b"
    )),
    ("size", re.compile(
        rf"(?<![\w'’])(?:{_SIZE_SWAPPED})\s*,?\s+(?:instead of|rather than|not)\s+"
        rf"(?:an?\s+|the\s+|size\s+)?(?P<value>{_SIZE_SWAPPED})\b"
    )),
    ("size", re.compile(
        rf"\bsize\s+{_SIZE_NUMBER}\s*,?\s+(?:instead of|rather than|not)\s+"
        rf"(?:an?\s+|the\s+|size\s+)?(?P<value>{_SIZE_NUMBER})\b(?![.,]\d)"
    )),
    ("size", re.compile(rf"\b(?:collar|neck|waist|chest|inseam)\s+(?P<value>{_SIZE_NUMBER})\b")),
    ("size", re.compile(rf"\b(?P<value>{_SIZE_NUMBER})\s?(?:inch\s+)?(?:collar|neck|waist)\b")),
    # "11 wide", "a 9.5 extra wide": a shoe size with its width (the width is a feature).
    ("size", re.compile(rf"\b(?P<value>{_SIZE_NUMBER})\s+(?:extra\s+|x\s?)?(?:wide|narrow)\b(?!\s+(?:feet|foot))")),
    # "my waist is 34 inches", "waist measures about 36", "a 34 inch waist", "34\" waist"
    ("size", re.compile(
        rf"\b(?:collar|neck|waist)(?:\s+size)?(?:\s+(?:is|measures|of)|\s*[:=])\s*(?:about\s+|around\s+|roughly\s+)?"
        rf"(?P<value>{_SIZE_NUMBER})\b(?![.,]\d)"
    )),
    ("size", re.compile(
        rf"\b(?P<value>{_SIZE_NUMBER})\s?(?:inches|inch|in|\"|-inch)\s+(?:collar|neck|waist)\b"
    )),
    ("size", re.compile(
        rf"\b(?:in|a|an|wear|wearing|am|i'?m|im|take|for|any|got|need|chance of)\s+(?:a\s+)?"
        rf"(?:size\s+)?"
        rf"(?P<value>{_SIZE_NUMBER})\b(?![.,]\d){_NOT_A_SIZE_AFTER}"
    )),
    # "do you have 11.5", "do u have a 10.5 too?": a size asked for, the number ending the question.
    ("size", re.compile(
        rf"\b(?:do|does|d)\s*(?:you|u|ya|they)\s+(?:have|got|carry|stock|do)\s+(?:an?\s+)?"
        rf"(?:size\s+)?(?P<value>{_SIZE_NUMBER})\b(?![.,]\d)"
        r"(?=\s*(?:$|[?!.,]|too\b|as well\b|also\b|in\b|left\b|please\b|pls\b|available\b))"
    )),
    ("size", re.compile(r"^\s*(?P<value>(?:[5-9]|[1-4]\d)(?:[.,]5|½)?)\s*\??\s*$")),
    # "what about 15", "and 15?" after a search in a size: another size, as a number alone is.
    ("size", re.compile(
        r"^\W*(?:(?:ok(?:ay)?|so|hmm+|um+|well)\W+)*(?:(?:what|how|wat)\s+(?:about|abt|bout)|and)"
        r"\s+(?:(?:a|an|size|sz)\s+)*(?P<value>(?:[5-9]|[1-4]\d)(?:[.,]5|½)?)\s*[?!.]*\s*$"
    )),
    ("order_number", re.compile(r"\b(?P<value>(?:hl|rt)-?[2-9a-hjkmnp-z]{6})\b")),
    ("email", re.compile(r"(?P<value>[^@\s,;:<>()]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)")),
    ("ordinal", re.compile(r"\b(?:number|no\.?|#|option|item|nr\.?)\s?(?P<value>\d{1,2})\b")),
    ("ordinal", re.compile(r"^\s*(?P<value>[1-4])\s*[.!?]?\s*$")),
    ("ordinal", re.compile(
        r"(?<!expensive )(?<!cheapest )(?<!priciest )(?<!price )\b(?P<value>"
        + "|".join(_ORDINAL_WORDS)
        + r")\b(?!\s+(?:time|year|night|week|month|season|minute|weekend|summer|winter))"
        # "first for me, a navy suit", "first of all": what comes first, not the first one shown.
        r"(?!(?<=first)\s+(?:of\s+all|for\s+(?:me|myself|him|her|us|my)|things\s+first)\b)"
        # "which would last longer", "do they last?": the verb, not the last one on screen.
        r"(?<!\bwould last)(?<!\bwill last)(?<!\bthey last)(?<!\bto last)(?<!\bit last)"
        r"(?<!\bthese last)(?<!\bthose last)(?<!\bcould last)(?<!\bshould last)"
        r"(?!(?<=last)\s+(?:longer|long|well|for|through|forever|ages|a\s+(?:while|lifetime)|"
        r"more\s+than|years?)\b)"
    )),
    ("sort", re.compile(
        r"\b(?P<asc>cheapest|lowest[- ]price[ds]?|least expensive|most affordable|low to high|"
        r"(?:sort|order|rank)(?:ed)? by price|lowest first|price ascending|cheap|inexpensive|affordable|budget[- ]friendly|"
        r"on a (?:tight |small )?budget|(?:do ?n[o']?t|not|never)\s+(?:want|wanna|going)\s+(?:to\s+)?"
        r"(?:spend|pay|blow)\s+(?:a\s+)?(?:fortune|lot|much|loads|a bomb)|"
        # "nothing too expensive": cheaper ones first, not cheaper than those on screen.
        r"(?:nothing|not|none|isn'?t|aren'?t)\s+(?:too|very|super|crazy|that|so|overly|to)\s+"
        r"(?:expen[sc]i?ve?|pricey|pricy|dear|spendy))\b|\b(?P<desc>most expensive|priciest|"
        r"highest[- ]price[ds]?|high to low|most luxurious|price descending)\b"
    )),
    ("deal", re.compile(
        r"\b(?P<on_sale>on sale|sales?|discount(?:ed|s)?|deals?|reduced|mark(?:ed)?[- ]?downs?|"
        r"clearance)\b"
    )),
    ("popularity", re.compile(
        r"\b(?P<popular>best[- ]?sell(?:ers?|ing)|top[- ]?sell(?:ers?|ing)|(?:most )?popular|"
        r"most (?:bought|purchased|ordered)|trending|sell(?:s|ing)\s+(?:the\s+)?(?:best|most|fastest)|"
        # "what are ppl buying most", "whats everyone getting rn": what sells, unless it is what
        # people buy with something ("what do people buy with this").
        r"(?:what|wat|wot)(?:'?s|\s+(?:is|are|r|do|does))?\s+(?:people|ppl|peeps|folks|everyone|"
        r"everybody|customers|shoppers|others|other people)\s+(?:buy(?:ing)?|get(?:ting)?|"
        r"order(?:ing)?|purchas(?:e|ing))(?![^.?!]*\b(?:with|w/|alongside|together)\b))\b"
    )),
    ("quantity", re.compile(
        rf"(?P<value>-?\b\d{{1,2}}|\b{_QUANTITY_WORDS})\s+(?:pairs?|of\s+(?:them|these|those|each|it|the)|"
        r"pieces?|units?|items?)\b"
    )),
    ("quantity", re.compile(
        rf"\b(?:qty|quantity|amount|make (?:it|that|them)|change (?:it|that|them) to|"
        rf"(?:set|change|update) (?:it|that|the quantity|the qty) to|just|only)[:\s]+"
        rf"(?P<value>\d{{1,2}}|{_QUANTITY_WORDS})\b(?!\s?(?:dollars?|bucks|\$|%|stars?|/))"
    )),
    ("quantity", re.compile(
        rf"\b(?:make|change|set|update|put)\s+(?:the\s+)?\w+\s+(?:one|item|line|pair)s?\s+"
        rf"(?:to\s+|at\s+)?(?P<value>\d{{1,2}}|{_QUANTITY_WORDS})\b(?!\s?(?:dollars?|\$|%))"
    )),
    ("quantity", re.compile(r"(?:^|\s)x\s?(?P<value>\d{1,2})\b")),
    ("shipping_method", re.compile(
        r"\b(?P<express>express|next[- ]day|overnight|priority|fastest (?:shipping|delivery|option))\b|"
        r"\b(?P<standard>standard|regular (?:shipping|delivery)|normal (?:shipping|delivery)|"
        r"free shipping)\b"
    )),
    ("rating", re.compile(
        r"\b(?P<value>[1-5]|one|two|three|four|five)\s*(?:/\s*5|stars?|out of (?:5|five)|"
        r"\u2b50)|\b(?:rate (?:it|you|u|this|that)?|rating(?: of| is)?|give (?:it|you|u|this)(?: a)?|"
        r"solid)\s*(?P<value2>[1-5])\b(?!\s?(?:dollars?|bucks|pairs?|of\b|\$|%|[.,]\d))"
    )),
    ("price_direction", re.compile(
        r"\b(?P<cheaper>cheaper|less expensive|more affordable|lower[- ]price[ds]?|less pricey|"
        r"too expensive|too pricey|cheeper|chaper|cheapr)\b(?!\s+th[ae]n\s+(?:about\s+|around\s+)?[$£€]?\s?\d)"
        r"|\b(?P<pricier>more expensive|pricier|fancier|higher[- ]end|more upscale|more premium|nicer|"
        r"better quality)\b(?!\s+th[ae]n\s+(?:about\s+|around\s+)?[$£€]?\s?\d)"
    )),
]  # fmt: skip


def pattern_candidates(lowered: str, text: str) -> list[Entity]:
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            found.extend(_entities_from_match(kind, match, text))
    return found


def _entities_from_match(kind: str, match: re.Match, text: str) -> list[Entity]:
    def entity(name: str, group: str, value: str | None) -> Entity | None:
        if value is None:
            return None
        start, end = match.span(group)
        raw = text[start:end]
        stripped_start = start + (len(raw) - len(raw.lstrip()))
        return Entity(name, value, stripped_start, end, text[stripped_start:end].strip())

    results: list[Entity | None] = []
    if kind == "price_range":
        results = [
            entity("price_min", "min", _price_value(match.group("min"))),
            entity("price_max", "max", _price_value(match.group("max"))),
        ]
    elif kind in ("price_max", "price_min"):
        if _counts_something_else(match, text):
            return []
        results = [entity(kind, "value", _price_value(match.group("value")))]
    elif kind == "size":
        raw = match.group("value").strip()
        results = [entity("size", "value", _size_value(raw))]
    elif kind == "ordinal":
        raw = match.group("value")
        results = [entity("ordinal", "value", _ORDINAL_WORDS.get(raw, raw))]
    elif kind == "order_number":
        raw = match.group("value").upper().replace("-", "")
        results = [entity("order_number", "value", f"{raw[:2]}-{raw[2:]}")]
    elif kind == "email":
        results = [entity("email", "value", match.group("value").strip("."))]
    elif kind == "quantity":
        raw = match.group("value")
        value = {"a couple": "2"}.get(raw) or _WORD_NUMBERS.get(raw, raw)
        results = [entity("quantity", "value", str(int(value)))]
    elif kind == "rating":
        group = "value" if match.group("value") else "value2"
        raw = match.group(group)
        results = [entity("rating", group, _WORD_NUMBERS.get(raw, raw))]
    elif kind == "feature":
        for group, value in match.groupdict().items():
            if value:
                results = [entity(kind, group, group.replace("_", " "))]
    elif kind in ("sort", "price_direction", "shipping_method", "deal", "popularity", "gender"):
        for group, value in match.groupdict().items():
            if value:
                name = {"asc": "price_asc", "desc": "price_desc"}.get(group, group)
                results = [entity(kind, group, name)]
    return [result for result in results if result is not None]


def _counts_something_else(match: re.Match, text: str) -> bool:
    """ "Not more than 2 days", "no more than 3 items": a number of days or things, not a price
    (one said with a currency is a price whatever follows)."""
    raw = match.group("value").lower()
    if re.search(rf"[$£€]|{_CURRENCY_WORD}", raw):
        return False
    return bool(_NOT_A_PRICE_AFTER.match(text.lower(), match.end("value")))


def _price_value(raw: str) -> str | None:
    raw = raw.strip()
    compact = raw.replace(" ", "")
    value = parse_price(compact.replace("$-", "-").replace("-$", "-"))
    if value is None:
        return None
    if re.search(r"\dk\b", compact):
        value *= 1000
    return normalise_number(str(value)) if value == value.to_integral() else str(value)


def _size_value(raw: str) -> str | None:
    raw = _WORD_NUMBERS.get(raw, raw)
    # "10 uk": written the usual way round, "uk 10".
    if swapped := re.fullmatch(r"(.+?)\s?(us|uk|eu)", raw):
        raw = f"{swapped.group(2)} {swapped.group(1)}"
    key = size_query_key(raw)
    return display_size(key) if key else None
