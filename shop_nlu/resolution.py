"""The last word on a message's intent, from what the message names.

The intent classifier learns phrasing; the catalog extractor knows the shop. When the classifier is
unsure, or sure of something that cannot be about products, while the message names a kind of
product, a brand or a product of this shop, the message is about products: "red dress", "tux",
"the albany loafer" never fall back. A message in another language is named as such, so it is
answered honestly in that language instead of being guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from shop_nlu.dates import wants_it_soonest, without_soonest_words
from shop_nlu.extraction import Entity

FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
OTHER_LANGUAGE_INTENT = "other_language"
SEARCH_INTENT = "search_products"
INFORM_INTENT = "inform"
DETAILS_INTENT = "product_details"

# Intents that never take a product, a kind of product or a brand: when the classifier picks one
# of them with less than this confidence for a message that names one, the message is a search.
NOT_ABOUT_PRODUCTS = frozenset({
    "greet", "goodbye", "bot_capabilities", "bot_challenge", "show_more", "view_cart",
    "checkout", "place_order", "affirm", "deny", "stop", "rate", "newsletter", "ask_contact",
    "account_help", "password_help", "out_of_scope", FALLBACK_INTENT, OTHER_LANGUAGE_INTENT,
})  # fmt: skip
OVERRIDE_BELOW = 0.9
# What makes a message about the shop's products by itself, and what does only in a short one
# ("red", "size 10", "under 50" alone are follow-ups; "I saw a red car" is not about shoes).
NAMES_PRODUCTS = frozenset({"category", "brand", "product"})
NARROWS_PRODUCTS = frozenset(
    {"colour", "occasion", "size", "price_max", "price_min", "sort", "feature"}
)
SHORT_MESSAGE_WORDS = 4
SURE_UNRELATED = 0.7
# Unrelated with less than this, and a shop intent with at least that: unsure, so ask.
UNSURE_UNRELATED = 0.6
LIKELY_RUNNER_UP = 0.2
# A typo forgiven or a product named by one word of its title counts in short messages only.
SURE_TERM = 0.9

# ---------------------------------------------------------------------------------------------
# Questions about one product, whatever it is called
# ---------------------------------------------------------------------------------------------
# "Is whey protein available?", "price of the iphone 15?", "tell me about the dyson hoover": the
# shape says it is a question about a product, even when the product is not one of ours (and so
# its name is words the catalog and often the language model do not know). The honest answer is
# "we don't sell that" and what we do sell, which the product actions give for the entity below;
# unrelated text, which has other shapes, still falls back.
UNKNOWN_PRODUCT_ENTITY = "unknown_product"
_THING = r"(?P<thing>[^?!.,;]{2,60}?)"
_END = r"\s*(?:please|pls|plz|now|today|right now|at the moment|on your site|here|with you)?\s*[?!.]*\s*$"
_START = r"^\s*(?:(?:hi|hello|hey|sir|madam|ok|okay)\b[\s,]*)*"
PRODUCT_QUESTION_SHAPES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (intent, re.compile(pattern, re.IGNORECASE))
    for intent, pattern in (
        ("check_availability", _START + r"(?:is|are|r|iz)\s+(?:there\s+)?(?:any\s+)?" + _THING
         + r"\s+(?:still\s+|currently\s+|now\s+|also\s+)?(?:available|availble|avail|"
         r"avaliable|in\s+stock|instock|back\s+in\s+stock)\b.*$"),
        ("check_availability", _START + r"(?:do|does)\s+(?:you|u)\s+(?:guys\s+)?(?:have|stock|carry|sell)\s+"
         + _THING + r"\s+(?:in\s+stock|available|now)" + _END),
        ("check_availability", _START + _THING + r"\s+(?:available|in\s+stock)" + _END),
        ("ask_price", _START + r"(?:what(?:'s|s| is)\s+)?(?:the\s+)?(?:price|cost|rate|mrp)\s+(?:of|for)\s+"
         + _THING + _END),
        ("ask_price", _START + r"how\s+much\s+(?:is|are|does|do|for|r|iz)\s+" + _THING
         + r"(?:\s+cost|\s+costs|\s+for)?" + _END),
        ("ask_price", _START + r"(?:what(?:'s|s| is)\s+(?:the\s+)?)?" + _THING + r"\s+(?:price|cost|mrp)" + _END),
        ("product_details", _START + r"(?:can\s+you\s+|could\s+you\s+|pls\s+|please\s+)?tell\s+me\s+"
         r"(?:more\s+|something\s+)?about\s+" + _THING + _END),
        ("product_details", _START + r"(?:what\s+are\s+(?:the\s+)?)?(?:details|features|specs|specifications)"
         r"\s+(?:of|about|for|on)\s+" + _THING + _END),
    )
)  # fmt: skip
# What a question's "thing" must not be for it to name a product: pronouns and pointers ("is it
# available", "the second one"), and services rather than goods ("is cash on delivery
# available", "is express shipping available", "is there anyone available").
_NOT_A_PRODUCT = re.compile(
    r"\b(?:it|its|they|them|this|that|these|those|one|ones|item|items|product|products|thing|"
    r"things|stuff|order|orders|size|sizes|colou?rs?|anyone|someone|somebody|anybody|agent|human|"
    r"person|people|you|u|your|ur|delivery|deliveries|shipping|cod|cash|emi|card|payment|pay|"
    r"return|returns|refund|exchange|discount|discounts|offer|offers|coupon|sale|store|shop|"
    r"showroom|service|call|chat|support|help|trial|warranty|option|options|slot|slots|"
    r"table|room|rooms|ticket|tickets|flight|flights|appointment|seat|seats|weather|yourself|"
    r"yourselves|company|train|bus|cab|taxi|ride|hotel|petrol|fuel|rent|tax|to|from|at|near)\b",
    re.IGNORECASE,
)
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|any|some|ur|your|you)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ProductQuestion:
    intent: str  # check_availability, ask_price or product_details
    thing: str  # what it asks about, as written, without a leading "the" / "a"
    start: int
    end: int


def product_question(text: str) -> ProductQuestion | None:
    """The product question a message asks by its shape, naming something other than a pronoun,
    a pointer or a service ("is whey protein available?" -> check_availability, "whey protein")."""
    for intent, pattern in PRODUCT_QUESTION_SHAPES:
        match = pattern.match(text)
        if not match:
            continue
        thing, start = match.group("thing").rstrip(), match.start("thing")
        while determiner := _LEADING_DETERMINER.match(thing):
            thing, start = thing[determiner.end() :], start + determiner.end()
        words = re.findall(r"[a-z]+", thing.lower())
        if not words or len(words) > 6 or _NOT_A_PRODUCT.search(thing):
            return None
        return ProductQuestion(intent, thing, start, start + len(thing))
    return None


def unknown_product(text: str, intent: str | None, entities: Iterable[Entity]) -> Entity | None:
    """The name of a product the shop may not sell, in a product question the catalog finds
    nothing of ("is whey protein available?"), for the action to answer "we don't sell that"."""
    entities = list(entities)
    question = product_question(text)
    if intent == SEARCH_INTENT:  # "do you sell perfume?", read as a search
        question = asks_if_sold_unknown(text, entities)
    if question is None or intent != question.intent:
        return None
    if any(e.start < question.end and e.end > question.start for e in entities):
        return None  # names a product, kind, colour... of ours: the actions resolve it
    return Entity(
        UNKNOWN_PRODUCT_ENTITY, question.thing, question.start, question.end, question.thing
    )


def _mostly_unknown(text: str, is_known_word: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 2 and sum(map(is_known_word, words)) * 3 < len(words)


def _only_an_email(entities: list[Entity], text: str) -> bool:
    """ "ann@example.com", "it's ann@example.com": an answer to "your email?", not a question."""
    emails = [entity for entity in entities if entity.entity == "email"]
    rest = text
    for entity in emails:
        rest = rest.replace(entity.text, " ")
    return bool(emails) and len(rest.split()) <= 2


# What may surround an order number given as an answer: "HL-4XK9PZ", "its order #A1B2C3".
_ORDER_NUMBER_FILLERS = frozenset({
    "it", "its", "it's", "is", "my", "the", "order", "number", "no", "nr", "ref", "reference",
    "here", "ok", "okay", "sure", "yes", "yeah", "sorry",
})  # fmt: skip


def _only_an_order_number(entities: list[Entity], text: str) -> bool:
    """An order number on its own: the answer to "your order number?". With a verb ("cancel
    HL-4XK9PZ") it says what to do, and the classifier decides."""
    numbers = [entity for entity in entities if entity.entity == "order_number"]
    rest = text
    for entity in numbers:
        rest = rest.replace(entity.text, " ")
    words = re.findall(r"[a-z']+", rest.lower())
    return bool(numbers) and all(word in _ORDER_NUMBER_FILLERS for word in words)


# ---------------------------------------------------------------------------------------------
# Readings that the words around a catalog term decide
# ---------------------------------------------------------------------------------------------
# "Do you do gift cards?", "got any boots?", "do u sell sunglasses": whether the shop sells a kind.
# A search answers it (with "we don't sell gift cards" for a kind the catalog lacks), whatever
# service the classifier heard in it. What is asked for must be all catalog terms and fillers:
# "do you do returns on boots" asks about returns.
_ASKS_IF_SOLD = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|yo|ok|okay|so|and|also|hmm+|um+|oh|btw|sir|madam)\b[\s,]*)*"
    r"(?:(?:do|does|d|r|are)\s+(?:you|u|ya|y'?all)\s+(?:guys\s+|folks\s+)?"
    r"(?:do|have|sell|stock|carry|offer|make|got)|(?:have|has)\s+(?:you|u)\s+got|"
    r"(?:you|u|ya)\s+(?:guys\s+)?(?:got|have|sell|stock|carry)|got)\s+"
    r"(?P<thing>[^?!.]{2,80}?)\s*(?:too|as well|at all|please|pls|plz|then)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_FILLERS = frozenset(
    re.findall(
        r"\S+",
        "any some a an the nice good other kind kinds sort sorts type types of for in with on from"
        " by and or",
    )
)

# "Do you sell perfume?", "do u have sunglasses": the same question about something the catalog
# and the lexicon do not know. It is still a question about goods, answered honestly ("we don't
# sell perfume") rather than guessed at; but not when what is asked for is the shopper's own
# ("do you sell my data"), a way to reach the shop ("a phone number") or a place ("a store in
# london"), nor anything longer than a product's name.
_ASKS_IF_SOLD_ANYTHING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|yo|ok|okay|so|and|also|hmm+|um+|oh|btw|sir|madam)\b[\s,]*)*"
    r"(?:(?:do|does|d|r|are)\s+(?:you|u|ya|y'?all)\s+(?:guys\s+|folks\s+)?(?:even\s+)?"
    r"(?:sell|stock|carry|have|do)|(?:have|has)\s+(?:you|u)\s+got|(?:you|u|ya)\s+(?:guys\s+)?"
    r"(?:sell|stock|carry))\s+(?:any\s+|some\s+)?"
    r"(?P<thing>[a-z][a-z' -]{1,40}?)\s*(?:too|as well|at all|here|please|pls|plz|then)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_NOT_GOODS = re.compile(
    r"\b(?:my|mine|our|your|ur|me|us|him|her|them|it|this|that|these|those|data|info|information|"
    r"details|phone (?:number|no|line)|number|numbers|telephone|email|e-mail|address|website|"
    r"site|app|store|stores|shop|shops|branch|"
    r"branches|location|locations|outlet|office|hours|account|policy|policies|time|idea|ideas|"
    r"question|questions|problem|problems|feelings|name|friends?|family|kids|children|job|jobs|"
    r"vacancies|career|careers|opening|openings|sale|sales|discounts?|deals?|offers?|codes?|"
    r"coupons?|vouchers?|delivery|shipping|returns?|refunds?|exchanges?|warranty|insurance|"
    r"finance|credit|layaway|installments?|loyalty|membership|newsletter|rewards?|points|"
    r"wrapping|gift wrap|tailoring|alterations?|repairs?|fittings?|appointments?|service|"
    r"services|support|help|agent|human|person|people|someone|anyone|anything|something|"
    r"everything|nothing|stock|more|other|colou?rs?|sizes?|chat|live chat|whatsapp|instagram|"
    r"facebook|twitter|tiktok|click|collect|collection|pickup|pick|in|at|near|to|from|with|on|for|"
    r"about|like|if|when|where|how)\b",
    re.IGNORECASE,
)
MAX_UNKNOWN_THING_WORDS = 3
# Intents that such a question may have been read as: unsure, unrelated, or a search already.
MAY_ASK_IF_SOLD = frozenset(
    {FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "check_availability"}
)


def asks_if_sold_unknown(text: str, entities: Iterable[Entity]) -> ProductQuestion | None:
    """ "Do you sell perfume?": whether the shop sells something the catalog knows nothing of
    (no catalog term in it), as a question about goods; the thing asked about, or None."""
    match = _ASKS_IF_SOLD_ANYTHING.match(text)
    if not match:
        return None
    thing, start = match.group("thing").rstrip(" -'"), match.start("thing")
    while determiner := _LEADING_DETERMINER.match(thing):
        thing, start = thing[determiner.end() :], start + determiner.end()
    words = re.findall(r"[a-z]+", thing.lower())
    if not words or len(words) > MAX_UNKNOWN_THING_WORDS or _NOT_GOODS.search(thing):
        return None
    end = start + len(thing)
    if any(e.start < end and e.end > start for e in entities):
        return None  # names something of ours (or a kind we know we don't sell): the search says
    return ProductQuestion(SEARCH_INTENT, thing, start, end)


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
_DOES_NOT_FIT = re.compile(
    r"\b(?:(?:way |much |a bit |a size |slightly |bit )?"
    r"too (?:big|small|large|tight|loose|long|short|baggy)"
    r"|(?:does ?n'?t|dont|don't|do not|not|doesnt) fit\w*|wrong size)\b",
    re.IGNORECASE,
)
MAY_BE_A_GIFT_THAT_DOES_NOT_FIT_EXCEPT = frozenset(
    {RETURNS_INTENT, "return_order", "no_order_number"}
)


def received_a_gift_that_does_not_fit(text: str) -> bool:
    """Whether the message says someone gave the shopper something that doesn't fit."""
    return bool(_RECEIVED_FROM_SOMEONE.search(text) and _DOES_NOT_FIT.search(text))


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
    "ask_size_guide", "refine_search", SEARCH_INTENT, "ask_what_goes_with",
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
# "yes that one please, size 34", "ok this one in a medium": yes to the product, with its size.
_YES_THAT_ONE = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|ok(?:ay)?|sure|great|perfect|lovely|right|sold)\b\W+(?:please\s+|pls\s+)?"
    r"(?:that|this|the)\s+one\b",
    re.IGNORECASE,
)


def says_they_take_it(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message says the shopper takes the product they point at ("I'll take it", "ill
    go with the first one", "yes that one please, size 34"), not asks about it."""
    if _TAKES_IT.search(text):
        return True
    return bool(_YES_THAT_ONE.search(text)) and any(
        entity.entity == "size" and entity.role is None for entity in entities
    )


# A fallback for want of a clear winner between a new search and a refinement is no doubt about
# what to do: both run the same search action, which tells them apart itself ("dont want to look
# like im going to a job interview" after a long message: search 0.50, refine 0.46).
SEARCH_OR_REFINE_AT_LEAST = 0.4


def _torn_between_search_and_refine(scores: Mapping[str, float] | None) -> str | None:
    """The likelier of search and refine when those two lead the classifier's scores."""
    ranked = sorted((scores or {}).items(), key=lambda item: item[1], reverse=True)[:2]
    if len(ranked) < 2 or {name for name, _ in ranked} != {SEARCH_INTENT, "refine_search"}:
        return None
    return ranked[0][0] if ranked[0][1] >= SEARCH_OR_REFINE_AT_LEAST else None


def picks_by_price(text: str, entities: list[Entity]) -> bool:
    """Whether a message picks the cheapest or priciest of the products on screen ("whats the
    cheapest of those", "which of these is cheapest", "the most expensive one there")."""
    if any(e.entity in ("product", "ordinal") and e.role is None for e in entities):
        return False
    sorts = {e.value for e in entities if e.entity == "sort" and e.role is None}
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


def asks_if_sold(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks if the shop sells a kind: "do you do gift cards?", "got any boots"."""
    match = _ASKS_IF_SOLD.match(text)
    if not match:
        return False
    start, end = match.span("thing")
    inside = [e for e in entities if e.start >= start and e.end <= end and e.role is None]
    if not any(e.entity == "category" for e in inside) or any(
        e.entity == "product" for e in inside
    ):
        return False
    rest = list(text[start:end])
    for entity in inside:
        rest[entity.start - start : entity.end - start] = " " * (entity.end - entity.start)
    return all(word in _FILLERS for word in re.findall(r"[a-z']+", "".join(rest).lower()))


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


# "I need it asap", "its urgent": the soonest delivery, when the message says nothing else (never
# "i need an electrician urgently", nor "need a refund asap", which name what is needed).
DELIVERY_INTENT = "ask_delivery_time"
_SOONEST_FILLERS = frozenset((
    "i", "im", "i'm", "we", "need", "needs", "want", "wanted", "it", "its", "it's", "them", "this",
    "these", "that", "those", "my", "our", "order", "stuff", "things", "please", "pls", "plz",
    "the", "is", "are", "a", "get", "got", "here", "there", "delivered", "delivery", "shipping",
    "ship", "shipped", "can", "could", "you", "u", "how", "what", "whats", "what's", "fast", "quick",
    "arrive", "come", "will", "really", "very", "kinda", "bit", "so", "ok", "okay", "hey", "hi",
    "be", "do", "to", "me", "by", "when", "one", "and", "but", "just", "tbh", "honestly", "lol",
    "thanks", "thx", "have", "way", "option", "send", "sent", "possible", "much",
))  # fmt: skip


def asks_for_the_soonest(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message only asks to have its order as soon as possible ("i need it asap")."""
    if not wants_it_soonest(text) or any(e.entity in NAMES_PRODUCTS for e in entities):
        return False
    rest = without_soonest_words(text)
    return all(word in _SOONEST_FILLERS for word in re.findall(r"[a-z']+", rest))


@dataclass(frozen=True)
class Resolution:
    intent: str
    reason: str  # why the classifier's intent was replaced (kept in the parse for analytics)


def resolve_intent(
    intent: str | None,
    confidence: float,
    entities: Iterable[Entity],
    text: str,
    language: str | None,
    is_known_word: Callable[[str], bool] | None = None,
    runner_up: tuple[str, float] | None = None,
    scores: Mapping[str, float] | None = None,
) -> Resolution | None:
    """A better intent for the message than the classifier's, or None to keep the classifier's.

    `is_known_word` says whether a word is one the language model knows whole; a message made
    mostly of words it does not know ("blorp snazzle wibble") was not understood, whatever the
    classifier guessed, and gets the fallback rather than an answer to a guess; unless it has the
    shape of a question about a product and the classifier gives that question at least a likely
    runner-up's probability in `scores` (intent -> probability): "is muscleblaze available?".
    """
    if language is not None:
        return Resolution(OTHER_LANGUAGE_INTENT, f"written in {language}")
    if intent == OTHER_LANGUAGE_INTENT:  # the classifier's guess, but the text reads as English
        return Resolution(FALLBACK_INTENT, "not another language")
    entities = list(entities)
    if _only_an_email(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an email address alone")
    if _only_an_order_number(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an order number alone")
    if intent in MAY_BE_A_PURCHASE and says_they_take_it(text, entities):
        return Resolution(BUY_INTENT, "says they take the product they point at")
    if intent == FALLBACK_INTENT and (torn := _torn_between_search_and_refine(scores)):
        return Resolution(torn, "unsure between a search and a refinement, which act alike")
    if (
        intent in MAY_PICK_BY_PRICE
        and confidence < OVERRIDE_BELOW
        and picks_by_price(text, entities)
    ):
        return Resolution(SELECT_INTENT, "picks the cheapest or priciest of those on screen")
    if (
        intent in MAY_ASK_FOR_PRICE_ORDER
        and confidence < OVERRIDE_BELOW
        and asks_for_price_order(text, entities)
    ):
        return Resolution(REFINE_INTENT, "asks for the products in price order")
    if (
        intent in MAY_ASK_FOR_SALE
        and confidence < OVERRIDE_BELOW
        and asks_for_sale_items(text, entities)
    ):
        return Resolution(SEARCH_INTENT, "asks what is on sale")
    question = product_question(text) if intent in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) else None
    if question and (scores or {}).get(question.intent, 0.0) >= LIKELY_RUNNER_UP:
        return Resolution(question.intent, "a question about a product, by its shape")
    if intent not in (SEARCH_INTENT, REFINE_INTENT) and asks_if_sold(text, entities):
        return Resolution(SEARCH_INTENT, "asks whether the shop sells a kind")
    if intent in MAY_ASK_IF_SOLD - {SEARCH_INTENT} and asks_if_sold_unknown(text, entities):
        return Resolution(SEARCH_INTENT, "asks whether the shop sells something it doesn't know")
    if intent not in MAY_BE_A_GIFT_THAT_DOES_NOT_FIT_EXCEPT and received_a_gift_that_does_not_fit(
        text
    ):
        return Resolution(RETURNS_INTENT, "a gift received that doesn't fit: exchanging it")
    if intent in MAY_BE_A_GIFT_REQUEST and asks_for_a_gift(text, entities):
        return Resolution(SEARCH_INTENT, "asks for a gift for someone")
    if intent in WANTS_OTHER_PRODUCTS_INSTEAD_OF and wishes_for_other_products(text, entities):
        return Resolution(REFINE_INTENT, "asks for other products instead")
    if intent != QUESTION_INTENT and asks_about_its_material(text, entities):
        return Resolution(QUESTION_INTENT, "asks what the product in focus is made of or has")
    if intent in NEEDS_ONE_PRODUCT and _only_names_a_kind(confidence, entities, text):
        return Resolution(SEARCH_INTENT, "names a kind, and no product or cart")
    if intent in NOT_ABOUT_PRODUCTS and asks_for_the_soonest(text, entities):
        return Resolution(DELIVERY_INTENT, "asks for the soonest delivery")
    if intent not in NOT_ABOUT_PRODUCTS:
        return None
    if resolution := _about_products(intent, confidence, entities, text):
        return _best_product_intent(intent, resolution, scores)
    if is_known_word and intent == OUT_OF_SCOPE_INTENT and _mostly_unknown(text, is_known_word):
        return Resolution(FALLBACK_INTENT, "mostly unknown words")
    # "I need to sort out my parcel": unrelated by a little, about an order by a little less. Asking
    # (with the likeliest meanings as buttons) beats "I'm only good at this shop".
    if (
        intent == OUT_OF_SCOPE_INTENT
        and confidence < UNSURE_UNRELATED
        and runner_up is not None
        and runner_up[1] >= LIKELY_RUNNER_UP
    ):
        return Resolution(FALLBACK_INTENT, f"unsure between out_of_scope and {runner_up[0]}")
    return None


# A fallback for want of a clear winner ("regent versus belmont?": compare 0.49, select 0.48) whose
# best guess is this sure is a guess between readings of a message that is about products.
SURE_OF_A_PRODUCT_INTENT = 0.35


def _best_product_intent(
    intent: str, resolution: Resolution, scores: Mapping[str, float] | None
) -> Resolution:
    """The classifier's own best guess, when it is about products and only fell back for being
    close to the runner-up; otherwise `resolution` (a search, or the product's details)."""
    if intent != FALLBACK_INTENT or not scores:
        return resolution
    best = max(scores, key=scores.__getitem__)
    if best in NOT_ABOUT_PRODUCTS or scores[best] < SURE_OF_A_PRODUCT_INTENT:
        return resolution
    if {best, resolution.intent} <= {SEARCH_INTENT, "refine_search"}:
        return resolution  # the same action either way
    return Resolution(best, f"{resolution.reason}; the classifier's best guess")


# Intents that act on one product, or on the cart. A short message naming only a kind of product
# ("isotoner slippers", "bug out bag") points at neither; it is a search.
NEEDS_ONE_PRODUCT = frozenset({"product_details", "select_product", "remove_from_cart"})
_POINTS_AT_ONE_OR_THE_CART = re.compile(
    r"\b(?:it|its|this|that|these|those|the|one|ones|first|second|third|last|about|details|more|"
    r"remove|delete|take|drop|cart|basket)\b",
    re.IGNORECASE,
)


def _only_names_a_kind(confidence: float, entities: list[Entity], text: str) -> bool:
    """A short message the classifier is unsure of that names a kind of product and nothing that
    picks one product or the cart."""
    named = {entity.entity for entity in entities if entity.role is None}
    return (
        confidence < OVERRIDE_BELOW
        and len(text.split()) <= SHORT_MESSAGE_WORDS
        and "category" in named
        and not named & {"product", "product_handle", "ordinal"}
        and not _POINTS_AT_ONE_OR_THE_CART.search(text)
    )


def _about_products(
    intent: str, confidence: float, entities: list[Entity], text: str
) -> Resolution | None:
    """A search or a product's details for a message that names the catalog, if it does."""
    if intent not in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) and confidence >= OVERRIDE_BELOW:
        return None
    short = len(text.split()) <= SHORT_MESSAGE_WORDS
    # A long message the classifier is sure is unrelated ("a flight for 1 person, 0 bags") keeps
    # its reading: one shop word in it does not make it a shopping request.
    if intent == OUT_OF_SCOPE_INTENT and confidence >= SURE_UNRELATED and not short:
        return None
    kinds = {
        entity.entity
        for entity in entities
        if entity.role is None and (entity.confidence >= SURE_TERM or short)
    }
    if "product" in kinds and not kinds & {"colour", "size", "price_max", "price_min"}:
        return Resolution(DETAILS_INTENT, "names a product")
    if kinds & NAMES_PRODUCTS:
        return Resolution(SEARCH_INTENT, "names a kind of product or a brand")
    if kinds & NARROWS_PRODUCTS and short:
        return Resolution(SEARCH_INTENT, "a short message naming a colour, size or price")
    return None
