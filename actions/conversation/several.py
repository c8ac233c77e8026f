"""The products a message about several of them means: those it names or points at ("the windsor
or the savile", "the first two", "these two", "both"), else the ones compared last or on screen;
and whether a question is asked across them ("which one is warmer?", "do any of them come in
11.5?", "do they have good grip?" of a list) or of the one in focus, or says the shopper is
weighing products up ("torn between two pairs").
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation.history import earlier_products, opened_lately, opened_products
from actions.conversation.picking import ProductReference, by_name, by_position
from actions.conversation.pointing import pointing_sentence, refers_to_focus, speaks_of_one
from actions.conversation.said import latest_entities
from actions.conversation.screen import (
    CURRENT_PRODUCT,
    ShownResults,
    compared_products,
    list_after_focus,
)
from shop_nlu.typos import with_key_words_corrected

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
            found.append(by_name(session, value, {}))
        elif entity.get("entity") == "ordinal":
            found.append(by_position(value, shown))
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
# "all of them", "all three"; not "comfier to wear all day" (stranger test 73, A4).
_ALL_OF_THEM = re.compile(r"\ball\b(?!\s+(?:day|night|evening|week|year|the time)\b)")
# "which one ...?", "are any of them ...?", "would either of them ...?": a question asked across
# the products in the conversation, not about one of them.
_ACROSS = re.compile(
    r"\bwhich\s*(?:one|ones|of\b|is\b|are\b|would\b|will\b|lasts?\b|has\b|have\b|does\b|do\b"
    r"|should\b|'?s\b|wud\b|wld\b|shud\b)"
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
    """ "Both", "these two": the two products meant (`the_several`)."""
    return the_several(tracker, 2)


# How many products of the list on screen "both" may stand for, next to the one opened.
_BOTH_OPTIONS = 3


def both_meant(tracker: Tracker) -> list[list[str]]:
    """ "How much both togeter": the two products meant (`the_two`), one per piece; else, when the
    shopper opened one product and then listed another kind (a shoe opened, then white shirts:
    stranger test 45, Mehmet #7), that product and the first few on screen, any of which may be the
    other one; [] when it isn't clear."""
    if pair := the_two(tracker):
        return [[handle] for handle in pair]
    shown = ShownResults.from_tracker(tracker).handles
    opened = opened_products(tracker)
    if len(shown) == 1 and not opened:
        # Trousers listed, then one jacket found: that jacket and the trousers listed before it
        # (stranger test 68, A6: "how much both together" got "your cart is empty").
        before = [group for group in earlier_products(tracker) if not set(group) & set(shown)]
        return [list(shown), before[0][:_BOTH_OPTIONS]] if before else []
    if not opened or not shown or opened[0] in shown:
        return []
    return [[opened[0]], list(shown[:_BOTH_OPTIONS])]


def the_several(tracker: Tracker, count: int) -> list[str]:
    """ "Both", "these two", "all three": the `count` products compared last; the ones opened
    last while the last of them is still in focus, when not all are on screen (the shoes priced,
    then a belt found and priced: `opened_lately`); those on screen; the one in focus and those
    listed after it; or those opened last from the list on screen (in the order opened); none
    when it isn't clear which."""
    shown = ShownResults.from_tracker(tracker)
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if len(compared := compared_products(tracker)) == count:
        return compared
    if (lately := opened_lately(tracker, count)) and not set(lately) <= set(shown.handles):
        return lately
    if len(shown.handles) == count:
        return list(shown.handles)
    if len(shown.handles) == count - 1 and focus and focus not in shown.handles:
        return [focus, *shown.handles]
    # "Which of the two is warmer?" after opening two of the list on screen: those two.
    opened = opened_products(tracker)[:count]
    if len(opened) == count and set(opened) <= set(shown.handles):
        return opened[::-1]
    return []


# "whats the warmest one there", "the most comfortable?", "the comfiest of them": a superlative
# is a question across the products, unless it picks one by price or date ("the cheapest one",
# pointing's `_POINTS_AT_ONE`), or is asked of one ("is the cheapest one warm?").
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
    waterproof?", "is the cheapest one lined?"), typos and all ("wich one is most strong":
    stranger test 47)."""
    lowered = with_key_words_corrected(text)
    if _ACROSS.search(lowered):
        return True
    return any(
        (found.group("most") or found.group("est")) not in _PICKS_ONE
        for found in _SUPERLATIVE.finditer(lowered)
    ) and not speaks_of_one(lowered)


# "which of them are cushioned?", "which ones have a padded insole", "any of these non-slip?", "do
# any have ...": which of several products have something (a selection), not which is most so.
_WHICH_HAVE = re.compile(
    r"\bwhich\s+(?:ones?\b|of\s+(?:them|these|those|em)\b)"
    r"|\b(?:any|none)\s+of\s+(?:them|these|those|em)\b|\b(?:do|does|are|r|is)\s+any\b"
)
# "which of them is more comfortable", "the best of them": a ranking, answered for each.
_RANKS = re.compile(r"\b(?:more|most|less|least|better|best|worse|worst)\b")


def asks_which_have(text: str) -> bool:
    """Whether a message asks which of several products have something ("which of them are
    cushioned?", "any of these non-slip?"), not which of them is the most so ("which of them is
    the comfiest"): the answer names those that have it."""
    lowered = text.lower()
    ranks = _RANKS.search(lowered) or any(
        (found.group("most") or found.group("est")) not in _PICKS_ONE
        for found in _SUPERLATIVE.finditer(lowered)
    )
    return bool(_WHICH_HAVE.search(lowered)) and not ranks


# "do they have good grip?", "are those warm?": the products on screen, when none is in focus or
# the list came after it ("it" is one product).
_SPEAKS_OF_SEVERAL = re.compile(r"\b(?:they|them|these|those|theyre|they're)\b")


def _asks_of_the_list(tracker: Tracker, text: str) -> bool:
    """Whether a question says "they" or "these" of the list on screen, not of the one in focus."""
    if not _SPEAKS_OF_SEVERAL.search(pointing_sentence(text)) or speaks_of_one(text):
        return False
    if "ordinal" in latest_entities(tracker) and not _RUN_ON_SCREEN.search(text.lower()):
        return False  # "the first ones, do they come in 32?": "they" is the pair named
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
        and bool(_SPEAKS_OF_SEVERAL.search(pointing_sentence(text)))
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
