"""What the shopper just said: the latest message's intent and entities, the changes they make to
the search, and the words in it that named nothing the search knows ("brwn").

The lowest layer of `actions.conversation`: it reads the latest message and the search slot only.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from commerce.search import COLOUR_ALTERNATIVES, ProductQuery, narrowest_kind, parse_price
from commerce.search.budget_margin import stretched_budget
from commerce.search.query import nearest_kinds
from commerce.sizes import size_query_key
from shop_nlu.adding_with_more import counted_in
from shop_nlu.chat_abbreviations import shorthand_spans
from shop_nlu.either_kinds import kinds_said_as_either
from shop_nlu.entity import Entity
from shop_nlu.goods_questions import ASKS_IF_SOLD_WORDS
from shop_nlu.hedged_wishes import BUDGET_MARGIN, HEDGED_ROLE
from shop_nlu.quiet_looks import quiet_words
from shop_nlu.restated_kinds import kinds_restated_narrower
from shop_nlu.said_in_passing import SIZED_ROLE, WORN_WITH_ROLE
from shop_nlu.stop_words import says_nothing

SEARCH_QUERY = "search_query"


# Entities the shopper rules out -> the search field that excludes them.
EXCLUSIONS = {
    "not_colour": "not_colours",
    "not_category": "not_categories",
    "not_brand": "not_brands",
    "not_feature": "not_features",
    # "dressy but not black tie": formal, and nothing tagged black-tie.
    "not_occasion": "not_occasions",
}


def latest_intent(tracker: Tracker) -> str | None:
    """The latest message's intent (also for button payloads, which carry no ranking)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_entities(tracker: Tracker, before: int | None = None) -> dict[str, list[str]]:
    """Entity name -> values in the latest message, in the order they were said (only those that
    start before character `before`, when given).

    A term the shopper rules out ("not brown") comes under "not_<entity>" ("not_colour"), one they
    say they own ("I already have a green gown") under "owned_<entity>", the kind a size is told
    in beside another kind asked for ("a suit, I'm a 42R in jackets") under "sized_<entity>", one
    the goods are worn with ("brogues to wear with jeans") under "worn_with_<entity>".
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
            elif entity.get("role") == "owned":  # "I already have a green gown": not a search
                name = f"owned_{name}"
            elif entity.get("role") == SIZED_ROLE:  # "I'm a 42R in jackets": his size's kind
                name = f"sized_{name}"
            elif entity.get("role") == WORN_WITH_ROLE:  # "brogues ... with jeans": not wanted
                name = f"worn_with_{name}"
            elif entity.get("role") == HEDGED_ROLE:  # "or maybe a wedding": a loose wish
                name = f"hedged_{name}"
            found.setdefault(name, []).append(str(value).strip())
    return found


def said_entities(tracker: Tracker) -> list[Entity]:
    """The latest message's entities as the shop's extractor gives them (where each stands, its
    role), for the readings of shop_nlu that weigh the words around them."""
    text = tracker.latest_message.get("text") or ""
    said = []
    for entity in tracker.latest_message.get("entities") or []:
        start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
        said.append(
            Entity(str(entity.get("entity")), str(entity.get("value")), start, end,
                   text[start:end], entity.get("role"))
        )  # fmt: skip
    return said


def query_changes(entities: dict[str, list[str]]) -> dict:
    """The search fields that the latest message sets ("in brown" sets only the colour)."""
    changes: dict = {}
    for name in ("brand", "gender", "product", "sort"):
        if name in entities:
            changes[name] = entities[name][-1]
    if "category" in entities:  # "a navy suit and brown shoes": one kind at a time, the first
        changes["category"] = narrowest_kind(entities["category"])
    if "feature" in entities:  # "slim fit", "suede": each of them
        changes["features"] = tuple(dict.fromkeys(entities["feature"]))
    if "colour" in entities:
        # "blue or green": either will do; "black or something neutral": the neutrals, once each.
        said = (c for value in entities["colour"] for c in value.split(COLOUR_ALTERNATIVES))
        changes["colour"] = COLOUR_ALTERNATIVES.join(dict.fromkeys(said))
    for name, field_name in EXCLUSIONS.items():
        if name in entities:
            changes[field_name] = tuple(dict.fromkeys(entities[name]))
    if changes.get("colour") and "not_colours" not in changes:
        changes["not_colours"] = ()  # "in black" after "not black" asks for black again
    if changes.get("category") and "not_categories" not in changes:
        changes["not_categories"] = ()
    # "loads of black dresses so not that, a skirt maybe": the kind owned never stands in for one
    # we don't sell (stranger test 45).
    stand_ins = nearest_kinds(changes.get("category") or "")
    if owned := [kind for kind in entities.get("owned_category", []) if kind in stand_ins]:
        ruled_out = (*changes.get("not_categories", ()), *owned)
        changes["not_categories"] = tuple(dict.fromkeys(ruled_out))
    if "size" in entities:
        changes["size"] = size_query_key(entities["size"][-1]) or entities["size"][-1].lower()
    if said := [*entities.get("occasion", ()), *entities.get("hedged_occasion", ())]:
        changes["occasions"] = tuple(dict.fromkeys(said))
        # Only said loosely ("or maybe a friend's wedding"): given up before any firm wish.
        changes["loose"] = ("occasions",) if "occasion" not in entities else ()
        if "not_occasions" not in changes:  # "for a wedding" after "not for a wedding" asks again
            changes["not_occasions"] = ()
    for bound in ("price_min", "price_max"):
        if bound in entities:
            changes[bound] = parse_price(entities[bound][-1])
    if "price_max" in changes:  # "around $200, could go a little over": up to about $220
        said_max = changes["price_max"]
        # ("about 200" reads 160 to 240 already: room enough above.)
        loosened = said_max is not None and BUDGET_MARGIN in entities and "price_min" not in changes
        changes["budget_said"] = said_max if loosened else None
        changes["price_max"] = stretched_budget(said_max) if loosened else said_max
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


def words_not_understood(tracker: Tracker) -> list[str]:
    """The words of the latest message that named nothing the search knows ("brwn" when it was
    not read as brown), leaving out the words that never would ("ones", "any", "pls"), chat
    shorthand ("smth", "w/o") and the words of a quiet look ("plain", "nothing crazy")."""
    text = tracker.latest_message.get("text") or ""
    spans = [
        (int(entity["start"]), int(entity["end"]))
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("start") is not None and entity.get("end") is not None
    ] + [(start, end) for start, end, _ in shorthand_spans(text)]
    used = quiet_words(text)
    words = []
    for match in re.finditer(r"[^\W\d_][\w'’-]*", text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        if match.group(0).lower() in used:
            continue
        if not says_nothing(match.group(0)):  # "Oh", "lovely", "My": never quoted back
            words.append(match.group(0))
    return list(dict.fromkeys(words))


# "both", "the two", "them both", "all three", "the 3 of them": several products already in the
# conversation at once; not "the two-piece", "the 2nd", nor "2 of these" (a quantity of one).
_SEVERAL_MEANT = re.compile(
    r"\bboth\b|\b(?:these|those|the|them|this|all)\s+(?P<count>two|2|three|3|four|4)\b(?!-)"
)
_COUNTS = {"two": 2, "three": 3, "four": 4}


def several_meant(text: str) -> int:
    """How many products the message means at once ("add both": 2, "all three": 3); 0 when it
    speaks of no such group."""
    match = _SEVERAL_MEANT.search(text.lower())
    if not match:
        return 0
    said = match.group("count")
    return 2 if said is None else _COUNTS.get(said) or int(said)


# "shoes too", "a tie too please" join a kind; "heels but not too high" does not.
_ALSO_WANTS = re.compile(
    r"\b(?:and|plus|also|as well as)\b|&"
    # "shirt n tie", "a shirt + tie", "black. n a white pocket square": chat's "and" (78 A1, 96 A9).
    r"|(?<=[a-z.,!?;] )(?:n|'n'?|\+)(?= [a-z])"
    r"|\btoo\b(?=\s*(?:$|[,.!?;]|please\b|pls\b|plz\b|thanks\b|and\b|as\s+well\b))"
)
# The end of a sentence (not of "St." or "$2.50"): a second kind named after it starts there.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s)")
# "also need shoes ... block heel or flats": an "also" that opens the message goes on from what came
# before; it does not join the kinds named in it.
_OPENING_JOIN = re.compile(r"^\W*(?:(?:ok(?:ay)?|oh|so|and|hmm+)\W+)*(?:also|and|plus)\b")
# "for my son", "for my 17 year old daughter", "for my sis wedding": whom or what day a kind is
# for, not what it goes with.
_AGED = r"(?:\d+\s*(?:year|yr)s?[\s-]*old\s+|little\s+|teenage\s+|older\s+|younger\s+)?"
_PEOPLE = (
    r"son|daughter|wife|husband|brother|sister|mom|mum|mother|dad|father|boyfriend|girlfriend|"
    r"partner|niece|nephew|grandson|granddaughter|kids?|friend|boss|sis|bro|cousins?|aunt|uncle|"
    r"best\s+friend|bestie|fianc[eé]e?|boys?|girls?|lads?"
)
_PERSON = rf"{_AGED}(?:{_PEOPLE})(?:['’]?s)?\b"
_FOR_WHOM_OR_WHAT = (
    _AGED
    + r"(?:"
    + _PEOPLE
    # "for my wedding", "for my interview": what it is for, not what it goes with (stranger 78).
    + r"|wedding|interview|graduation|prom|party|birthday|date|trip|holiday|funeral|concert|recital"
    r"|school"
    # "for my new office job": what it is for (stranger test 79, B1).
    r"|(?:new\s+|first\s+)?(?:office\s+)?(?:job|work|office|role))(?:['’]?s)?\b"
)
_GOES_WITH = re.compile(
    # "a ski trip with my sister": whom she goes with, not what it goes with (stranger 97, B1).
    rf"\b(?:match(?:es|ing)?|go(?:es)? with|wear with|with my(?!\s+{_PERSON})"
    rf"|for my(?!\s+{_FOR_WHOM_OR_WHAT}))\b"
    # "a shirt and loafers to go with it": "it" is the first kind of the message (stranger 71).
    r"(?!\s+(?:it|them)\b)"
)


# A sentence after the first that asks whether we sell something ("... please. Do you carry").
_ASKS_IF_SOLD_AFTER = re.compile(rf"[.!?;]\s+{ASKS_IF_SOLD_WORDS}\b", re.IGNORECASE)


def kinds_left_for_later(entities: dict[str, list[str]], text: str) -> list[str]:
    """The other kinds of product a message asks for ("a navy suit and brown shoes"), after the
    one searched first; none when the others only describe it ("a belt to match my shoes")."""
    kinds = list(dict.fromkeys(entities.get("category") or []))
    lowered = _OPENING_JOIN.sub("", text.lower())
    # "a shirt and tie to go with the navy suit": the suit, marked as worn with, is not among the
    # kinds, so the shirt and the tie are both asked for (stranger test 48).
    goes_with_one_of_them = _GOES_WITH.search(lowered) and "worn_with_category" not in entities
    # "A crossbody bag please. Do you carry cufflinks in pink?": a second kind asked of (stranger 90)
    also = _ALSO_WANTS.search(lowered) or _ASKS_IF_SOLD_AFTER.search(lowered)
    if len(kinds) < 2 or not also or goes_with_one_of_them:
        return []
    return kinds[1:]


def kinds_of_one_wish(tracker: Tracker) -> set[str]:
    """The kinds the latest message names only as another way of putting the one before ("a
    trench coat or some sort of raincoat": raincoats), or before a narrower way of putting them
    ("some shoes ... just plain black dress shoes": shoes), not as a second thing to look for."""
    kinds = [
        (str(entity.get("value")), int(entity["start"]), int(entity["end"]))
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and not entity.get("role")
        and entity.get("start") is not None and entity.get("end") is not None
    ]  # fmt: skip
    text = tracker.latest_message.get("text") or ""
    return kinds_said_as_either(text, kinds) | kinds_restated_narrower(text, kinds)


def second_kind_starts_at(tracker: Tracker) -> int | None:
    """Where a message turns to a second kind of product ("... and also brown shoes"), if it does:
    from the "and" before it, so the colour and size said with it go with it. A kind said as
    another way of putting the first ("a trench coat or a raincoat") is no second kind."""
    seen: set[str] = set()
    either = kinds_of_one_wish(tracker)
    first_ends = 0  # where the first kind was last named: a join before it joins no second kind
    # "The first pair please, in size 8. And a clutch, silver or gold": the one picked on screen
    # is the first kind, so the colours go with the clutch (stranger test 93, B4).
    if (picked_ends := _picked_by_place_ends(tracker)) is not None:
        seen.add("")
        first_ends = picked_ends
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "category" and not entity.get("role"):
            if str(entity.get("value")) in either:
                continue
            seen.add(str(entity.get("value")))
            if len(seen) == 1:
                first_ends = int(entity.get("end") or 0)
            if len(seen) == 2 and entity.get("start") is not None:
                start = int(entity["start"])
                text = (tracker.latest_message.get("text") or "").lower()
                opening = _OPENING_JOIN.match(text)
                since = max(opening.end() if opening else 0, first_ends)
                # "... he's a men's 9. While I'm at it I'd love a handbag": from the sentence.
                joins = list(_ALSO_WANTS.finditer(text, since, start)) or list(
                    _SENTENCE_END.finditer(text, since, start)
                )
                return joins[-1].start() if joins else start
    return None


def _picked_by_place_ends(tracker: Tracker) -> int | None:
    """Where a pick by its place on screen that names no kind of its own ("the first pair")
    ends, when it is said before every kind in the message; None for no such pick."""
    text = tracker.latest_message.get("text") or ""
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("end") is not None]
    kinds = [int(e["start"]) for e in said if e.get("entity") == "category"
             and not e.get("role") and e.get("start") is not None]  # fmt: skip
    for entity in said:
        ends = int(entity["end"])
        if (
            entity.get("entity") == "ordinal"
            and kinds
            and all(ends <= start and not counted_in(text, ends, start) for start in kinds)
        ):
            return ends
    return None


# "shirt n tie", "a shirt and a tie": two kinds joined with nothing of their own between them.
_PAIR_JOIN = re.compile(r"\s+(?:and|n|'n'?|&|\+|plus)\s+(?:an?\s+|some\s+)?")


def kinds_said_as_a_pair(tracker: Tracker) -> bool:
    """Whether the latest message names its first two kinds side by side ("need shirt n tie for
    my sis wedding. blue or navy"), so the colour and occasion said after both are of both
    (stranger test 78, A1); not "a navy suit and brown shoes", each with its own."""
    kinds = [
        entity for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and not entity.get("role")
        and entity.get("start") is not None and entity.get("end") is not None
    ]  # fmt: skip
    if len({str(entity.get("value")) for entity in kinds[:2]}) < 2:
        return False
    between = (tracker.latest_message.get("text") or "")[kinds[0]["end"] : kinds[1]["start"]]
    return bool(_PAIR_JOIN.fullmatch(between.lower()))


def current_query(tracker: Tracker) -> ProductQuery:
    return ProductQuery.from_dict(tracker.get_slot(SEARCH_QUERY))
