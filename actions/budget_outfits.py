"""A whole outfit within a total budget: "need an outfit for an interview, 300 max for everything"
gets an outfit whose pieces together fit the amount (commerce/recommend/budget_outfit.py), or
honestly the closest, instead of a search with the amount as a limit per item; a day said in the
same message ("by thursday") gets the delivery line (stranger test 22, docs/nlu/stranger-test-22.md).

The same total holds for each kind searched later: what the pieces chosen since (the cart, the one
picked; not one only asked about) leave of it is the next limit, and once they cost it all the cheapest come first, said
so, never the total as one piece's price cap (stranger test 26, docs/nlu/stranger-test-26.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import budget_outfit_replies as wording
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    budget_amount,
    budget_for_everything,
    budget_said_before,
    kinds_left_for_later,
    kinds_of_one_wish,
    latest_entities,
    own_gender_said,
    purchase_waiting,
    query_changes,
    said_entities,
)
from actions.delivery_replies import needed_by_note
from actions.kinds_for_later import kinds_either_after
from actions.shared_answers import show_suggestions
from commerce.cart import cart_items
from commerce.orders_after_sale import latest_order_kinds
from commerce.products import product_details
from commerce.recommend.budget_outfit import gender_of_kinds, outfits_within
from commerce.search import KIND_ALTERNATIVES, ProductQuery, category_types, departments_of
from shop_nlu.dates import leaves_on, needed_by
from shop_nlu.first_as_adverb import first_as_adverb
from shop_nlu.only_looking import only_looking
from shop_nlu.price_words import drops_the_budget
from shop_nlu.said_in_passing import sizes_by_kind

# "an outfit", "the whole look", "head to toe": a whole outfit, not one piece.
_OUTFIT = re.compile(r"\b(?:outfits?|(?:whole|full|complete) look|head to toe)\b")
# "for everything", "in total", "all in", "for the whole thing": the amount is for all of it.
_TOTAL = re.compile(
    r"\b(?:for (?:everything|it all|all of it|the lot)|in total|total|all in|all together|"
    r"altogether|overall|(?:whole|entire) (?:thing|outfit|lot))\b"
)
_AMOUNT = re.compile(r"\$?\s?(\d{2,5}(?:\.\d\d)?)(?!\s*(?:th|st|nd|rd)\b)")
_HIM = re.compile(r"\b(?:mens|men's|man|guy|male|him|his|husband|boyfriend|son|dad|lad)\b")
_HER = re.compile(
    r"\b(?:womens|women's|woman|ladies|lady|female|her|wife|girlfriend|daughter|mum|mom)\b"
)


# "whats the total for the outfit", "how much would it all come to": a question about a total.
_ASKS_TOTAL = re.compile(r"\bwhat'?s the total\b|\bhow much (?:is|would|does|will|do)\b")


def asks_for_outfit_on_budget(text: str) -> bool:
    """Whether the shopper asks for a whole outfit with a budget for all of it."""
    lowered = text.lower()
    return bool(
        _OUTFIT.search(lowered)
        and _TOTAL.search(lowered)
        and _AMOUNT.search(lowered)
        and not _ASKS_TOTAL.search(lowered)
    )


def _budget(tracker: Tracker, text: str) -> Decimal | None:
    # "about $400" is read as 320-480: the 400 said is the budget (stranger test 65, problem 1).
    said = budget_amount(tracker.latest_message.get("entities") or [])
    if said is not None:
        return said
    match = _AMOUNT.search(text.lower())
    try:
        return Decimal(match.group(1)) if match else None
    except InvalidOperation:
        return None


def _genders(tracker: Tracker, session: Session, text: str) -> tuple[str, ...]:
    said = query_changes(latest_entities(tracker)).get("gender")
    if said in ("male", "female"):
        return (said,)
    lowered = text.lower()
    him, her = bool(_HIM.search(lowered)), bool(_HER.search(lowered))
    if him != her:
        return ("male",) if him else ("female",)
    # "an outfit: a dress, shoes and a bag": a dress is a woman's (stranger test 65, problem 1).
    if implied := gender_of_kinds(session, latest_entities(tracker).get("category") or []):
        return (implied,)
    own = own_gender_said(tracker)
    return (own,) if own in ("male", "female") else ("male", "female")


def answer_outfit_on_budget(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The outfit within the total, with the delivery line for a day said; None when the message
    asks for no whole outfit on a total budget."""
    text = tracker.latest_message.get("text") or ""
    if not asks_for_outfit_on_budget(text) or (budget := _budget(tracker, text)) is None:
        return None
    said = latest_entities(tracker)
    occasions = tuple(query_changes(said).get("occasions") or ())
    # "a medium in dresses and a size 8 in shoes": each piece in its own size, and "maybe a
    # small bag" too (stranger test 65, problem 1).
    sizes = sizes_by_kind(text.lower(), said_entities(tracker))
    extra = tuple(dict.fromkeys(said.get("category") or ()))
    genders = _genders(tracker, session, text)
    outfits = outfits_within(session, budget, genders, occasions, sizes, extra)
    result = wording.outfit_result(outfits)
    occasion = occasions[0] if occasions else None
    events = show_suggestions(
        dispatcher, result, wording.budget_outfit_text(outfits, occasion, sizes)
    )
    today = datetime.now(timezone.utc).date()
    # "an interview thursday, need an outfit": the day it is needed by.
    if needed := needed_by(text, today):
        leaving = leaves_on(text, needed, today)
        dispatcher.utter_message(text=needed_by_note(needed, today, leaving))
    return events


# ---------------------------------------------------------------------------------------------
# What a budget for everything leaves for the next piece
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BudgetLeft:
    """A budget said for everything ("maximum 250 dollar for everything"), and the pieces chosen
    since that count against it: those in the cart, and the one the shopper picked."""

    total: Decimal
    chosen: tuple[tuple[str, Decimal], ...] = ()  # (title, price)

    @property
    def left(self) -> Decimal:
        return self.total - sum((price for _, price in self.chosen), Decimal(0))


def budget_left(tracker: Tracker, session: Session, kind: str | None) -> BudgetLeft | None:
    """The shopper's budget for everything with the pieces chosen already taken off, for a search
    of `kind` (a piece of that kind is what is being chosen now, not one chosen); None when no
    budget for everything holds (`budget_for_everything`)."""
    total = budget_for_everything(tracker)
    if total is None:
        return None
    kinds = category_types(kind) if kind else set()
    chosen: dict[str, tuple[str, Decimal]] = {}
    for item in cart_items(session, tracker.sender_id):
        product = item.variant.product
        if product.product_type.lower() not in kinds:
            title, price = chosen.get(product.handle, (product.title, Decimal(0)))
            chosen[product.handle] = (title, price + item.variant.price * item.quantity)
    # "I love the first one! What boots would go with it?" under the dresses: the dress pointed
    # at is chosen, as if opened (stranger test 73, B3).
    focus = _pointed_at_on_screen(tracker) if kinds else None
    focus = focus or _picked_in_focus(tracker)
    # "Which colour of the Islington Penny Loafer?", then a bag: a piece whose adding still waits
    # on a choice is not chosen (stranger test 65, problem 6).
    waiting = purchase_waiting(tracker)
    if waiting is not None and waiting[1] == focus:
        focus = None
    details = product_details(session, focus) if focus and focus not in chosen else None
    if details is not None and details.product_type.lower() not in kinds:
        chosen[focus] = (details.title, details.price_from)
    return BudgetLeft(total, tuple(chosen.values()))


def _picked_in_focus(tracker: Tracker) -> str | None:
    """The product in focus, unless each message that opened it only asked about it ("Tell me
    more about the second one? Is it big enough for a phone?"): looked at, not picked, so it takes
    nothing off the budget (stranger test 76, B2)."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    said, openers = "", []
    for event in tracker.events or []:
        if event.get("event") == "user":
            said = event.get("text") or ""
        elif event.get("name") == CURRENT_PRODUCT and focus and event.get("value") == focus:
            openers.append(said)
    return None if openers and all(only_looking(text) for text in openers) else focus


def _pointed_at_on_screen(tracker: Tracker) -> str | None:
    """The product on screen the latest message points at by its number ("the first one"), when
    it points at one only; else None."""
    ordinals = latest_entities(tracker).get("ordinal") or []
    if first_as_adverb(tracker.latest_message.get("text") or ""):
        return None  # "a shirt first": what comes first, no piece picked
    handles = ShownResults.from_tracker(tracker).handles
    at = int(ordinals[0]) if len(ordinals) == 1 and str(ordinals[0]).isdigit() else 0
    return handles[at - 1] if 1 <= at <= len(handles) else None


def _same_department(session: Session, kind: str | None, other: str | None) -> bool:
    """Whether a budget said for `kind` holds for a search of `other`: either names no kind, or
    both are in one department of the catalog (derbies and boots, a dress and a blazer), or the
    shop sells no `kind` (a misread word: the budget was for what they search)."""
    if not kind or not other:
        return True
    departments = departments_of(session, kind)
    return not departments or bool(departments & departments_of(session, other))


def _bought_what_it_was_for(
    tracker: Tracker, session: Session, kind: str | None, other: str | None
) -> bool:
    """Whether a budget said for `kind` was spent on one now in the cart, and `other` is another
    kind: "a red dress, not more than $200", the dress put in the cart, then "a little jacket to
    go over it": the $200 was the dress's, not the jacket's (stranger test 77, B3). One in the
    shopper's latest order counts too."""
    kinds = category_types(kind) if kind else set()
    if not kinds or not other or kinds & category_types(other):
        return False
    bought = {
        i.variant.product.product_type.lower() for i in cart_items(session, tracker.sender_id)
    }
    # Or ordered: silver cufflinks under $50 bought, then "a white pocket square" (96, A9).
    return bool(kinds & (bought | latest_order_kinds(session, tracker.sender_id)))


def within_budget_left(tracker: Tracker, session: Session, query: ProductQuery) -> ProductQuery:
    """`query` kept to what the budget for everything leaves, when it names no price of its own;
    when the pieces chosen already cost the whole budget, the cheapest first instead; with no
    budget for everything, kept to the price range said before for a search (none once let go).
    The budget said in this very message ("a suit, shirt, tie, around $600 for everything") is no
    price range of the first piece's own (stranger test 57)."""
    said_now = "price_max" in latest_entities(tracker)
    if drops_the_budget(tracker.latest_message.get("text") or "") and not said_now:
        return query.updated(price_min=None, price_max=None)  # "forget the budget, derbies"
    if query.price_min is not None or query.price_max is not None:
        if not said_now or budget_for_everything(tracker) is None:
            return query
        query = query.updated(price_min=None, price_max=None)
    budget = budget_left(tracker, session, query.category)
    if budget is None:
        # "I don't want to go over $130", then "derbies then, still brown": that budget still
        # (stranger test 60, problem 7); not for a product asked for by its name, nor for a kind
        # of another department (shoes under $100, then "a tie?").
        said = budget_said_before(tracker) if query.product is None else None
        if said is None or not _same_department(session, said.kind, query.category):
            return query
        if _bought_what_it_was_for(tracker, session, said.kind, query.category):
            return query
        return query.updated(price_min=said.floor, price_max=said.ceiling)
    if budget.left > 0:
        return query.updated(price_max=budget.left)
    return query.updated(sort=query.sort or "price_asc")


def tell_budget_left(
    dispatcher, tracker: Tracker, session: Session, query: dict, handles: Sequence[str] = ()
) -> None:
    """Under a list kept to a budget for everything (`query`: the list's, as in its slot; `handles`:
    the products listed): what the pieces chosen leave of it, or that they already cost it all,
    so that the limit is never taken for a price cap of its own."""
    budget = budget_left(tracker, session, query.get("category"))
    if budget is None:
        return
    shown = ProductQuery.from_dict(query)
    if not budget.chosen:
        # "$300 for both the dress and the shoes": the first list says the amount is for both.
        said = latest_entities(tracker)
        # "some shoes ... just plain black dress shoes": one kind, named once (stranger test 78).
        one_wish = kinds_of_one_wish(tracker)
        said["category"] = [kind for kind in said.get("category", []) if kind not in one_wish]
        later = kinds_left_for_later(said, tracker.latest_message.get("text") or "")
        if later and "price_max" in said and shown.price_max == budget.total and shown.category:
            kinds = [shown.category, *(kind for kind in later if kind != shown.category)]
            # "cufflinks or a pocket square": either, named as said (stranger test 81, B1).
            kinds = [
                KIND_ALTERNATIVES.join([kind, *kinds_either_after(tracker, kind)]) for kind in kinds
            ]
            dispatcher.utter_message(text=wording.budget_for_all_text(budget.total, kinds))
        return
    if (budget.left > 0 and shown.price_max == budget.left) or (
        budget.left <= 0 and shown.price_max is None
    ):
        # "so these are under that" only of a list under it, not of the closest above it.
        prices = tuple(d.price_from for h in handles if (d := product_details(session, h)))
        dispatcher.utter_message(text=wording.budget_left_text(budget.total, budget.chosen, prices))
