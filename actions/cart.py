"""The cart: look at it, change or remove lines, check out everything.

The cart lives in the store (commerce.cart), so it survives restarts. "The second one" in a cart
request means the cart's second line, as numbered when the cart is shown (actions/cart_lines.py).
Adding to it: actions/cart_adding.py; one product for another, or one put back:
actions/cart_swaps.py; a change of mind about the item just added: actions/change_of_mind.py;
totals: actions/cart_totals.py (with shipping and when it arrives: actions/cart_arrival.py).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import order_replies
from actions.adding import show_cart
from actions.base import Events, ShopAction
from actions.budget_checks import answer_still_within_budget
from actions.cart_adding import ActionAddToCart
from actions.cart_arrival import answer_cart_with_shipping
from actions.cart_keep_some import answer_cancel_just_some
from actions.cart_lines import TAKE_IT_OUT, cart_line
from actions.cart_swaps import answer_swap_or_add_back
from actions.cart_totals import asks_total_of_several, tell_total
from actions.change_of_mind import answer_change_of_mind
from actions.checkout import (
    CHECKOUT_FROM_CART,
    CHECKOUT_QUANTITY,
    CHECKOUT_VARIANT,
    begin_checkout,
)
from actions.conversation import latest_entities, purchases_waiting
from actions.details_without_checkout import answer_checkout_with_details_on_empty_cart
from actions.kind_found_to_add import answer_kind_found_with_questions
from actions.nothing_to_remove import tell_nothing_to_remove
from actions.price_with_shipping import answer_price_with_shipping
from actions.quantity_choice import quantity_problem, requested_quantity
from actions.shipping_reminder import remind_where_we_ship
from actions.unplaced_purchases import answer_sent_back_before_ordering
from actions.waiting_purchases import tell_nothing_to_check_out_yet, tell_still_waiting
from actions.waiting_way_out import drop_waiting_purchase
from commerce.cart import cart_items, empty_cart, set_cart_quantity
from commerce.models import CartItem
from shop_nlu.checkout_now import thanked

_EVERYTHING = re.compile(r"\b(?:everything|all|empty|clear)\b", re.IGNORECASE)
# "add the 2nd one", "put it in": adding a product, whichever cart intent the message was heard as.
_ADDS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|just|pls|please|can (?:you|i)|could (?:you|i)|fine|alright|right"
    r"|cool|great|yes|yeah|yep|sure|now|then|also|oh)\W+)*(?:add|put|throw|pop)\b",
    re.IGNORECASE,
)
# "remove the tie", "take it out", "no more ties": a line comes out of the cart.
_REMOVES = re.compile(
    r"\b(?:remove|delete|drop|ditch|cancel|get rid of|take\b.{0,30}\bout|no more|don'?t want"
    r"|do not want|without)\b|^\W*no\b",
    re.IGNORECASE,
)
# "take the shoes out", "ditch the boots", "get rid of the tie": a line taken out of the cart,
# whatever the message was heard as (a search for shoes, a look at the cart).
# Not "a dress to take out dancing" or "take her out on a date".
_TAKES_OUT = re.compile(
    rf"\b(?:remove|delete|ditch|drop|get rid of)\b|{TAKE_IT_OUT}", re.IGNORECASE
)
# "out of my bag", "from the cart", "take the shoes out": the cart said, nothing else is meant.
_FROM_THE_CART = re.compile(
    rf"\b(?:out of|from|in)\s+(?:my|the|your|ur)\s+(?:cart|bag|basket|trolley)\b|{TAKE_IT_OUT}",
    re.IGNORECASE,
)
# "... from my bag": the cart named, not a bag (the kind) meant.
_THE_CART_BEFORE = re.compile(
    r"\b(?:out of|from|in|into|to)\s+(?:my|the|your|ur)\s+$", re.IGNORECASE
)
# "make the shirts 3", "change it to 2", "i want 3 of them": a new count for a line.
_SETS = re.compile(
    r"\b(?:make|change|set|update|bump|want|need|only|just|instead|quantity|increase|reduce"
    r"|up to|down to)\b",
    re.IGNORECASE,
)
# Where one change ends and the next begins: "remove the tie, and make the shirts 3".
_CLAUSE_BREAK = re.compile(r"[,;+&]|\b(?:and|then|also|plus)\b", re.IGNORECASE)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a pair": 2}  # fmt: skip
_COUNT = re.compile(
    r"(?<![\d.])\b(\d{1,2}|" + "|".join(_COUNTS) + r")\b(?![.,]\d)(?!\s*(?:st|nd|rd|th)\b)", re.I
)
# "the second one", "that one": "one" that points at a line, not a count.
_ONE_OF_A_LIST = re.compile(r"\b(?:the|this|that|which|last|\w+(?:st|nd|rd|th))\s+$", re.I)


def _line_or_ask(dispatcher, tracker: Tracker, items: list[CartItem]) -> CartItem | None:
    """The cart line meant, or None after asking which (with the numbered cart)."""
    item, problem = cart_line(tracker, items)
    if item is None:
        dispatcher.utter_message(text=problem)
        show_cart(dispatcher, items)
    return item


def _cart_changes(tracker: Tracker) -> list[tuple[dict[str, list[str]], int]]:
    """The changes a message asks of the cart, one per part ("remove the tie and make the shirts
    3": the tie to 0, the shirts to 3), each with the entities that say which line; a part that
    names a line and no change of its own ("and the belt") does what the part before it did."""
    text = tracker.latest_message.get("text") or ""
    # With roles too: "no tie pls" is heard as ruling ties out, here the tie taken out.
    entities = [
        e
        for e in tracker.latest_message.get("entities") or []
        if "start" in e
        and not (e["entity"] == "category" and _THE_CART_BEFORE.search(text[: int(e["start"])]))
    ]
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    changes: list[tuple[dict[str, list[str]], int]] = []
    quantity: int | None = None
    for start, end in zip(bounds, bounds[1:], strict=False):
        part = text[start:end]
        inside = [e for e in entities if start <= int(e["start"]) < end]
        said: dict[str, list[str]] = {}
        for entity in inside:
            said.setdefault(entity["entity"], []).append(str(entity["value"]))
        if _REMOVES.search(part):
            quantity = 0
        elif (count := _count_in(part, start, inside)) is not None:
            quantity = count
        elif _SETS.search(part):
            quantity = None  # "make the shirts" and no number: not a change said here
        if quantity is not None and said.keys() & {"ordinal", "category", "product", "colour",
                                                   "brand", "product_handle"}:  # fmt: skip
            changes.append((said, quantity))
    return changes


def _count_in(part: str, offset: int, entities: list[dict]) -> int | None:
    """The number a part of a message gives as a count ("3", "three"), not a size or ordinal."""
    for entity in entities:
        if entity["entity"] == "quantity":
            try:
                return int(entity["value"])
            except ValueError:
                return None
    taken = [(int(e["start"]) - offset, int(e["end"]) - offset) for e in entities
             if e["entity"] in ("size", "ordinal", "price", "budget")]  # fmt: skip
    counts = [
        match
        for match in _COUNT.finditer(part)
        if not any(start <= match.start() < end for start, end in taken)
        # "make the second one 3": the "one" of "the second one" points, it doesn't count.
        and (match.group(1).isdigit() or not _ONE_OF_A_LIST.search(part[: match.start()]))
    ]
    counts.sort(key=lambda match: not match.group(1).isdigit())  # a digit said wins
    if not counts:
        return None
    word = counts[0].group(1).lower()
    return int(word) if word.isdigit() else _COUNTS[word]


def change_cart_lines(dispatcher, tracker: Tracker, session) -> bool:
    """ "Remove the tie and make the shirts 3": every change asked, each line found by its kind,
    name, colour or number, then the cart; a line not found is asked about after. False (nothing
    said) when no part of the message names a line and a change for it ("empty my cart")."""
    changes = _cart_changes(tracker)
    if not changes:
        return False
    items = cart_items(session, tracker.sender_id)
    done: list[str] = []
    problems: list[str] = []
    planned: list[tuple[CartItem, int]] = []
    for said, quantity in changes:
        item, problem = cart_line(tracker, items, said)
        if item is None:
            problems.append(problem or "")
        elif quantity and (why := quantity_problem(quantity, item.variant.stock)):
            problems.append(why)
        else:
            planned.append((item, quantity))
    for item, quantity in planned:
        set_cart_quantity(session, tracker.sender_id, item.variant_id, quantity)
        done.append(order_replies.cart_change_text(order_replies.variant_text(item), quantity))
    dispatcher.utter_message(text=" ".join(done + list(dict.fromkeys(problems))))
    show_cart(dispatcher, cart_items(session, tracker.sender_id))
    return True


def take_out_in_words(dispatcher, tracker: Tracker, session) -> bool:
    """ "Actually take the shoes out... whats my total now?" heard as a search or a look at the
    cart: the lines named taken out, then the cart with its subtotal (`change_cart_lines`); with
    none of them in the cart, that, and the cart. False (nothing said) when the message takes
    nothing out of the cart ("drop the heels, show me flats" with no heels in it)."""
    text = tracker.latest_message.get("text") or ""
    if not _TAKES_OUT.search(text):
        return False
    removals = [said for said, quantity in _cart_changes(tracker) if quantity == 0]
    if not removals:
        return False
    items = cart_items(session, tracker.sender_id)
    if any(cart_line(tracker, items, said)[0] is not None for said in removals):
        return change_cart_lines(dispatcher, tracker, session)
    if not _FROM_THE_CART.search(text):
        return False
    kinds = list(dict.fromkeys(kind for said in removals for kind in said.get("category", [])))
    dispatcher.utter_message(text=order_replies.not_in_cart_text(kinds))
    show_cart(dispatcher, items)
    return True


def answer_take_out(dispatcher, tracker: Tracker, session) -> Events | None:
    """`take_out_in_words` as an answer any action the message may reach gives way to: [] when
    it took lines out and showed the cart, None (nothing said) when the message takes nothing out.
    "Cancel the jacket from my order but keep the dress" with none placed, heard as a search:
    nothing was ordered, the jacket never went in, the cart (stranger test 77, B10)."""
    if (events := answer_sent_back_before_ordering(dispatcher, tracker, session)) is not None:
        return events
    return [] if take_out_in_words(dispatcher, tracker, session) else None


class ActionShowCart(ShopAction):
    """ "What's in my cart?" """

    # "take the shoes out, whats my total now?": the cart edit, then the cart; "whats the total
    # and will it arrive by july 3rd": with shipping and tax, and when it would arrive.
    gives_way_to = (
        answer_take_out,
        answer_kind_found_with_questions,  # "add the clutch too, my total now?" (93, B5)
        answer_still_within_budget,  # "am I still under 400?": yes or no, and what is left
        answer_price_with_shipping,
        answer_cart_with_shipping,
    )

    def name(self) -> str:
        return "action_show_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if asks_total_of_several(tracker):
            # "whats the total" with an empty cart: what was picked, if anything was.
            return tell_total(dispatcher, tracker, session)
        show_cart(dispatcher, cart_items(session, tracker.sender_id))
        # "Which colour of the Carlton?" left open: still waiting, said so (stranger test 72).
        return tell_still_waiting(dispatcher, tracker, session, purchases_waiting(tracker))


class ActionRemoveFromCart(ShopAction):
    """ "Remove the belt" / "take the second one out" / "empty my cart"."""

    writes_to_store = True
    # "take that out, put the second one in instead": the swap; "put it back in": added again.
    # "remove the clutch but keep the heels": the heels waiting for a colour asked again too.
    # "drop the blazer" while the blazer waits for its size: dropped (stranger test 77, B6-B8).
    gives_way_to = (answer_swap_or_add_back, answer_cancel_just_some, drop_waiting_purchase)

    def name(self) -> str:
        return "action_remove_from_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        text = tracker.latest_message.get("text") or ""
        if _ADDS.search(text) and not _REMOVES.search(text):
            # "put the clutch and the first heels in my bag" heard as taking something out.
            return ActionAddToCart().perform(dispatcher, tracker, domain, session)
        items = cart_items(session, tracker.sender_id)
        if not items:
            tell_nothing_to_remove(dispatcher, tracker, session)  # "take the shoes out": never in
            return []
        if change_cart_lines(dispatcher, tracker, session):
            return []
        if _EVERYTHING.search(text) and not latest_entities(tracker).get("ordinal"):
            empty_cart(session, tracker.sender_id)
            dispatcher.utter_message(text="Done, your cart is empty.")
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        removed = order_replies.variant_text(item)
        set_cart_quantity(session, tracker.sender_id, item.variant_id, 0)
        dispatcher.utter_message(text=f"Removed {removed} from your cart.")
        show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionChangeQuantity(ShopAction):
    """ "Make it 2" / "only one of the ties": a new quantity for a cart line (0 removes it)."""

    writes_to_store = True
    # "Make it 2" / "make it a medium" while "Which colour of ...?" is open: that purchase;
    # "wait no take that out, put the second one in instead": one product for another.
    gives_way_to = (answer_change_of_mind, answer_swap_or_add_back)

    def name(self) -> str:
        return "action_change_quantity"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        quantity = requested_quantity(tracker)
        if quantity is None and _ADDS.search(tracker.latest_message.get("text") or ""):
            # "Add the 2nd one" names no quantity: it adds a product, not a new count of a line.
            return ActionAddToCart().perform(dispatcher, tracker, domain, session)
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        if change_cart_lines(dispatcher, tracker, session):
            return []
        if quantity is None:
            dispatcher.utter_message(text='How many would you like? Say e.g. "make it 2".')
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        if quantity and (problem := quantity_problem(quantity, item.variant.stock)):
            dispatcher.utter_message(text=problem)
            return []
        set_cart_quantity(session, tracker.sender_id, item.variant_id, quantity)
        show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionCheckoutCart(ShopAction):
    """ "Checkout": buy everything in the cart, through the same details and review as Buy."""

    # "let's check out. It's James Whitfield, ..." with nothing in the cart (stranger test 71).
    gives_way_to = (answer_checkout_with_details_on_empty_cart,)

    def name(self) -> str:
        return "action_checkout_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        items = cart_items(session, tracker.sender_id)
        # "Express shipping pls, checkout" while the slip-on waits for its colour: ask again.
        if not items and tell_nothing_to_check_out_yet(dispatcher, tracker, session):
            return []
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        remind_where_we_ship(dispatcher, tracker)  # after "I can't send an order to the UK"
        count = sum(item.quantity for item in items)
        # "Thank you, ... I'll go ahead and check out now" (stranger 88, B9): the thanks answered.
        welcome = "You're welcome! " if thanked(tracker.latest_message.get("text") or "") else ""
        intro = f"{welcome}Checking out your cart ({count} item{'s' if count != 1 else ''})."
        return [
            SlotSet(CHECKOUT_FROM_CART, True),
            SlotSet(CHECKOUT_VARIANT, None),
            SlotSet(CHECKOUT_QUANTITY, None),
        ] + begin_checkout(dispatcher, tracker, session, intro)
