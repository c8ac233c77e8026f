"""The patterns that find entities needing no catalog: sizes (`shop_nlu.size_patterns`), prices
and price ranges, ordinals, sorting, deals, popularity, quantities, shipping methods, ratings,
order numbers, emails, the low heel asked for by ruling out high ones, and whom the shopper buys
for (a relative, a part in a wedding, themselves or two people); and how a match becomes entities
with normalised values."""

from __future__ import annotations

import re
from decimal import Decimal

from commerce.search import price_near
from commerce.sizes import normalise_number
from shop_nlu.ages import TEEN_GENDER
from shop_nlu.days_of_month import a_day_of_the_month
from shop_nlu.entity import Entity
from shop_nlu.price_words import (
    AMOUNT,
    CURRENCY_AMOUNT,
    CURRENCY_WORD,
    MAX_WORDS,
    MIN_WORDS,
    PAST,
    WONT,
    WONT_FILLER,
    counts_something_else,
    is_a_price_target,
    price_value,
)
from shop_nlu.size_patterns import SIZE_PATTERNS, WORD_NUMBERS, size_value

_ORDINAL_WORDS = {
    "first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3",
    "fourth": "4", "4th": "4", "fifth": "5", "5th": "5", "sixth": "6", "6th": "6",
    "seventh": "7", "7th": "7", "eighth": "8", "8th": "8", "ninth": "9", "9th": "9",
    "tenth": "10", "10th": "10", "last": "last", "top": "1",
    "frist": "1", "fisrt": "1", "secnd": "2", "scond": "2", "seccond": "2", "thrid": "3",
}  # fmt: skip
# "Let's do the dress first then", "the shoes first, and then": which comes first, said of a
# thing by its name, not the first one on screen ("the first then" still is).
_FIRST_IN_TIME = re.compile(r"\b(?:the|my|your|this|that)\s+(?!very\b|one\b)[a-z]+\s+first$")
_THEN_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?then\b|\s*(?:[.!;]|$)")

_QUANTITY_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|a couple"

# How high a heel nobody wants is said to be: "a crazy high heel", "nothing too high".
# ("not to high heel": "to" typed for "too")
_HIGH_WORDS = "crazy|super|really|very|mega|sky|insanely|ridiculously|stupidly|too|to|so|massively"
# Standing through long hours ("12h standing", "stand 10 hrs"): comfort asked for, as "all day" is.
_STANDING = r"(?:standing|stand|on (?:my|your|his|her|their|our) feet)"
_HOURS = r"(?:\d{1,2}\s?-?\s?(?:h|hr|hrs|hours?)|(?:eight|ten|twelve|long)\s+(?:hours?|hrs))"
# "can't walk in", "cannot wear", "hates", "doesn't like": what rules out a heel that is too high.
_CANT_WEAR = (
    r"(?:ca ?n'?t|cannot|can not|could ?n'?t|wo ?n'?t)\s+(?:\w+\s+)?"
    r"(?:walk|wear|do|stand|handle|manage|dance|cope)|hates?|(?:does|do) ?n'?t like|not good"
)

# Who a gift is for, by relatives the lexicon's genders leave out ("my sister" may be going to
# her wedding, "my mom said i can spend 250" pays, not wears): "a present for my sister", "for mom",
# "my brother's birthday", never "my sister's wedding" or "my mum is paying".
_FOR_HER = (
    r"sister|sis|mother|mom|mum|mam|mommy|mummy|mama|daughter|granddaughter|niece|aunt|auntie|grandma|granny|grandmother|"
    r"nan|nana|fianc[eé]e|girl"
)
_FOR_HIM = (
    r"brother|bro|father|dad|daddy|papa|son|grandson|nephew|uncle|grandpa|grandad|granddad|grandfather|"
    r"fianc[eé]|boy|lad"
)
# A son's or daughter's own day is theirs to dress for, unlike a sister's wedding: "for my son's
# party", "my daughter's graduation" (stranger test 65; a child of 11 or under is
# shop_nlu/ages.py's, whose reply comes first).
_OFFSPRING_HIM = r"son|boy|lad|grandson"
_OFFSPRING_HER = r"daughter|girl|granddaughter"
_THEIR_OWN_DAYS = r"party|prom|graduation|grad|formal|ball|do|event|ceremony|dance|leavers"
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


_HIM_OF_BOTH = re.compile(rf"(?:{_FOR_HIM}|husband|hubby|boyfriend|bf)")
_HER_OF_BOTH = re.compile(rf"(?:{_FOR_HER}|wife|wifey|girlfriend|gf)")


def other_of_both(text: str) -> str | None:
    """Whom the shopper buys for besides themselves, by the word for them: "male" for "me n my
    twin bro", "female" for "my sister and me"; None when the word says no gender ("my twin")."""
    found = FOR_BOTH.search(text.lower())
    words = found.group().split() if found else []
    if any(_HIM_OF_BOTH.fullmatch(word) for word in words):
        return "male"
    if any(_HER_OF_BOTH.fullmatch(word) for word in words):
        return "female"
    return None


def shops_for_self(text: str) -> bool:
    """Whether the shopper says what they ask for is for themselves ("first for me, a suit")."""
    return bool(_FOR_SELF.search(text.lower()))


_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "nothing with a crazy high heel", "no high heels", "not a super high heel", "she cant walk
    # in high heels", "hates high heels": a low heel (or flats, lexicon feature_kind), neither
    # heels asked for nor every heel ruled out. (Each group is named for the feature it says, a
    # space written "_".)
    ("feature", re.compile(
        r"\b(?P<low_heel>(?:no|not|nothing|none|without|never|aren'?t|isn'?t|do ?n'?t want|do not want|"
        rf"{_CANT_WEAR})\s+"
        r"(?:(?:with|in|on|anything|any|a|an)\s+){0,3}"
        rf"(?:(?:{_HIGH_WORDS})[\s-]+)*(?:(?:{_HIGH_WORDS})[\s-]+high(?:[\s-]*heel(?:s|ed)?)?"
        r"|high[\s-]*heel(?:s|ed)?))\b"
    )),
    # "running shoes", "jogging trainers": sneakers (category_synonyms) asked for running, which the
    # catalog then says it has nothing made for (known misses, session 13).
    ("feature", re.compile(
        r"\b(?P<running>running|jogging)(?=\s+(?:shoes?|trainers?|sneakers?)\b)"
    )),
    # Long hours on one's feet: "12h standing", "i stand 10 hrs at work", "long shifts", "standing
    # at work all day" ask for what the catalog calls comfortable (stranger test 56, Marek #1).
    ("feature", re.compile(
        rf"\b(?P<comfortable>{_HOURS}\s+(?:of\s+|a day\s+)?{_STANDING}"
        rf"|{_STANDING}\s+(?:for\s+|up to\s+)?{_HOURS}"
        rf"|{_STANDING}\s+(?:\w+\s+){{0,2}}all day(?: long)?"
        r"|(?:long|double|\d{1,2}\s?-?\s?(?:h|hr|hrs|hour)|(?:eight|ten|twelve)[\s-]hour)\s+shifts?)\b"
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
    ("gender", re.compile(
        rf"\b(?:my|our)\s+(?:(?:eldest|oldest|youngest|older|younger|big|grown[\s-]up|teenage)\s+)?"
        rf"(?:(?P<female>{_OFFSPRING_HER})|(?P<male>{_OFFSPRING_HIM}))(?:['’]s|s['’]?)\s+"
        rf"(?:\w+\s+)?(?:{_THEIR_OWN_DAYS}|{_GIFT_DAYS})\b"
    )),
    # The relative who needs it: "my brother needs a tie", "my mum wants a dress", never "my dad
    # needs me to pick it up" (known misses, session 14).
    ("gender", re.compile(
        rf"\bmy\s+(?:\w+\s+)?(?:(?P<female>{_FOR_HER})|(?P<male>{_FOR_HIM}))\s+"
        r"(?:needs?|wants?|is (?:looking|after|shopping)|would like|has to wear|must wear)\b"
        r"(?!\s+(?:me|us|you|u|to (?:know|pay|return|cancel|change))\b)"
    )),
    # "a 16 year old son", "a 15yo girl", "my niece turns 14" (shop_nlu/ages.py).
    *(("gender", pattern) for pattern in TEEN_GENDER),
    ("price_range", re.compile(rf"\bbetween\s+(?P<min>{AMOUNT})\s+(?:and|-|to)\s+(?P<max>{AMOUNT})")),
    ("price_range", re.compile(r"(?P<min>[$£€]\s?\d[\d,]*)\s?(?:-|to)\s?(?P<max>[$£€]?\s?\d[\d,]*)")),
    # "not less than 100", "not under 100": a floor, though "less than 100" alone is a ceiling (of
    # two readings of the same amount, the first pattern wins).
    ("price_min", re.compile(
        rf"\b(?:not|no|never)\s+(?:(?:less|lower|cheaper)\s+th[ae]n|under|below)\s+"
        rf"(?:about\s|around\s)?(?P<value>{AMOUNT})"
    )),
    ("price_max", re.compile(
        rf"\b{WONT}\s+(?:{WONT_FILLER}\s+){{0,4}}{PAST}\s+(?:about\s|around\s)?(?P<value>{AMOUNT})"
    )),
    ("price_max", re.compile(rf"(?:^|\b|(?<=\s))(?:{MAX_WORDS})\s+(?:a\s|an\s|about\s|around\s|maybe\s|roughly\s|like\s)?(?P<value>{AMOUNT})")),
    # "i dont want to spend more than 200": a ceiling, though "more than 200" alone is a floor
    # (before the floor: of two readings of the same amount, the first pattern wins).
    ("price_max", re.compile(
        rf"\b(?:don'?t|do not|won'?t|will not|can'?t|cannot|not|never|rather not|prefer not to)\s+"
        rf"(?:(?:really\s+)?(?:want|wanna|going|gonna|able|planning|looking|trying)\s+(?:to\s+)?)?"
        rf"(?:spend|pay|go|splash out)\s+(?:any\s+)?(?:more than|more then|over|above|beyond|past)\s+"
        rf"(?P<value>{AMOUNT})"
    )),
    ("price_min", re.compile(rf"(?:^|\b|(?<=\s))(?:{MIN_WORDS})\s+(?:about\s|around\s)?(?P<value>{AMOUNT})")),
    # "i have 300 in total", "ive got 200 to spend": what there is to spend is a ceiling.
    ("price_max", re.compile(
        rf"\b(?:i\s+have|i'?ve\s+got|ive\s+got|i\s+got|got)\s+(?:only\s+|just\s+)?"
        rf"(?:about\s|around\s|like\s|roughly\s)?(?P<value>{AMOUNT})\s+(?:in total|total|to spend|"
        r"for everything|for it all|altogether|all in|all together|for the whole thing)\b"
    )),
    # "keep the whole lot to about $250", "keep it all to around 250" (stranger test 72): a total.
    ("price_max", re.compile(
        r"\b(?:stay|stays|staying|keep|keeps|keeping)\s+(?:(?:it|things|all|the|whole|lot|everything|"
        rf"of|total|cost)\s+)*(?:to|under|within|below|at)\s+(?:about\s|around\s|roughly\s|like\s)?"
        rf"(?P<value>{AMOUNT})"
    )),
    # "150, could stretch to 200": the stretch is the real ceiling.
    ("price_max", re.compile(
        rf"\b(?:stretch|go|push(?: it)?|spend|splash out)\s+(?:to|up to|upto|as (?:high|much) as)\s+"
        rf"(?P<value>{AMOUNT})"
    )),
    # "100 or more", "$100 minimum": a floor (before the bare amount, a ceiling).
    ("price_min", re.compile(
        r"(?<!size )(?<!sz )(?<![\d.])(?P<value>(?:[$£€]\s?)?\d{2,}[\d,]*(?:\.\d{1,2})?"
        rf"(?:\s?{CURRENCY_WORD}\b)?)(?:\s?[$£€])?\s?(?:or (?:more|above|over|higher)|minimum|"
        r"at least|and (?:up|upwards|above|over))\b"
    )),
    # "around 200", "about 150 bucks", "80ish": a price to be near (after the ceilings and floors
    # above: "under about 150" is a ceiling; before the bare amount: "roughly $80" is no ceiling).
    ("price_near", re.compile(
        rf"\b(?P<hedge>around|about|abt|roughly|approximately|approx\.?|circa|in the region of)"
        rf"\s+(?P<value>{AMOUNT})"
    )),
    ("price_near", re.compile(
        rf"(?<![\w.,$£€])(?P<value>[$£€]?\s?\d{{2,}}[\d,]*(?:\.\d{{1,2}})?(?:\s?{CURRENCY_WORD}\b)?)"
        r"(?P<hedge>\s?-?ish|\s(?:or so|give or take))\b"
    )),
    ("price_max", re.compile(rf"(?P<value>{CURRENCY_AMOUNT})(?:\s?(?:max|or less|tops|or under))?")),
    # "300 max for everything", "150$ or less", "150 or lower": a budget.
    ("price_max", re.compile(
        r"(?<!size )(?<!sz )\b(?P<value>\d{2,}[\d,]*(?:\.\d{1,2})?)(?:\s?[$£€])?\s?(?:max|maximum|tops|"
        r"or (?:less|under|below|lower|cheaper)|at (?:the )?most)\b"
    )),
    # "400 for both", "300 for the two", "200 total": a budget for all of them (stranger test 56).
    ("price_max", re.compile(
        r"(?<!size )(?<!sz )(?<![\d.])\b(?P<value>\d{2,}[\d,]*(?:\.\d{1,2})?)(?:\s?[$£€])?\s+"
        r"(?:for (?:them |the )?both|for the two(?: of them)?|for the pair|combined|total|in total|"
        r"for everything|for it all|altogether|all in)\b"
    )),
    ("price_max", re.compile(
        rf"\b(?:can|could|ll|will|want to|wanna|willing to|happy to|able to|only)\s+(?:only\s+)?"
        rf"(?:afford|spend)\s+(?:about\s|around\s|roughly\s|like\s|up to\s|max\s)?(?P<value>{AMOUNT})"
        r"(?!\s?(?:days?|hours?|mins?|minutes?|weeks?|months?|years?|%))"
    )),
    *SIZE_PATTERNS,
    # Numbers are made of 2-9 and letters but I, L, O; one mistyped or misremembered with a hyphen
    # ("order nr HL-88K2PL", an 8 and an L) is still the order number, looked up and not found.
    ("order_number", re.compile(
        r"\b(?P<value>(?:hl|rt)-?[2-9a-hjkmnp-z]{6}|(?:hl|rt)-(?=[a-z]*\d)[0-9a-z]{6})\b"
    )),
    ("email", re.compile(r"(?P<value>[^@\s,;:<>()]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)")),
    # "#3" too: no word boundary comes before "#" after a space ("order #12" is an order).
    ("ordinal", re.compile(
        r"(?:\b(?:number|numbr|nmber|no\.?|option|item|nr\.?)\s?|(?<!order )#\s?)(?P<value>\d{1,2})\b"
    )),
    ("ordinal", re.compile(r"^\s*(?P<value>[1-4])\s*[.!?]?\s*$")),
    ("ordinal", re.compile(
        r"(?<!expensive )(?<!cheapest )(?<!priciest )(?<!price )\b(?P<value>"
        + "|".join(_ORDINAL_WORDS)
        + r")\b(?!\s+(?:time|year|night|week|month|season|minute|weekend|summer|winter))"
        # "on second thought(s)": a change of mind, never the second one on screen (stranger 69).
        r"(?!\s+(?:thoughts?|thot|thougt|thougth|though)\b)"
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
        # "i dont have much money", "im broke", "not expensive": money short, no amount said.
        r"(?:do ?n[o'’]?t|not|never)\s+(?:really\s+)?(?:have|got)\s+(?:much|a lot of|lots of|loads of|"
        r"enough|so much|that much|a lot|big)\s+(?:money|cash|budget|to spend)|"
        r"(?:i'?m|im|i am|we'?re|were|we are)\s+(?:\w+\s+)?broke|broke (?:student|af)|"
        r"(?:short|tight|low) on (?:money|cash|funds)|(?:tight|low|small|limited|student) budget|"
        r"(?:money|cash)(?:'s|’s| is) (?:tight|short)|"
        r"(?:can'?t|cannot|can not) afford (?:much|a lot|anything (?:expensive|pricey|dear))|"
        r"(?:not|nothing)\s+(?:expen[sc]i?ve?|pricey|pricy|dear|spendy)|"  # "nothing pricey"
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
        r"too expensive|too pricey|cheeper|chaper|cheapr|"
        # "more cheap pls", "sumthing more cheap" (stranger test 40): "cheaper", not "cheap first".
        r"(?:more|mor|moar)\s+cheap|for\s+less\s+money)"
        r"\b(?!\s+th[ae]n\s+(?:about\s+|around\s+)?[$£€]?\s?\d)"
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
            entity("price_min", "min", price_value(match.group("min"))),
            entity("price_max", "max", price_value(match.group("max"))),
        ]
    elif kind == "price_near":
        # One entity each way, as "between 160 and 240" gives: a ceiling on the amount, a floor
        # on the word that hedges it.
        target = price_value(match.group("value"))
        if target is None or not is_a_price_target(match, text):
            return []
        low, high = price_near(Decimal(target))
        results = [
            entity("price_min", "hedge", normalise_number(str(low))),
            entity("price_max", "value", normalise_number(str(high))),
        ]
    elif kind in ("price_max", "price_min"):
        if counts_something_else(match, text):
            return []
        results = [entity(kind, "value", price_value(match.group("value")))]
    elif kind == "size":
        raw = match.group("value").strip()
        results = [entity("size", "value", size_value(raw))]
    elif kind == "ordinal":
        if a_day_of_the_month(text.lower(), *match.span("value")):  # "Friday the 4th of December"
            return []
        if _FIRST_IN_TIME.search(text.lower()[: match.end("value")]) and _THEN_AFTER.match(
            text.lower(), match.end("value")
        ):
            return []  # "let's do the dress first then": which comes first (stranger test 62)
        raw = match.group("value")
        results = [entity("ordinal", "value", _ORDINAL_WORDS.get(raw, raw))]
    elif kind == "order_number":
        raw = match.group("value").upper().replace("-", "")
        results = [entity("order_number", "value", f"{raw[:2]}-{raw[2:]}")]
    elif kind == "email":
        results = [entity("email", "value", match.group("value").strip("."))]
    elif kind == "quantity":
        raw = match.group("value")
        value = {"a couple": "2"}.get(raw) or WORD_NUMBERS.get(raw, raw)
        results = [entity("quantity", "value", str(int(value)))]
    elif kind == "rating":
        group = "value" if match.group("value") else "value2"
        raw = match.group(group)
        results = [entity("rating", group, WORD_NUMBERS.get(raw, raw))]
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
