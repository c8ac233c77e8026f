"""Both halves of an after-sales message (stranger test 82, docs/nlu/stranger-test-82.md, worst
problem 6), tried before a status question or a return (`gives_way_to` of ActionOrderStatus and
ActionReturnOrder, actions/after_sales.py):

- "order HL-4TQ8WR, email ..., and it still hasn't turned up. Can you tell me where it is, and if
  it's lost can I have my money back instead?" (B#8): the order looked up (found or not), then the
  shop's answer for a refund of an order that never came (content/faq.yml `late_or_lost_orders`),
  the one a later "can i just get my money back" gets too.
- "also bought a white shirt off u last month collar 2 tight. can i swap for 16.5" (A#8) heard as
  a status question: how exchanges work, whether shirts come in 16.5, and the order asked for to
  exchange it (actions/exchange_requests.py), as a return asking the same gets.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import unplaced_purchases
from actions.arrival_before_ordering import answer_arrival_before_ordering
from actions.arrival_while_waiting import answer_arrival_while_choices_wait
from actions.base import Events, perform_action
from actions.conversation import latest_entities
from actions.earlier_than_this_chat import answer_earlier_order_than_todays
from actions.exchange_requests import ask_order_for_an_exchange
from actions.order_lookup import order_in_discussion
from actions.reach_a_person import TALK_TO_A_PERSON, person_reachable
from actions.service_topics import LATE_OR_LOST, refund_for_a_missing_order
from actions.size_swaps_of_orders import answer_size_swap_of_an_order
from actions.wrong_item_of_order import answer_wrong_item_of_named_order
from actions.wrong_item_swaps import look_up_with_the_email_given
from commerce.faq import faq_answer

_STATUS = "action_order_status"  # ActionOrderStatus's name (after_sales.py imports this module)


def answer_where_it_is_and_if_lost(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Where the order is, and what happens if it's lost, for a message that asks both ("where
    is it, and if it's lost can I have my money back?"): the order's status (or that it can't be
    found), then the late or lost orders answer. None (nothing said) for any other message, and
    for "can i just get my money back then" after a lookup, which the refund answer alone meets."""
    text = tracker.latest_message.get("text") or ""
    if not refund_for_a_missing_order(text, tracker):
        return None
    if not latest_entities(tracker).get("order_number") and order_in_discussion(tracker):
        return None
    events = perform_action(_STATUS, dispatcher, tracker, {}, session)
    buttons = [TALK_TO_A_PERSON] if person_reachable() else []
    dispatcher.utter_message(text=faq_answer(LATE_OR_LOST), buttons=buttons)
    return events


def answer_named_order_and_if_lost(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """`answer_where_it_is_and_if_lost` for a message heard as a return that names the order
    ("order HL-4TQ8WR ... if it's lost can I have my money back"); None without a number in it,
    when the refund answer alone meets it."""
    if not latest_entities(tracker).get("order_number"):
        return None
    return answer_where_it_is_and_if_lost(dispatcher, tracker, session)


# What "where is my order?" tries first: "will that all arrive?" while a choice waits, "will it b
# here by dec 19" with no order yet, both halves of a lost parcel and its refund, another size
# for something bought.
STATUS_GIVES_WAY_TO = (
    answer_arrival_while_choices_wait,
    answer_arrival_before_ordering,
    answer_wrong_item_of_named_order,  # "HL-7TQ4MB ... arrived in green, I'd ordered navy"
    answer_where_it_is_and_if_lost,
    ask_order_for_an_exchange,
)
# What "I want to return it" tries first: a parcel that never came, named with its refund; then,
# with nothing ordered yet, the purchase under way.
RETURN_GIVES_WAY_TO = (
    answer_earlier_order_than_todays,  # "the ones i got off u last month", one placed today (95)
    look_up_with_the_email_given,  # "... check where that order is? my email is ..." (test 91)
    answer_wrong_item_of_named_order,  # what came is wrong: never the lost parcel's refund
    answer_named_order_and_if_lost,
    *unplaced_purchases.SENT_BACK_BEFORE_ORDERING,
    answer_size_swap_of_an_order,  # "swap the boots in that order for a 10.5?" (96, B9)
)
