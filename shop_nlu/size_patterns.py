"""The patterns that find a size said in a message, needing no catalog: "size 10", "im a medium",
"42 regular", "uk 9", "a medium instead of XL", "a 34 inch waist"; and how a size said becomes the
shop's size label. `shop_nlu.extraction_patterns` tries them in this order, after the prices (of
two readings of the same words, the first pattern wins)."""

from __future__ import annotations

import re

from commerce.sizes import display_size, size_query_key
from shop_nlu.adding_words import ADD_VERBS
from shop_nlu.bracketed_sizes import BRACKETED_SIZE
from shop_nlu.shirt_tags import SHIRT_TAG_PATTERN
from shop_nlu.size_changes import SIZE_CHANGED_TO

# Numbers said in words, as sizes, quantities and ratings may be ("a ten", "two pairs").
WORD_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
}  # fmt: skip

# A size swapped for another in "A instead of B": letters, words and suit sizes.
_SIZE_SWAPPED = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\dxl|small|medium|large|extra large|\d{2}\s?[rls])"

_SIZE_NUMBER = r"\d{1,2}(?:[.,]5|½)?(?:\s(?:and a half|1/2))?"
_SIZE_VALUE = (
    rf"(?:(?:us|uk|eu)\s?{_SIZE_NUMBER}|\d{{2}}\s?(?:r|l|s|regular|long|short)\b|{_SIZE_NUMBER}"
    r"|x{1,6}[sl]|\dxl|xs|xxs|medium|small|large|extra large|m|s|l|" + "|".join(WORD_NUMBERS) + r")"
)
_NOT_A_SIZE_AFTER = (
    r"(?!\s?(?:dollars?|bucks|usd|\$|%|days?|hours?|mins?|minutes?|weeks?|months?|years?|pm|am"
    r"|yrs?\b|yo\b|y/o|o'?clock|pairs?|items?|of\b|more|results?|products?|pieces?|-piece|piece|st\b|nd\b|rd\b|th\b))"
)

# "medium brown", "a medium heel": a shade or a heel height, not a size.
_NOT_A_SHADE_OR_HEEL = (
    r"(?!\s+(?:heels?|heeled|height|brown|grey|gray|blue|green|pink|red|tan|wash|tone|shade)\b)"
)

# A shoe size said with no word for sizes: only the shoes' range, and only where the number
# ends the phrase (the message, a clause, or before the kind or "please").
_SHOE_NUMBER = r"(?:[4-9]|1[0-5])(?:[.,]5|½)?"
_COLOURS = (
    r"black|white|brown|tan|navy|grey|gray|beige|red|blue|green|pink|cream|ivory|nude|gold|silver"
    r"|burgundy|cognac|taupe|olive"
)
_SHOE_KINDS = (
    r"shoes?|trainers?|sneakers?|boots?|flats?|heels?|loafers?|oxfords?|pumps?|sandals?|brogues?"
    r"|derbys?|mules?"
)
_SAID_AS_A_SIZE = (
    r"(?=\s*(?:$|[.,!?;:)]|and\b|or\b|please\b|pls\b|plz\b|too\b|in\s+(?:stock|black|brown|white)\b"
    rf"|(?:\w+\s+)?(?:{_SHOE_KINDS})\b))"
)
# A half shoe size ("9.5", "10½", "8 and a half"): never a count nor a price, so in an add it is
# the size even without the word (stranger test 89, A5: "ok add 9.5 to cart pls").
_HALF_SHOE = r"(?:[4-9]|1[0-5])(?:[.,]5|½|\s(?:and a half|1/2))"
_NOT_A_MEASURE = r"(?!\s?(?:(?:inch|inches|cm|mm|oz|kg|lbs?)\b|\"))"

SIZE_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "15 1/2 34/35", "collar 16 sleeve 33": a shirt tag, whose collar is the size (the sleeve is
    # no size of its own; stranger test 54).
    ("size", SHIRT_TAG_PATTERN),
    # "eu size 50", "european size 50", "size 50 (EU)": the sizing said around the word "size".
    ("size", re.compile(
        rf"\b(?P<value>(?:eu|uk|us|european|british)\s(?:size|sz)\s{_SIZE_NUMBER})\b(?![.,]\d)"
    )),
    ("size", re.compile(rf"\bsize\s(?P<value>{_SIZE_NUMBER}\s?\((?:eu|uk)\))")),
    # "size 10", "size:M", "sz10", "sz. 8", "size=8", "size - 8"; never "sizes" read as "size S".
    ("size", re.compile(
        r"\b(?:size|sz|a size)(?:\s*[:#=]\s*|\s+[-–]\s+|(?<=sz)\.\s*|\s+|(?=\d))"
        rf"(?P<value>{_SIZE_VALUE})\b(?![.,]\d)"
    )),
    # "black pumps (7.5)", "heels (7.5 US)", "a shirt (M)" (stranger test 81).
    ("size", BRACKETED_SIZE),
    # "her size is 8", "my wife's shoe size is 8", "his size = 10": whose size it is, then the size.
    ("size", re.compile(
        r"\b(?:her|his|my|their|your|ur|[a-z]+['’]s)\s+(?:[a-z]+\s+)?size\s+(?:is\s+|=\s*)(?:an?\s+)?"
        rf"(?P<value>{_SIZE_VALUE})\b(?![.,]\d){_NOT_A_SIZE_AFTER}"
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
    # "a raincoat, ladies medium" (stranger test 69): a letter size in words, said the same way.
    ("size", re.compile(
        r"\b(?:wom[ae]n'?s|m[ae]n'?s|ladies'?|ladys|gents'?)\s+(?P<value>small|medium|large)\b"
        r"(?!\s+(?:bag|clutch|purse|tote|handbag|sized?|one|ones|version)\b)" + _NOT_A_SHADE_OR_HEEL
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
        r"(?=\s*(?:please|pls|plz|thanks|thx|then|too|tho|though|instead|also|as\s+well)?"
        r"\s*[.!?]*\s*$)"
    )),
    # "the black dress in M to my cart", "the dress in M and those shoes": a letter size said with
    # one of several things added, before where they go or the next thing (stranger test 82, B#5);
    # "the first one in L to cart" (stranger test 93, A4) with no "my".
    ("size", re.compile(
        r"\bin\s+(?:size\s+)?(?P<value>xs|s|m|l|xl|xxl)(?=\s*,|\s+(?:to|in|into)\s+(?:(?:my|the|your)"
        r"\s+)?(?:cart|basket|bag|trolley)\b|\s+(?:and|&|\+|n)\s+(?:the|those|these|that|my)\b)"
    )),
    # "a white dress in M for my graduation", "a red dress in S and black heels in 8": a letter
    # size right after a kind made in letter sizes (stranger test 87, B1).
    ("size", re.compile(
        r"\b(?:dress(?:es)?|gowns?|shirts?|tops?|blouses?|cardigans?|sweaters?)\s+in\s+"
        r"(?:size\s+|an?\s+)?(?P<value>xs|s|m|l|xl|xxl)\b(?![-'’.&]\w)"
    )),
    # "im usually L in jackets", "normally an M": the letter size worn (stranger test 93, A2).
    ("size", re.compile(
        r"\b(?:usually|normally|typically)\s+(?:an?\s+|size\s+)?(?P<value>xs|s|m|l|xl|xxl)\b(?![-'’.&]\w)"
    )),
    # "in stock M?", "have M?", "got L?": a letter size asked after, ending the message (stranger
    # test 44).
    ("size", re.compile(
        r"\b(?:stock|have|got|available)\s+(?:an?\s+)?(?P<value>xs|s|m|l|xl|xxl)\s*[.!?]*\s*$"
    )),
    # "is it in stock in M in the blue, how much is it": a letter size asked after, then the
    # colour or the next question (stranger test 92, B2).
    ("size", re.compile(
        r"\b(?:stock|available|avail|come|comes)\s+in\s+(?:size\s+|an?\s+)?"
        r"(?P<value>xs|s|m|l|xl|xxl)(?=\s+in\s+|\s*[,?!;]|\s+(?:and|or)\b)"
    )),
    # "ok i take blue L", "i'll take white M pls": a letter size after the colour taken, ending the
    # message (stranger test 58, Linh #8).
    ("size", re.compile(
        r"\b(?:take|get|buy|want|have)\s+(?:the\s+)?[a-z]+\s+(?P<value>xs|s|m|l|xl|xxl)"
        r"(?=\s*(?:please|pls|plz|thanks|thx)?\s*[.!?]*\s*$)"
    )),
    # "also. jumper. grey. M", "boots. brown. 9", "dress, red, medium": a size written as a
    # fragment of its own, between full stops or commas after a word (stranger test 44).
    ("size", re.compile(
        r"(?<=[a-z])\s*[.,;]\s+(?P<value>x{1,3}[sl]|xs|s|m|l|small|medium|large|extra large"
        r"|(?:[5-9]|1[0-6])(?:[.,]5|½)?)\s*(?=[.,;!?]|$)"
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
        # "take it in M green", "in medium green" (stranger test 35): a purchase names the size,
        # then the colour; the catalog sells no "medium" shade, so only a heel is ruled out here.
        r"(?!\s+(?:heels?|heeled|height)\b)"
    )),
    ("size", re.compile(
        r"\b(?P<value>small|medium|large|extra large)\s+instead\b" + _NOT_A_SHADE_OR_HEEL
    )),
    # "actualy make it 9.5", "can u do 8.5 instead": a shoe size the search is changed to.
    ("size", SIZE_CHANGED_TO),
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
    ("size", re.compile(rf"\b(?P<value>{_SIZE_NUMBER})\s?(?:inch\s+)?(?:collar|neck|waist|chest)\b")),
    # "jeans 32w": a waist, as a jeans label writes it (stranger test 87, B1).
    ("size", re.compile(r"\b(?P<value>2[6-9]|3\d|4[0-4])w\b")),
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
    # "have 7.5?", "u got a 9?", "ok have size 8 pls": a size asked after, the whole message (a
    # product in view is asked of; stranger test 53, problem 4).
    ("size", re.compile(
        r"^\W*(?:(?:ok(?:ay)?|so|and|hi|hey)\W+)*(?:(?:do\s*)?(?:you|u|ya)\s+)?"
        r"(?:have|hav|got|stock)\s+(?:it\s+in\s+)?(?:an?\s+|size\s+|sz\s+)*"
        r"(?P<value>(?:[5-9]|[1-4]\d)(?:[.,]5|½)?)"
        r"\s*(?:too|also|left|in stock|pls|plz|please)?\s*[?!.]*\s*$"
    )),
    # "what about 15", "and 15?" after a search in a size: another size, as a number alone is.
    ("size", re.compile(
        r"^\W*(?:(?:ok(?:ay)?|so|hmm+|um+|well)\W+)*(?:(?:what|how|wat)\s+(?:about|abt|bout)|and)"
        r"\s+(?:(?:a|an|size|sz)\s+)*(?P<value>(?:[5-9]|[1-4]\d)(?:[.,]5|½)?)\s*[?!.]*\s*$"
    )),
    # Shoe sizes said without the word "size" (stranger test 62): "black 7.5", "brown 9 pls",
    # "my 10.5", "9s" ("in a 9" is above); a shoe's range only, and never before a unit or kids.
    # Past a stop after them too: "what about the shoes? 8", "shoes then: 8" (stranger test 69).
    ("size", re.compile(
        rf"\b(?:{_COLOURS}|{_SHOE_KINDS}|my(?:\s+usual)?)(?:\s+then)?(?:\s*[?,:;!])?\s+"
        rf"(?P<value>{_SHOE_NUMBER})(?![.,]?\d)"
        + _SAID_AS_A_SIZE
    )),
    ("size", re.compile(rf"(?<![\w$£€.,])(?P<value>{_SHOE_NUMBER})s\b{_SAID_AS_A_SIZE}")),
    # Sizes told in a list, each with its kind (stranger test 71, B1): "trousers 36", "pants: 32",
    # "a 9 shoe" (one shoe is a size; "9 shoes" could be a count).
    ("size", re.compile(
        r"\b(?:trousers|pants|jeans|chinos)\s*[:=]?\s*(?P<value>2[6-9]|3\d|4[0-4])(?![.,]?\d)"
        r"(?=\s*(?:$|[.,!?;]|and\b))"
    )),
    ("size", re.compile(
        rf"(?<![\w$£€.,])(?P<value>{_SHOE_NUMBER})\s+shoe\b(?!\s*(?:rack|box|shop|store|size|care))"
    )),
    # "Still brown, still 11.", "still a medium pls": the size searched before, kept (stranger test
    # 60, Doug #4); never "still 2 days" nor "still 11 left".
    ("size", re.compile(
        rf"\bstill\s+(?:(?:a|an|in|size|sz)\s+)*(?P<value>{_SHOE_NUMBER}|\d{{2}}|small|medium"
        r"|large|xs|xl|xxl|m|l)(?![.,]?\d)" + _SAID_AS_A_SIZE
    )),
    # A half size in an add: "add 9.5 to cart", "put the 8.5 in my basket", "ok 11.5, add".
    ("size", re.compile(
        rf"\b(?:{ADD_VERBS})\s+(?:(?:it|them|the|a|an|in|my|me|sz|size|us)\s+)*"
        rf"(?P<value>{_HALF_SHOE})(?![.,]?\d){_NOT_A_SIZE_AFTER}{_NOT_A_MEASURE}"
    )),
    ("size", re.compile(
        rf"(?<![\w$£€.,])(?P<value>{_HALF_SHOE})(?![.,]?\d)\s*[,.!:;-]?\s*"
        rf"(?:(?:then|pls|plz|please|and|so)\s+)*(?:{ADD_VERBS})\b"
    )),
]  # fmt: skip


_SIZINGS = {"european": "eu", "british": "uk"}


def size_value(raw: str) -> str | None:
    """The shop's label of a size as said ("ten", "10 uk", "medium"); None when it is none."""
    raw = WORD_NUMBERS.get(raw, raw)
    # "european size 50", "50 (eu)": the sizing and the number only.
    if said := re.fullmatch(r"(eu|uk|us|european|british)\s(?:size|sz)\s(.+)", raw):
        raw = f"{_SIZINGS.get(said.group(1), said.group(1))} {said.group(2)}"
    raw = re.sub(r"\s?\((eu|uk)\)$", r" \1", raw)
    # "10 uk": written the usual way round, "uk 10".
    if swapped := re.fullmatch(r"(.+?)\s?(us|uk|eu)", raw):
        raw = f"{swapped.group(2)} {swapped.group(1)}"
    key = size_query_key(raw)
    return display_size(key) if key else None
