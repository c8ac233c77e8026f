"""Purchases waiting for a choice (a colour, a size, which one) while the cart is totalled or
checked out: what each waits for, and each asked again with its buttons ("The Osprey Slip-On is
still waiting for a colour: which one?"). Split from actions/cart_totals.py, which uses it."""

from __future__ import annotations

import re
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.cart_replies import (
    delivery_kept_text,
    nothing_to_check_out_yet_text,
    still_waiting_text,
    waiting_again_text,
)
from actions.checkout_slots import ADDRESS, CHECKOUT_KEY, CHECKOUT_SHIPPING, LAST_ORDER
from actions.conversation import latest_entities, questions_waiting
from actions.order_lookup import given_number
from actions.purchase_choice import waits_for
from commerce.cart import cart_items
from commerce.orders import address_problem
from commerce.orders_after_sale import latest_order
from commerce.products import product_details
from commerce.shipping import SHIPPING_METHODS, fastest_method
from shop_nlu.delivery_wishes import wants_it_quicker
from shop_nlu.earlier_orders import speaks_of_an_earlier_order
from shop_nlu.postal_addresses import address_given, full_address_given

# "Which collar size of the Eton Oxford Button-Down for the 4 + 4?": how many wait for that choice.
_FOR_QUANTITIES = re.compile(r"\bfor the (\d+(?:\s*\+\s*\d+)*)\?$")


def quantity_waiting(question: str) -> int:
    """How many of the product a purchase question waits to add (4 + 4: 8), 1 unless it says."""
    match = _FOR_QUANTITIES.search(question.strip())
    return sum(int(count) for count in re.findall(r"\d+", match.group(1))) if match else 1


def tell_nothing_to_check_out_yet(dispatcher, tracker: Tracker, session, kept: str = "") -> bool:
    """ "Checkout" with an empty cart while purchases wait for a choice: that nothing can be
    checked out yet (and how it will be sent, `kept` for the checkout), and each of them asked
    again (`ask_waiting_again`); False (nothing said) when none waits or the cart has something."""
    waiting = questions_waiting(tracker)
    if not waiting or cart_items(session, tracker.sender_id):
        return False
    text = tracker.latest_message.get("text") or ""
    method_named = bool(latest_entities(tracker).get("shipping_method")) or wants_it_quicker(text)
    address_named = address_given(text) is not None
    buying = all(
        str(button.get("payload", "")).startswith("/buy")
        for _, _, buttons in waiting
        for button in buttons
    )
    reply = nothing_to_check_out_yet_text(method_named, buying, address_named, kept)
    if reply in _said_last(tracker):
        # "checkout" again, nothing chosen since: short, not word for word (stranger test 75).
        dispatcher.utter_message(response="utter_still_nothing_to_check_out")
    else:
        dispatcher.utter_message(text=reply)
    return ask_waiting_again(dispatcher, tracker, session)


def _said_last(tracker: Tracker) -> list[str]:
    """The bot's messages in answer to the shopper's message before the latest."""
    said: list[str] = []
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            said.append(str(event.get("text") or ""))
        elif event.get("event") == "user" and said:
            break
    return said


def answer_delivery_before_the_choice(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Switch it to express and send it to my office? It's 400 Euclid Ave, Cleveland OH 44115"
    while the purchase waits for its colour, with no checkout and no order placed: nothing is
    ordered yet, and the purchase asked again (stranger test 66, problem 2); express and a whole
    address are kept for the checkout (`delivery_kept`), which then asks neither; None (nothing
    said) otherwise."""
    text = tracker.latest_message.get("text") or ""
    if (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)
        or tracker.get_slot(LAST_ORDER)
        or not (wants_it_quicker(text) or address_given(text))
        or latest_order(session, tracker.sender_id) is not None
    ):
        return None
    kept = delivery_kept(text)
    method = next((e["value"] for e in kept if e["name"] == CHECKOUT_SHIPPING), None)
    address = next((e["value"] for e in kept if e["name"] == ADDRESS), None)
    said = delivery_kept_text(SHIPPING_METHODS[method].label if method else None, address)
    return kept if tell_nothing_to_check_out_yet(dispatcher, tracker, session, said) else None


def answer_address_change_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Need to change the delivery address, send it to my office" while this chat's purchase is
    not finished and no order was placed, named or spoken of (stranger test 76, A9-A10): there is
    no order, so no order number is asked; the address is taken at checkout, and one typed now is
    kept for it (the purchase asked again, so the address typed next is kept as a detail while it
    waits: actions/details_while_waiting.py). None otherwise."""
    text = tracker.latest_message.get("text") or ""
    if (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)  # at the review: "Change my details" changes it
        or tracker.get_slot(LAST_ORDER)
        or given_number(tracker)
        or speaks_of_an_earlier_order(text)
        or latest_order(session, tracker.sender_id) is not None
        or not (questions_waiting(tracker) or cart_items(session, tracker.sender_id))
    ):
        return None
    address = full_address_given(text)
    # With nothing waiting for a choice, the cart can be checked out now.
    buttons = [] if questions_waiting(tracker) else [{"title": "Check out", "payload": "/checkout"}]
    events: Events = []
    if address is not None and address_problem(address) is None:
        dispatcher.utter_message(
            response="utter_address_kept_for_checkout", address=address, buttons=buttons
        )
        events.append(SlotSet(ADDRESS, address))
    else:
        # Typed next, an address is kept only while a purchase waits (details_while_waiting.py).
        asked = (
            "utter_address_at_checkout"
            if questions_waiting(tracker)
            else "utter_address_when_checking_out"
        )
        dispatcher.utter_message(response=asked, buttons=buttons)
    ask_waiting_again(dispatcher, tracker, session)
    return events


# What "change the delivery address" gives way to before any order (actions/after_sales.py).
BEFORE_ORDERING = (answer_delivery_before_the_choice, answer_address_change_before_ordering)


def delivery_kept(text: str) -> Events:
    """The shipping method and the whole address a message wishes for before the purchase is
    chosen ("make it express and ship to 12 Oak Street, Boston MA 02110"), kept in the checkout's
    slots: the checkout that follows uses that method (`begin_checkout`) and doesn't ask for the
    address again."""
    events: Events = []
    if wants_it_quicker(text):
        events.append(SlotSet(CHECKOUT_SHIPPING, fastest_method().key))
    address = full_address_given(text)
    if address is not None and address_problem(address) is None:
        events.append(SlotSet(ADDRESS, address))
    return events


def ask_waiting_again(dispatcher, tracker: Tracker, session, dropped: tuple[str, ...] = ()) -> bool:
    """Each purchase still waiting for a choice (`questions_waiting`) asked again, with the
    buttons it was asked with ("The Osprey Slip-On is still waiting for a colour: which one?"),
    but those of the products `dropped`; False (nothing said) when none waits."""
    waiting = [asked for asked in questions_waiting(tracker) if not set(asked[1]) & set(dropped)]
    for question, handles, buttons in waiting:
        choice = waits_for(question)
        details = product_details(session, handles[0]) if choice and len(handles) == 1 else None
        title = details.title if details is not None else None
        dispatcher.utter_message(text=waiting_again_text(question, title, choice), buttons=buttons)
    return bool(waiting)


def tell_still_waiting(
    dispatcher, tracker: Tracker, session, waiting: list[tuple[str, list[str]]]
) -> Events:
    """After the cart or a total: the purchases still waiting for a choice, if any, as not in the
    cart yet (the suit's colour and which shirt, asked when the shoes went in), each then asked
    again with its buttons."""
    if described := waiting_described(session, waiting):
        dispatcher.utter_message(text=still_waiting_text(described))
        ask_waiting_again(dispatcher, tracker, session)
    return []


def waiting_described(
    session, waiting: list[tuple[str, list[str]]]
) -> list[tuple[str, list[tuple[str, Decimal, bool]]]]:
    """Each purchase waiting (`purchases_waiting`) as what it waits for ("colour", "size", or ""
    for which one) and its products (title, lowest price, whether the price varies)."""
    described = []
    for question, handles in waiting:
        choice = waits_for(question)
        count = quantity_waiting(question)  # "8 × Eton Oxford Button-Down", at 8 times its price
        products = []
        for handle in handles:
            if (d := product_details(session, handle)) is not None:
                title = f"{count} × {d.title}" if count > 1 else d.title
                products.append((title, d.price_from * count, d.price_from != d.price_to))
        if products:
            described.append((choice, products))
    return described
