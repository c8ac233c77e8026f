"""The wrong item, said with the order's number (stranger test 89, docs/nlu/stranger-test-89.md,
B7): "order HL-7TQ4MB under sarah.okafor@example.com ... it arrived in green when I'd definitely
ordered the navy one. I'd much rather exchange it" is the shop's mistake, not a change of mind:
the order looked up with the number and email given (found or honestly not), then the shop's
answer for a wrong item (content/faq.yml `damaged_or_wrong_items`: an apology, the free return,
a replacement), with "Start a return" when the order is found. Tried before a return or a status
question (actions/after_sales_halves.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.reach_a_person import TALK_TO_A_PERSON, person_reachable
from actions.service_topics import ITEM_PROBLEM, START_A_RETURN
from commerce.faq import faq_answer
from shop_nlu.item_problems import complains_of_what_arrived

_STATUS = "action_order_status"  # ActionOrderStatus's name (after_sales.py imports this module)


def answer_wrong_item_of_named_order(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The order looked up, then the wrong-item answer; None when the message names no order
    or says nothing came that wasn't what was ordered."""
    text = tracker.latest_message.get("text") or ""
    if not latest_entities(tracker).get("order_number"):
        return None
    if not complains_of_what_arrived(text, wrong_item_only=True):
        return None
    events = perform_action(_STATUS, dispatcher, tracker, {}, session)
    found = any(e.get("name") == LAST_ORDER and e.get("value") for e in events)
    buttons = [START_A_RETURN] if found else []
    buttons += [TALK_TO_A_PERSON] if person_reachable() else []
    dispatcher.utter_message(text=faq_answer(ITEM_PROBLEM), buttons=buttons)
    return events
