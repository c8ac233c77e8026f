""" "Let's put the suit in 38L and the second bow tie in my cart, please, and can you tell me what
the two come to together with express shipping? Will it definitely get here before the 12th?"
(stranger test 89, docs/nlu/stranger-test-89.md, B4), the Kensington tuxedo opened and the ties
that go with it on screen. "The suit" is the one opened (a tuxedo is a suit to a shopper), and
38L is its size, never the bow tie's: the suit goes in in 38L, or, not made or sold out in it,
that is said with a button for that kind in that size; the bow tie picked goes in as a tap of it
would put it (its colour asked if open); then the cart's total with the shipping asked about and
whether it arrives by the day said, a question still open staying the last word (and the total
said again once it is answered: actions/total_after_questions.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.add_with_questions import days_not_places
from actions.adding import add_one
from actions.availability_replies import availability_text
from actions.base import Events
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    purchase_asked,
    resolve_product,
)
from actions.opened_one_replies import kind_in_size_button
from actions.reference_replies import nothing_of_kind_text
from actions.search_replies import kind_buttons
from actions.total_after_questions import promise_total
from commerce.products import check_variant, product_details
from commerce.search.query import category_types
from commerce.sizes import size_query_key
from shop_nlu.adding_with_more import counted_in
from shop_nlu.adding_words import asks_to_add
from shop_nlu.kind_names import kind_calls_it


def answer_opened_one_with_a_pick(dispatcher, tracker: Tracker, session) -> Events | None:
    """The product opened, named by its kind with its size, and one picked by its place on screen
    added; then the total and the day asked about. None for any other message."""
    text = tracker.latest_message.get("text") or ""
    shown = ShownResults.from_tracker(tracker)
    # The one opened, or the one the list on screen goes with ("what would go with it?").
    focus = tracker.get_slot(CURRENT_PRODUCT) or shown.goes_with
    details = product_details(session, focus) if focus else None
    if details is None or not shown.handles or not asks_to_add(text):
        return None
    tracker = days_not_places(tracker, text)  # "... before the 12th": a day, not a place
    said = [
        e for e in tracker.latest_message.get("entities") or []
        if e.get("start") is not None and not e.get("role")
    ]  # fmt: skip
    ordinals = [e for e in said if e.get("entity") == "ordinal"]
    if len(ordinals) != 1:
        return None
    end = int(ordinals[0]["end"])
    kinds = [e for e in said if e.get("entity") == "category"]
    named = [
        e for e in kinds
        if kind_calls_it(str(e["value"]), details.product_type)
        and not counted_in(text, end, int(e["start"]))
    ]  # fmt: skip
    if len(named) != 1 or int(named[0]["start"]) > int(ordinals[0]["start"]):
        return None
    # "the suit in 38L (in black)": said of it, between its name and the place on screen.
    of_it = _said_within(said, int(named[0]["end"]), int(ordinals[0]["start"]))
    of_pick = _said_within(said, end, len(text))  # "the second bow tie in burgundy"
    picked = tracker.copy()
    picked.latest_message = {
        **tracker.latest_message,
        "entities": [e for e in said if e is not named[0] and e not in of_it and e not in of_pick],
    }
    handle = resolve_product(picked, session).handle
    if handle not in shown.handles or handle == focus:
        return None
    # "the second bow tie" with no bow tie on screen: none added, said so (never another tie).
    counted = [str(e["value"]) for e in kinds if counted_in(text, end, int(e["start"]))]
    own = product_details(session, handle)
    start = len(dispatcher.messages)
    events = _add_the_opened_one(dispatcher, tracker, session, details, of_it, named[0])
    if own is None or any(own.product_type.lower() not in category_types(k) for k in counted):
        gender = (tracker.get_slot("search_query") or {}).get("gender")
        dispatcher.utter_message(
            text=nothing_of_kind_text(counted[0]), buttons=kind_buttons(counted[:1], gender)
        )
    else:
        colour = {"colour": _colours(of_pick)[-1]} if _colours(of_pick) else {}
        events += add_one(dispatcher, _tap(tracker, {"product_handle": handle, **colour}), session)
    # "the 2nd bow tie ... before the 12th": the place on screen is no day of the month.
    at = int(ordinals[0]["start"])
    asked = tracker.copy()
    asked.latest_message = {
        **tracker.latest_message,
        "text": text[:at] + " " * (end - at) + text[end:],
    }
    # Each question asked carries the total with it, said once the last is answered (86, B5).
    promise_total(dispatcher.messages[start:], asked.latest_message["text"])
    _tell_total(dispatcher, asked, session, start)
    return events


def _said_within(said: list[dict], start: int, end: int) -> list[dict]:
    """The sizes and colours said from `start` to `end` of the message."""
    return [
        e for e in said
        if e.get("entity") in ("size", "colour") and start <= int(e["start"]) < end
    ]  # fmt: skip


def _colours(said: list[dict]) -> list[str]:
    return [str(e["value"]) for e in said if e.get("entity") == "colour"]


def _add_the_opened_one(dispatcher, tracker, session, details, of_it, named) -> Events:
    """The product opened added in the size (and colour) said; one not made (or sold out) in
    that size: said so, with a button for its kind in that size."""
    sizes = [str(e["value"]) for e in of_it if e.get("entity") == "size"]
    size = (size_query_key(sizes[-1]) or sizes[-1]) if sizes else None
    colours = _colours(of_it)
    check = check_variant(session, details.handle, size) if size else None
    if check is None or check.in_stock:
        tap = {
            "product_handle": details.handle,
            **({"size": size} if size else {}),
            **({"colour": colours[-1]} if colours else {}),
        }
        return add_one(dispatcher, _tap(tracker, tap), session)
    gender = (tracker.get_slot("search_query") or {}).get("gender")
    dispatcher.utter_message(
        text=availability_text(check),
        buttons=[kind_in_size_button(str(named["value"]), size, gender)],
    )
    return []


def _tap(tracker: Tracker, entities: dict) -> Tracker:
    """The add of one product alone, as its button's tap: the message's other words are
    answered here."""
    one = as_tapped(tracker, "add_to_cart", entities)
    one.latest_message["text"] = ""
    return one


def _tell_total(dispatcher, tracker: Tracker, session, start: int) -> None:
    """The cart's total with the shipping asked about and whether it arrives by the day said;
    said before the first question still open, which stays the last word with its buttons."""
    total = CollectingDispatcher()
    if not tell_cart_total_and_arrival(total, tracker, session, asked=True, remind_waiting=False):
        return
    said = dispatcher.messages[start:]
    asked = [m for m in said if purchase_asked(m.get("text") or "", m.get("buttons") or [])]
    if not asked:
        dispatcher.messages.extend(total.messages)
        return
    for message in total.messages:
        message["buttons"] = []
    at = dispatcher.messages.index(asked[0])
    dispatcher.messages[at:at] = total.messages
