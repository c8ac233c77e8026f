"""What a return says before its order is asked for (stranger test 87, A9,
docs/nlu/stranger-test-87.md): "wanna return the blazer i got b4, its too tight" right after "wheres
my order from last wk" got only the order-number prompt again, which read as if the return had not
been heard. A return of something that doesn't fit now says it back: sorry, return it for a refund
or exchange it for a bigger size (smaller for "too big"), the shop's returns line with its window,
then the order asked for. An exchange asked for keeps its own note (actions/exchange_requests.py).
Read by `ActionReturnOrder` (actions/after_sales.py), which puts the note before its question."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.exchange_requests import exchange_note_while_no_order_is_known
from actions.kind_bought import kind_bought
from actions.order_lookup import someone_else_bought_it
from actions.reference_replies import one_of_kind
from actions.size_exchange_replies import misfit_return_text
from shop_nlu.fit_complaints import TIGHT, fit_complaint
from shop_nlu.message_readings import received_a_gift_that_does_not_fit, says_it_does_not_fit
from shop_nlu.return_followups import asks_to_exchange_if_it_does_not_fit


def note_while_no_order_is_known(
    tracker: Tracker, session: Session, wants_another: bool, earlier: bool = False
) -> str | None:
    """The note said before a return's order is asked for: for an exchange (`wants_another`),
    `exchange_note_while_no_order_is_known`; for a return of something that doesn't fit, the
    return said back with the exchange as the other way and the returns window; None otherwise
    (nothing said of the fit, a what-if, a gift someone else bought). Only said when the order
    has to be asked for: one found is offered for return at once (or is not the one meant: the
    goods are `earlier` than it)."""
    if wants_another:
        return exchange_note_while_no_order_is_known(tracker, session, earlier)
    text = tracker.latest_message.get("text") or ""
    if (
        not says_it_does_not_fit(text)
        or asks_to_exchange_if_it_does_not_fit(text)
        or received_a_gift_that_does_not_fit(text)
        or someone_else_bought_it(tracker)
    ):
        return None
    kind = kind_bought(tracker)
    way = fit_complaint(text)
    return misfit_return_text(
        one_of_kind(kind) if kind else None, None if way is None else way == TIGHT
    )
