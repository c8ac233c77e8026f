"""An exchange asked for with the order not known yet (stranger test 45, Mehmet,
docs/nlu/stranger-test-45.md): "i order last week shirt M, too small. can change L?" asks for the
order's number and email, as any return does, but says what for: "To exchange your shirt for L,
I need to find your order first." Used by `ActionReturnOrder` (actions/after_sales.py); the
readings of the words are in shop_nlu/return_followups.py, the wording in actions/order_replies.py.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.order_lookup import (
    ORDER_ASKED_BY,
    given_number,
    order_in_question,
    waiting_for_details,
)
from actions.order_replies import EXCHANGE_NOTE_START, exchange_waiting_note
from actions.reference_replies import one_of_kind
from commerce.order_rules import OrderChange
from commerce.orders_after_sale import latest_order
from shop_nlu.message_readings import says_it_does_not_fit
from shop_nlu.return_followups import (
    asks_to_exchange_if_it_does_not_fit,
    exchanges_what_they_have,
    size_wanted,
)

_RETURN = "action_return_order"  # ActionReturnOrder's name, as ORDER_ASKED_BY keeps it


def exchange_note_while_no_order_is_known(tracker: Tracker, session: Session) -> str | None:
    """The note for a request to exchange something that doesn't fit ("too small. can change
    L?") while no order is known (none in this conversation, none placed by this shopper), or
    its number is given with it ("... swap it for a smaller size? Order HL-4TR7MN": looked up,
    its email asked for, stranger test 80); None otherwise: a what-if ("if too small can i
    change?"), or an order to hand."""
    text = tracker.latest_message.get("text") or ""
    if not says_it_does_not_fit(text) or asks_to_exchange_if_it_does_not_fit(text):
        return None
    if not given_number(tracker) and (
        tracker.get_slot(LAST_ORDER) or latest_order(session, tracker.sender_id) is not None
    ):
        return None
    kinds = latest_entities(tracker).get("category") or []
    return exchange_waiting_note(one_of_kind(kinds[0]) if kinds else None, size_wanted(text))


def exchange_waiting_for_the_order(tracker: Tracker) -> str | None:
    """The size a return waiting for its order's details was asked for ("L", or "another size"
    when none was named) when the bot said it needed the order to exchange it; None when the
    return waits for no exchange."""
    if tracker.get_slot(ORDER_ASKED_BY) != _RETURN:
        return None
    noted = False
    for event in reversed(tracker.events_after_latest_restart()):
        said = event.get("text") or ""
        if event.get("event") == "bot" and said.startswith(EXCHANGE_NOTE_START):
            noted = True
        elif event.get("event") == "user" and noted:
            return size_wanted(said) or "another size"
    return None


def ask_order_for_an_exchange(dispatcher, tracker: Tracker, session: Session) -> Events | None:
    """ "my last order the sandal is too big, can change 6.5?" heard as a change to an order
    (stranger test 53, Linh): with no order known, the order is asked for to exchange it, and
    the return waits for it as `ActionReturnOrder` does; None for any other message."""
    text = tracker.latest_message.get("text") or ""
    if not exchanges_what_they_have(text):
        return None
    note = exchange_note_while_no_order_is_known(tracker, session)
    if not note:
        return None
    dispatcher.utter_message(text=note)
    order_in_question(dispatcher, tracker, session, OrderChange.RETURN)
    return waiting_for_details(tracker, _RETURN)
