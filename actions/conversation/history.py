"""What was shown and said earlier in the conversation: the products opened or listed before the
current screen ("the shirt" after a shoe list), and the sizes, colour, day and budget the shopper
named in earlier messages.

All of it is read from the events Rasa sends with the tracker, so no slot of its own keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import NamedTuple

from rasa_sdk import Tracker

from actions.conversation.said import SEARCH_QUERY
from actions.conversation.screen import CURRENT_PRODUCT, SHOWN_RESULTS, opened_last
from commerce.search import ProductQuery, parse_price, price_near
from shop_nlu.dates import needed_by, weekday_said_alone
from shop_nlu.extraction_patterns import OWN_GENDER_WORDS
from shop_nlu.price_words import drops_the_budget
from shop_nlu.said_of_another import said_of_another

# --- products opened and listed earlier ----------------------------------------------------------

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


def pointed_at_earlier(tracker: Tracker, candidates: list[str]) -> str | None:
    """The one of `candidates` the shopper last pointed at by its number while it was on screen,
    before the latest message ("I love the first one! What boots would go with it?" under the
    dresses, stranger test 73); None if none, or if several of them were (stranger test 94, B5:
    "the first one", then "the second one": "the shoes" is either)."""
    shown: list[str] = []
    pointed: set[str] = set()
    users = [event for event in tracker.events or [] if event.get("event") == "user"]
    for event in tracker.events or []:
        if event.get("event") == "slot" and event.get("name") == SHOWN_RESULTS:
            shown = list((event.get("value") or {}).get("handles") or [])
        elif event.get("event") == "user" and event is not users[-1]:
            entities = (event.get("parse_data") or {}).get("entities") or []
            ordinals = [str(e.get("value")) for e in entities if e.get("entity") == "ordinal"]
            at = int(ordinals[0]) if len(ordinals) == 1 and ordinals[0].isdigit() else 0
            if 1 <= at <= len(shown) and shown[at - 1] in candidates:
                pointed.add(shown[at - 1])
    return next(iter(pointed)) if len(pointed) == 1 else None


def opened_lately(tracker: Tracker, count: int) -> list[str]:
    """The `count` products the shopper opened (or asked about) last, in the order opened, while
    the last of them is still what they look at: opened after the list on screen was shown, or
    the only product on it. The shoes priced, a belt found and "how much?", then "add both": the
    shoes and the belt. None when fewer were opened, or a list came after the last of them."""
    opened = opened_products(tracker)[:count]
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if len(opened) < count or opened[0] != focus:
        return []
    shown = (tracker.get_slot(SHOWN_RESULTS) or {}).get("handles") or []
    return opened[::-1] if opened_last(tracker) or shown == [focus] else []


def search_that_listed(tracker: Tracker, handle: str) -> ProductQuery | None:
    """The search whose list showed the product last ("brown shoes for work", its colour and
    size), from the slot events Rasa sends; None when no list in the conversation showed it."""
    lists = [
        event["value"]
        for event in reversed(tracker.events or [])
        if event.get("event") == "slot"
        and event.get("name") == SHOWN_RESULTS
        and isinstance(event.get("value"), dict)
    ]
    for shown in [tracker.get_slot(SHOWN_RESULTS) or {}, *lists]:
        if handle in (shown.get("handles") or []):
            return ProductQuery.from_dict(shown.get("query"))
    return None


def searches_made(tracker: Tracker) -> list[ProductQuery]:
    """The searches of the conversation, newest first (the current one first), each once: "scrap
    the grey" after grey suits, then white shirts, is about the suits' search."""
    found = [tracker.get_slot(SEARCH_QUERY)] + [
        event.get("value")
        for event in reversed(tracker.events or [])
        if event.get("event") == "slot" and event.get("name") == SEARCH_QUERY
    ]
    searches: list[ProductQuery] = []
    for value in found:
        if isinstance(value, dict) and value:
            query = ProductQuery.from_dict(value)
            if query not in searches:
                searches.append(query)
    return searches


# --- what the shopper said earlier ---------------------------------------------------------------

# How many of the shopper's earlier messages a size said before "buy it" may reach back over.
_SIZE_LOOK_BACK = 6
# How many of the shopper's earlier messages a colour asked about one product may reach back over.
_COLOUR_LOOK_BACK = 6


def size_asked_lately(tracker: Tracker) -> str | None:
    """The size the shopper named last before the latest message, since the list on screen was
    shown (the message that showed it included): "does that come in a small?" then "add it"
    means in S; "the windsor in a size 8?", which showed similar ones, then "buy it" (one of
    them) means in 8. None when they named none since (a size from before a new list was for
    other products)."""
    said = said_lately(tracker, "size")
    return said["size"][-1] if said else None


def colour_asked_lately(tracker: Tracker) -> str | None:
    """The colour the shopper named before the latest message, since the list on screen was shown,
    as `size_asked_lately`: "does it come in green?" then "add it" means the green one. None when
    that message named several ("in navy or black?": which one is not said)."""
    said = said_lately(tracker, "colour")
    colours = list(dict.fromkeys(value.lower() for value in said.get("colour") or []))
    return colours[0] if len(colours) == 1 else None


def colour_asked_about(tracker: Tracker, handle: str, across_searches: bool = False) -> str | None:
    """The colour the shopper named, in one of their last few messages before the latest, while
    `handle` was the product in focus after it: "the second one, does it come in green?", shoes
    to go with it, then "add the dress in S" means the green dress, though a list came between
    (which ends `colour_asked_lately`). None when that message named several colours, when none
    was named of it, or when a search was made since; `across_searches` (the searches since were
    for other kinds: "does the suit come in charcoal?", shirts searched, then "add the suit and
    the shirt", stranger test 34), only when one of them found the product again."""
    # (colours said, the focus after), in order; none for a message answered with a list ("in
    # green" refining a search is about the products listed).
    asked: list[tuple[list[str], str | None]] = []
    colours: list[str] | None = None
    focus: str | None = None
    listed = searched = False
    for event in tracker.events or []:
        if event.get("event") == "user":
            if colours is not None:
                asked.append(([] if listed else colours, focus))
            listed = searched = False
            colours = [
                str(entity["value"]).strip().lower()
                for entity in (event.get("parse_data") or {}).get("entities") or []
                if entity.get("entity") == "colour"
                and not entity.get("role")
                and str(entity.get("value") or "").strip()
            ]
        elif event.get("event") == "slot" and event.get("name") == CURRENT_PRODUCT:
            focus = str(event["value"]) if event.get("value") else None
        elif event.get("event") == "slot" and event.get("name") == SHOWN_RESULTS:
            listed = listed or bool(event.get("value"))
            if searched and handle in ((event.get("value") or {}).get("handles") or ()):
                asked = []  # found again by a new search: what was asked before is overtaken
        elif event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            searched = True
            if not across_searches:
                asked = []  # a new search since: what was asked before was about other products
    # `colours` is left holding the latest message's: not an earlier question.
    for said, focused in reversed(asked[-_COLOUR_LOOK_BACK:]):
        if said and focused == handle:
            named = list(dict.fromkeys(said))
            return named[0] if len(named) == 1 else None
    return None


def said_lately(tracker: Tracker, name: str) -> dict[str, list[str]]:
    """The entities (as `latest_entities`) of the newest message before the latest one that
    names entity `name`, since the list on screen was shown (the message that showed it
    included); {} when none did (what was said before a new list was about other products)."""
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
        said: dict[str, list[str]] = {}
        for entity in (event.get("parse_data") or {}).get("entities") or []:
            if not entity.get("role") and str(entity.get("value") or "").strip():
                said.setdefault(entity["entity"], []).append(str(entity["value"]).strip())
        if name in said:
            return said
        looked_at += 1
        if list_shown or looked_at >= _SIZE_LOOK_BACK:
            return {}
    return {}


def _earlier_messages(tracker: Tracker) -> Iterator[dict]:
    """The shopper's messages before the latest one, newest first."""
    messages = (event for event in reversed(tracker.events or []) if event.get("event") == "user")
    next(messages, None)  # the latest: what is being answered now
    yield from messages


def sizes_said(tracker: Tracker) -> list[str]:
    """The sizes the shopper named in earlier messages of the conversation, newest first ("42
    regular" said of the suits before shirts were shown)."""
    said: list[str] = []
    for event in _earlier_messages(tracker):
        for entity in reversed((event.get("parse_data") or {}).get("entities") or []):
            if entity.get("entity") == "size" and not entity.get("role") and entity.get("value"):
                said.append(str(entity["value"]))
    return list(dict.fromkeys(said))


def own_gender_said(tracker: Tracker) -> str | None:
    """The gender the shopper said of themselves in an earlier message ("mens navy shirts":
    male), newest first; None when they only said whom else they buy for ("for my girlfriend")."""
    for event in _earlier_messages(tracker):
        text = str(event.get("text") or "")
        for entity in reversed((event.get("parse_data") or {}).get("entities") or []):
            if (
                entity.get("entity") != "gender"
                or entity.get("role")
                or entity.get("start") is None
            ):
                continue
            words = text[int(entity["start"]) : int(entity["end"])].lower()
            if (
                words in OWN_GENDER_WORDS
                and entity.get("value") in ("male", "female")
                and not said_of_another(text, int(entity["start"]))  # "he's a men's 9"
            ):
                return str(entity["value"])
    return None


# Messages that name a day by itself ("can i get it by friday?") and those where a day counts
# only after "by", "for", "before"... ("a suit for thursday", "checkout, i need it by the 5th").
_ASKS_WHEN_IT_ARRIVES = frozenset({"ask_delivery_time", "ask_shipping"})
_MAY_NAME_A_DEADLINE = frozenset(
    {"search_products", "refine_search", "checkout", "buy", "add_to_cart", "choose_shipping"}
)


def day_asked_for(tracker: Tracker, today: date) -> date | None:
    """The day the shopper said, in this conversation, they need their order by ("can i get it
    by friday?"), read from the newest message that names one, from the day it was sent; None
    when none did, or when that day has passed. A weekday said by itself is the one set earlier
    (`day_meant`)."""
    named = list(_days_named(tracker, today))
    if not named:
        return None
    needed = _as_set_before(*named[0], named[1:], today)
    return needed if needed >= today else None


def day_meant(
    tracker: Tracker, text: str, today: date, named_as_deadline: bool = False
) -> date | None:
    """The day the latest message, `text`, asks for (`needed_by`), where a weekday said by itself
    ("will it get here by saturday") is the one the shopper already set for that weekday in this
    conversation ("a party next saturday"), and the coming one when they set none."""
    needed = needed_by(text, today, named_as_deadline=named_as_deadline)
    if needed is None:
        return None
    return _as_set_before(
        text, needed, list(_days_named(tracker, today, before_latest=True)), today
    )


def _days_named(
    tracker: Tracker, today: date, before_latest: bool = False
) -> Iterator[tuple[str, date]]:
    """Each message of the conversation that names a day it needs its order by, newest first
    (the latest message too, unless `before_latest`), with that day counted from when it was sent."""
    passed_latest = not before_latest
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        if not passed_latest:
            passed_latest = True
            continue
        if str(event.get("text") or "").startswith("/"):
            continue
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent not in _ASKS_WHEN_IT_ARRIVES | _MAY_NAME_A_DEADLINE:
            continue
        sent = event.get("timestamp")
        said_on = datetime.fromtimestamp(sent, timezone.utc).date() if sent else today
        text = event.get("text") or ""
        needed = needed_by(text, said_on, named_as_deadline=intent in _MAY_NAME_A_DEADLINE)
        if needed is not None:
            yield text, needed


def _as_set_before(text: str, needed: date, earlier: list[tuple[str, date]], today: date) -> date:
    """`needed`, or, when `text` says its weekday by itself, the day the newest of the `earlier`
    messages set for that weekday with "next", "this" or a date (one not yet passed)."""
    if weekday_said_alone(text) != needed.weekday():
        return needed
    for said, day in earlier:
        if day.weekday() == needed.weekday() and day >= today and weekday_said_alone(said) is None:
            return day
    return needed


# Words that make a price a budget for everything bought, not for one kind.
_FOR_EVERYTHING = re.compile(
    r"\b(?:whole thing|everything|all of it|(?:in )?total|altogether|all in|overall|for (?:it )?all|"
    r"the lot|whole (?:outfit|look|lot)|all together|for (?:them |the )?both|both together|for the two|"
    r"for the pair|combined)\b"
)


def budget_for_everything(tracker: Tracker) -> Decimal | None:
    """The most the shopper said they can spend on everything ("my mom said i can spend 250 max
    on the whole thing"), when that is the last price they named; None otherwise (a later "under
    100" for the shoes is the price now)."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        entities = (event.get("parse_data") or {}).get("entities") or []
        bounds = [e for e in entities if e.get("entity") in ("price_max", "price_min")]
        if not bounds:
            continue
        ceilings = [e for e in bounds if e.get("entity") == "price_max"]
        if ceilings and _FOR_EVERYTHING.search((event.get("text") or "").lower()):
            return _amount_said(bounds)
        return None
    return None


# What a message that names a price for the products it searches is heard as.
_SEARCHES = frozenset({"search_products", "refine_search"})


class BudgetSaid(NamedTuple):
    """A price range the shopper named for what they searched, and the kind searched (None)."""

    floor: Decimal | None
    ceiling: Decimal | None
    kind: str | None


def budget_said_before(tracker: Tracker) -> BudgetSaid | None:
    """The price range the shopper last named for what they search ("I really don't want to go
    over $130") with the kind it was said for (named with it, else searched just before: "she
    wears a small, budget is around 200" after a dress search); it holds until they name another
    or let it go ("forget the budget"); None when none holds (stranger test 60). Whether it holds
    for another kind is the caller's (`within_budget_left`)."""
    budget: tuple[Decimal | None, Decimal | None] | None = None
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        parse = event.get("parse_data") or {}
        entities = parse.get("entities") or []
        kinds = [e.get("value") for e in entities if e.get("entity") == "category"]
        if budget is not None:
            if kinds:
                return BudgetSaid(*budget, kinds[0])
            continue
        if drops_the_budget(event.get("text") or ""):
            return None
        if (parse.get("intent") or {}).get("name") not in _SEARCHES:
            continue
        bounds = {
            e.get("entity"): parse_price(e.get("value"))
            for e in entities
            if e.get("entity") in ("price_max", "price_min")
        }
        if any(bound is not None for bound in bounds.values()):
            budget = (bounds.get("price_min"), bounds.get("price_max"))
            if kinds:
                return BudgetSaid(*budget, kinds[0])
    return BudgetSaid(*budget, None) if budget else None


def _amount_said(bounds: list[dict]) -> Decimal | None:
    """The amount a budget's price entities say: the ceiling, or for "around $600" (read as
    480-720, `price_near`) the 600 said."""
    floors = [parse_price(e.get("value")) for e in bounds if e.get("entity") == "price_min"]
    ceilings = [parse_price(e.get("value")) for e in bounds if e.get("entity") == "price_max"]
    ceiling = ceilings[-1]
    if floors and floors[-1] is not None and ceiling is not None:
        said = (floors[-1] + ceiling) / 2
        if price_near(said) == (floors[-1], ceiling):
            return said.quantize(Decimal(1))
    return ceiling


def budget_amount(entities: list[dict]) -> Decimal | None:
    """The amount a message's price entities say (Rasa entity dicts): its ceiling, or for "about
    $400" the 400 said, not the top of the range it is read as; None with no ceiling."""
    bounds = [e for e in entities if e.get("entity") in ("price_max", "price_min")]
    if not any(e.get("entity") == "price_max" for e in bounds):
        return None
    return _amount_said(bounds)
