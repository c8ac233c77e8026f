""" "Ok ill buy both" (stranger test 79, docs/nlu/stranger-test-79.md, A5, worst problem 7): a buy
of several products puts each in the cart as an add does, then leads on to the checkout of the
cart. While a pick still waits (which of four belts), a line says how: the pick's buttons put it
in the cart beside the rest (never a checkout of it alone, leaving the shoes behind), and the
cart's checkout follows the pick (actions/add_then_checkout.py); Check out buys what the cart
holds now. When nothing waits, the cart's checkout starts at once."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.add_then_checkout import CHECKOUT_NEXT
from actions.adding import CART_BUTTONS, add_as_asked
from actions.base import Events, perform_action
from actions.checkout_replies import check_out_after_the_pick_text
from actions.conversation import purchase_asked, several_meant
from commerce.cart import cart_items


def buy_several(dispatcher, tracker: Tracker, session) -> Events:
    """ "Take both", "ill buy both": each product added to the cart (`add_as_asked`), the
    questions for what is still open adding to the cart too; then the checkout of the cart, or,
    while a question waits, the way to it said under the Check out button."""
    before = _items(tracker, session)
    adding = tracker.copy()
    adding.latest_message = {
        **tracker.latest_message,
        "intent": {"name": "add_to_cart", "confidence": 1.0},
    }
    start = len(dispatcher.messages)
    events = add_as_asked(dispatcher, adding, session)
    said = dispatcher.messages[start:]
    asked = [m for m in said if purchase_asked(m.get("text") or "", m.get("buttons") or [])]
    if _items(tracker, session) == before:
        return events  # nothing added: the question of which ones is the answer
    with_cart_buttons = [m for m in said if m.get("buttons") == CART_BUTTONS]
    if asked:
        count = several_meant(tracker.latest_message.get("text") or "")
        line = check_out_after_the_pick_text(count)
        if with_cart_buttons:  # "Added ... to your cart." [Check out] [View cart]
            with_cart_buttons[-1]["text"] = f"{with_cart_buttons[-1]['text']} {line}"
        for (
            message
        ) in asked:  # the pick made, the cart's checkout begins (`check_out_when_promised`)
            message[CHECKOUT_NEXT] = purchase_asked(message["text"], message["buttons"])
        return events
    for message in with_cart_buttons:
        message["buttons"] = []  # the checkout starts below
    return events + perform_action("action_checkout_cart", dispatcher, tracker, {}, session)


def _items(tracker: Tracker, session) -> int:
    return sum(item.quantity for item in cart_items(session, tracker.sender_id))
