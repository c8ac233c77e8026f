"""Which product a message means: by button, name, position or description of one on screen, the
one in focus, or one opened or listed earlier ("the shirt"); and asking which one, by name with a
button each, when that is unclear. How the message's words point is `pointing`'s; the products a
question across several is about ("which one is warmer?", "these two") are `several`'s."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import reference_replies
from actions.conversation.compared import pick_among_compared
from actions.conversation.focus_of_kind import the_one_opened_of_that_kind
from actions.conversation.history import earlier_products, opened_products
from actions.conversation.pointing import SPEAKS_OF_IT, points_at_shown
from actions.conversation.said import latest_entities, latest_intent
from actions.conversation.screen import CURRENT_PRODUCT, ShownResults, opened_last
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
    # "The cheapest one" when two share the lowest price (the highest, for the priciest): it.
    tied_at: Decimal | None = None


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
        reference = by_name(session, entities["product"][-1], entities)
        if reference.problem == "ambiguous_name" and shown.handles:
            # "the whitehall" with the suit on screen: that one, not the trousers of that name.
            return by_title_words(session, entities["product"][-1], shown) or reference
        return reference
    if "unknown_product" in entities:  # "is whey protein available?": a name the NLU did not know
        return by_name(session, entities["unknown_product"][-1], entities)
    if compared := pick_among_compared(tracker, session):
        return ProductReference(compared)  # "the cheaper one then" right after comparing two
    if "ordinal" in entities:
        if said := ordinal_of_kind(tracker):
            # "the first suit" with dresses on screen: the first of the suits listed before.
            listed = listed_of_kind(tracker, session, said[1])
            if listed and not set(shown.handles) <= set(listed):
                return by_position(said[0], ShownResults(listed))
        return by_position(entities["ordinal"][-1], shown)
    text = tracker.latest_message.get("text") or ""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if focus and SPEAKS_OF_IT.search(text.lower()) and not points_at_shown(text):
        # "is it pure silk?", "is it in black?": the product in focus, whatever else is on screen
        # (the Liana Silk Midi Dress is not "it" because it is silk).
        return ProductReference(focus)
    if shown.handles and (reference := by_title_words(session, text, shown)):
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
        reference = by_description(session, entities, shown)
        if reference.problem == "no_such_one" and asks_a_question and focus:
            # "is the shirt slim fit?" with shoes open: a shirt opened before; but "How high is
            # the heel?" after picking a boot: a part of it, not a heel on screen.
            opened = _earlier_of_kind(tracker, session, entities, opened_only=True)
            return opened if opened and opened.handle else ProductReference(focus)
        if reference.problem == "no_such_one" and focus and _THAT_ONE.search(text.lower()):
            # "ill take that one in navy" of the dress in focus: that dress (it may lack navy).
            return ProductReference(focus)
        if reference.problem == "no_such_one" and "category" in entities:
            # "is the shirt slim fit?" after a shoe list replaced the shirts: the shirt from before;
            # "ill take the coat" (no coats sold) after belts: the blazer opened instead of one.
            return (
                _earlier_of_kind(tracker, session, entities)
                or _opened_instead(tracker, session, entities)
                or reference
            )
        return the_one_opened_of_that_kind(reference, opened_products(tracker), entities)
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
    # "add it" with several on screen: which of them, a button each (stranger test 34, Kev #6).
    if shown.handles:
        return ProductReference(None, "ambiguous", candidates=tuple(shown.handles))
    return ProductReference(None, "none")


DESCRIBERS = frozenset({"sort", "colour", "brand", "category", "feature"})
_THAT_ONE = re.compile(r"\b(?:that|this) one\b")


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


def by_name(session: Session, name: str, entities: dict[str, list[str]]) -> ProductReference:
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


def by_title_words(session: Session, text: str, shown: ShownResults) -> ProductReference | None:
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
    return by_title_words(session, " ".join(words), ShownResults(list(dict.fromkeys(earlier))))


def by_description(
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
    if description.sort in _SORT_OF_DIRECTION.values() and len(handles) > 1:
        # "the cheapest one" of two belts at $69: which of them (stranger test 31).
        price = [match.price_from for match in fitting.matches]  # what the order ranks by
        tied = tuple(h for h, at in zip(handles, price, strict=True) if at == price[0])
        if len(tied) > 1:
            return ProductReference(None, "ambiguous", candidates=tied, tied_at=price[0])
    if len(handles) == 1 or (handles and description.sort):
        return ProductReference(handles[0])
    if handles:
        return ProductReference(None, "ambiguous", candidates=tuple(handles))
    return ProductReference(None, "no_such_one")


def by_position(ordinal: str, shown: ShownResults) -> ProductReference:
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
    if description.colour and description.category and not opened_only:
        # "i buy the dress in navy" after shirts, the one dress before not navy: that dress.
        alone = _earlier_of_kind(tracker, session, {"category": [description.category]})
        return alone if alone is not None and alone.handle else None
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
    tied = (reference.tied_at, (latest_entities(tracker).get("sort") or [""])[-1])
    text = reference_replies.which_one_text(titles, colour, *tied if reference.tied_at else ())
    dispatcher.utter_message(text=text, buttons=buttons)
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
