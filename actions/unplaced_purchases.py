"""A purchase started in this chat and never placed, spoken of as "my order" ("cancel the order",
"change the colour on the order I have just made"; docs/nlu/stranger-test-63.md, problems 1 and 5):
nothing was ordered, so there is nothing to cancel (the purchase is dropped, or the checkout
stopped) and its colour can still be chosen. An order placed here, one named by its number or
one from before this chat ("the order from last week") is left to the order lookup
(actions/order_lookup.py). Listed in the `gives_way_to` of the cancel and the order-change actions.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, ActiveLoop, FollowupAction, SlotSet

from actions import cart_replies, replies, sent_back_replies
from actions.adding import show_cart
from actions.base import Events
from actions.cart_arrival import answer_cart_total_before_ordering
from actions.cart_keep_some import answer_cancel_just_some, of_kind
from actions.checkout_slots import (
    ADDRESS,
    CHECKOUT_FROM_CART,
    CHECKOUT_SLOTS,
    CHECKOUT_VARIANT,
    EMAIL,
    LAST_ORDER,
    NAME,
)
from actions.conversation import latest_entities, latest_intent, questions_waiting
from actions.order_lookup import given_number, order_in_discussion
from actions.waiting_purchases import ask_waiting_again
from commerce.cart import cart_items
from commerce.db import session_scope
from commerce.models import Variant
from commerce.orders_after_sale import latest_order
from commerce.products import product_details
from commerce.sizes import key_of_label
from shop_nlu.delivery_wishes import wants_it_quicker
from shop_nlu.earlier_orders import speaks_of_an_earlier_order
from shop_nlu.other_order_changes import asks_another_change
from shop_nlu.partial_cancels import cancels_some_keeps_rest
from shop_nlu.plans_called_off import calls_off_plans
from shop_nlu.return_followups import says_what_they_have_does_not_fit
from shop_nlu.sent_back import kinds_sent_back


def _no_order_meant(tracker: Tracker, session) -> bool:
    """Whether no placed order can be meant: none placed or found here, none named by number,
    none of this shopper's in the store, and no words of an order from before the chat (nor of
    one worn: "the blazer i got b4, its too tight", stranger test 87, A9)."""
    text = tracker.latest_message.get("text") or ""
    return not (
        tracker.get_slot(LAST_ORDER)
        or given_number(tracker)
        or speaks_of_an_earlier_order(text)
        or says_what_they_have_does_not_fit(text)
        or latest_order(session, tracker.sender_id) is not None
    )


def nothing_ordered_yet(dispatcher, tracker: Tracker, session) -> Events | None:
    """Any after-sales request ("where's my order", "return it, too short", "switch my order to
    express") with no order meant while this chat has a cart or a purchase waiting and no checkout
    open (stranger tests 78, A10, B9 and 79, A10): nothing has been ordered yet, what the cart
    holds, express chosen at checkout, and the way on: a Check out button, or the waiting question
    again. Tried after the answers of each request; None otherwise (the order lookup asks)."""
    if (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_VARIANT)
        or tracker.get_slot(CHECKOUT_FROM_CART)
        or order_in_discussion(tracker)  # one being looked up: "just cancel it then" means it
        or not _no_order_meant(tracker, session)
    ):
        return None
    items, waiting = cart_items(session, tracker.sender_id), questions_waiting(tracker)
    if not (items or waiting):
        return None  # nothing of this chat: an order from before it is meant
    titles = list(dict.fromkeys(item.variant.product.title for item in items))
    quicker = wants_it_quicker(tracker.latest_message.get("text") or "")
    dispatcher.utter_message(
        text=sent_back_replies.nothing_ordered_yet_text(titles, quicker, bool(waiting)),
        buttons=[] if waiting else [{"title": "Check out", "payload": "/checkout"}],
    )
    ask_waiting_again(dispatcher, tracker, session)
    return []


def _said_nothing_to_cancel(tracker: Tracker) -> bool:
    """Whether the bot already said in this chat that nothing was ordered to cancel or stopped."""
    for event in tracker.events_after_latest_restart():
        if event.get("event") != "bot":
            continue
        said = (event.get("metadata") or {}).get("utter_action") or ""
        if said.startswith("utter_checkout_stopped") or str(event.get("text") or "").startswith(
            cart_replies.NOTHING_ORDERED_TO_CANCEL
        ):
            return True
    return False


def answer_cancel_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Cancel my order" with no order meant while a purchase of this chat waits (or the checkout
    is open): nothing was ordered, nothing to cancel, and the purchase dropped (not asked again);
    said again in fewer words after that. None when an order may be meant."""
    if not _no_order_meant(tracker, session):
        return None
    if tracker.get_slot(CHECKOUT_VARIANT) or tracker.get_slot(CHECKOUT_FROM_CART):
        return [FollowupAction("action_stop_checkout")]  # at the review: "nothing was ordered"
    if (events := answer_cancel_just_some(dispatcher, tracker, session)) is not None:
        return events  # "cancel just the clutch, keep the dress and the heels" (test 75, B10)
    if waiting := questions_waiting(tracker):
        handles = [handles[0] for _, handles, _ in waiting if len(handles) == 1]
        titles = [d.title for h in handles if (d := product_details(session, h)) is not None]
        dispatcher.utter_message(text=cart_replies.nothing_ordered_to_cancel_text(titles))
        return []
    if _said_nothing_to_cancel(tracker):
        dispatcher.utter_message(text=cart_replies.still_nothing_ordered_text())
        return []
    return None


def answer_plans_called_off(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Actualy cancel that, court got moved" (a cancel that says why) with nothing in progress
    (stranger test 81, A10): a purchase waiting is dropped as for "cancel it"; an order that may
    be meant is the cancel flow's (it asks first); else nothing has been ordered or charged, with
    what the cart holds. None for any other message."""
    if not calls_off_plans(tracker.latest_message.get("text") or ""):
        return None
    if not _no_order_meant(tracker, session):
        return [FollowupAction("action_cancel_order")]
    if (events := answer_cancel_before_ordering(dispatcher, tracker, session)) is not None:
        return events
    if (events := nothing_ordered_yet(dispatcher, tracker, session)) is not None:
        return events
    dispatcher.utter_message(text=sent_back_replies.nothing_ordered_yet_text([], False, False))
    return []


def answer_total_asked_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "What's my total now, and would express get everything to me before the 19th?" heard as a
    change to an order while nothing was ordered (stranger test 93, B5): no change is asked, so
    the cart's total with that shipping and whether it comes by then (actions/cart_arrival.py),
    never "there's no order to change". None when a change is asked or an order may be meant."""
    text = tracker.latest_message.get("text") or ""
    if asks_another_change(text) or not _no_order_meant(tracker, session):
        return None
    return answer_cart_total_before_ordering(dispatcher, tracker, session)


def answer_change_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Change the colour on the order I just made" with no order meant while a purchase of this
    chat waits: nothing was ordered, so its colour is asked (a button per colour in stock), or,
    for another change, its question asked again. None when an order may be meant."""
    waiting = questions_waiting(tracker)
    if not waiting or not _no_order_meant(tracker, session):
        return None
    handles = waiting[-1][1]
    details = product_details(session, handles[0]) if len(handles) == 1 else None
    colours = [c for c in (details.stock_by_colour if details else {}) if c]
    text = (tracker.latest_message.get("text") or "").lower()
    wanted = next(iter(latest_entities(tracker).get("colour") or []), None)
    if details is None or len(colours) < 2 or not (wanted or "colo" in text):
        dispatcher.utter_message(text=cart_replies.nothing_ordered_to_change_text())
        ask_waiting_again(dispatcher, tracker, session)
        return []
    _ask_colour(dispatcher, details, None, colours, wanted)
    return []


def _ask_colour(dispatcher, details, size: str | None, colours: list[str], wanted) -> None:
    """That nothing was ordered, and "Which colour of the ...?" with a Buy button per colour."""
    dispatcher.utter_message(
        text=cart_replies.colour_before_ordering_text(details.title, colours, wanted)
    )
    dispatcher.utter_message(
        text=f"Which colour of the {details.title}?",
        buttons=[
            {"title": c, "payload": replies.buy_payload(details.handle, size, colour=c.lower())}
            for c in colours
        ],
    )


def leave_checkout_to_change_colour(dispatcher, tracker: Tracker) -> Events | None:
    """ "Change the colour on the order I have just made" typed when the checkout asked for a
    name, email or address (taken as it by the slot's mapping): nothing is ordered, so the checkout
    is left (as for a search, actions/checkout_details.py) and the product's colours in stock
    offered, each a Buy button in the size chosen. None for any other message."""
    text = (tracker.latest_message.get("text") or "").lower()
    wanted = next(iter(latest_entities(tracker).get("colour") or []), None)
    variant_id = tracker.get_slot(CHECKOUT_VARIANT)
    if (
        tracker.active_loop.get("name") != "checkout_form"
        or tracker.get_slot("requested_slot") not in (NAME, EMAIL, ADDRESS)
        or latest_intent(tracker) != "change_order"
        or not (wanted or "colo" in text)
        or not variant_id
    ):
        return None
    with session_scope() as session:
        variant = session.get(Variant, int(variant_id))
        details = product_details(session, variant.product.handle) if variant else None
        colours = [c for c in (details.stock_by_colour if details else {}) if c]
        if variant is None or details is None or len(colours) < 2:
            return None
        size = key_of_label(variant.size) if variant.size else None  # as the size buttons have it
        _ask_colour(dispatcher, details, size, colours, wanted)
    return [
        ActionExecutionRejected("checkout_form"),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        *(SlotSet(slot, None) for slot in CHECKOUT_SLOTS),
        FollowupAction("action_listen"),
    ]


def _tell_nothing_sent_back(dispatcher, tracker: Tracker, session, at_checkout: bool) -> bool:
    """ "Cancel the jacket from my order", "can i send the bag back?" with no order placed or
    meant, while this chat has a cart, a purchase waiting or a checkout open: nothing was ordered;
    a purchase of the kind named still waiting for a choice is dropped (it never went into the
    cart), one in the cart is offered to be taken out, and the kinds in neither are said not to be
    in the cart (stranger tests 76, B8 and 77, B10). Away from the checkout, the cart is shown and
    the other purchases asked again. False (nothing said) for any other message."""
    message = tracker.latest_message
    said = kinds_sent_back(message.get("text") or "", message.get("entities") or [])
    if said is None or not _no_order_meant(tracker, session):
        return False
    items = cart_items(session, tracker.sender_id)
    in_cart = [item for item in items if of_kind(item.variant.product.product_type, said.kinds)]
    waiting = [handles[0] for _, handles, _ in questions_waiting(tracker) if len(handles) == 1]
    dropped = {
        handle: details
        for handle in waiting
        if (details := product_details(session, handle)) is not None
        and of_kind(details.product_type, said.kinds)
    }
    if not (items or waiting or at_checkout):
        return False  # nothing of this chat: an order from before it is meant
    if said.cancels and not (said.says_order or in_cart or dropped):
        return False  # "cancel the black ones, navy instead": a search changed, not an order
    named = [item.variant.product.product_type for item in in_cart]
    named += [details.product_type for details in dropped.values()]
    missing = [kind for kind in said.kinds if not any(of_kind(t, [kind]) for t in named)]
    told = [sent_back_replies.nothing_ordered_text(said.cancels)]
    if dropped:
        told.append(sent_back_replies.dropped_text([d.title for d in dropped.values()]))
    if missing:
        told.append(sent_back_replies.not_in_cart_text(missing))
    if not said.cancels:
        told.append(sent_back_replies.earlier_order_note())
    dispatcher.utter_message(text=" ".join(told))
    for item in in_cart:
        title, handle = item.variant.product.title, item.variant.product.handle
        dispatcher.utter_message(
            text=sent_back_replies.in_cart_text(title),
            buttons=[sent_back_replies.take_out_button(title, handle)],
        )
    if not at_checkout:
        if items and not in_cart:
            show_cart(dispatcher, items)
        ask_waiting_again(dispatcher, tracker, session, tuple(dropped))
    return True


def answer_sent_back_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """`_tell_nothing_sent_back` as an answer the search and the return give way to; "cancel just
    the jacket, keep the dress" is the cart's (`answer_cancel_just_some`). None when it says
    nothing."""
    text, entities = (
        tracker.latest_message.get("text") or "",
        tracker.latest_message.get("entities"),
    )
    if kinds_sent_back(text, entities or []) is None:
        return None  # "remove the clutch, keep the heels" is the cart's (answer_take_out)
    if (
        cancels_some_keeps_rest(text, entities or [])
        and _no_order_meant(tracker, session)
        and (events := answer_cancel_just_some(dispatcher, tracker, session)) is not None
    ):
        return events
    return [] if _tell_nothing_sent_back(dispatcher, tracker, session, at_checkout=False) else None


def tell_nothing_sent_back_at_checkout(dispatcher, tracker: Tracker) -> bool:
    """ "Can I return the gift? Just the bag" typed when the checkout asked for a detail (taken as
    it by the slot's mapping): nothing is ordered, said so; the checkout is kept and asks again."""
    message = tracker.latest_message
    if (
        tracker.active_loop.get("name") != "checkout_form"
        or tracker.get_slot("requested_slot") not in (NAME, EMAIL, ADDRESS)
        or kinds_sent_back(message.get("text") or "", message.get("entities") or []) is None
    ):
        return False  # (read before the store is opened: this runs at every detail)
    with session_scope() as session:
        return _tell_nothing_sent_back(dispatcher, tracker, session, at_checkout=True)


# What a cancel and a return give way to before any order (actions/after_sales.py).
CANCEL_BEFORE_ORDERING = (answer_cancel_before_ordering, nothing_ordered_yet)
SENT_BACK_BEFORE_ORDERING = (answer_sent_back_before_ordering, nothing_ordered_yet)
