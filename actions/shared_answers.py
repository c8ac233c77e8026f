"""Answers the search (actions/discovery.py) gives as well as the skill that owns them ("biggest
size for casual shirts?", "just pick one for me", "I already have an emerald gown"), kept apart
from both so that every action module imports them at the top, without an import cycle."""

from __future__ import annotations

import dataclasses
import json
import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import availability_replies, privacy_replies, replies, search_replies
from actions import recommendation_replies as wording
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
)
from actions.eu_dress_sizes import dress_letter_line, dress_letter_of
from actions.search_followups import between_two_chests
from actions.shirt_tag_sizes import answer_shirt_tag
from commerce.products import product_details
from commerce.profiles import kind_of_type, size_kind
from commerce.recommend import Outfit, complete_an_owned_look, shopper_sizes
from commerce.search import ProductQuery, available_sizes, find_products, quiet_first
from commerce.sizes import LETTER_SIZES, size_extremes
from shop_nlu.colour_questions import asks_which_sizes
from shop_nlu.pick_asks import asks_for_the_pick
from shop_nlu.quiet_looks import quiet_look


# ---------------------------------------------------------------------------------------------
# Answers the search gives as well as the skill that owns them
# ---------------------------------------------------------------------------------------------
def answer_private_suggestions(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Recommend stuff only if nothing gets stored", heard as returns, a search or "not sure":
    what getting suggestions keeps (actions/privacy_replies.py); None for any other message."""
    if not privacy_replies.asks_about_private_suggestions(tracker.latest_message.get("text") or ""):
        return None
    dispatcher.utter_message(text=privacy_replies.private_suggestions_text())
    return []


# "whats the biggest suit size you carry", "how big do your suits go": the end of a kind's range.
_ASKS_SIZE_EXTREME = re.compile(
    r"\b(?:biggest|largest|max(?:imum)?|(?P<small>smallest|min(?:imum)?))\b"
    r"|\bhow (?:big|large|high) do\b.*\bgo\b|\bgo up to\b(?!\s*(?:[$£€]|\d+\s*(?:dollars|bucks)?\b))"
    r"|\bup to what size\b"
)
_SPEAKS_OF_SIZE = re.compile(r"\bsizes?\b|\bsizing\b|\bgo\b")


def answer_size_range(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Whats the biggest suit size you carry?", "how big do your suits go": the biggest (or
    smallest) size in stock of the kind named, and all its sizes in stock; None (nothing said)
    when the message asks no such thing or names no kind."""
    text = (tracker.latest_message.get("text") or "").lower()
    extreme = _ASKS_SIZE_EXTREME.search(text)
    entities = latest_entities(tracker)
    if extreme is None or "category" not in entities or not _SPEAKS_OF_SIZE.search(text):
        return None
    if "size" in entities:  # "the biggest suits in 44R": suits in that size, a search
        return None
    query = ProductQuery(
        category=entities["category"][-1], gender=(entities.get("gender") or [None])[-1]
    )
    sizes = available_sizes(session, query)
    biggest = extreme.group("small") is None
    # Ties, bags, cufflinks come in no sizes: one size, never "none in stock" (stranger test 52).
    one_size = not sizes and bool(find_products(session, query, limit=1).matches)
    dispatcher.utter_message(
        text=availability_replies.size_range_text(
            query, size_extremes(sizes, biggest), sizes, biggest, one_size
        )
    )
    return []


# "Is a 10 an M?", "is that M for you", "would a size 12 be a large", "what's a uk 12 in your
# sizes", "i'm usually a 10, what size would that be": a number against the shop's letter sizes.
_LETTER = r"(xxs|xs|xxl|xl|x-large|extra large|extra small|small|medium|large|s|m|l)"
_IS_LETTER = re.compile(
    r"\b(?:is|would|does)\s+(?:(?:that|it|this|a|an|my)\s+)?(?:(?:size|uk|us|eu)\s*)?"
    r"(?:\d{1,2}\s+)?(?:be\s+|mean\s+|equal\s+)?(?:an?\s+|the\s+|your\s+)?" + _LETTER + r"\b"
)
_WHAT_IN_YOURS = re.compile(
    r"\bwhat(?:'s|s| is)?\s+(?:a\s+)?(?:size\s+)?(?:(?:uk|us|eu)\s*)?\d{1,2}\s+in\s+(?:your|ur)\s+"
    r"sizes?\b|\bwhat size (?:would|is|will) (?:that|it|this) be\b"
    r"|\bwhat(?:'s|s| is)? that in (?:your|ur) sizes?\b"
)
_NUMBER_LABEL = re.compile(r"(?:(us|uk|eu)\s*)?(\d{1,2}(?:\.\d)?)")
_NUMBER_SAID = re.compile(r"\b(?:(uk|us|eu)\s*(?:size\s*)?)?(\d{1,2})\b(?!\s*(?:st|nd|rd|th|%|\$))")


def answer_size_conversion(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Size 10 womens.. is that M for you?" of a kind sold in letter sizes: for dresses the
    letter the shop's one chart gives (commerce/sizes.py); other kinds have no chart from numbers
    to letters, so that we can't tell; and buttons to see either size; None
    (nothing said) when the message asks no such thing or the kind has no letter sizes. A shirt's
    tag ("15 1/2 34/35 what size is that") is read as its collar (`answer_shirt_tag`)."""
    if (tag_answered := answer_shirt_tag(dispatcher, tracker, session)) is not None:
        return tag_answered
    text = (tracker.latest_message.get("text") or "").lower()
    if _sizes_of_the_product_in_focus(dispatcher, tracker, session, text):
        return []
    asked = _IS_LETTER.search(text) or _WHAT_IN_YOURS.search(text)
    number = _NUMBER_SAID.search(text)
    if asked is None or number is None:
        return None
    entities = latest_entities(tracker)
    kind = (entities.get("category") or [None])[-1] or current_query(tracker).category
    if not kind:
        return None
    gender = (entities.get("gender") or [None])[-1] or current_query(tracker).gender
    sizes = available_sizes(session, ProductQuery(category=kind, gender=gender))
    letters = [size for size in sizes if size.lower() in LETTER_SIZES.values()]
    numbers = [size for size in sizes if _NUMBER_LABEL.fullmatch(size.lower())]
    if not letters:
        return None
    region, value = number.group(1), number.group(2)
    said = f"a {region.upper()} {value}" if region else f"a {value}"
    letter = asked.group(1) if asked.re is _IS_LETTER else None
    offered = [LETTER_SIZES[letter].upper()] if letter else letters
    # A dress: the letter the usual chart gives (commerce/sizes.py); other kinds have no chart.
    dress_kind = size_kind(session, kind)
    if dress_letter := dress_letter_of(dress_kind, f"{region or ''}{value}"):
        offered = [dress_letter.upper()]
    # The same number in the same system only: a UK 12 is no US 12.
    same = [
        size
        for size in numbers
        if (label := _NUMBER_LABEL.fullmatch(size.lower()))
        and label.group(2) == value
        and (region or label.group(1) or "") == (label.group(1) or region or "")
    ]
    offered = [*same[:1], *offered]
    dispatcher.utter_message(
        text=dress_letter_line(dress_kind, f"{region or ''}{value}")
        or availability_replies.size_conversion_unknown_text(said, kind, letters, numbers),
        buttons=[
            {
                "title": f"{kind[:1].upper()}{kind[1:]} in {size}",
                "payload": "/search_products"
                + json.dumps(
                    {
                        "category": kind,
                        "size": size.lower(),
                        **({"gender": gender} if gender else {}),
                    }
                ),
            }
            for size in offered
        ],
    )
    return []


def _sizes_of_the_product_in_focus(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, text: str
) -> bool:
    """ "I'm usually a uk 10, so maybe a small or medium? what sizes does it come in" with a dress
    in focus: its own sizes in stock (not the shop's size guide), and, when a number was said of
    a product sold in letter sizes, that the catalog can't map one to the other. False (nothing
    said) when no product is in focus, another kind is named, or the message asks no such thing."""
    handle = tracker.get_slot(CURRENT_PRODUCT)
    between = between_two_chests(text)  # "between a 44 and a 46" of a tuxedo: its sizes
    if (
        not handle
        or "category" in latest_entities(tracker)
        or not (asks_which_sizes(text) or between)
    ):
        return False
    details = product_details(session, handle)
    if details is None or (between and kind_of_type(details.product_type) != "suits"):
        return False
    reply = availability_replies.sizes_in_stock_text(details)
    number = _NUMBER_SAID.search(text)
    made = {size.lower() for sizes in details.sizes_by_colour.values() for size in sizes}
    if number and made & set(LETTER_SIZES.values()):
        region, value = number.group(1), number.group(2)
        said = f"a {region.upper()} {value}" if region else f"a {value}"
        # A dress: the letter the usual chart gives (commerce/sizes.py); other kinds have none.
        key = f"{region or ''}{value}"
        chart = dress_letter_line(kind_of_type(details.product_type), key)
        reply = f"{chart or availability_replies.size_mapping_unknown_text(said)}\n{reply}"
    dispatcher.utter_message(text=reply)
    return True


# Enough for one of each place of a suit's outfit (shirt, tie, belt, shoes).
OUTFIT_SIZE = 4
# "What shirt and tie go with it": this many of each kind asked for.
EACH_OF_SEVERAL = 3


def shopper_sizes_now(tracker: Tracker, session: Session) -> dict[str, str]:
    """The shopper's sizes: their profile, their cart, and the current search (`shopper_sizes`)."""
    query = current_query(tracker)
    return shopper_sizes(session, tracker.sender_id, query.category, query.size)


def show_suggestions(dispatcher, result, text: str, goes_with: str | None = None) -> Events:
    """Suggestions shown like search results, so "the second one", Buy and Add to cart work;
    `goes_with`: the one product they go with, that "it" next still means (`ShownResults`)."""
    dispatcher.utter_message(
        text=text,
        buttons=search_replies.result_buttons(result),
        product_cards=search_replies.product_cards(result),
    )
    if not result.matches:
        return []
    return [SlotSet(CURRENT_PRODUCT, None), ShownResults.of(result, goes_with=goes_with).slot()]


# "Just pick one for me", "you choose", "surprise me", "which would you pick?": the shopper leaves
# the choice among those shown to the bot.
_PICK_FOR_ME = re.compile(
    r"\b(?:pick|choose|chose|select|decide)\s+(?:one|1|something|any|it|the one)?\s*(?:for me|for us)\b"
    r"|\b(?:just|u|you|ya)\s+(?:pick|choose|chose|decide)\b(?!\s+(?:the|a|size|colou?r)\b)"
    r"|\b(?:pick|choose)\s+(?:one|1)\b(?!\s+of\s+(?:the|these)\s+(?:sizes?|colou?rs?))"
    r"|\bsurprise me\b|\bup to (?:you|u)\b|\byour (?:pick|choice|call)\b"
    r"|\bwhich (?:one )?would (?:you|u) (?:pick|choose|get|go for|buy)\b"
    r"|\bwhat would (?:you|u) (?:pick|choose|get|go for)\b",
    re.IGNORECASE,
)


def asks_to_pick(text: str) -> bool:
    """Whether a message leaves the choice among the products shown to the bot ("what do u
    recommend", "which one's best": shop_nlu/pick_asks.py)."""
    return bool(_PICK_FOR_ME.search(text)) or asks_for_the_pick(text)


def answer_pick_asked(dispatcher, tracker: Tracker, session: Session) -> Events | None:
    """ "What do u recommend", "which one's best" with nothing named (shop_nlu/pick_asks.py): the
    bot's pick of those on screen, and why; with nothing on screen, what the bot can do. None for
    any other message, one naming products, or "which is better" (the comparison's)."""
    text = tracker.latest_message.get("text") or ""
    if not asks_for_the_pick(text) or re.search(r"\bbetter\b", text.lower()):
        return None
    if latest_entities(tracker).keys() & {"product", "product_handle", "ordinal", "category"}:
        return None
    if (picked := pick_for_me(dispatcher, tracker, None, session)) is not None:
        return picked
    dispatcher.utter_message(response="utter_capabilities")
    return []


def pick_for_me(
    dispatcher, tracker: Tracker, domain, session: Session, shown: list[str] | None = None
) -> Events | None:
    """ "Just pick one for me": the best seller of the products on screen (or of `shown`, a list
    just shown), else the first in the shop's usual order, said with why and a button to see, buy
    or add it; None (nothing said) when nothing is on screen."""
    screen = ShownResults.from_tracker(tracker)
    # The list on screen's own search (never the one before a list just shown): what it kept.
    searched = ProductQuery.from_dict(screen.query) if shown is None and screen.query else None
    shown = shown if shown is not None else screen.handles
    if not shown:
        return None
    ranked = find_products(session, ProductQuery(sort="popular"), limit=len(shown),
                           only_handles=shown, in_stock_only=False)  # fmt: skip
    sales = ranked.sales
    units = {handle: (sales.units.get(handle) or 0) if sales else 0 for handle in shown}
    best = max(shown, key=lambda handle: (units[handle], -shown.index(handle)))
    match = next((m for m in ranked.matches if m.handle == best), None)
    if match is None:
        return None
    price = replies.price_text(match.price_from, match.price_to)
    window = sales.window_days if sales else 0
    # The list stays what "the second one" and "in 42 regular" are about; the pick is a tap away.
    dispatcher.utter_message(
        text=wording.pick_text(match.title, price, units[best], window)
        + wording.pick_fits_text(searched),
        buttons=[
            {"title": f"See the {match.title}", "payload": replies.select_payload(best)},
            {"title": "Buy", "payload": replies.buy_payload(best)},
            {"title": "Add to cart", "payload": replies.add_to_cart_payload(best)},
        ],
    )
    return []


def suggest_for_owned(dispatcher, tracker: Tracker, session: Session) -> Events | None:
    """ "I already have an emerald green gown, I just need everything else": what goes with the
    piece the shopper owns, never a search for it (and its colour teaches their profile nothing).
    None (nothing said) when the message names no piece owned, or the shop has no rules for it."""
    owned = tracker.latest_message.get("entities") or []
    owned = [entity for entity in owned if entity.get("role") == "owned"]
    kinds = [str(entity["value"]) for entity in owned if entity.get("entity") == "category"]
    if not kinds:
        return None
    entities = latest_entities(tracker)
    # "his mum bought him a green tie, so show me something in blush instead, up to $250" (stranger
    # test 52): a new colour or budget for the list shown, the tie told in passing.
    if current_query(tracker).category and entities.keys() & {"colour", "price_max", "price_min"}:
        return None
    outfit = complete_an_owned_look(
        session,
        kinds[-1],
        colours=[str(e["value"]) for e in owned if e.get("entity") == "colour"][::-1],
        occasions=entities.get("occasion") or (),
        sizes=shopper_sizes_now(tracker, session),
        limit=OUTFIT_SIZE,
    )
    if outfit is None:
        return None
    text = tracker.latest_message.get("text") or ""
    spans = [(entity.get("start"), entity.get("end")) for entity in owned]
    # The piece as the shopper said it ("emerald green gown"), or its kind when spans are unknown.
    said = kinds[-1]
    if all(start is not None and end is not None for start, end in spans):
        said = text[min(start for start, _ in spans) : max(end for _, end in spans)].lower()
    return show_suggestions(dispatcher, outfit.as_result(), wording.owned_outfit_text(said, outfit))


def quietly_ordered(session: Session, outfit: Outfit, text: str) -> tuple[Outfit, str | None]:
    """ "Would a tie go with it? Something not too loud": the suggestions in the order the quiet
    look asked for puts them (commerce/search/quiet.py: patterned or shiny ones last), and the
    look (None, and the suggestions as they were, when none is asked for)."""
    if (look := quiet_look(text)) is None or not outfit.suggestions:
        return outfit, None
    order = quiet_first(session, [s.match.handle for s in outfit.suggestions], look)
    ranked = sorted(outfit.suggestions, key=lambda s: order.index(s.match.handle))
    return dataclasses.replace(outfit, suggestions=tuple(ranked)), look
