"""Questions about goods, told by their shape rather than the classifier: a question about one
product whatever it is called ("is whey protein available?"), and whether the shop sells a kind it
knows ("got any boots?") or something the catalog does not know ("do you sell perfume?")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT

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


def outside(entities: list[dict], name: Entity) -> list[dict]:
    """The entities (as Rasa holds them) that are not part of an unknown product's `name`: "shoe
    polish" stands for the whole thing, never for shoes too."""
    return [e for e in entities if not name.start <= int(e.get("start", -1)) < name.end]


def unknown_product(text: str, intent: str | None, entities: Iterable[Entity]) -> Entity | None:
    """The name of a product the shop may not sell, in a product question the catalog finds
    nothing of ("is whey protein available?"), for the action to answer "we don't sell that"."""
    entities = list(entities)
    if intent == SEARCH_INTENT:  # "do you sell perfume?", read as a search (its own checks)
        question = asks_if_sold_unknown(text, entities)
        return question and Entity(
            UNKNOWN_PRODUCT_ENTITY, question.thing, question.start, question.end, question.thing
        )
    question = product_question(text)
    if question is None or intent != question.intent:
        return None
    if any(e.start < question.end and e.end > question.start for e in entities):
        return None  # names a product, kind, colour... of ours: the actions resolve it
    return Entity(
        UNKNOWN_PRODUCT_ENTITY, question.thing, question.start, question.end, question.thing
    )


# "Do you do gift cards?", "got any boots?", "do u sell sunglasses": whether the shop sells a kind.
# A search answers it (with "we don't sell gift cards" for a kind the catalog lacks), whatever
# service the classifier heard in it. What is asked for must be all catalog terms and fillers:
# "do you do returns on boots" asks about returns.
# The words that ask it: "do you sell", "have u got", "you guys carry", "got".
ASKS_IF_SOLD_WORDS = (
    r"(?:(?:do|does|d|r|are)\s+(?:you|u|ya|y'?all)\s+(?:guys\s+|folks\s+)?"
    r"(?:do|have|sell|stock|carry|offer|make|got)|(?:have|has)\s+(?:you|u)\s+got|"
    r"(?:you|u|ya)\s+(?:guys\s+)?(?:got|have|sell|stock|carry)|got)"
)
_ASKS_IF_SOLD = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|yo|ok|okay|so|and|also|hmm+|um+|oh|btw|sir|madam)\b[\s,]*)*"
    rf"{ASKS_IF_SOLD_WORDS}\s+"
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


# "do u sell gift cards? might be safer tbh": the question, then a short remark that names nothing
# and asks nothing more (a second question, "do you sell boots? whats your return policy", is not
# a remark).
_REMARK_AFTER = re.compile(r"\?+\s+(?P<remark>[^?]{1,40})$")
_ASKS_MORE = re.compile(
    r"^\s*(?:what|whats|what's|how|when|where|why|who|which"
    r"|(?:can|could|do|does|is|are|will|would) (?:i|you|u|it|they|she|he|we|that|this)\b)",
    re.IGNORECASE,
)


def _without_remark(text: str, entities: list[Entity]) -> str:
    """The message up to its question mark when a short remark follows it, else the message."""
    remark = _REMARK_AFTER.search(text)
    if (
        not remark
        or _ASKS_MORE.match(remark.group("remark"))
        or len(remark.group("remark").split()) > 6
        or any(e.end > remark.start("remark") and e.entity != "gender" for e in entities)
    ):
        return text
    return text[: remark.start() + 1]


def thing_asked_if_sold(text: str) -> tuple[int, int] | None:
    """Where the thing asked for is in "do you sell laces?", "have u got laces" (its span), or
    None when the message does not ask whether the shop sells something."""
    match = _ASKS_IF_SOLD.match(text)
    return match.span("thing") if match else None


def asks_if_sold(text: str, entities: list[Entity]) -> bool:
    """Whether a message asks if the shop sells a kind: "do you do gift cards?", "got any boots"
    (a short remark after the question mark aside: "do u sell gift cards? might be safer tbh")."""
    match = _ASKS_IF_SOLD.match(_without_remark(text, entities))
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
    r"(?P<thing>[a-z][a-z' -]{1,40}?)"
    # "do u sell waterproofing spray or wax for them": what it is for does not make it ours.
    r"(?:\s+for\s+(?:them|these|those|it|this|(?:my|the|your|ur|those|these)\s+[a-z]+))?"
    r"\s*(?:too|as well|at all|here|please|pls|plz|then)?\s*[?!.]*\s*$",
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
MAX_UNKNOWN_THING_WORDS = 3  # of each thing asked about: "waterproofing spray or wax" is two
_ALTERNATIVES = re.compile(r"\s+(?:or|and|&|n)\s+|\s*/\s*")
# Words that name no product by themselves: "leather ones" is leather, "formal wear" is formal.
_NOT_NAMING = _FILLERS | {
    "one", "ones", "pair", "pairs", "stuff", "things", "thing", "wear", "attire", "goods", "gear",
    "apparel", "clothes", "clothing", "outfit", "outfits", "items", "item", "pieces", "styles",
}  # fmt: skip
# What makes a thing one of ours when it is what the thing is (its last word): "boot wax" is wax,
# "suede boots" are boots.
_OUR_GOODS = frozenset({"category", "product", "product_handle", "brand"})
# Intents that such a question may have been read as: unsure, unrelated, a search already, or a
# question about the product on screen ("do u sell waterproofing spray or wax for them").
MAY_ASK_IF_SOLD = frozenset(
    {FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "check_availability",
     "ask_product_question", "product_details"}
)  # fmt: skip


def asks_if_sold_unknown(text: str, entities: Iterable[Entity]) -> ProductQuestion | None:
    """ "Do you sell perfume?": whether the shop sells something the catalog knows nothing of
    (no catalog term in it), as a question about goods; the thing asked about, or None."""
    match = _ASKS_IF_SOLD_ANYTHING.match(text)
    if not match:
        return None
    entities = list(entities)
    thing, start = match.group("thing").rstrip(" -'"), match.start("thing")
    while determiner := _LEADING_DETERMINER.match(thing):
        thing, start = thing[determiner.end() :], start + determiner.end()
    end = start + len(thing)
    if (
        not thing
        or _NOT_GOODS.search(thing)
        or not all(
            _names_no_goods_of_ours(text, start + first, start + last, entities)
            for first, last in _alternatives(thing)
        )
    ):
        return None  # names something of ours (or a kind we know we don't sell): the search says
    return ProductQuestion(SEARCH_INTENT, thing, start, end)


def _alternatives(thing: str) -> list[tuple[int, int]]:
    """Where each thing asked about is in "waterproofing spray or wax": "waterproofing spray", "wax"."""
    spans, begin = [], 0
    for separator in _ALTERNATIVES.finditer(thing):
        spans.append((begin, separator.start()))
        begin = separator.end()
    return [*spans, (begin, len(thing))]


def _names_no_goods_of_ours(text: str, start: int, end: int, entities: Iterable[Entity]) -> bool:
    """Whether text[start:end] ("shoe polish", "insoles") names a thing the catalog and the lexicon
    know nothing of: a short name whose last word no catalog kind, product or brand is, with a
    word no catalog term covers ("polish"; "black leather" is all colour and material)."""
    words = list(re.finditer(r"[a-z']+", text[start:end].lower()))
    if not words or len(words) > MAX_UNKNOWN_THING_WORDS:
        return False
    inside = [e for e in entities if e.start < end and e.end > start]
    last = start + words[-1].start()
    if any(e.entity in _OUR_GOODS and e.start <= last < e.end for e in inside):
        return False
    return any(
        word.group() not in _NOT_NAMING
        and not any(e.start <= start + word.start() < e.end for e in inside)
        for word in words
    )
