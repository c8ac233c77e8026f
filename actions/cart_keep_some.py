"""Some things taken out, the rest kept, before any order: "cancel just the clutch from my order and
keep the dress and the heels" (stranger test 75, docs/nlu/stranger-test-75.md, B10: heard as a
cancel of an order never placed, it dropped the heels she said to keep and said nothing of the
dress). What goes comes out of the cart, or is said not to be in it; everything else is kept: the
cart is shown, and a purchase still waiting for a choice is asked again, never dropped. Which words
say it: shop_nlu/partial_cancels.py. An order placed is left to the cancel flow."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import order_replies, sent_back_replies
from actions.adding import show_cart
from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import questions_waiting
from actions.waiting_purchases import ask_waiting_again
from commerce.cart import cart_items, set_cart_quantity
from commerce.products import product_details
from commerce.search import category_types
from shop_nlu.partial_cancels import cancels_some_keeps_rest
from shop_nlu.sent_back import kinds_sent_back


def of_kind(product_type: str | None, kinds: list[str]) -> bool:
    kind = (product_type or "").lower()
    return bool(kind) and any(kind in category_types(each) for each in kinds)


def answer_cancel_just_some(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Cancel just the clutch, keep the dress" with no order placed here: the kinds named taken
    out of the cart (or said not to be in it), the cart shown, and each purchase still waiting for
    a choice (not of a kind taken out) asked again. None (nothing said) for any other message, or
    once an order was placed in this chat."""
    message = tracker.latest_message
    said = cancels_some_keeps_rest(message.get("text") or "", message.get("entities") or [])
    if said is None or tracker.get_slot(LAST_ORDER):
        return None
    items = cart_items(session, tracker.sender_id)
    waiting = [handle for _, handles, _ in questions_waiting(tracker) for handle in handles]
    dropped = {
        handle: details.title
        for handle in waiting
        if (details := product_details(session, handle)) is not None
        and of_kind(details.product_type, said.goes)
    }
    if dropped and not items:
        return None  # only the boots waiting for a colour go: "they never went in", as before
    going = [item for item in items if of_kind(item.variant.product.product_type, said.goes)]
    done = []
    if kinds_sent_back(message.get("text") or "", message.get("entities") or []) is not None:
        done.append(sent_back_replies.nothing_ordered_text(cancels=True))  # "cancel", not "remove"
    if dropped:  # "cancel the jacket, keep the dress": the blazer waiting for a size (test 77)
        done.append(sent_back_replies.dropped_text(list(dropped.values())))
    for item in going:
        done.append(order_replies.cart_change_text(order_replies.variant_text(item), 0))
        set_cart_quantity(session, tracker.sender_id, item.variant_id, 0)
    missing = [k for k in said.goes if not any(of_kind(i.variant.product.product_type, [k])
                                               for i in going) and not dropped]  # fmt: skip
    if missing:
        done.append(order_replies.not_in_cart_text(missing))
    dispatcher.utter_message(text=" ".join(done))
    show_cart(dispatcher, cart_items(session, tracker.sender_id))
    # "keep the heels" still waiting for a colour: asked again; the blazer cancelled is not.
    ask_waiting_again(dispatcher, tracker, session, tuple(dropped))
    return []
