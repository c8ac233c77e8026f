"""One product on screen added, and more asked in the same message: "the first one please, add
them to my cart in 8.5, and I'd love a small sparkly clutch too, am I still under 400?" (stranger
test 75, docs/nlu/stranger-test-75.md, persona B, worst problem 1). The product is added as a
one-product add would add it (actions/adding.py `add_one`: the colour asked if open); the other
kind is kept for next, with its button (actions/kinds_for_later.py); and the budget question is
answered from the cart, with the product being added counted while its question is open."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import cart_replies
from actions.add_then_checkout import answer_add_and_check_out
from actions.add_with_questions import answer_add_with_questions
from actions.adding import add_one
from actions.base import Events
from actions.budget_checks import budget_asked_about
from actions.cart_totals import asks_total
from actions.cheapest_then_search import add_before_the_turn, answer_cheapest_then_search
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    earlier_products,
    latest_entities,
    purchases_waiting,
    resolve_product,
    second_kind_starts_at,
)
from actions.kinds_for_later import tell_kinds_for_later
from actions.opened_one_with_a_pick import answer_opened_one_with_a_pick
from actions.sizes_and_quantities import answer_adding_sizes_with_quantities
from actions.total_after_questions import tell_total_asked
from actions.waiting_purchases import tell_still_waiting
from commerce.cart import cart_items
from commerce.products import product_details
from commerce.search import ProductQuery
from commerce.search.query import category_types
from commerce.sizes import size_query_key
from shop_nlu.adding_with_more import counted_in, turn_after_adding_it
from shop_nlu.adding_words import asks_to_add
from shop_nlu.budget_questions import asks_if_within_budget


def answer_adding_with_more(dispatcher, tracker: Tracker, session) -> Events | None:
    """For a search: the product in focus added first where the message adds "it" and then asks
    for another kind (`add_it_first`; the search goes on for that kind); several sizes each in
    its quantity ("buy 4 in medium and 4 in large"), else one product on screen added with more
    asked (`answer_pick_with_more`); None (nothing said but the add) for neither."""
    if (answered := answer_add_and_check_out(dispatcher, tracker, session)) is not None:
        return answered  # "put the belt and the tie in my cart and let's check out"
    if (answered := answer_cheapest_then_search(dispatcher, tracker, session)) is not None:
        return answered  # "the cheapest ones in 9, pop them in my cart. Now handbags"
    if (answered := answer_add_with_questions(dispatcher, tracker, session)) is not None:
        return answered  # "put the belt in my cart too, what's my total now?" (stranger 81)
    add_it_first(dispatcher, tracker, session)
    answered = answer_adding_sizes_with_quantities(dispatcher, tracker, session)
    if answered is not None:
        return answered
    return answer_pick_with_more(dispatcher, tracker, session)


def answer_pick_with_more(dispatcher, tracker: Tracker, session) -> Events | None:
    """The product picked by its place on screen added (or its open question asked), the kinds
    wished besides it kept for next, and whether the cart is still within the budget asked
    about; None for a message that adds no product by its place, or asks nothing more."""
    # "the suit in 38L and the second bow tie": the suit opened, in 38L (stranger test 89, B4).
    if (answered := answer_opened_one_with_a_pick(dispatcher, tracker, session)) is not None:
        return answered
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    if not asks_to_add(text) or "ordinal" not in entities or not shown.handles:
        return None
    handle = resolve_product(tracker, session).handle
    details = product_details(session, handle) if handle in shown.handles else None
    if details is None:
        return None
    listed = (shown.query or {}).get("category")
    own = details.product_type.lower()
    # "add the first clutch" with heels on screen: a clutch meant, not the first heel.
    said = tracker.latest_message.get("entities") or []
    ends = [int(e["end"]) for e in said if e.get("entity") == "ordinal" and e.get("end")]
    counted = {
        str(e["value"])
        for e in said
        if e.get("entity") == "category"
        and e.get("start") is not None
        and any(counted_in(text, end, int(e["start"])) for end in ends)
    }
    if any(own not in category_types(kind) for kind in counted):
        return None
    # "put the clutch and the first heels in my bag" after clutches were shown: that clutch is
    # meant (the add of several products named), not a clutch still to find.
    shown_before = {
        found.product_type.lower()
        for group in earlier_products(tracker)
        for shown_handle in group
        if (found := product_details(session, shown_handle)) is not None
    }
    later = [
        kind
        for kind in dict.fromkeys(entities.get("category") or [])
        if kind != listed and kind not in counted and own not in category_types(kind)
    ]
    if any(category_types(kind) & shown_before for kind in later):
        return None
    budget = budget_asked_about(tracker) if asks_if_within_budget(text) else None
    if not later and budget is None:
        return None
    before = _cart_total(session, tracker.sender_id)
    said = {"product_handle": handle}
    if sizes := entities.get("size"):
        said["size"] = size_query_key(sizes[-1]) or sizes[-1]
    # "... And a clutch, silver or gold": the clutch's colours, not the pick's (stranger 93, B4).
    if colours := latest_entities(tracker, before=second_kind_starts_at(tracker)).get("colour"):
        said["colour"] = colours[-1]
    one = as_tapped(tracker, "add_to_cart", said)
    one.latest_message["text"] = ""  # the pick alone: its kinds and budget are answered here
    events: Events = [SlotSet(CURRENT_PRODUCT, handle), *add_one(dispatcher, one, session)]
    if budget is None and asks_total(text):  # "... tell me what it all comes to w express" (95)
        tell_total_asked(dispatcher, tracker, session, text)
    if later:
        tell_kinds_for_later(dispatcher, tracker, session, ProductQuery(category=listed), later)
    if budget is not None:
        after = _cart_total(session, tracker.sender_id)
        # The dress asked "Which colour ...?" before: not in the cart yet, counted and asked again.
        waiting = [(title, handles) for title, handles in purchases_waiting(tracker)
                   if handle not in handles]  # fmt: skip
        pending = [(details.title, details.price_from)] if after == before else []
        for _, handles in waiting:
            if len(handles) == 1 and (other := product_details(session, handles[0])):
                pending.append((other.title, other.price_from))
        dispatcher.utter_message(
            text=cart_replies.within_budget_once_added_text(budget, after, pending)
            if pending
            else cart_replies.within_budget_text(budget, after)
        )
        events += tell_still_waiting(dispatcher, tracker, session, waiting)
    return events


def add_it_first(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Add it to my cart in size 10 please! Now heels ..., size 8.5": the product in focus
    added (or its open question asked) in the size said before the message turns to the other
    kind (a dress's US 10 as the M it is, said), so the search for that kind that follows uses
    only its own size (stranger test 75, B3). Its events, None when the message says no such."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, focus) if focus else None
    if details is None:
        return None
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None]
    own = details.product_type.lower()
    kinds = [
        int(e["start"])
        for e in said
        if e.get("entity") == "category"
        and not e.get("role")
        and own not in category_types(str(e["value"]))
    ]
    turn = turn_after_adding_it(tracker.latest_message.get("text") or "", kinds)
    if turn is None:
        return None
    return add_before_the_turn(dispatcher, tracker, session, details, said, turn)


def answer_add_it_then_another_kind(dispatcher, tracker: Tracker, session) -> Events | None:
    """`add_it_first` heard as adding to the cart: the product in focus added, and the other
    kind kept for next with its button (actions/kinds_for_later.py); None for no such message."""
    events = add_it_first(dispatcher, tracker, session)
    if events is None:
        return None
    details = product_details(session, tracker.get_slot(CURRENT_PRODUCT))
    own = details.product_type.lower()
    later = [
        kind
        for kind in dict.fromkeys(latest_entities(tracker).get("category") or [])
        if own not in category_types(kind)
    ]
    first = ProductQuery(category=own)
    tell_kinds_for_later(dispatcher, tracker, session, first, later)
    return events


def _cart_total(session, owner: str) -> Decimal:
    items = cart_items(session, owner)
    return sum((item.variant.price * item.quantity for item in items), Decimal(0))
