"""Which product a message means: by button, name, position or description of one on screen, the
one in focus, or one opened or listed earlier ("the shirt"); asking which one when that is unclear;
and the products a question across several is about ("which one is warmer?", "these two").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import reference_replies
from actions.conversation.history import earlier_products, opened_products
from actions.conversation.said import latest_entities, latest_intent
from actions.conversation.screen import (
    CURRENT_PRODUCT,
    ShownResults,
    compared_products,
    list_after_focus,
    opened_last,
)
from commerce.models import Product
from commerce.products import find_product_by_name
from commerce.search import (
    ProductQuery,
    category_types,
    find_products,
    nearest_sold_kind,
    sells_kind,
)


@dataclass(frozen=True)
class ProductReference:
    """Which product a message is about, or why that is unclear."""

    handle: str | None
    # "unknown_name", "ambiguous_name" (several products are called that), "bad_ordinal",
    # "ambiguous", "no_such_one" (none on screen fits), "none"
    problem: str | None = None
    name: str | None = None  # the name the shopper used, when it fits several products
    # For "ambiguous": the products that fit ("the black one" when both belts are black), so the
    # shopper can be asked by name (`ask_which_one`).
    candidates: tuple[str, ...] = ()


# --- how a message points at a product -----------------------------------------------------------

# "the cheapest one", "the black one", "the one by Brera", "that one": pointing at a product on
# screen by what it is, not asking for a new search.
_POINTS_AT_ONE = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w'&-]+\s+){0,3}?one\b(?!s)|\bthe\s+one\s+(?:by|from|in|with|for|that)\b"
    r"|\bthe\s+(?:cheapest|priciest|most expensive|least expensive|last)\b"
    # ("show me the cheapest first", "the cheapest to dearest": the list in price order)
    r"(?!\s+(?:ones?\s+|items?\s+)?(?:first|1st|on top|at the top)\b|\s+to\s+(?:the\s+)?"
    r"(?:dearest|priciest|most expensive|cheapest|least expensive)\b)"
)
# "do they come in 10.5?", "is it in brown?": a question about the product in focus.
_REFERS_TO_FOCUS = re.compile(r"\b(?:it|its|they|them|this|these|those|that one|this one)\b")
# "it", "this": one product, the one in focus ("they" may be the list on screen).
_SPEAKS_OF_IT = re.compile(r"\b(?:it|its|it's|this)\b(?!\s+one\b)")


def points_at_shown(text: str) -> bool:
    """Whether a message picks a product on screen by description ("the cheapest one")."""
    return bool(_POINTS_AT_ONE.search(text.lower()))


_SHIPPING_WORDS = re.compile(r"\b(?:ship\w*|deliver\w*|post(?:age)?|courier|order)\b")


def points_at_a_product(tracker: Tracker) -> bool:
    """Whether the latest message names a product or picks one on screen ("the cheaper one", "the
    second one", "the black one"), rather than a shipping option ("the cheaper one" at the order
    review)."""
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    return not _SHIPPING_WORDS.search(text.lower()) and (
        bool(entities.keys() & {"product", "product_handle", "ordinal"}) or points_at_shown(text)
    )


def speaks_of_one(text: str) -> bool:
    """Whether a message speaks of one product ("is it wool?"), not of several ("do they ...")."""
    return bool(_SPEAKS_OF_IT.search(_pointing_sentence(text)))


# Where one sentence of a message ends: "r those waterproof? it always rains there" is two, and
# its "it" is the weather; "11.5" is no end.
_SENTENCE_END = re.compile(r"[?!;]+|\.(?!\d)")


def _pointing_sentence(text: str) -> str:
    """The first sentence of a message that points at products ("r those waterproof?" of "r those
    waterproof? it always rains at glastonbury lol"), lowercased; the whole message if none does."""
    lowered = text.lower()
    sentences = _SENTENCE_END.split(lowered)
    return next((one for one in sentences if _REFERS_TO_FOCUS.search(one)), lowered)


def refers_to_focus(text: str) -> bool:
    """Whether a message speaks of a product already in the conversation ("do they come in 9?")."""
    return bool(_REFERS_TO_FOCUS.search(text.lower()))


_ASKS_FOR_SIMILAR = re.compile(
    r"\b(?:similar|alike|same (?:style|kind|type|sort)|(?:something|anything|others?|ones?) like "
    r"(?:it|this|that|this one|that one|these|those|them))\b"
)


def asks_for_similar(text: str) -> bool:
    """Whether a message asks for products like the one in focus ("whats similar in a size 8")."""
    return bool(_ASKS_FOR_SIMILAR.search(text.lower()))


# --- the one product meant -----------------------------------------------------------------------


def resolve_product(tracker: Tracker, session: Session) -> ProductReference:
    """The product the latest message refers to: by button, name, position, description of one
    on screen ("the cheapest one", "the black one", "the one by Brera"), or the one in focus.

    "it" and "this one" mean the product in focus; right after a list of one product, that one.
    """
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    if "product_handle" in entities:
        return ProductReference(entities["product_handle"][-1])
    if "product" in entities:
        reference = _by_name(session, entities["product"][-1], entities)
        if reference.problem == "ambiguous_name" and shown.handles:
            # "the whitehall" with the suit on screen: that one, not the trousers of that name.
            return _by_title_words(session, entities["product"][-1], shown) or reference
        return reference
    if "unknown_product" in entities:  # "is whey protein available?": a name the NLU did not know
        return _by_name(session, entities["unknown_product"][-1], entities)
    if "ordinal" in entities:
        if said := ordinal_of_kind(tracker):
            # "the first suit" with dresses on screen: the first of the suits listed before.
            listed = listed_of_kind(tracker, session, said[1])
            if listed and not set(shown.handles) <= set(listed):
                return _by_position(said[0], ShownResults(listed))
        return _by_position(entities["ordinal"][-1], shown)
    text = tracker.latest_message.get("text") or ""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if focus and _SPEAKS_OF_IT.search(text.lower()) and not points_at_shown(text):
        # "is it pure silk?", "is it in black?": the product in focus, whatever else is on screen
        # (the Liana Silk Midi Dress is not "it" because it is silk).
        return ProductReference(focus)
    if shown.handles and (reference := _by_title_words(session, text, shown)):
        return reference
    if reference := _named_one_shown_before(tracker, session, text, shown):
        return reference  # "ooh the wrap one" two lists after the Mirabel Wrap Dress was shown
    if focus and opened_last(tracker) and _describes_the_focus(session, entities, text, focus):
        # "is there a sage one, im a M", "ill take the coat in L" (no coats are sold) right
        # after opening the blazer: that product, not one of the list before it.
        return ProductReference(focus)
    if (sort := _SORT_OF_DIRECTION.get((entities.get("price_direction") or [""])[-1])) and (
        points_at_shown(text) and "sort" not in entities
    ):
        entities = {**entities, "sort": [sort]}  # "the cheaper one": the cheapest of those shown
    describers = DESCRIBERS & entities.keys()
    asks_a_question = latest_intent(tracker) == "ask_product_question"
    if asks_a_question:
        describers -= {"feature"}  # "is it real wool?" asks about wool; it picks no product
    if shown.handles and describers:
        reference = _by_description(session, entities, shown)
        if reference.problem == "no_such_one" and asks_a_question and focus:
            # "is the shirt slim fit?" with shoes open: a shirt opened before; but "How high is
            # the heel?" after picking a boot: a part of it, not a heel on screen.
            opened = _earlier_of_kind(tracker, session, entities, opened_only=True)
            return opened if opened and opened.handle else ProductReference(focus)
        if reference.problem == "no_such_one" and "category" in entities:
            # "is the shirt slim fit?" after a shoe list replaced the shirts: the shirt from before;
            # "ill take the coat" (no coats sold) after belts: the blazer opened instead of one.
            return (
                _earlier_of_kind(tracker, session, entities)
                or _opened_instead(tracker, session, entities)
                or reference
            )
        return reference
    if (
        not focus
        and "category" in entities
        and (earlier := _earlier_of_kind(tracker, session, entities))
    ):
        return earlier
    if focus:
        return ProductReference(focus)
    if len(shown.handles) == 1:
        return ProductReference(shown.handles[0])
    return ProductReference(None, "ambiguous" if shown.handles else "none")


DESCRIBERS = frozenset({"sort", "colour", "brand", "category", "feature"})


def _describes_the_focus(
    session: Session, entities: dict[str, list[str]], text: str, focus: str
) -> bool:
    """Whether a message about the product opened last names nothing that points elsewhere: no
    pick on screen ("the black one"), brand or order, and a kind only if it is the focus's or
    one the shop doesn't sell ("the coat" with the only blazer open)."""
    if points_at_shown(text) or entities.keys() & {"sort", "brand", "price_direction"}:
        return False
    kinds = entities.get("category") or []
    if not kinds:
        return True
    product_type = session.scalar(select(Product.product_type).where(Product.handle == focus))
    return all(
        (product_type or "").lower() in category_types(kind) or not sells_kind(session, kind)
        for kind in kinds
    )


# "The cheaper one" / "the pricier one" among products on screen: the cheapest / priciest of them.
_SORT_OF_DIRECTION = {"cheaper": "price_asc", "pricier": "price_desc"}
# Words that say nothing about which product is meant.
_NOT_NAMING = frozenset(
    [
        "the",
        "one",
        "that",
        "this",
        "and",
        "add",
        "put",
        "cart",
        "basket",
        "buy",
        "get",
        "want",
        "need",
        "please",
        "pls",
        "size",
    ]
)


def _by_name(session: Session, name: str, entities: dict[str, list[str]]) -> ProductReference:
    """A product named whole or in part; "the kensington tux" picks the tuxedo of the two."""
    handle = find_product_by_name(session, name)
    if handle:
        return ProductReference(handle)
    described = ProductQuery(
        product=name,
        category=(entities.get("category") or [None])[-1],
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
    )
    fitting = find_products(session, described, limit=2, in_stock_only=False)
    if fitting.total == 1:
        return ProductReference(fitting.matches[0].handle)
    return ProductReference(None, "ambiguous_name" if fitting.total else "unknown_name", name)


def _by_title_words(session: Session, text: str, shown: ShownResults) -> ProductReference | None:
    """The product on screen whose title shares the most words with the message ("add the suede
    belt in brown", "the calla one"), when exactly one shares the most."""
    words = {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _NOT_NAMING}
    if not words:
        return None
    titles = session.execute(
        select(Product.handle, Product.title).where(Product.handle.in_(shown.handles))
    )
    scores = {
        handle: len(words & set(re.findall(r"[a-z]+", title.lower()))) for handle, title in titles
    }
    best = max(scores.values(), default=0)
    winners = [handle for handle, score in scores.items() if score == best]
    return ProductReference(winners[0]) if best and len(winners) == 1 else None


# "the wrap one", "that velvet one": a product named by a word of its title.
_THE_WORD_ONE = re.compile(r"\b(?:the|that|this)\s+((?:[a-z'&-]+\s+){1,3}?)one\b(?!s)")


def _named_one_shown_before(
    tracker: Tracker, session: Session, text: str, shown: ShownResults
) -> ProductReference | None:
    """ "The wrap one" when nothing on screen is called that: the one product shown earlier in
    the conversation (opened or in a recent list) with that word in its title, if exactly one is.
    Words the shop reads as a colour, brand, kind or feature ("the black one") describe instead."""
    match = _THE_WORD_ONE.search(text.lower())
    if not match:
        return None
    described = {
        word
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") in DESCRIBERS | {"sort", "ordinal", "price_direction"}
        and entity.get("start") is not None
        for word in text[entity["start"] : entity["end"]].lower().split()
    }
    words = [word for word in match.group(1).split() if word not in described | _NOT_NAMING]
    earlier = [
        handle
        for group in earlier_products(tracker)
        for handle in group
        if handle not in shown.handles
    ]
    if not words or not earlier:
        return None
    return _by_title_words(session, " ".join(words), ShownResults(list(dict.fromkeys(earlier))))


def _by_description(
    session: Session, entities: dict[str, list[str]], shown: ShownResults
) -> ProductReference:
    """The product on screen that fits a description; the first by price for a superlative."""
    description = ProductQuery(
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
        category=(entities.get("category") or [None])[-1],
        sort=(entities.get("sort") or [None])[-1],
        features=tuple(entities.get("feature") or ()),
    )
    # "The green one" after a list in size M: the colours the list showed, those of that size.
    if description.colour and shown.query.get("size"):
        in_size = description.updated(size=shown.query["size"])
        if find_products(session, in_size, limit=1, only_handles=shown.handles).matches:
            description = in_size
    fitting = find_products(
        session, description, limit=len(shown.handles), only_handles=shown.handles
    )
    handles = [match.handle for match in fitting.matches]
    if not description.sort:  # keep the order on screen
        handles = [handle for handle in shown.handles if handle in handles]
    if len(handles) == 1 or (handles and description.sort):
        return ProductReference(handles[0])
    if handles:
        return ProductReference(None, "ambiguous", candidates=tuple(handles))
    return ProductReference(None, "no_such_one")


def _by_position(ordinal: str, shown: ShownResults) -> ProductReference:
    if not shown.handles:
        return ProductReference(None, "none")
    if ordinal == "last":
        return ProductReference(shown.handles[-1])
    try:
        position = int(ordinal)
    except ValueError:
        return ProductReference(None, "bad_ordinal")
    # "the 5th one" on the second page of three means the 5th overall, the 2nd on screen.
    if shown.offset and shown.offset < position <= shown.offset + len(shown.handles):
        position -= shown.offset
    if 1 <= position <= len(shown.handles):
        return ProductReference(shown.handles[position - 1])
    return ProductReference(None, "bad_ordinal")


def _earlier_of_kind(
    tracker: Tracker, session: Session, entities: dict[str, list[str]], opened_only: bool = False
) -> ProductReference | None:
    """The product of the kind named ("the shirt", "those shoes") that the shopper opened or was
    shown most recently, when none on screen is of that kind; "ambiguous" (with the candidates)
    when the latest list of that kind had several."""
    description = ProductQuery(
        category=(entities.get("category") or [None])[-1],
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
    )
    groups = [[h] for h in opened_products(tracker)] if opened_only else earlier_products(tracker)
    for group in groups:
        fitting = find_products(
            session, description, limit=len(group), only_handles=group, in_stock_only=False
        )
        handles = [handle for handle in group if handle in {m.handle for m in fitting.matches}]
        if len(handles) == 1:
            return ProductReference(handles[0])
        if handles:
            return ProductReference(None, "ambiguous", candidates=tuple(handles))
    return None


def _opened_instead(
    tracker: Tracker, session: Session, entities: dict[str, list[str]]
) -> ProductReference | None:
    """ "The coat" when the shop sells no coats: the product opened most recently of the kind it
    offered instead (the tweed blazer), if one was opened."""
    kind = (entities.get("category") or [""])[-1]
    if not kind or sells_kind(session, kind) or not (nearest := nearest_sold_kind(kind)):
        return None
    opened = _earlier_of_kind(tracker, session, {"category": [nearest]}, opened_only=True)
    return opened if opened and opened.handle else None


def picked_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of a kind ("the dress", "the shoes") the shopper picked: the one "add the
    dress" takes (`resolve_product`), the latest of that kind opened or shown alone (the dearer
    dress opened, then a cheaper one found: the cheaper one); when the latest list of that kind
    had several, the one opened last of that kind, else all of them (two heels on screen: both).
    None when nothing of that kind was opened or listed."""
    entities = {"category": [kind]}
    listed = _earlier_of_kind(tracker, session, entities)
    if listed is not None and listed.handle:
        return [listed.handle]
    opened = _earlier_of_kind(tracker, session, entities, opened_only=True)
    if opened and opened.handle:
        return [opened.handle]
    return list(listed.candidates) if listed is not None else []


# "the first heels", "the 1st pair of heels": what may stand between an ordinal and the kind it is
# said of.
ORDINAL_OF_KIND = re.compile(r"\s*(?:(?:pair|pairs|set|one|ones)\s+of\s+(?:the\s+)?)?")


def ordinal_of_kind(tracker: Tracker) -> tuple[str, str] | None:
    """ "The second dress", "the 1st pair of heels": the ordinal and the kind said right after it,
    when the latest message says one ordinal; None when it stands alone ("the 2nd one")."""
    found = sorted(
        (entity for entity in tracker.latest_message.get("entities") or []
         if entity.get("entity") in ("ordinal", "category") and entity.get("start") is not None),
        key=lambda entity: int(entity["start"]),
    )  # fmt: skip
    ordinals = [at for at, entity in enumerate(found) if entity["entity"] == "ordinal"]
    if len(ordinals) != 1 or ordinals[0] + 1 >= len(found):
        return None
    ordinal, kind = found[ordinals[0]], found[ordinals[0] + 1]
    text = tracker.latest_message.get("text") or ""
    between = text[int(ordinal["end"]) : int(kind["start"])]
    if kind["entity"] != "category" or not ORDINAL_OF_KIND.fullmatch(between):
        return None
    return str(ordinal["value"]), str(kind["value"])


def listed_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of a kind in the latest list that had any, in the order shown ("the first
    heels" is the first of them), even when one of them was opened since."""
    lists = [group for group in earlier_products(tracker) if len(group) > 1]
    for group in lists:
        fitting = find_products(session, ProductQuery(category=kind), limit=len(group),
                                only_handles=group, in_stock_only=False)  # fmt: skip
        found = {match.handle for match in fitting.matches}
        if handles := [handle for handle in group if handle in found]:
            return handles
    return []


# --- asking which one ----------------------------------------------------------------------------


def ask_which_one(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    reference: ProductReference,
) -> bool:
    """Ask which of the candidates the shopper means, by name with a button each; False (nothing
    said) when the reference has no candidates to offer."""
    buttons = which_one_buttons(tracker, session, reference.candidates)
    if len(buttons) < 2:
        return False
    colour = (latest_entities(tracker).get("colour") or [None])[-1]
    titles = [button["title"] for button in buttons]
    dispatcher.utter_message(text=reference_replies.which_one_text(titles, colour), buttons=buttons)
    return True


# Intents whose action can go on from a tapped product alone; any other question about "the
# black one" (its words would be lost in the tap) opens the product instead.
_GOES_ON_FROM_A_TAP = frozenset(
    {"select_product", "add_to_cart", "buy", "ask_what_goes_with", "ask_bought_together",
     "check_availability", "ask_price", "product_details"}
)  # fmt: skip


def which_one_buttons(tracker: Tracker, session: Session, handles: Sequence[str]) -> list[dict]:
    """One button per candidate, titled with its name; a tap goes on with what the shopper asked
    ("what goes with it", "add to cart"), with the size, colour and quantity they said."""
    intent = latest_intent(tracker) or "select_product"
    if intent not in _GOES_ON_FROM_A_TAP:
        intent = "select_product"
    said = latest_entities(tracker)
    kept = {name: said[name][-1] for name in ("size", "colour", "quantity") if name in said}
    rows = session.execute(
        select(Product.handle, Product.title).where(Product.handle.in_(handles))
    ).all()
    titles = {handle: title for handle, title in rows}
    return [
        {
            "title": titles[handle],
            "payload": f"/{intent}" + json.dumps({"product_handle": handle, **kept}),
        }
        for handle in handles
        if handle in titles
    ]


# --- several products at once --------------------------------------------------------------------


def resolve_products(tracker: Tracker, session: Session) -> list[ProductReference]:
    """Every product the latest message names or points at, in the order said ("the windsor or
    the savile", "the first and the second"); with only one of them, the one in focus joins it
    when the message says "it" or "this" ("compare it with the second one"). A message that names
    none means the products on screen ("compare them")."""
    shown = ShownResults.from_tracker(tracker)
    text = tracker.latest_message.get("text") or ""
    if run := _run_on_screen(text, shown):  # "the first two", "the top 3", "the last two"
        return [ProductReference(handle) for handle in run]
    found: list[ProductReference] = []
    for entity in tracker.latest_message.get("entities") or []:
        value = str(entity.get("value") or "").strip()
        if not value:
            continue
        if entity.get("entity") == "product_handle":
            found.append(ProductReference(value))
        elif entity.get("entity") == "product":
            found.append(_by_name(session, value, {}))
        elif entity.get("entity") == "ordinal":
            found.append(_by_position(value, shown))
    focus = tracker.get_slot(CURRENT_PRODUCT)
    named = [reference.handle for reference in found]
    if len(found) == 1 and focus and focus not in named and refers_to_focus(text):
        found.insert(0, ProductReference(focus))
    if not found and _THE_TWO.search(text.lower()):  # "these two", "both of them"
        return [ProductReference(handle) for handle in the_two(tracker)] or [
            ProductReference(None, "none")
        ]
    if not found:
        # "which one is better quality?" after a comparison: the products compared, unless the
        # message says all of them.
        compared = compared_products(tracker) if not _ALL_OF_THEM.search(text.lower()) else []
        handles = compared or shown.handles or ([focus] if focus else [])
        found = [ProductReference(handle) for handle in handles]
    return found


# "the first two", "the top 3", "the last two": a run of the products on screen.
_RUN_ON_SCREEN = re.compile(
    r"\b(?P<end>first|1st|top|last|bottom)\s+(?P<count>two|2|three|3|four|4)\b"
    r"(?!\s*(?:pairs?\b|of\s+(?:each|it|them)\b|sizes?\b|colou?rs?\b|days?\b|weeks?\b))"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# "these two", "both of them", "the two of them": two products already in the conversation.
_THE_TWO = re.compile(
    r"\b(?:these|those|the|them|this)\s+(?:two|2)\b|\bboth\b|\b(?:two|2)\s+of\s+(?:them|these|those|em)\b"
)
_ALL_OF_THEM = re.compile(r"\ball\b")
# "which one ...?", "are any of them ...?", "would either of them ...?": a question asked across
# the products in the conversation, not about one of them.
_ACROSS = re.compile(
    r"\bwhich\s*(?:one|ones|of\b|is\b|are\b|would\b|will\b|lasts?\b|has\b|have\b|does\b|do\b"
    r"|should\b|'?s\b)"
    r"|\b(?:any|either|each|all|none|neither)\s+of\s+(?:them|these|those|em|the\s+\w+)\b"
    r"|\b(?:do|are|is|would|will)\s+any\b|\bboth\b|\bthem\s+(?:all|both)\b"
    # "anything with stretch?", "any with a travel fabric" after a list: the list as a whole.
    r"|^\s*(?:(?:and|so|ok|hmm|also)\s+)?(?:anything|any|any ones?)\s+(?:with|that (?:has|have|is|are))\b"
    r"|\b(?:these|those)\s+(?:two|2|three|3)\b"
    r"|\bthe\s+(?:two|2)\b(?!-)|\b(?:two|2)\s+of\s+(?:them|these|those|em)\b"
)
# "trying to decide between two pairs of chelsea boots", "comparing oxfords": the shopper is
# weighing products up, so a list comes with an offer to compare two of them.
_WEIGHS_UP = re.compile(
    r"\b(?:decid\w*|choos\w*|chose|pick(?:ing)?)\s+(?:between|from)\b|\btorn\s+between\b"
    r"|\bcompar(?:e|ing)\b|\bweigh(?:ing)?\s+up\b|\bbetween\s+(?:two|2|a\s+couple|a\s+few)\b"
    r"|\b(?:can'?t|cannot|cant|cnt)\s+(?:decide|choose|pick|make up my mind)\b"
    r"|\bwhich\s+(?:one\s+)?(?:should|shall)\s+i\s+(?:get|buy|go for|choose|pick)\b"
)


def _run_on_screen(text: str, shown: ShownResults) -> list[str]:
    """The products a run of them on screen names ("the first two": the first two shown)."""
    match = _RUN_ON_SCREEN.search(text.lower())
    if not match or not shown.handles:
        return []
    count = _COUNT_WORDS.get(match.group("count")) or int(match.group("count"))
    if match.group("end") in ("last", "bottom"):
        return shown.handles[-count:]
    return shown.handles[:count]


def the_two(tracker: Tracker) -> list[str]:
    """ "Both", "these two": the two products compared last, the two on screen, the one in
    focus and the one listed after it, or the two opened last from the list on screen (in the
    order opened); none when it isn't clear which two."""
    shown = ShownResults.from_tracker(tracker)
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if len(compared := compared_products(tracker)) == 2:
        return compared
    if len(shown.handles) == 2:
        return list(shown.handles)
    if len(shown.handles) == 1 and focus and focus != shown.handles[0]:
        return [focus, shown.handles[0]]
    # "Which of the two is warmer?" after opening two of the list on screen: those two.
    opened = opened_products(tracker)[:2]
    if len(opened) == 2 and set(opened) <= set(shown.handles):
        return opened[::-1]
    return []


# "whats the warmest one there", "the most comfortable?", "the comfiest of them": a superlative
# is a question across the products, unless it picks one by price or date ("the cheapest one",
# `_POINTS_AT_ONE`), or is asked of one ("is the cheapest one warm?").
_SUPERLATIVE = re.compile(
    r"\bthe\s+(?:most|least)\s+(?P<most>[a-z]{3,})|\bthe\s+(?P<est>[a-z]{2,}est)\b"
)
# Superlatives that pick a product by price or date, and words that only end like one.
_PICKS_ONE = frozenset(
    {"cheapest", "priciest", "dearest", "latest", "newest", "oldest", "expensive", "pricey",
     "costly", "rest", "chest", "forest", "interest", "request", "guest", "nest", "west", "test"}
)  # fmt: skip


def asks_across(text: str) -> bool:
    """Whether a message asks about several products at once ("which one would last longer in the
    rain?", "do any of them come in 11.5?", "whats the warmest one?"), not about one ("is it
    waterproof?", "is the cheapest one lined?")."""
    lowered = text.lower()
    if _ACROSS.search(lowered):
        return True
    return any(
        (found.group("most") or found.group("est")) not in _PICKS_ONE
        for found in _SUPERLATIVE.finditer(lowered)
    ) and not speaks_of_one(lowered)


# "do they have good grip?", "are those warm?": the products on screen, when none is in focus or
# the list came after it ("it" is one product).
_SPEAKS_OF_SEVERAL = re.compile(r"\b(?:they|them|these|those|theyre|they're)\b")


def _asks_of_the_list(tracker: Tracker, text: str) -> bool:
    """Whether a question says "they" or "these" of the list on screen, not of the one in focus."""
    if not _SPEAKS_OF_SEVERAL.search(_pointing_sentence(text)) or speaks_of_one(text):
        return False
    return not tracker.get_slot(CURRENT_PRODUCT) or list_after_focus(tracker)


def asks_of_the_list(tracker: Tracker) -> bool:
    """Whether the latest message says "they" or "these" of the list on screen ("do they come in
    blue too?" under three shirts, none opened), not of the product in focus."""
    return _asks_of_the_list(tracker, tracker.latest_message.get("text") or "")


def they_of_the_focus(tracker: Tracker) -> bool:
    """Whether "they" means the product in focus ("do they come in blue?" with a pair of shoes
    open and no list after it), not the list it was picked from."""
    text = tracker.latest_message.get("text") or ""
    return (
        bool(tracker.get_slot(CURRENT_PRODUCT))
        and bool(_SPEAKS_OF_SEVERAL.search(_pointing_sentence(text)))
        and not asks_across(text)
        and not _asks_of_the_list(tracker, text)
    )


def weighs_up(text: str) -> bool:
    """Whether the shopper says they are deciding between products ("torn between two pairs")."""
    return bool(_WEIGHS_UP.search(text.lower()))


def products_asked_about(tracker: Tracker, session: Session) -> list[str]:
    """The products a question across several is about ("which one is better quality?", "are any
    of them waterproof?"): those it names or points at ("the first two", "the windsor or the
    savile"), else the ones compared last, else the ones on screen. None (the question is about
    one product) when it asks about one, or fewer than two are in the conversation."""
    text = tracker.latest_message.get("text") or ""
    if not asks_across(text) and not _asks_of_the_list(tracker, text):
        return []
    entities = latest_entities(tracker)
    if sum(len(entities.get(name) or []) for name in ("product", "product_handle", "ordinal")) == 1:
        return []  # "which is the heel height of the second one?": that one
    references = resolve_products(tracker, session)
    handles = list(dict.fromkeys(reference.handle for reference in references if reference.handle))
    return handles if len(handles) >= 2 and len(handles) == len(references) else []
