"""After-sales follow-ups that keep the context of the return before them (stranger test 44, Dev,
docs/nlu/stranger-test-44.md).

"swap for L?" right after "bought shirt. too small" is heard as a refinement of no search, and
got "What are you looking for?"; "return other thing too. jacket" after a first return is heard
as the returns question, and got only the policy. Each is answered here, listed in the
`gives_way_to` of the action the classifier picks (actions/base.py): the exchanges answer that
"Change it to M, not money back" gets (`exchange_answer`), and the return going on as the first
one did (`ActionReturnOrder`: the order asked for, or the return offered). The readings of the
words: shop_nlu/return_followups.py; of an exchange: `asks_for_an_exchange`.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.after_sales import PENDING_ORDER_CHANGE, ActionReturnOrder, asks_for_an_exchange
from actions.base import Events
from actions.conversation import purchase_question_to_repeat
from actions.eu_dress_sizes import exchange_dress_size_note
from actions.exchange_requests import is_exchange_note
from actions.order_lookup import ORDER_ASKED_BY
from actions.partial_returns import asks_to_send_back
from actions.service_topics import DAMAGED_REPLACEMENT, exchange_answer
from actions.swap_size_stock import answer_swap_size_stock
from commerce.faq import faq_answer
from shop_nlu.return_followups import (
    asks_for_another_size,
    asks_how_long,
    asks_only_how_long,
    asks_to_exchange_if_it_does_not_fit,
    exchanges_what_they_have,
    says_what_they_have_does_not_fit,
    speaks_of_one_more,
)

# What the message before may have been heard as when it spoke of an item to send back.
_RETURN_TALK = frozenset({"return_order", "ask_return_policy", "complaint", "no_order_number"})
_RETURN = ActionReturnOrder().name()
# ... and when it spoke of an order ("also last week i order sneaker, still not come").
_ORDER_TALK = _RETURN_TALK | {"order_status", "change_order", "cancel_order"}
_SEARCHING = frozenset({"search_products", "refine_search", "select_product", "check_availability"})


def _earlier_messages(tracker: Tracker) -> list[dict]:
    """The shopper's messages before the latest one, newest first."""
    said = [
        event for event in tracker.events_after_latest_restart() if event.get("event") == "user"
    ]
    return said[-2::-1]


def _intent(message: dict) -> str:
    return ((message.get("parse_data") or {}).get("intent") or {}).get("name") or ""


def _return_under_way(tracker: Tracker) -> bool:
    """Whether a return waits for its order's details or for a yes."""
    return (
        tracker.get_slot(ORDER_ASKED_BY) == _RETURN
        or tracker.get_slot(PENDING_ORDER_CHANGE) == "return"
    )


def _order_spoken_of(tracker: Tracker) -> bool:
    """Whether one of the shopper's last two messages before this one spoke of an order (the
    email for it may lie between), with no search since ("change to 10" of a search refines it)."""
    for message in _earlier_messages(tracker)[:2]:
        if _intent(message) in _ORDER_TALK:
            return True
        if _intent(message) in _SEARCHING:
            return False
    return False


def answer_swap_after_a_misfit(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The exchanges answer to "swap for L?" right after the shopper said what they have doesn't
    fit, or asked to return it, or spoke of an order ("chang to 44 possible?" after the sneakers
    ordered, stranger test 46), and to a what-if whatever came before ("if too small can i chang
    to 43"); None (nothing said) otherwise ("swap it for a 10?" of a search)."""
    text = tracker.latest_message.get("text") or ""
    if asks_to_exchange_if_it_does_not_fit(text):
        dispatcher.utter_message(**exchange_answer(tracker))
        # "can change to size 6 if too small?" while the shirt waits for its size (stranger
        # test 54): the shirt's question again, once, as under any other service answer.
        if asked := purchase_question_to_repeat(tracker):
            dispatcher.utter_message(text=asked[0], buttons=asked[1])
        return []
    if exchanges_what_they_have(text):
        # "bought shoes last week too big, can i chang to 44" (stranger test 61): the purchase
        # before is exchanged (its order asked for), never a search, a checkout open or not.
        return ActionReturnOrder().perform(dispatcher, tracker, {}, session)
    if not (asks_for_an_exchange(text) or asks_for_another_size(text)):
        return None
    before = next(iter(_earlier_messages(tracker)), None)
    if not (
        _return_under_way(tracker)
        or _order_spoken_of(tracker)
        or (
            before is not None
            and (
                _intent(before) in _RETURN_TALK
                or says_what_they_have_does_not_fit(before.get("text") or "")
            )
        )
    ):
        return None
    dispatcher.utter_message(**exchange_answer(tracker))
    # "a 14 instead of the 12, UK sizes I mean" of a dress: that size in the shop's sizes.
    if note := exchange_dress_size_note(tracker, session):
        dispatcher.utter_message(text=note)
    return []


def answer_another_return(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """One more return asked for ("return other thing too. jacket") after a first one: that
    return goes on as the first did; None when the message asks no such thing or no return was
    asked for before (the returns answer then)."""
    text = tracker.latest_message.get("text") or ""
    if not (asks_to_send_back(text) and speaks_of_one_more(text)):
        return None
    if not _return_under_way(tracker) and not any(
        _intent(message) == "return_order" for message in _earlier_messages(tracker)
    ):
        return None
    return ActionReturnOrder().perform(dispatcher, tracker, {}, session)


def answer_return_followup(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """`answer_swap_after_a_misfit`, else `answer_another_return`: for a message heard as a
    service question ("if no fit i can exchange?" heard as the returns question); how long an
    exchange takes is the service's own answer."""
    if asks_how_long(tracker.latest_message.get("text") or ""):
        return answer_another_return(dispatcher, tracker, session)
    # "if shoes 2 tight can i swap for 10", the shoes in the cart: with the stock of the 10.
    for answer in (answer_swap_size_stock, answer_swap_after_a_misfit, answer_another_return):
        if (events := answer(dispatcher, tracker, session)) is not None:
            return events
    return None


def how_long_after_an_exchange(tracker: Tracker) -> bool:
    """Whether the message asks only how long ("ok how long it take") right after the bot
    answered an exchange (its exchanges or replacement answer, or asked for the order to exchange
    it, stranger test 45): how long the exchange takes, not the delivery times."""
    if not asks_only_how_long(tracker.latest_message.get("text") or ""):
        return False
    answers = (faq_answer("exchanges"), faq_answer(DAMAGED_REPLACEMENT))
    users_seen = 0  # the bot's replies lie between the latest message and the one before
    for event in reversed(tracker.events_after_latest_restart()):
        users_seen += event.get("event") == "user"
        said = (event.get("text") or "") if event.get("event") == "bot" else ""
        if users_seen > 1:
            return False
        if is_exchange_note(said) or any(answer in said for answer in answers):
            return True
    return False
