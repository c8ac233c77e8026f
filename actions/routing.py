"""What a message's words ask, whichever intent the classifier heard in them.

The classifier learns phrasing, so "would that go with green?" reaches the actions as a refinement,
a question about availability, "what goes with it", a product question or nothing sure (and "take
the shoes out" as a search or a look at the cart: `answer_take_out` in actions/cart.py). The
resolver (shop_nlu/resolution.py) sees one message, not the conversation, while these answers
depend on it (a product in focus to pair, the line named in the cart) and, without it, leave the
message to its intent ("drop the heels, show me flats" is still a search). So each is decided in one
function: an action the classifier may pick for such a message lists it in `gives_way_to`, and
`ShopAction.run` (actions/base.py) tries those, in order, before `perform`.

The answers the search gives as well as the skill that owns them live in actions/shared_answers.py.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SHOWN_RESULTS,
    ShownResults,
    colour_asked_about,
    opened_products,
    picked_of_kind,
    resolve_product,
    the_two,
)
from actions.variant_colour_answered import take_colour_answered
from commerce.cart import cart_items
from commerce.recommend import colours_going_with
from commerce.recommend.pairing import PairCheck, check_pair
from commerce.search import ProductQuery
from shop_nlu.said_in_passing import PAIRED_KIND_ROLES

# ---------------------------------------------------------------------------------------------
# What the words ask whatever the intent: listed in an action's `gives_way_to`
# ---------------------------------------------------------------------------------------------
# "would that go with green?", "does it match an emerald dress", "will the clutch work with gold":
# whether the product spoken of goes with a colour the shopper has, not a search for that colour.
_ASKS_IF_IT_GOES = re.compile(
    r"\b(?:would|will|does|do|did|can|could|wud|wld|wil)\s+"
    r"(?:it|that|this|they|these|those|(?:the|that|this)\s+[a-z]+(?:\s+one)?)\s+"
    r"(?:[a-z]+\s+)?(?:go|goes|work|works|look|looks|pair|pairs|match|matches|clash|clashes)\b"
)


def answer_goes_with_colour(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Answer "would that go with green?" about the product in focus (or the only one on screen)
    from its colours and the shop's colour guide; None (nothing said) when the message is no such
    question or names no colour after the verb, or it isn't clear which product it means."""
    text = tracker.latest_message.get("text") or ""
    asked = _ASKS_IF_IT_GOES.search(text.lower())
    if asked is None:
        return None
    entities = tracker.latest_message.get("entities") or []
    colours = [
        e for e in entities if e.get("entity") == "colour" and (e.get("start") or 0) >= asked.end()
    ]
    if not colours:
        return None
    # The colour and kind after the verb are what the shopper has ("an emerald dress"), not the
    # product asked about.
    before = tracker.copy()
    before.latest_message = {
        **tracker.latest_message,
        "entities": [e for e in entities if (e.get("start") or 0) < asked.end()],
    }
    reference = resolve_product(before, session)
    pairing = (
        colours_going_with(session, reference.handle, colours[-1]["value"])
        if (reference.handle)
        else None
    )
    if pairing is None:
        return None
    dispatcher.utter_message(text=wording.colour_pairing_text(pairing))
    return [SlotSet(CURRENT_PRODUCT, reference.handle)]


# "does belt match the shoes", "will these match", "do they go together", "would the brown belt
# work with those oxfords": whether two products of the conversation go together. Not "what
# goes with it", "i want shoes that match my suit" nor "do you have a matching belt" (suggestions,
# a search, or their own things).
_ASKS_IF_THEY_GO = re.compile(
    r"\b(?:match|matches|go together|goes together|go with|goes with|go well with|work with|"
    r"works with|pair with|pairs with|pair well|look good with|look good together|look right with|"
    r"look ok with|look together|suit each other|clash|clashes)\b"
    r"|\bgo(?:es)?\s+(?:well\s+)?(?:w/|w\b)"  # "do these go w my shoes" (stranger test 79, A4)
)
# "r they the same brown as the shoes": only with a kind of ours named after it (not "the photo").
_SAME_AS = re.compile(r"\bsame\s+(?!size|length|width|price|height|fit)[a-z]+\s+as\b")
_ASKS_FOR_SUGGESTIONS = re.compile(
    r"\b(?:what|which|anything|something|show|suggest|recommend|find|need|looking|searching|"
    r"have|got|sell|want|wanna|buy|my|mine)\b"
)
_POINTS_AT_TWO = re.compile(r"\b(?:these|those|they|them|both|the two|together|each other)\b")
# "will these match my shoes?": a yes-no question, where "my" is what was picked, not a search.
_YES_NO = re.compile(
    r"^\W*(?:(?:ok|okay|so|and)\W+)?(?:does|do|will|would|wud|is|are|r|can|could)\b"
)
_MINE = re.compile(r"\b(?:my|mine)\b")
# "do they match the shoes" under a list: each of the list ("they"), not two of them together.
_POINTS_AT_LIST = re.compile(r"\b(?:these|those|they|them)\b(?!.*\b(?:together|each other)\b)")


def answer_goes_together(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Answer "does the belt match the shoes?" about two products of the conversation (each kind
    named is the one of that kind opened or shown; "these" the two looked at last) from the
    catalog: their colours by the shop's colour guide, materials and occasions; None (nothing
    said) for any other message, or when it isn't clear which two products it means."""
    text = (tracker.latest_message.get("text") or "").lower()
    same_as = _SAME_AS.search(text)
    if not _ASKS_IF_THEY_GO.search(text) and not same_as:
        return None
    # "burgundy please, to match my dress" while the boots' colour is asked: that answer.
    if (taken := take_colour_answered(dispatcher, tracker, session)) is not None:
        return taken
    if _ASKS_FOR_SUGGESTIONS.search(_MINE.sub("", text) if _YES_NO.match(text) else text):
        return None
    entities = tracker.latest_message.get("entities") or []
    kinds = list(
        dict.fromkeys(
            str(e["value"])
            for e in entities
            if e.get("entity") == "category" and e.get("role") in PAIRED_KIND_ROLES
        )
    )
    if not kinds and (same_as or not _POINTS_AT_TWO.search(text)):
        return None  # "does it match?", "same colour as the photo?": with what is not said
    opened = opened_products(tracker)
    pair: list[str] = []
    several: tuple[int, str, list[str]] | None = None  # (its place, the kind, the products)
    for kind in kinds[:2]:
        handles = picked_of_kind(tracker, session, kind)
        handle = next((h for h in opened if h in handles), None) if len(handles) > 1 else None
        handle = handle or (handles[0] if len(handles) == 1 else None)
        if handle is None and handles and several is None:
            # "the shoes" of three listed, none opened: each of them is answered for, not one
            # guessed.
            several = (len(pair), kind, handles)
            continue
        if handle is None:
            return None
        if handle not in pair:
            pair.append(handle)
    if several is None and len(kinds) == 1 and len(pair) == 1:
        several = _list_meant(tracker, text, pair[0])  # "do they match w the shoes" under belts
    if several is not None:
        return _answer_goes_together_each(dispatcher, tracker, session, pair, several)
    if len(kinds) < 2:
        # "will these match", "does the belt go with them": the two looked at last.
        for handle in [*the_two(tracker), tracker.get_slot(CURRENT_PRODUCT), *opened]:
            if handle and handle not in pair and len(pair) < 2:
                pair.append(handle)
    if len(pair) != 2:
        return None
    looked_at = (
        _colour_looked_at(tracker, session, pair[0]),
        _colour_looked_at(tracker, session, pair[1]),
    )
    check = check_pair(session, pair[0], pair[1], looked_at)
    if check is None:
        return None
    dispatcher.utter_message(text=wording.goes_together_text(check))
    return []


def _list_meant(tracker: Tracker, text: str, other: str) -> tuple[int, str, list[str]] | None:
    """ "Do they match w the shoes" with belts listed to go with the shoes: the list on screen,
    each of it with `other` (stranger test 79, A4); None when no pronoun points at a list of
    several, or `other` is one of it."""
    shown = ShownResults.from_tracker(tracker)
    if not _POINTS_AT_LIST.search(text) or len(shown.handles) < 2 or other in shown.handles:
        return None
    return 0, str(shown.query.get("category") or "products"), shown.handles


def _answer_goes_together_each(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    pair: list[str],
    several: tuple[int, str, list[str]],
) -> Events | None:
    """ "Does the belt match the shoes?" with three shoes listed and none opened: the belt with
    each of them (`several`: the place of the kind named in the question, the kind, the products
    listed). None when the other one isn't clear (both lists had several) or nothing pairs."""
    place, kind, handles = several
    # The other one: the product of the other kind named, else the one in focus ("do the shoes
    # go with it").
    focus = tracker.get_slot(CURRENT_PRODUCT)
    other = pair[0] if pair else (focus if focus and focus not in handles else None)
    if other is None:
        return None
    checks: list[tuple[str, PairCheck]] = []
    for handle in handles[:4]:  # a page of results (four to go with a product)
        first, second = (handle, other) if place == 0 else (other, handle)
        looked_at = (
            _colour_looked_at(tracker, session, first),
            _colour_looked_at(tracker, session, second),
        )
        if (check := check_pair(session, first, second, looked_at)) is not None:
            checks.append((check.titles[place], check))
    if not checks:
        return None
    dispatcher.utter_message(text=wording.goes_together_each_text(kind, checks))
    return []


def _colour_looked_at(tracker: Tracker, session: Session, handle: str) -> str | None:
    """The colour of `handle` in the cart (one colour of it there: the shoes he has), else the
    colour the shopper asked about of it, else that of the latest search that listed it ("brown
    shoes for work": brown); None when none of them says one."""
    in_cart = {
        item.variant.colour
        for item in cart_items(session, tracker.sender_id)
        if item.variant.product.handle == handle and item.variant.colour
    }
    if len(in_cart) == 1:
        return in_cart.pop().lower()
    if colour := colour_asked_about(tracker, handle):
        return colour
    for event in reversed(tracker.events or []):
        value = event.get("value")
        if (
            event.get("event") == "slot"
            and event.get("name") == SHOWN_RESULTS
            and isinstance(value, dict)
            and handle in (value.get("handles") or [])
        ):
            return ProductQuery.from_dict(value.get("query")).colour
    return None
