"""What the conversation is about: the current search, the results on screen, the product in focus.

These helpers read and write the three slots the discovery actions share, and turn the latest
message's entities into changes of the search. What was opened or listed before the current
screen ("the shirt" after a shoe list) comes from the slot events Rasa sends with the tracker
(`earlier_products`), so no slot of its own keeps that history.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import reference_replies
from commerce.models import Product
from commerce.products import find_product_by_name
from commerce.search import (
    COLOUR_ALTERNATIVES,
    ProductQuery,
    SearchResult,
    find_products,
    parse_price,
)
from commerce.sizes import size_query_key

SEARCH_QUERY = "search_query"
SHOWN_RESULTS = "shown_results"
CURRENT_PRODUCT = "current_product"
# The products compared last, and the list on screen then (`compared_products`).
COMPARED_PRODUCTS = "compared_products"
# Entities the shopper rules out -> the search field that excludes them.
EXCLUSIONS = {
    "not_colour": "not_colours",
    "not_category": "not_categories",
    "not_brand": "not_brands",
    "not_feature": "not_features",
}


def latest_intent(tracker: Tracker) -> str | None:
    """The latest message's intent (also for button payloads, which carry no ranking)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_entities(tracker: Tracker, before: int | None = None) -> dict[str, list[str]]:
    """Entity name -> values in the latest message, in the order they were said (only those that
    start before character `before`, when given).

    A term the shopper rules out ("not brown") comes under "not_<entity>" ("not_colour").
    """
    found: dict[str, list[str]] = {}
    for entity in tracker.latest_message.get("entities") or []:
        if before is not None and (entity.get("start") or 0) >= before:
            continue
        value = entity.get("value")
        if value is not None and str(value).strip():
            name = entity["entity"]
            if entity.get("role") == "excluded":
                name = f"not_{name}"
            found.setdefault(name, []).append(str(value).strip())
    return found


def query_changes(entities: dict[str, list[str]]) -> dict:
    """The search fields that the latest message sets ("in brown" sets only the colour)."""
    changes: dict = {}
    for name in ("brand", "gender", "product", "sort"):
        if name in entities:
            changes[name] = entities[name][-1]
    if "category" in entities:  # "a navy suit and brown shoes": one kind at a time, the first
        changes["category"] = entities["category"][0]
    if "feature" in entities:  # "slim fit", "suede": each of them
        changes["features"] = tuple(dict.fromkeys(entities["feature"]))
    if "colour" in entities:
        # "blue or green": either will do.
        changes["colour"] = COLOUR_ALTERNATIVES.join(dict.fromkeys(entities["colour"]))
    for name, field_name in EXCLUSIONS.items():
        if name in entities:
            changes[field_name] = tuple(dict.fromkeys(entities[name]))
    if changes.get("colour") and "not_colours" not in changes:
        changes["not_colours"] = ()  # "in black" after "not black" asks for black again
    if changes.get("category") and "not_categories" not in changes:
        changes["not_categories"] = ()
    if "size" in entities:
        changes["size"] = size_query_key(entities["size"][-1]) or entities["size"][-1].lower()
    if "occasion" in entities:
        changes["occasions"] = tuple(dict.fromkeys(entities["occasion"]))
    for bound in ("price_min", "price_max"):
        if bound in entities:
            changes[bound] = parse_price(entities[bound][-1])
    if "deal" in entities:  # "any sale on dresses?"
        changes["on_sale"] = True
    if "popularity" in entities:  # "best sellers in shoes": by units sold
        changes["sort"] = "popular"
    return changes


# "ok and a bag?", "something flat instead", "what about shoes": the next kind for the same outing.
_CONTINUES = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|so|hmm+|um+|right|cool|great|nice|perfect|lovely)\W+)*"
    r"(?:and|also|plus|what about|how about|maybe|now)\b"
    r"|\binstead\b|\bto go with\b|\bas well\b|\btoo\b|\bmatching\b"
)


def continues_the_outing(text: str) -> bool:
    """Whether a message asking for another kind of product says it goes on with the same search
    ("ok and a bag?" after a dress for a wedding is a bag for the wedding); "show me bow ties"
    starts afresh."""
    return bool(_CONTINUES.search(text.lower()))


# Words that say nothing about what to find, in a message that changes nothing in the search.
_SAYS_NOTHING = frozenset(
    re.findall(
        r"\S+",
        "a an the any some one ones it them they those these this that in on of for with and or but "
        "ok okay k so hmm um well yes yeah yep no nah please pls plz thanks thx just maybe then now "
        "what about how show me see got have do does you u ur i i'm im want need like more other "
        "something anything stuff again instead too also really very less",
    )
)


def words_not_understood(tracker: Tracker) -> list[str]:
    """The words of the latest message that named nothing the search knows ("brwn" when it was
    not read as brown), leaving out the words that never would ("ones", "any", "pls")."""
    text = tracker.latest_message.get("text") or ""
    spans = [
        (int(entity["start"]), int(entity["end"]))
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("start") is not None and entity.get("end") is not None
    ]
    words = []
    for match in re.finditer(r"[^\W\d_][\w'’-]*", text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        if match.group(0).lower() not in _SAYS_NOTHING:
            words.append(match.group(0))
    return list(dict.fromkeys(words))


_ALSO_WANTS = re.compile(r"\b(?:and|plus|also|as well as|too)\b|&")
_GOES_WITH = re.compile(r"\b(?:match(?:es|ing)?|go(?:es)? with|wear with|with my|for my)\b")


def kinds_left_for_later(entities: dict[str, list[str]], text: str) -> list[str]:
    """The other kinds of product a message asks for ("a navy suit and brown shoes"), after the
    one searched first; none when the others only describe it ("a belt to match my shoes")."""
    kinds = list(dict.fromkeys(entities.get("category") or []))
    lowered = text.lower()
    if len(kinds) < 2 or not _ALSO_WANTS.search(lowered) or _GOES_WITH.search(lowered):
        return []
    return kinds[1:]


def second_kind_starts_at(tracker: Tracker) -> int | None:
    """Where a message turns to a second kind of product ("... and also brown shoes"), if it does:
    from the "and" before it, so the colour and size said with it go with it."""
    seen: set[str] = set()
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "category" and not entity.get("role"):
            seen.add(str(entity.get("value")))
            if len(seen) == 2 and entity.get("start") is not None:
                start = int(entity["start"])
                text = (tracker.latest_message.get("text") or "").lower()
                joins = list(_ALSO_WANTS.finditer(text[:start]))
                return joins[-1].start() if joins else start
    return None


def current_query(tracker: Tracker) -> ProductQuery:
    return ProductQuery.from_dict(tracker.get_slot(SEARCH_QUERY))


@dataclass
class ShownResults:
    """The products on the shopper's screen, so "the second one" and "cheaper" mean something."""

    handles: list[str] = field(default_factory=list)
    offset: int = 0
    total: int = 0
    lowest_price: str | None = None
    highest_price: str | None = None
    # The query these results came from: the shopper's own, or the relaxed one of alternatives.
    query: dict = field(default_factory=dict)
    # The product in focus that this list (a refinement) left in focus: while it still is,
    # "they" means this list and "it" that product (`list_after_focus`).
    kept_focus: str | None = None

    @classmethod
    def of(cls, result: SearchResult, kept_focus: str | None = None) -> ShownResults:
        prices = [match.price_from for match in result.matches]
        return cls(
            handles=[match.handle for match in result.matches],
            offset=result.offset,
            total=result.total,
            lowest_price=str(min(prices)) if prices else None,
            highest_price=str(max(prices)) if prices else None,
            query=result.query.to_dict(),
            kept_focus=kept_focus,
        )

    @classmethod
    def from_tracker(cls, tracker: Tracker) -> ShownResults:
        data = tracker.get_slot(SHOWN_RESULTS) or {}
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        return cls(**known)

    def slot(self) -> SlotSet:
        return SlotSet(SHOWN_RESULTS, asdict(self))

    def price_bounds(self) -> tuple[Decimal | None, Decimal | None]:
        return parse_price(self.lowest_price), parse_price(self.highest_price)


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


# "the cheapest one", "the black one", "the one by Brera", "that one": pointing at a product on
# screen by what it is, not asking for a new search.
_POINTS_AT_ONE = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w'&-]+\s+){0,3}?one\b(?!s)|\bthe\s+one\s+(?:by|from|in|with|for|that)\b"
    r"|\bthe\s+(?:cheapest|priciest|most expensive|least expensive|last)\b"
)
# "do they come in 10.5?", "is it in brown?": a question about the product in focus.
_REFERS_TO_FOCUS = re.compile(r"\b(?:it|its|they|them|this|these|those|that one|this one)\b")
# "it", "this": one product, the one in focus ("they" may be the list on screen).
_SPEAKS_OF_IT = re.compile(r"\b(?:it|its|it's|this)\b(?!\s+one\b)")


def typed_choice(tracker: Tracker) -> tuple[str, dict] | None:
    """When the shopper types the title of a button the bot has just offered ("brown" after "Which
    colour?"), the intent and entities of that button's payload, as if it had been tapped."""
    typed = " ".join((tracker.latest_message.get("text") or "").lower().split()).strip(" .!?")
    if not typed or typed.startswith("/"):
        return None
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return None  # the bot said nothing in between
            seen_current_message = True
        elif event.get("event") == "bot":
            for button in (event.get("data") or {}).get("buttons") or []:
                if " ".join(str(button.get("title", "")).lower().split()) == typed:
                    return _parse_payload(str(button.get("payload", "")))
            return None
    return None


def offered_products(tracker: Tracker) -> tuple[str, list[str]] | None:
    """When the latest message answers the bot's "Which one do you mean: ...?" (a button per
    product), the intent of those buttons and the products offered, in order; else None."""
    event = _bot_message_before_this_one(tracker)
    if event is None:
        return None
    parsed = [
        _parse_payload(str(button.get("payload", "")))
        for button in (event.get("data") or {}).get("buttons") or []
    ]
    handles = [p[1]["product_handle"] for p in parsed if p and "product_handle" in p[1]]
    if len(handles) < 2 or not (event.get("text") or "").strip().endswith("?"):
        return None  # a list of results is no question: "size 7" narrows it
    return next(p[0] for p in parsed if p and "product_handle" in p[1]), handles


def _bot_message_before_this_one(tracker: Tracker) -> dict | None:
    """The bot's last message between the shopper's previous message and this one, if any."""
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return None
            seen_current_message = True
        elif event.get("event") == "bot":
            return event
    return None


def _parse_payload(payload: str) -> tuple[str, dict] | None:
    """'/add_to_cart{"size": "34"}' -> ("add_to_cart", {"size": "34"})."""
    match = re.fullmatch(r"/(\w+)(\{.*\})?", payload.strip(), re.S)
    if not match:
        return None
    try:
        entities = json.loads(match.group(2)) if match.group(2) else {}
    except ValueError:
        return None
    return (match.group(1), entities) if isinstance(entities, dict) else None


def as_tapped(tracker: Tracker, intent: str, entities: dict) -> Tracker:
    """A copy of the tracker whose latest message is the tap of a button."""
    tapped = tracker.copy()
    tapped.latest_message = {
        **tracker.latest_message,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": [{"entity": name, "value": value} for name, value in entities.items()],
    }
    return tapped


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


def list_after_focus(tracker: Tracker) -> bool:
    """Whether the list on screen came after the product in focus was opened (a refinement kept
    it in focus), so that "do they come in 10?" means the products listed, "it" that product."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    return bool(focus) and ShownResults.from_tracker(tracker).kept_focus == focus


def speaks_of_one(text: str) -> bool:
    """Whether a message speaks of one product ("is it wool?"), not of several ("do they ...")."""
    return bool(_SPEAKS_OF_IT.search(text.lower()))


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
        return _by_name(session, entities["product"][-1], entities)
    if "unknown_product" in entities:  # "is whey protein available?": a name the NLU did not know
        return _by_name(session, entities["unknown_product"][-1], entities)
    if "ordinal" in entities:
        return _by_position(entities["ordinal"][-1], shown)
    text = tracker.latest_message.get("text") or ""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if focus and _SPEAKS_OF_IT.search(text.lower()) and not points_at_shown(text):
        # "is it pure silk?", "is it in black?": the product in focus, whatever else is on screen
        # (the Liana Silk Midi Dress is not "it" because it is silk).
        return ProductReference(focus)
    if shown.handles and (reference := _by_title_words(session, text, shown)):
        return reference
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
            # "is the shirt slim fit?" after a shoe list replaced the shirts: the shirt from before.
            return _earlier_of_kind(tracker, session, entities) or reference
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


# How many earlier lists and opened products "the shirt" may reach back over.
_LOOK_BACK = 8


def earlier_products(tracker: Tracker) -> list[list[str]]:
    """The products opened or listed earlier in the conversation, newest first, one group per
    product opened or list shown (from the slot events Rasa sends with the tracker)."""
    groups: list[list[str]] = []
    for event in reversed(tracker.events or []):
        if event.get("event") != "slot" or not event.get("value"):
            continue
        if event.get("name") == CURRENT_PRODUCT:
            groups.append([str(event["value"])])
        elif event.get("name") == SHOWN_RESULTS and isinstance(event["value"], dict):
            groups.append([str(handle) for handle in event["value"].get("handles") or []])
        if len(groups) >= _LOOK_BACK:
            break
    return groups


# How many of the shopper's earlier messages a size said before "buy it" may reach back over.
_SIZE_LOOK_BACK = 6


def size_asked_lately(tracker: Tracker) -> str | None:
    """The size the shopper named last before the latest message, since the list on screen was
    shown (the message that showed it included): "does that come in a small?" then "add it"
    means in S; "the windsor in a size 8?", which showed similar ones, then "buy it" (one of
    them) means in 8. None when they named none since (a size from before a new list was for
    other products)."""
    passed_latest, list_shown, looked_at = False, False, 0
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "slot" and event.get("name") == SHOWN_RESULTS and event.get("value"):
            list_shown = True
        if kind != "user":
            continue
        if not passed_latest:
            passed_latest = True
            continue
        entities = (event.get("parse_data") or {}).get("entities") or []
        for entity in reversed(entities):
            if entity.get("entity") == "size" and not entity.get("role") and entity.get("value"):
                return str(entity["value"])
        looked_at += 1
        if list_shown or looked_at >= _SIZE_LOOK_BACK:
            return None
    return None


def sizes_said(tracker: Tracker) -> list[str]:
    """The sizes the shopper named in earlier messages of the conversation, newest first ("42
    regular" said of the suits before shirts were shown)."""
    said: list[str] = []
    passed_latest = False
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        if not passed_latest:
            passed_latest = True
            continue
        for entity in reversed((event.get("parse_data") or {}).get("entities") or []):
            if entity.get("entity") == "size" and not entity.get("role") and entity.get("value"):
                said.append(str(entity["value"]))
    return list(dict.fromkeys(said))


def opened_products(tracker: Tracker) -> list[str]:
    """The products the shopper opened in this conversation, newest first, each once."""
    opened = [
        str(event["value"])
        for event in reversed(tracker.events or [])
        if event.get("event") == "slot"
        and event.get("name") == CURRENT_PRODUCT
        and event.get("value")
    ]
    return list(dict.fromkeys(opened))


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


def picked_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of a kind ("the dress", "the shoes") the shopper picked: the one they opened
    last of that kind; else those of that kind in the latest list that had any (two heels on
    screen: both). None when nothing of that kind was opened or listed."""
    entities = {"category": [kind]}
    opened = _earlier_of_kind(tracker, session, entities, opened_only=True)
    if opened and opened.handle:
        return [opened.handle]
    listed = _earlier_of_kind(tracker, session, entities)
    if listed is None:
        return []
    return [listed.handle] if listed.handle else list(listed.candidates)


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


def compared_products(tracker: Tracker) -> list[str]:
    """The products compared last, while the list on screen then is still on screen ("which one is
    better quality?" after "the first two" means those two); none after a new list."""
    compared = tracker.get_slot(COMPARED_PRODUCTS) or {}
    if compared.get("shown") != ShownResults.from_tracker(tracker).handles:
        return []
    return [str(handle) for handle in compared.get("handles") or []]


def compared_slot(tracker: Tracker, handles: Sequence[str]) -> SlotSet:
    """Remember these products as the ones compared, with the list on screen now."""
    shown = ShownResults.from_tracker(tracker).handles
    return SlotSet(COMPARED_PRODUCTS, {"handles": list(handles), "shown": shown})


def asks_across(text: str) -> bool:
    """Whether a message asks about several products at once ("which one would last longer in the
    rain?", "do any of them come in 11.5?"), not about one ("is it waterproof?")."""
    return bool(_ACROSS.search(text.lower()))


def weighs_up(text: str) -> bool:
    """Whether the shopper says they are deciding between products ("torn between two pairs")."""
    return bool(_WEIGHS_UP.search(text.lower()))


def products_asked_about(tracker: Tracker, session: Session) -> list[str]:
    """The products a question across several is about ("which one is better quality?", "are any
    of them waterproof?"): those it names or points at ("the first two", "the windsor or the
    savile"), else the ones compared last, else the ones on screen. None (the question is about
    one product) when it asks about one, or fewer than two are in the conversation."""
    if not asks_across(tracker.latest_message.get("text") or ""):
        return []
    entities = latest_entities(tracker)
    if sum(len(entities.get(name) or []) for name in ("product", "product_handle", "ordinal")) == 1:
        return []  # "which is the heel height of the second one?": that one
    references = resolve_products(tracker, session)
    handles = list(dict.fromkeys(reference.handle for reference in references if reference.handle))
    return handles if len(handles) >= 2 and len(handles) == len(references) else []


def open_question(tracker: Tracker) -> str | None:
    """The question the bot asked in answer to the shopper's previous message, with buttons to
    answer it ("Which size of the Savile Plain-Toe Oxford?"), if this message is the reply to it;
    None when the bot's last answer asked nothing."""
    event = _bot_message_before_this_one(tracker)
    if event is None:
        return None
    text = (event.get("text") or "").strip()
    buttons = (event.get("data") or {}).get("buttons")
    return text if buttons and text.endswith("?") else None
