"""An exchange asked for with the order not known yet (stranger test 45, Mehmet,
docs/nlu/stranger-test-45.md): "i order last week shirt M, too small. can change L?" asks for the
order's number and email, as any return does, but says what for: "To exchange your shirt for L,
I need to find your order first." Used by `ActionReturnOrder` (actions/after_sales.py); the
readings of the words are in shop_nlu/return_followups.py, the wording in actions/order_replies.py.
Before it, how exchanges work and whether the kind comes in the size asked (stranger test 82, A#8:
"also bought a white shirt off u last month collar 2 tight. can i swap for 16.5"; the reading in
shop_nlu/bought_size_swaps.py, the wording in actions/size_exchange_replies.py).
"""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.kind_bought import kind_bought
from actions.order_lookup import (
    ORDER_ASKED_BY,
    given_number,
    order_in_question,
    waiting_for_details,
)
from actions.order_replies import EXCHANGE_NOTE_START, exchange_waiting_note
from actions.reference_replies import one_of_kind
from actions.size_exchange_replies import how_exchanges_work, size_made_text
from commerce.order_rules import OrderChange
from commerce.orders_after_sale import latest_order
from commerce.search import ProductQuery, available_sizes, find_products
from commerce.sizes import size_query_key
from shop_nlu.bought_size_swaps import asks_to_exchange_what_they_bought, size_asked_in_exchange
from shop_nlu.message_readings import says_it_does_not_fit
from shop_nlu.return_followups import asks_to_exchange_if_it_does_not_fit

_RETURN = "action_return_order"  # ActionReturnOrder's name, as ORDER_ASKED_BY keeps it


def exchange_note_while_no_order_is_known(
    tracker: Tracker, session: Session, earlier: bool = False
) -> str | None:
    """The note for a request to exchange something that doesn't fit ("too small. can change
    L?") or something bought for a size ("bought a white shirt ... can i swap for 16.5") while no
    order is known (none in this conversation, none placed by this shopper), or its number is
    given with it ("... swap it for a smaller size? Order HL-4TR7MN": looked up, its email asked
    for, stranger test 80); None otherwise: a what-if ("if too small can i change?"), or an order
    to hand, unless the goods are `earlier` than it (stranger test 95, A10). How exchanges work
    and whether the kind comes in the size come first (test 82)."""
    text = tracker.latest_message.get("text") or ""
    if asks_to_exchange_if_it_does_not_fit(text) or not (
        says_it_does_not_fit(text) or asks_to_exchange_what_they_bought(text)
    ):
        return None
    if (
        not earlier
        and not given_number(tracker)
        and (tracker.get_slot(LAST_ORDER) or latest_order(session, tracker.sender_id) is not None)
    ):
        return None
    kind = kind_bought(tracker)  # "I bought a pair of boots": the boots, not what is on screen
    size = size_asked_in_exchange(text)
    note = exchange_waiting_note(one_of_kind(kind) if kind else None, size)
    made = _size_made_note(session, kind, size) if kind and size else None
    return "\n".join(filter(None, (how_exchanges_work(), made, note)))


def _size_made_note(session: Session, kind: str, size: str) -> str | None:
    """Whether the kind comes in the size asked ("16.5" of shirts), said only of a size named
    (not "a bigger size") and a kind the shop sells; None otherwise."""
    key = size_query_key(size)
    if key is None:
        return None
    query = ProductQuery(category=kind)
    if find_products(session, query.updated(size=key), limit=1, in_stock_only=False).total:
        return size_made_text(query, key, None)
    sizes = available_sizes(session, query, in_stock_only=False)
    return size_made_text(query, key, sizes) if sizes else None


def is_exchange_note(said: str) -> bool:
    """Whether a bot message holds the note that an exchange waits for its order ("To exchange
    your shirt for L, I need to find your order first."), on a line of its own."""
    return any(line.startswith(EXCHANGE_NOTE_START) for line in said.split("\n"))


def exchange_waiting_for_the_order(tracker: Tracker) -> str | None:
    """The size a return waiting for its order's details was asked for ("L", or "another size"
    when none was named) when the bot said it needed the order to exchange it; None when the
    return waits for no exchange."""
    if tracker.get_slot(ORDER_ASKED_BY) != _RETURN:
        return None
    noted = False
    for event in reversed(tracker.events_after_latest_restart()):
        said = event.get("text") or ""
        if event.get("event") == "bot" and is_exchange_note(said):
            noted = True
        elif event.get("event") == "user" and noted:
            return size_asked_in_exchange(said) or "another size"
    return None


def ask_order_for_an_exchange(dispatcher, tracker: Tracker, session: Session) -> Events | None:
    """ "my last order the sandal is too big, can change 6.5?" heard as a change to an order
    (stranger test 53, Linh): with no order known, the order is asked for to exchange it, and
    the return waits for it as `ActionReturnOrder` does; None for any other message."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_exchange_what_they_bought(text):
        return None
    note = exchange_note_while_no_order_is_known(tracker, session)
    if not note:
        return None
    dispatcher.utter_message(text=note)
    order_in_question(dispatcher, tracker, session, OrderChange.RETURN)
    return waiting_for_details(tracker, _RETURN)
