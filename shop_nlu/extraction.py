"""Find the shop's entities in a message: catalog terms, sizes, prices, ordinals, sorting, and the
quantities, shipping methods and ratings of checkout and feedback.

Catalog terms (brands, product names, types, colours, occasions, genders) come from the store's
vocabulary and are matched with a spaCy PhraseMatcher on a blank English pipeline, with one typo
forgiven on longer words, and on shorter ones ("brwn", "blakc") when the word is no English word.
Sizes, prices and ordinals follow patterns that need no training data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher

from commerce.lexicon import load_lexicon
from commerce.search import number_forms, parse_price
from commerce.sizes import display_size, normalise_number, size_query_key
from commerce.vocabulary import CatalogTerm

COMMON_WORDS = frozenset(
    word
    for line in (Path(__file__).with_name("common_words.txt")).read_text().splitlines()
    if not line.startswith("#")
    for word in line.split()
)
# One typo is forgiven in longer words. In short ones it often turns an everyday word into a catalog
# word ("sold" -> "gold", "feels" -> "heels", "bot" -> "boots"): there a typo ("blakc", "pnik") or
# dropped vowels ("brwn", "blck") are forgiven only in a word the language model does not know
# (the extractor's `is_known_word`), and only for the words that describe what to find.
MIN_TYPO_LENGTH = 6
MIN_SHORT_TYPO_LENGTH = 4
SHORT_TYPO_KINDS = frozenset({"colour", "category", "feature", "brand"})
VOWELS = frozenset("aeiou")
TYPO_CONFIDENCE = 0.8
INFLECTIONS = ("s", "es", "ed", "ing")
PARTIAL_NAME_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Entity:
    entity: str
    value: str
    start: int
    end: int
    text: str
    # "excluded" for "not brown", "anything but loafers"; "owned" for "I already have a gown"
    role: str | None = None
    # 1.0 for a term as the catalog spells it; less for a typo forgiven or a product named by
    # one word of its title, which may also be an ordinary word in another sentence.
    confidence: float = 1.0


# What can be asked for by its absence, and the words that ask so, right before the term.
NEGATABLE = frozenset({"colour", "category", "brand", "feature", "occasion"})
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|n't|\bnothing|\bnone|\banything but|\beverything but|\bexcept(?: for)?|"
    r"\bother than|\bwithout|\binstead of|\brather than|\bapart from|\bbesides|\bavoid|"
    r"\bhate|\bnot a fan of|\bno more|"
    # "ok forget shirts. shoes", "never mind the tie": a kind let go, not asked for.
    r"\bforget(?: about)?|\bnever ?mind(?: about)?|\bscrap|"
    # What hurts or has had its day: "my feet hurt in heels", "sick of black".
    r"\bhurts?(?: me)?(?: in| from)?|\bhurting(?: in)?|\bkill(?:s|ing)? (?:me|my feet)(?: in)?|"
    r"\b(?:tired|sick|fed up|done) (?:of|with)(?: wearing)?|\bcan'?t (?:stand|walk in|wear)|"
    r"\buncomfortable in|\bblisters (?:from|in)|"
    # "i dont wanna look too formal", "not like im going to the beach".
    r"\bdo ?n'?t (?:want|wanna|need)(?: to)?(?: look| be| go| wear| dress)?(?: like)?"
    # "dont want to look like im going to a job interview": the occasion is what to avoid.
    r"(?: (?:i'?m|im|i am|i'?d be) (?:going|off|heading)(?: off)? to)?|"
    r"\bnot like (?:i'?m|im|i am) (?:going|off) to|"
    # "not for a black tie thing" (but "nothing for the wedding" is still a wish for it).
    r"\bnot (?:for|to))"
    r"\s+(?:(?:the|a|an|any|in|from|by|made by|anything|something|too|so|really|more|my|these|"
    r"those|wearing)\s+){0,2}$"
)
# A size swapped for another in "A instead of B": letters, words and suit sizes.
_SIZE_SWAPPED = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\dxl|small|medium|large|extra large|\d{2}\s?[rls])"
# Right before the size ruled out of two: "instead of XL", "rather than a large", "not the 10".
_SIZE_RULED_OUT_BEFORE = re.compile(
    r"\b(?:instead of|rather than|not|no longer|swap(?:ped)? (?:out )?(?:the|my|an?)?|"
    r"(?:change|exchange|switch) (?:the|my|an?)?)(?: a| an| the| my| size| sz| in)*\s*$"
)
_SAME_LIST = re.compile(r"^\s*(?:,|/|or|nor|and|,\s*or)\s*$")
# What lets a term go rather than rule it out: after "forget shirts, shoes" a comma starts what is
# wanted instead, so only "and"/"or" carry the letting go on to the next term.
_LET_GO = re.compile(r"\b(?:forget|never ?mind|scrap)\b")
_LET_GO_LIST = re.compile(r"^\s*(?:/|or|nor|and|,\s*(?:or|and))\s*$")


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
_MAX_WORDS = (
    r"under|below|less than|lower than|cheaper than|up to|upto|max(?:imum)?|no more than|"
    r"not more than|at most|within|beneath|<|budget(?:['’]s| is| of| was| will be)?|no more then|less then|"
    r"nothing (?:over|above|more than)|not (?:over|above)|no (?:higher|more) than"
)
_MIN_WORDS = r"over|above|more than|at least|min(?:imum)?|starting at|from|>|more then"
_SIZE_NUMBER = r"\d{1,2}(?:[.,]5|½)?(?:\s(?:and a half|1/2))?"
_SIZE_VALUE = (
    rf"(?:(?:us|uk|eu)\s?{_SIZE_NUMBER}|\d{{2}}\s?(?:r|l|s|regular|long|short)\b|{_SIZE_NUMBER}"
    r"|x{1,6}[sl]|\dxl|xs|xxs|medium|small|large|extra large|m|s|l|"
    + "|".join(_WORD_NUMBERS)
    + r")"
)
_NOT_A_SIZE_AFTER = (
    r"(?!\s?(?:dollars?|bucks|usd|\$|%|days?|hours?|mins?|minutes?|weeks?|months?|years?|pm|am"
    r"|o'?clock|pairs?|items?|of\b|more|results?|products?|pieces?|-piece|piece|st\b|nd\b|rd\b|th\b))"
)

# "medium brown", "a medium heel": a shade or a heel height, not a size.
# How high a heel nobody wants is said to be: "a crazy high heel", "nothing too high".
_HIGH_WORDS = "crazy|super|really|very|mega|sky|insanely|ridiculously|stupidly|too|so|massively"
_NOT_A_SHADE_OR_HEEL = (
    r"(?!\s+(?:heels?|heeled|height|brown|grey|gray|blue|green|pink|red|tan|wash|tone|shade)\b)"
)

# Who a gift is for, by relatives the lexicon's genders leave out ("my sister" may be going to
# her wedding, "my mom said i can spend 250" pays, not wears): "a present for my sister", "for mom",
# "my brother's birthday", never "my sister's wedding" or "my mum is paying".
_FOR_HER = (
    r"sister|sis|mother|mom|mum|mam|mommy|mummy|mama|daughter|niece|aunt|auntie|grandma|granny|grandmother|"
    r"nan|nana|fianc[eé]e"
)
_FOR_HIM = (
    r"brother|bro|father|dad|daddy|papa|son|nephew|uncle|grandpa|grandad|granddad|grandfather|"
    r"fianc[eé]"
)
_NOT_A_GIFT_AFTER = (
    r"(?!(?:['’]s?)?\s+(?:wedding|party|prom|graduation party|funeral|christening|engagement party|"
    r"hen|stag|do|event|ceremony)\b)"
)
_GIFT_DAYS = r"birthday|bday|b-day|anniversary|graduation|retirement|christmas|xmas|present|gift"

# "for me and my girlfriend", "my wife and i", "for both of us": two people, so no one gender (the
# partner's word alone would make it all for her).
_FOR_BOTH = re.compile(
    r"\b(?:me|myself)\s+(?:and|&|n|\+)\s+(?:my|the)\s+(?:\w+\s+)?\w+"
    r"|\bmy\s+(?:\w+\s+)?\w+\s+(?:and|&|n|\+)\s+(?:me|i|myself)\b"
    r"|\b(?:both|the two|the 2) of us\b|\bfor (?:the )?(?:two|2|both) of us\b"
)
# "first for me, navy suit", "for myself", "me first": for the shopper, whose gender the words
# don't say ("for me and my girlfriend" is `_FOR_BOTH`).
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
    return bool(_FOR_BOTH.search(text.lower()))


def shops_for_self(text: str) -> bool:
    """Whether the shopper says what they ask for is for themselves ("first for me, a suit")."""
    return bool(_FOR_SELF.search(text.lower()))


_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "nothing with a crazy high heel", "no high heels", "not a super high heel": a low heel (or
    # flats, lexicon feature_kind), neither heels asked for nor every heel ruled out. (Each group
    # is named for the feature it says, a space written "_".)
    ("feature", re.compile(
        r"\b(?P<low_heel>(?:no|not|nothing|none|without|never|do ?n'?t want|do not want)\s+"
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
    ("price_range", re.compile(rf"\bbetween\s+(?P<min>{_AMOUNT})\s+(?:and|-|to)\s+(?P<max>{_AMOUNT})")),
    ("price_range", re.compile(r"(?P<min>[$£€]\s?\d[\d,]*)\s?(?:-|to)\s?(?P<max>[$£€]?\s?\d[\d,]*)")),
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
    ("price_max", re.compile(rf"(?P<value>{_CURRENCY_AMOUNT})(?:\s?(?:max|or less|tops|or under))?")),
    # "300 max for everything", "i can spend 200", "able to spend about 250": a budget.
    ("price_max", re.compile(
        r"(?<!size )(?<!sz )\b(?P<value>\d{2,}[\d,]*(?:\.\d{1,2})?)\s?(?:max|maximum|tops|or less|or under|at most)\b"
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
    # "I'm usually a small", "normally wear a 42R", "i'm a medium"
    ("size", re.compile(
        r"\b(?:usually|normally|typically|always|generally|i'?m|im|i am|wear)\s+(?:a\s+|an\s+)?"
        r"(?:wear\s+(?:a\s+)?|take\s+(?:a\s+)?)?(?:size\s+)?"
        r"(?P<value>small|medium|large|extra large|x{1,3}[sl]|xs)\b"
    )),
    ("size", re.compile(rf"\b(?P<value>(?:us|uk|eu)\s?{_SIZE_NUMBER})\b")),
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
    # marked as ruled out by _mark_exclusions).
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
        r"too expensive|too pricey|cheeper|chaper|cheapr)\b|\b(?P<pricier>more expensive|pricier|"
        r"fancier|higher[- ]end|more upscale|more premium|nicer|better quality)\b"
    )),
]  # fmt: skip


class ShopEntityExtractor:
    """Extracts entities from text with a vocabulary of catalog terms.

    `is_known_word` says whether a word is an English word the language model knows whole; given
    it, short catalog words forgive a typo or dropped vowels in words it does not know.
    """

    def __init__(
        self,
        vocabulary: Iterable[CatalogTerm],
        is_known_word: Callable[[str], bool] | None = None,
    ) -> None:
        vocabulary = list(vocabulary)
        partial = partial_product_names(vocabulary)
        self._partial = {term.phrase for term in partial}
        vocabulary += partial
        self._nlp = spacy.blank("en")
        self._matcher = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._terms: dict[str, CatalogTerm] = {}
        self._typo_index: dict[str, set[str]] = {}
        # Short words: the same index for words of 4 or 5 letters, and one by consonants alone.
        self._is_known_word = is_known_word
        self._short_typo_index: dict[str, set[str]] = {}
        self._consonant_index: dict[str, set[str]] = {}
        for term in vocabulary:
            self._terms[term.phrase] = term
            self._matcher.add(term.phrase, [self._nlp.make_doc(term.phrase)])
            if " " in term.phrase:
                continue
            if len(term.phrase) >= MIN_TYPO_LENGTH:
                for variant in _deletions(term.phrase) | {term.phrase}:
                    self._typo_index.setdefault(variant, set()).add(term.phrase)
            if (
                term.phrase.isalpha()
                and term.entity in SHORT_TYPO_KINDS
                and term.phrase not in self._partial
                and len(term.phrase) >= MIN_SHORT_TYPO_LENGTH
                # the word itself, not a synonym or a misspelling the lexicon lists ("heals")
                and term.phrase in number_forms(term.value.lower())
            ):
                self._consonant_index.setdefault(_consonants(term.phrase), set()).add(term.phrase)
                if len(term.phrase) < MIN_TYPO_LENGTH:
                    for variant in _deletions(term.phrase) | {term.phrase}:
                        self._short_typo_index.setdefault(variant, set()).add(term.phrase)

    def extract(self, text: str) -> list[Entity]:
        """Entities in `text`, left to right, none overlapping (longer matches win)."""
        lowered = text.lower()
        candidates = self._catalog_candidates(text) + _pattern_candidates(lowered, text)
        chosen: list[Entity] = []
        taken: list[tuple[int, int]] = []
        # Longest first; on a tie the pattern-based reading (sizes, prices) comes last.
        for entity in sorted(candidates, key=lambda e: (-(e.end - e.start), e.start)):
            if all(entity.end <= start or entity.start >= end for start, end in taken):
                chosen.append(entity)
                taken.append((entity.start, entity.end))
        typo_fixes = self._typo_candidates(text, taken)
        chosen = [entity for entity in chosen if not _the_cart_called_a_bag(lowered, entity)]
        chosen = [part for entity in chosen for part in self._necktie_parts(lowered, text, entity)]
        chosen += self._uses_before_kinds(lowered, text, chosen + typo_fixes)
        # "for me and my girlfriend": not only for her.
        both = [match.span() for match in _FOR_BOTH.finditer(lowered)]
        chosen = [entity for entity in chosen + typo_fixes
                  if entity.entity != "gender" or not any(a <= entity.start < b for a, b in both)]  # fmt: skip
        marked = _mark_exclusions(lowered, sorted(chosen, key=lambda e: e.start))
        marked = [_a_style_ruled_out(entity) for entity in marked]
        return [
            part
            for entity in _mark_owned(lowered, marked)
            if not _the_colour_of_a_spill(lowered, entity)
            and not _an_evening_at_school(lowered, entity)
            for part in _blend_parts(entity)
        ]

    def _necktie_parts(self, lowered: str, text: str, entity: Entity) -> list[Entity]:
        """ "A plain black tie to go with it": the colour black and a tie, not the black-tie dress
        code (which "a black tie event", "black-tie", "it's black tie" stay)."""
        colour, kind = self._terms.get("black"), self._terms.get("tie")
        if (
            entity.entity != "occasion"
            or lowered[entity.start : entity.end] != "black tie"
            or colour is None
            or kind is None
            or not _is_a_necktie(lowered[: entity.start], lowered[entity.end :])
        ):
            return [entity]
        tie_start = entity.end - len("tie")
        return [
            Entity(colour.entity, colour.value, entity.start, entity.start + len("black"),
                   text[entity.start : entity.start + len("black")]),
            Entity(kind.entity, kind.value, tie_start, entity.end, text[tie_start : entity.end]),
        ]  # fmt: skip

    def _uses_before_kinds(self, lowered: str, text: str, chosen: list[Entity]) -> list[Entity]:
        """ "Work shoes", "rain jackets": a word right before a kind that names an occasion or a
        feature only with "for" ("for work", "for rain" in the lexicon), because alone it is a verb
        or the weather ("does it work", "will it rain"). It means what "for <word>" means."""
        found = []
        for entity in chosen:
            if entity.entity != "category":
                continue
            before = re.search(r"(?<![\w'’-])([a-z]+)\s+$", lowered[: entity.start])
            if before is None or before.group(1) in self._terms:
                continue
            term = self._terms.get(f"for {before.group(1)}")
            start, end = before.span(1)
            if (
                term is not None
                and term.entity in ("occasion", "feature")
                and all(end <= other.start or start >= other.end for other in chosen)
            ):
                found.append(Entity(term.entity, term.value, start, end, text[start:end]))
        return found

    def _catalog_candidates(self, text: str) -> list[Entity]:
        doc = self._nlp.make_doc(text)
        found = []
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            term = self._terms[self._nlp.vocab.strings[match_id]]
            confidence = PARTIAL_NAME_CONFIDENCE if term.phrase in self._partial else 1.0
            found.append(
                Entity(
                    term.entity, term.value, span.start_char, span.end_char, span.text,
                    confidence=confidence,
                )
            )  # fmt: skip
        return found

    def _typo_candidates(self, text: str, taken: list[tuple[int, int]]) -> list[Entity]:
        found = []
        for match in re.finditer(r"[a-zA-Z]{4,}", text):
            word = match.group(0).lower()
            if word in COMMON_WORDS or word in self._terms:
                continue
            if len(word) < MIN_TYPO_LENGTH and _part_of_a_longer_word(text, *match.span()):
                continue  # "doesn't", "e-mail": not a word of its own
            if any(match.start() < end and match.end() > start for start, end in taken):
                continue
            meant = {self._terms[phrase] for phrase in self._corrections(word)}
            # An ambiguous typo is better left alone ("grey" and "gray" are one colour).
            if len({(term.entity, term.value) for term in meant}) == 1:
                term = next(iter(meant))
                found.append(
                    Entity(
                        term.entity, term.value, match.start(), match.end(), match.group(0),
                        confidence=TYPO_CONFIDENCE,
                    )
                )  # fmt: skip
        return found

    def _an_english_word(self, word: str) -> bool:
        """Whether the language model knows `word`, or the word it inflects ("shifts" -> "shift"),
        whole: a word of its own, not a typo. An inflected catalog word ("dresss") is no proof."""
        if self._is_known_word is None:
            return False
        return self._is_known_word(word) or any(
            word.endswith(ending)
            and word[: -len(ending)] not in self._terms
            and self._is_known_word(word[: -len(ending)])
            for ending in INFLECTIONS
        )

    def _corrections(self, word: str) -> set[str]:
        """The catalog phrases `word` may be a misspelling of."""
        if self._an_english_word(word):
            return set()  # "are these comfy for long shifts": shifts, not shirts
        if len(word) >= MIN_TYPO_LENGTH:
            candidates = set()
            for variant in _deletions(word) | {word}:
                candidates |= self._typo_index.get(variant, set())
            long_ones = {phrase for phrase in candidates if _one_edit_apart(word, phrase)}
            if long_ones:
                return long_ones
        if self._is_known_word is None or len(word) < MIN_SHORT_TYPO_LENGTH:
            return set()
        likely = {
            phrase
            for phrase in self._consonant_index.get(_consonants(word), set())
            if _without_some_vowels(phrase, word)
        }
        others = set()
        if len(word) <= MIN_TYPO_LENGTH:
            candidates = set()
            for variant in _deletions(word) | {word}:
                candidates |= self._short_typo_index.get(variant, set())
            for phrase in candidates:
                if _slip_of_the_finger(word, phrase):
                    likely.add(phrase)
                elif len(word) > MIN_SHORT_TYPO_LENGTH and _next_key_slip(word, phrase):
                    others.add(phrase)  # "blsck": a wrong letter, in a word of five or more
        # Left-out vowels, swapped, missing or doubled letters are likelier than a wrong letter:
        # "gren" is green, not grey; "slik" is silk, not slim.
        return likely or others


def partial_product_names(vocabulary: list[CatalogTerm]) -> list[CatalogTerm]:
    """A product's own name word stands for the product: "the Windsor" is the Windsor Patent
    Oxford, "mayfair monk" the Mayfair Double Monk. That is the first word of its title, when it
    means nothing else to the shop or in everyday English ("Classic", "Slim" are left alone)."""
    taken = {term.phrase for term in vocabulary}
    first_words: dict[str, list[CatalogTerm]] = {}
    for term in vocabulary:
        if term.entity == "product" and " " in term.phrase:
            first_words.setdefault(term.phrase.split()[0], []).append(term)
    # A word that starts several titles ("Kensington" jacket and trousers) names them all: the
    # value is the word itself, and the product actions ask which one (or use the kind said).
    return [
        CatalogTerm(word, "product", terms[0].value if len(terms) == 1 else word.title())
        for word, terms in sorted(first_words.items())
        if len(word) >= 4 and word.isalpha()
        and word not in taken and word not in COMMON_WORDS and word not in GENERIC_NAME_WORDS
    ]  # fmt: skip


# Words that start product titles without naming one product: materials and finishes describe,
# they do not name; everyday words, common first names and places that happen to start a title
# would turn ordinary sentences ("help me find a doctor, Clara") into product requests.
GENERIC_NAME_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """classic slim essential everyday signature premium luxe modern vintage heritage original
        tailored relaxed cropped pleated fitted soft plain textured striped printed
        canvas patent suede velvet woven skinny reversible leather linen silk wool cotton tweed
        knit knitted denim satin corduroy cashmere mohair grosgrain
        fell bond swift kite heather sterling iris belle wren swallow falcon clara lucia nadia
        margot celeste aurora calla como parma capri monaco soho eton chester richmond""",
    )
)


# "a plain black tie", "black tie to go with it": a necktie; "a black tie event", "for a black tie",
# "it's black tie": the dress code.
_NECKTIE_BEFORE = re.compile(
    r"\b(?:a|an|one|plain|simple|skinny|slim|thin|narrow|silk|knit|solid|classic|basic|"
    r"matching|nice|new|cheap|proper|wide|any|some|your|the)\s+$"
)
_DRESS_CODE_BEFORE = re.compile(
    r"\b(?:for|to|at|is|it's|its|was|be|semi|strictly)\s+(?:an?\s+|the\s+)?$"
)
_DRESS_CODE_AFTER = re.compile(
    r"^\s*(?:event|dinner|wedding|gala|affair|do|party|parties|ball|occasion|optional|dress|"
    r"attire|function|evening|night|thing|reception|dance|code|style|look|outfit|suit|tux|"
    r"tuxedo|gown)(?:e?s)?\b"
)
_NECKTIE_AFTER = re.compile(
    r"^\s*(?:to\s+(?:go|wear|match|pair)|that\s+(?:goes|matches)|with\s+(?:it|the|my|this|that)|"
    r"too|as well|also|pls|please)\b"
)


def _is_a_necktie(before: str, after: str) -> bool:
    """Whether "black tie", with these words before and after, is a necktie to wear."""
    before = before.rstrip() + " " if before.strip() else ""
    if _DRESS_CODE_AFTER.match(after) or _DRESS_CODE_BEFORE.search(before):
        return False
    return bool(_NECKTIE_AFTER.match(after) or (before and _NECKTIE_BEFORE.search(before)))


# "add it to my bag", "whats in my bag", "take it out of my bag": the cart, not a kind of product.
_CART_BEFORE = re.compile(
    r"\b(?:to|in|into|inside|from|outta|out of|off)\s+(?:my|the|ur|your)\s+(?:shopping\s+)?$"
)


def _the_cart_called_a_bag(lowered: str, entity: Entity) -> bool:
    """Whether a kind of product found in the message is the shopper's cart called a bag."""
    return (
        entity.entity == "category"
        and lowered[entity.start : entity.end] == "bag"
        and bool(_CART_BEFORE.search(lowered[max(0, entity.start - 30) : entity.start]))
    )


def _a_style_ruled_out(entity: Entity) -> Entity:
    """A kind ruled out in a word that names a style of it ("no stilettos", lexicon `features`):
    that style is ruled out, never the whole kind ("block heel or flats" may still be heels)."""
    if entity.entity != "category" or entity.role != "excluded":
        return entity
    feature = load_lexicon().features.get(entity.text.lower())
    return replace(entity, entity="feature", value=feature) if feature else entity


# What was spilled on the thing to replace ("spilled red wine all over my white shirt", "a red wine
# stain"): its colour is no colour wanted. "a wine red dress", "burgundy or wine" stay colours.
_SPILL_BEFORE = re.compile(
    r"\b(?:spill(?:ed|t)?|spilt|spilling|stain(?:ed)?|splash(?:ed)?|splatter(?:ed)?|got|dropped|"
    r"knocked)\s+(?:\w+\s+)?$"
)
_SPILLED_THINGS = (
    r"(?:wine|coffee|ketchup|tea|juice|sauce|gravy|paint|ink|blood|chocolate|mustard|curry|"
    r"lipstick|nail polish)"
)
_SPILLED_THING = re.compile(rf"^{_SPILLED_THINGS}$")
_SPILLED_THING_AFTER = re.compile(rf"^\s+{_SPILLED_THINGS}\b")
_STAIN_AFTER = re.compile(r"^\s+(?:stain|stains|stained|spill|spilt|spilled|mark|marks)\b")


def _blend_parts(entity: Entity) -> list[Entity]:
    """ "Smart casual" (lexicon `occasion_blends`, "office|casual"): each occasion of the blend,
    as if both were said."""
    if entity.entity != "occasion" or "|" not in entity.value:
        return [entity]
    return [replace(entity, value=tag) for tag in entity.value.split("|")]


def _the_colour_of_a_spill(lowered: str, entity: Entity) -> bool:
    """Whether a colour found in the message is that of something spilled ("red wine")."""
    if entity.entity != "colour":
        return False
    after = lowered[entity.end :]
    thing = _SPILLED_THING_AFTER.match(after)
    if not (thing or _SPILLED_THING.match(lowered[entity.start : entity.end])):
        return False
    after_thing = after[thing.end() :] if thing else after
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(_SPILL_BEFORE.search(before) or _STAIN_AFTER.match(after_thing))


# "Parents evening", "open evening", "an evening class": an evening at school or in a class, in
# whatever the shopper wears by day, not evening wear.
_SCHOOL_EVENING_BEFORE = re.compile(
    r"\b(?:parents?'?|parent[- ]teacher|teachers?'?|open|school|prize[- ]giving|careers?|"
    r"options|information|info)\s+$"
)
_SCHOOL_EVENING_AFTER = re.compile(r"^\s+(?:class(?:es)?|course|courses|lessons?|school)\b")


def _an_evening_at_school(lowered: str, entity: Entity) -> bool:
    """Whether the occasion "evening" found is a school's or a class's evening, not evening wear."""
    if entity.entity != "occasion" or lowered[entity.start : entity.end] != "evening":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(
        _SCHOOL_EVENING_BEFORE.search(before) or _SCHOOL_EVENING_AFTER.match(lowered[entity.end :])
    )


def _mark_exclusions(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "excluded" to terms the shopper rules out: "not brown", "anything but
    loafers", "no black or navy" (a list after a negation is excluded as a whole)."""
    marked: list[Entity] = []
    for entity in entities:
        excluded = False
        if entity.entity in NEGATABLE:
            # Long enough for "don't want to look like i'm going to a " before the term.
            before = lowered[max(0, entity.start - 60) : entity.start]
            excluded = bool(_NEGATION_BEFORE.search(before))
            previous = marked[-1] if marked else None
            if (
                not excluded
                and previous is not None
                and previous.role == "excluded"
                and previous.entity == entity.entity
                and (
                    _LET_GO_LIST
                    if _LET_GO.search(lowered[max(0, previous.start - 30) : previous.start])
                    else _SAME_LIST
                ).match(lowered[previous.end : entity.start])
            ):
                excluded = True
        elif entity.entity == "size" and sum(e.entity == "size" for e in entities) > 1:
            # "a medium instead of XL", "M not XL": the size wanted is the other one.
            before = lowered[max(0, entity.start - 30) : entity.start]
            excluded = bool(_SIZE_RULED_OUT_BEFORE.search(before))
        marked.append(replace(entity, role="excluded") if excluded else entity)
    return marked


# "I already have an emerald green gown", "ive got a navy suit": what the shopper owns, said to
# find what goes with it, never to search for it again.
_OWNS = re.compile(
    r"(?:\bi\s+(?:already\s+|do\s+)?(?:have|own|got|bought)|\bi'?ve\s+(?:already\s+)?(?:got|bought)"
    r"|\balready\s+(?:have|own|got|bought))\s+(?:(?:a|an|the|my|this|one|some|pair of)\s+)*"
)
# The words between "I have a" and the kind owned: a few describing it ("an emerald green"), no
# stop or linking word ("i have a budget of 200 for shoes" owns no shoes).
_OWNED_PHRASE_GAP = re.compile(
    r"^(?![^,.;!?]*\b(?:for|of|to|with|at|on|from|in|and|but|need|want|looking)\b)[^,.;!?]{0,40}$"
)
OWNED_ROLE = "owned"


def _mark_owned(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "owned" to what the shopper says they have: the kind after "I already have
    a" and the colours, materials and brands said with it ("an emerald green gown")."""
    owned: set[int] = set()
    for match in _OWNS.finditer(lowered):
        kind = next(
            (
                index for index, entity in enumerate(entities)
                if entity.entity == "category" and entity.start >= match.end()
            ),
            None,
        )  # fmt: skip
        if kind is None or not _OWNED_PHRASE_GAP.match(lowered[match.end() : entities[kind].start]):
            continue
        owned |= {
            index for index, entity in enumerate(entities[: kind + 1])
            if entity.start >= match.end() and entity.entity in NEGATABLE and not entity.role
        }  # fmt: skip
    return [
        replace(entity, role=OWNED_ROLE) if index in owned else entity
        for index, entity in enumerate(entities)
    ]


def _pattern_candidates(lowered: str, text: str) -> list[Entity]:
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
    key = size_query_key(raw)
    return display_size(key) if key else None


def _part_of_a_longer_word(text: str, start: int, end: int) -> bool:
    return bool(re.match(r"[\w'’-]", text[end : end + 1]) or re.search(r"[\w'’-]$", text[:start]))


def _consonants(word: str) -> str:
    """The word without its vowels after the first letter: "brown" -> "brwn"."""
    return word[:1] + "".join(letter for letter in word[1:] if letter not in VOWELS)


def _without_some_vowels(phrase: str, word: str) -> bool:
    """Whether `word` is `phrase` written without its vowels ("brwn", "snkrs") or without one of
    them ("whte", "gren"); not with some left out and some kept ("bene" is not "beanie")."""
    if len(word) >= len(phrase) or word[:1] != phrase[:1]:
        return False
    if len(word) < len(phrase) - 1 and _consonants(word) != word:
        return False
    rest = iter(word)
    expected = next(rest, None)
    for letter in phrase:
        if letter == expected:
            expected = next(rest, None)
        elif letter not in VOWELS:
            return False
    return expected is None


def _slip_of_the_finger(word: str, phrase: str) -> bool:
    """`word` is `phrase` with two neighbouring letters swapped ("slik"), one letter missing
    ("bron") or one letter doubled ("brrea")."""
    if len(word) == len(phrase):
        return _one_edit_apart(word, phrase) and sorted(word) == sorted(phrase)
    if len(word) == len(phrase) - 1:
        return _one_edit_apart(word, phrase)
    if len(word) == len(phrase) + 1:
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == phrase
            for i in range(1, len(word))
        )
    return False


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POSITION = {
    key: (row, column) for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)
}


def _next_key_slip(word: str, phrase: str) -> bool:
    """`word` is `phrase` with one letter replaced by a neighbouring key ("blsck" for black);
    "howdy" is not "hoody"."""
    if len(word) != len(phrase):
        return False
    diffs = [(a, b) for a, b in zip(word, phrase, strict=True) if a != b]
    if len(diffs) != 1 or not all(letter in _KEY_POSITION for letter in diffs[0]):
        return False
    (row_a, column_a), (row_b, column_b) = (_KEY_POSITION[letter] for letter in diffs[0])
    # Rows are staggered by about half a key: a neighbour is at most one key away either way.
    return abs(row_a - row_b) <= 1 and abs((column_a + row_a / 2) - (column_b + row_b / 2)) <= 1


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one swap of neighbouring letters."""
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
