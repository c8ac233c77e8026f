"""What a message asks by the words around the catalog terms it names, whatever intent the
classifier heard: a gift for someone, a gift received that doesn't fit, other products instead,
what the product in focus is made of, a pick by price among those on screen, the list in price
order, what is on sale, and saying you'll take the product pointed at."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.ages import names_a_teenager
from shop_nlu.entity import Entity
from shop_nlu.i_take import says_i_take
from shop_nlu.intents import (
    FALLBACK_INTENT,
    NOT_ABOUT_PRODUCTS,
    OUT_OF_SCOPE_INTENT,
    SEARCH_INTENT,
)
from shop_nlu.typos import with_key_words_corrected

# ---------------------------------------------------------------------------------------------
# Readings that the words around a catalog term decide
# ---------------------------------------------------------------------------------------------
# "Need a gift for my gf", "a present for my mum", "something for my wife's birthday": shopping
# for someone. A search (for them, when the words say who), not small talk; but not a question
# about gift wrapping, notes, receipts or sending ("can i send it to my sister as a gift").
_GIFT = re.compile(
    r"\b(?:gifts?|presents?|pressies?|prezzies?|birthday|bday|b-day|anniversary|christmas|xmas|"
    r"valentines?|valentine's|mother's day|mothers day|father's day|fathers day)\b",
    re.IGNORECASE,
)
_GIFT_SERVICE = re.compile(
    r"\b(?:wrap\w*|receipts?|messages?|notes?|cards?|vouchers?|certificates?|box|boxes|packag\w*|"
    r"return\w*|exchang\w*|refund\w*|send\w*|sent|ship\w*|deliver\w*|order\w*|track\w*)\b",
    re.IGNORECASE,
)
# Intents a gift request may have been read as: small talk, unsure, or the gift-wrapping question.
MAY_BE_A_GIFT_REQUEST = NOT_ABOUT_PRODUCTS | {"ask_gift_options"}


def asks_for_a_gift(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message asks for a gift for someone it names ("a present for my mum")."""
    return (
        bool(_GIFT.search(text))
        and not _GIFT_SERVICE.search(text)
        and any(entity.entity == "gender" and entity.role is None for entity in entities)
    )


# A present named as such: "a leaving present for a colleague", "gift ideas for my grandson".
_GIFT_NOUN = re.compile(r"\b(?:gifts?|presents?|pressies?|prezzies?)\b", re.IGNORECASE)


def names_a_gift(text: str, for_someone: bool) -> bool:
    """Whether a message is about buying a gift: a present named ("a leaving present for a
    colleague"), or a birthday, Christmas... of someone it names (`for_someone`: "my sister's
    birthday is next week"); never a question about wrapping, notes or sending one."""
    if _GIFT_SERVICE.search(text):
        return False
    return bool(_GIFT_NOUN.search(text) or (for_someone and _GIFT.search(text)))


# "Swap it for the other one", "exchange the carlton for the rutland", "trade that for the second
# one": one product traded for another the message points at, heard as a return or the exchanges
# question. It is the add action's (the cart's swap, actions/cart_swaps.py, which also says how an
# exchange of an order works when nothing is in the cart); "swap it for a bigger size", "exchange
# them for the right colour" stay returns.
SWAP_INTENT = "add_to_cart"
MAY_BE_A_SWAP = frozenset({"return_order", "ask_return_policy"})
_TRADES = re.compile(r"\b(?:swap|switch|exchange|trade|replace)\b.{0,40}?\b(?:for|with)\b")
_FOR_ANOTHER = re.compile(
    r"\s+(?:the\s+)?(?:other|first|second|third|1st|2nd|3rd|last|cheaper|pricier)\b"
    r"(?!\s+(?:size|colou?r|length|fit|width|way)s?\b)"
)


def trades_for_another_product(text: str, products_at: Iterable[int] = ()) -> bool:
    """Whether a message trades one product for another it points at ("the other one", "the
    second one", a product's name: `products_at`, where the message names products), rather than
    for another size or colour."""
    trade = _TRADES.search(text.lower())
    if trade is None:
        return False
    return bool(_FOR_ANOTHER.match(text.lower(), trade.end())) or any(
        start >= trade.end() for start in products_at
    )


def shops_for_a_teenager(text: str) -> bool:
    """Whether a message asks what to get a teenager ("what would a 15yo girl like", "something
    for a teenager"): a search offering casual kinds first; not a question about wrapping,
    returns or delivery ("can my 16 year old return it")."""
    return names_a_teenager(text) and not _GIFT_SERVICE.search(text)


# "idk her size lol", "no clue what size she is", "not sure about his size": shopping for someone
# whose size the shopper doesn't know. Still shopping (what needs no size), not the size guide,
# which measures the shopper; "i don't know my size" is left to the size guide.
_NOT_KNOWN = (
    r"(?:idk|dunno|(?:do ?n'?t|do not) know|(?:no|have no|got no) (?:idea|clue)|not sure|unsure)"
)
_SOMEONE = (
    r"(?:her|his|their|she|he|they|she'?s|he'?s|(?:gf|bf|girlfriend|boyfriend|wife|husband)'?s)"
)
_THEIR_SIZE_NOT_KNOWN = re.compile(
    rf"\b{_NOT_KNOWN}\b[^.?!]{{0,20}}?"
    rf"(?:\b{_SOMEONE}\b[^.?!]{{0,12}}\bsizes?\b|\bsizes?\b[^.?!]{{0,12}}\b{_SOMEONE}\b)",
    re.IGNORECASE,
)
# Intents such a message may have been read as: small talk, unsure, or the size guide.
MAY_NOT_KNOW_THEIR_SIZE = NOT_ABOUT_PRODUCTS | {"ask_size_guide"}


def does_not_know_their_size(text: str) -> bool:
    """Whether a message says the shopper doesn't know the size of whom they shop for ("idk her
    size"); not a question about returning or sending ("can she exchange it if i dont know her
    size"), which the returns answer covers."""
    return bool(_THEIR_SIZE_NOT_KNOWN.search(text)) and not _GIFT_SERVICE.search(text)


# "My aunt got me a jacket from you for my birthday but it's way too big": a gift received that
# doesn't fit is a question about exchanging it (the returns answer), not a search for the kind.
RETURNS_INTENT = "ask_return_policy"
_RECEIVED_FROM_SOMEONE = re.compile(
    r"\b(?:(?:my|our) \w+|s?he|they|someone|somebody|\w+ and \w+) (?:\w+ )?"
    r"(?:got|bought|gave|ordered|sent|gifted|picked out)(?: me| us)?\b"
    r"|\b(?:as|for) (?:a |an )?(?:gift|present|birthday|bday|christmas|xmas)"
    r"|\b(?:got|received|was given|given) (?:\w+ ){0,4}(?:as|for) (?:a |an |my )?"
    r"(?:gift|present|birthday|bday|christmas|xmas)",
    re.IGNORECASE,
)
# Not the right size, of what arrived or in a what-if ("if too small": return_followups.py).
DOES_NOT_FIT_WORDS = (
    r"(?:(?:way |much |a bit |a size |slightly |bit )?"
    r"(?:too (?:big|small|large|tight|loose|long|short|baggy|narrow|wide)|2 (?:big|small|tight|baggy|loose))"
    r"|(?:does ?n'?t|dont|don't|do not|not|doesnt|no|wont|won'?t|will not)\s+fit\w*|wrong size)"
)
_DOES_NOT_FIT = re.compile(rf"\b{DOES_NOT_FIT_WORDS}\b", re.IGNORECASE)
MAY_BE_A_GIFT_THAT_DOES_NOT_FIT_EXCEPT = frozenset(
    {RETURNS_INTENT, "return_order", "no_order_number"}
)


def received_a_gift_that_does_not_fit(text: str) -> bool:
    """Whether the message says someone gave the shopper something that doesn't fit."""
    return bool(_RECEIVED_FROM_SOMEONE.search(text) and says_it_does_not_fit(text))


def says_it_does_not_fit(text: str) -> bool:
    """Whether the message says something is too small, too tight, the wrong size or doesn't fit."""
    return bool(_DOES_NOT_FIT.search(text))


# A grumble naming a kind it wants instead is a refinement: "something flat instead, my feet hurt
# in heels" asks for flats, it does not complain ("the heels i got are broken" does).
WANTS_OTHER_PRODUCTS_INSTEAD_OF = frozenset({"complaint"})
_WISH_BEFORE = re.compile(
    r"\b(?:something|anything|any|rather(?: have| get| go for)?|prefer|instead|show me|try|"
    r"maybe|how about|what about)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
_WISH_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?instead\b", re.IGNORECASE)
WISHED_FOR = frozenset({"category", "feature", "colour"})
# "Is it pure silk?", "are they waterproof?", "do those come in wide?": a question about the
# product in focus (or those on screen), not a search for silk nor the silk product on screen.
_IS_IT_BEFORE = re.compile(
    r"\b(?:is|are|r|iz|do|does)\s+(?:it|they|this|these|those|that)(?:\s+one)?\s+"
    r"(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
PICKS_OR_NARROWS = frozenset({
    "category", "colour", "size", "price_min", "price_max", "ordinal", "product", "brand", "sort",
    "price_direction",
})  # fmt: skip
QUESTION_INTENT = "ask_product_question"
REFINE_INTENT = "refine_search"


def wishes_for_other_products(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks for a kind, style or colour instead ("something flat instead",
    "i'd rather have loafers", "anything flat?")."""
    return any(
        entity.entity in WISHED_FOR
        and entity.role is None
        and (
            _WISH_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
            or _WISH_AFTER.match(text[entity.end :])
        )
        for entity in entities
    )


def asks_about_its_material(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks whether the product in focus is made of or has a feature ("is it
    pure silk?"), naming nothing that would pick or search for another product."""
    if any(e.entity in PICKS_OR_NARROWS and e.role is None for e in entities):
        return False
    return any(
        entity.entity == "feature"
        and _IS_IT_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
        for entity in entities
    )


_WHAT_IT_IS_MADE_OF = re.compile(
    r"\bmade (?:of|from|out of|with)\b|\bwhat (?:material|fabric)\b|\bwhat(?:'?s| is) the "
    r"(?:material|fabric)\b",
    re.IGNORECASE,
)


def asks_what_the_one_pointed_at_is_made_of(text: str, entities: list[Entity]) -> bool:
    """Whether a message points at one product on screen ("the second one") and asks what it is
    made of: "what about the second one, whats that made of"."""
    pointed = any(entity.entity == "ordinal" for entity in entities)
    return pointed and bool(_WHAT_IT_IS_MADE_OF.search(text))


# ---------------------------------------------------------------------------------------------
# Picking by price among those on screen, and asking what is on sale
# ---------------------------------------------------------------------------------------------
# "whats the cheapest of those", "which of these is cheapest": the same pick as "the cheapest
# one" (the select action takes the cheapest of the list), not a price question or a comparison.
SELECT_INTENT = "select_product"
MAY_PICK_BY_PRICE = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "ask_price", "compare_products", SEARCH_INTENT,
    "refine_search",
})  # fmt: skip
_SUPERLATIVE_PRICE = re.compile(
    r"\b(?:cheapest|priciest|dearest|most expensive|least expensive|most affordable|"
    r"lowest[- ]priced|highest[- ]priced)\b",
    re.IGNORECASE,
)
_AMONG_THOSE_SHOWN = re.compile(
    r"\b(?:of|among(?:st)?)\s+(?:those|these|them|the(?:se|m)? (?:ones|lot|three|two))\b"
    r"|\bwhich(?: one)?(?:\s+of\s+\w+)?\s+(?:is|'s|s|are)\b|\bwhich one\b"
    r"|\bones?\s+(?:there|here|shown|on screen|you (?:showed|sent|listed))\b",
    re.IGNORECASE,
)
# "can you show me the cheapest first please, money's a bit tight this month": the list on screen
# in price order, whatever chat comes with it (refine 0.45 against out_of_scope 0.41 fell back).
MAY_ASK_FOR_PRICE_ORDER = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
# Right after the sort word: "the cheapest first", "cheapest ones at the top".
_FIRST_AFTER = re.compile(
    r"^\s+(?:(?:ones?|items?|stuff|things?|options?)\s+)?(?:first|1st|on top|at the top)\b"
)
_IN_PRICE_ORDER = re.compile(
    r"\b(?:sort|order|rank|arrange)(?:ed|ing)?\b(?:\s+\w+){0,2}\s+by\s+(?:the\s+)?price\b"
    r"|\blow(?:est)?\s+to\s+high(?:est)?\b|\bhigh(?:est)?\s+to\s+low(?:est)?\b"
    r"|\b(?:cheapest|least expensive)\s+to\s+(?:the\s+)?(?:dearest|priciest|most expensive)\b"
    r"|\b(?:dearest|priciest|most expensive)\s+to\s+(?:the\s+)?(?:cheapest|least expensive)\b",
    re.IGNORECASE,
)
# "is it on sale?", "is the osprey discounted": a price question about one product.
MAY_ASK_FOR_SALE = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "ask_price"})
_ABOUT_ONE_PRODUCT = re.compile(
    r"\b(?:it|its|it's|this|that)\b|\b(?:is|are)\s+(?:they|these|those|the)\b", re.IGNORECASE
)
_NOT_A_SALE = re.compile(r"\bsales?\s+tax\b", re.IGNORECASE)


def picks_by_price(text: str, entities: list[Entity]) -> bool:
    """Whether a message picks the cheapest or priciest of the products on screen ("whats the
    cheapest of those", "which of these is cheapest", "the most expensive one there"), typos and
    all ("wich is cheepest": stranger test 34)."""
    if any(e.entity in ("product", "ordinal") and e.role is None for e in entities):
        return False
    sorts = {e.value for e in entities if e.entity == "sort" and e.role is None}
    text = with_key_words_corrected(text)
    return (
        bool(sorts & {"price_asc", "price_desc"})
        and bool(_SUPERLATIVE_PRICE.search(text))
        and bool(_AMONG_THOSE_SHOWN.search(text))
    )


def asks_for_price_order(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks for the products in price order ("cheapest first please", "sort by
    price low to high"), not for one of them ("whats the cheapest one?")."""
    if any(e.entity == "product" and e.role is None for e in entities):
        return False
    sorts = [
        e for e in entities
        if e.entity == "sort" and e.role is None and e.value in ("price_asc", "price_desc")
    ]  # fmt: skip
    return bool(sorts) and (
        bool(_IN_PRICE_ORDER.search(text))
        or any(_FIRST_AFTER.match(text[e.end :].lower()) for e in sorts)
    )


def asks_for_sale_items(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks what is on sale ("nah too much. anything on sale", "whats
    discounted"), not whether the product in focus or a named one is ("is it on sale?")."""
    if any(e.entity == "product" for e in entities) or _NOT_A_SALE.search(text):
        return False
    return any(
        e.entity == "deal" and e.role is None for e in entities
    ) and not _ABOUT_ONE_PRODUCT.search(text)


# ---------------------------------------------------------------------------------------------
# Saying you'll take it
# ---------------------------------------------------------------------------------------------
# "Very well, I shall take it.", "ill go with the first one in 11.5", "go on then, ill have it":
# the shopper buys the product they point at (the Buy path), whatever question or stock check the
# classifier heard in the rest of the message. What is taken must be a pointer ("it", "that one",
# "the first one"), so "I'll have a look at belts" stays a search and "I'll take it back" a return.
BUY_INTENT = "buy"
MAY_BE_A_PURCHASE = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "ask_product_question", "check_availability",
    "select_product", "product_details", "ask_price", "goodbye", "thank", "state_size",
    "ask_size_guide", "refine_search", SEARCH_INTENT, "ask_what_goes_with", "remove_from_cart",
})  # fmt: skip
_TAKES_IT = re.compile(
    r"\b(?:i'?ll|ill|i will|i shall|i'?m (?:gonna|going to)|im (?:gonna|going to)|i'?d like to|"
    r"i want to|i wanna|let me|lemme|gonna)\s+(?:just\s+|definitely\s+|probably\s+)?"
    r"(?:take|have|go with|go for|get|buy|grab|order|purchase|pick)\s+"
    r"(?:it|that|this|them|those|these|one|(?:the|that|this)\s+(?:[\w'-]+\s+){0,3}?ones?|"
    r"the\s+(?:first|second|third|fourth|last|1st|2nd|3rd|4th|cheap\w*|pric\w*))\b"
    r"(?!\s+(?:back|off|out|up|down|away|apart|home|delivered|sent|shipped|posted|returned|"
    r"look|instead of)\b)",
    re.IGNORECASE,
)
# "bag me a pair of those brogues", "cop those jordans", "gimme those in a 10": a slang verb that
# takes what is pointed at ("those", "them"), said first; "get me a dress" stays a search.
SLANG_TAKES = re.compile(
    r"^\W*(?:(?:ok|okay|yo|right|so|just|pls|please|can you|could you)\W+)*"
    r"(?:gimme|(?:bag|nab|snag|cop|grab|get)\s+(?:me|us)|bag|nab|snag|cop|grab)\s+"
    r"(?:a pair of\s+|one of\s+|both of\s+)?(?:those|them|these)\b",
    re.IGNORECASE,
)
# "yes that one please, size 34", "ok this one in a medium": yes to the product, with its size.
_YES_THAT_ONE = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|ok(?:ay)?|sure|great|perfect|lovely|right|sold)\b\W+(?:please\s+|pls\s+)?"
    r"(?:that|this|the)\s+one\b",
    re.IGNORECASE,
)
# "yes that one, do you have it in L?", "ok this one. in stock M?": a yes to the product that asks
# whether it is there in a size, not one that takes it.
_ASKS_IF_THERE = re.compile(
    r"\b(?:do|does|have|has)\s+(?:you|u|they|it)\b|\b(?:got|stock|available|left|come|comes)\b",
    re.IGNORECASE,
)


def says_they_take_it(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message says the shopper takes the product they point at ("I'll take it", "ill
    go with the first one", "yes that one please, size 34"), not asks about it."""
    if _TAKES_IT.search(text) or SLANG_TAKES.search(text) or says_i_take(text, entities):
        return True
    return (
        bool(_YES_THAT_ONE.search(text))
        and not _ASKS_IF_THERE.search(text)
        and any(entity.entity == "size" and entity.role is None for entity in entities)
    )


# "maximum 55x40x20 cm", "40 x 30 x 20", "55 by 40 by 20": a bag's measurements, which no search
# can filter by. Two numbers are a waist and leg ("30x32 chinos", "34x32 inches"), which it can.
_MEASUREMENTS = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?(?:(?:\s?x\s?|\s(?:by|x)\s)\d+(?:[.,]\d+)?){2,}"
    r"(?:\s?(?:cm|mm|centimet(?:er|re)s?|inch(?:es)?))?(?![a-z])",
    re.IGNORECASE,
)


def gives_measurements(text: str) -> str | None:
    """The measurements a message gives ("55x40x20 cm"), as written, or None."""
    match = _MEASUREMENTS.search(text)
    return match.group(0) if match else None


# "Nothing too revealing", "something modest", "not too skimpy", "no low-cut": how much a garment
# covers, which no product text says (stranger test 25): said to be beyond the catalog, never
# dropped without a word and never guessed from a description.
_COVERAGE = re.compile(
    r"\b(?:(?:not|nothing|none|no|less|without)\s+(?:\w+\s+)?(?:revealing|skimpy|low[\s-]?cut|"
    r"see[\s-]?through|sheer|raunchy|racy|sexy)|too\s+(?:revealing|skimpy|low[\s-]?cut|racy|sexy)|"
    r"modest(?:ly)?|covers?\s+(?:up|(?:her|my|the)\s+shoulders)|age[\s-]appropriate)\b",
    re.IGNORECASE,
)


def asks_for_coverage(text: str) -> bool:
    """Whether a message asks for a garment that is not too revealing ("nothing too revealing",
    "something modest")."""
    return bool(_COVERAGE.search(text))


# "the bag from before", "the bag you showed me earlier", "can i see that bag again": a product of a
# kind shown earlier in the conversation, not the kind searched for again.
_POINTS_BACK = re.compile(
    r"\b(?:from|than)\s+(?:before|earlier)\b|\b(?:shown|showed|seen|saw|found)\b[^.?!]{0,25}"
    r"\b(?:before|earlier|previously|first)\b|\b(?:you|u)\s+(?:showed|shown|found|suggested)\b"
    r"|\b(?:that|the|this)\s+(?:[\w'-]+\s+){1,2}again\b",
    re.IGNORECASE,
)
# "go back to that bag", "back to the bag pls": the kind right after (not "can it go back to the
# shop", a return).
_BACK_TO = re.compile(r"\bback\s+to\s+(?:the|that|this|those|these)\s+(?:[\w'-]+\s+)?$", re.I)
# The classifier's readings of such a message ("go back to that bag": a return) that it corrects.
# (A search, a pick or a purchase of it is answered by the actions: actions/earlier_kind.py.)
MAY_POINT_BACK = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "return_order", "order_status"})


def points_back_at_a_kind(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message points at a product of one kind shown earlier ("the bag from before",
    "go back to that bag"), rather than asks for the kind ("bags again?" names the kind only)."""
    kinds = [entity for entity in entities if entity.entity == "category" and not entity.role]
    if len({entity.value for entity in kinds}) != 1:
        return False
    return bool(_POINTS_BACK.search(text)) or any(
        _BACK_TO.search(text[: entity.start]) for entity in kinds
    )


# Asked for a name, an email or an address at checkout, "my brother needs a tie for a funeral,
# something plain" moves on to shopping: it is no name. A name or an address may hold catalog words
# ("Chelsea Brown", "Flat 3, 12 Oxford Road"), so only a kind of product asked for counts: with a
# word of asking, or in five words or more with no number. "My name is ...", "send it to ..." give
# the detail whatever else they say.
_ASKING_WORDS = re.compile(
    r"\b(?:any|some|something|anything|need|needs|want|wants|looking|show|have|got|do|does|also|"
    r"too|pls|please|u|you|what|which)\b",
    re.IGNORECASE,
)
_GIVES_A_DETAIL = re.compile(
    r"\b(?:name|e-?mail|address)\b|\b(?:send|ship|deliver|post)\s+(?:it|them)\s+to\b", re.I
)


def asks_for_products_instead(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message typed for a checkout detail asks for a kind of product instead ("my
    brother needs a tie for a funeral"), rather than gives a name, an email or an address."""
    names_a_kind = any(entity.entity == "category" and not entity.role for entity in entities)
    if not names_a_kind or "@" in text or _GIVES_A_DETAIL.search(text):
        return False
    if _ASKING_WORDS.search(text):
        return True
    return len(re.findall(r"[\w'-]+", text)) > 4 and not re.search(r"\d", text)
