"""The cheapest on screen added, then another kind searched, in one message: "Perfect, the cheapest
ones in his size 9 please, pop them in my cart. Now can you show me handbags for me, something
that fits my phone and my wallet?" with the son's dress shoes on screen (stranger test 78,
docs/nlu/stranger-test-78.md, B3), once answered "None of the products on screen fits that"
(the handbags taken for the ones to add). The cheapest of the products on screen is added as a
one-product add would add it (actions/adding.py `add_one`: in the size said before the message
turns, what is open asked), then the rest of the message is searched as it would be alone. Where
the message turns: shop_nlu/adding_with_more.py."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.adding import add_one
from actions.base import Events, perform_action
from actions.conversation import CURRENT_PRODUCT, ShownResults, as_tapped
from actions.eu_dress_sizes import product_dress_size
from commerce.products import product_details
from commerce.search.query import category_types
from commerce.sizes import size_query_key
from shop_nlu.adding_with_more import turn_after_adding_the_cheapest


def answer_cheapest_then_search(dispatcher, tracker: Tracker, session) -> Events | None:
    """The cheapest product on screen added (or its open question asked) in the size said with
    it, then the kind the message turns to searched; None when the message adds no cheapest on
    screen before turning to a kind that is not on screen."""
    text = tracker.latest_message.get("text") or ""
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None]
    cheapest = [e for e in said if e.get("entity") == "sort" and e.get("value") == "price_asc"]
    if not cheapest:  # before the store is read: most searches stop here (docs/performance.md)
        return None
    shown = ShownResults.from_tracker(tracker)
    on_screen = [d for h in shown.handles if (d := product_details(session, h)) is not None]
    if not on_screen:
        return None
    types = {d.product_type.lower() for d in on_screen}
    kinds = [
        int(e["start"])
        for e in said
        if e.get("entity") == "category"
        and not e.get("role")
        and not category_types(str(e["value"])) & types
    ]
    turn = turn_after_adding_the_cheapest(text, int(cheapest[0]["end"]), kinds)
    if turn is None:
        return None
    # Of the kind on screen: "the cheapest shoes in 9, now handbags" names the shoes again.
    named = [
        str(e["value"]) for e in said if e.get("entity") == "category" and int(e["start"]) < turn
    ]
    if any(not category_types(kind) & types for kind in named):
        return None
    details = min(on_screen, key=lambda d: d.price_from)
    added = add_before_the_turn(dispatcher, tracker, session, details, said, turn)
    events: Events = [SlotSet(CURRENT_PRODUCT, details.handle), *added]
    rest = tracker.copy()
    rest.latest_message = {
        **tracker.latest_message,
        "text": text[turn:],
        "intent": {"name": "search_products", "confidence": 1.0},
        "entities": [
            {**e, "start": int(e["start"]) - turn, "end": int(e["end"]) - turn}
            for e in said
            if int(e["start"]) >= turn
        ],
    }
    return events + perform_action("action_search_products", dispatcher, rest, {}, session)


def add_before_the_turn(dispatcher, tracker: Tracker, session, details, said, turn: int) -> Events:
    """`details` added as a one-product add adds it (or its open question asked), in the size and
    colour said before the message turns to another kind at `turn` (a dress's US 10 as the M it
    is, said); the rest of the message is left to the search."""
    before = {e["entity"]: str(e["value"]) for e in said if int(e.get("end") or 0) <= turn}
    add = {"product_handle": details.handle}
    if size := before.get("size"):
        add["size"] = product_dress_size(dispatcher, details, size_query_key(size) or size)
    if colour := before.get("colour"):
        add["colour"] = colour
    one = as_tapped(tracker, "add_to_cart", add)
    one.latest_message["text"] = ""  # the add alone: the other kind is the search's
    return add_one(dispatcher, one, session)
