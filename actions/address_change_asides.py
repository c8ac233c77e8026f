"""Thanks, or a question about the order, while a new address waits for its yes: "Thank you so
much, you've been a lifesaver. Is it still going express to the new address?" after "Send order
HL-FTAQ9E to 7 Beacon Court ... instead of 31 Elm Street ...?" [Yes, change it] [No, keep it]
(stranger test 95, B10, worst problem 6; docs/nlu/stranger-test-95.md) got "not sure I
understood", and the change was left unconfirmed. Now the thanks is answered, the question too
(actions/method_of_order_asked.py), and the address question is asked again with its buttons
(actions/order_address.py), so a yes still saves it. Nothing is changed without that yes."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction

from actions.after_sales import NEW_ADDRESS, PENDING_ORDER_CHANGE
from actions.base import Events
from actions.method_of_order_asked import answer_method_of_order
from shop_nlu.thanks_words import thanks_in

# The action that asks "Send order ... to ... instead of ...?", with its buttons.
_ASK_AGAIN = "action_check_order_address"


def _address_waits(tracker: Tracker) -> bool:
    return tracker.get_slot(PENDING_ORDER_CHANGE) == "address" and bool(
        tracker.get_slot(NEW_ADDRESS)
    )


def answer_while_address_waits(dispatcher, tracker: Tracker, session) -> Events | None:
    """Thanks (said back) and "is it still going express?" (answered) while a new address waits
    for its yes, then the address question again; None when no address waits, or the message
    is neither."""
    if not _address_waits(tracker):
        return None
    thanked = thanks_in(tracker.latest_message.get("text") or "")
    if thanked:
        dispatcher.utter_message(response="utter_you_are_welcome_brief")
    if answer_method_of_order(dispatcher, tracker, session) is None and not thanked:
        return None
    return [FollowupAction(_ASK_AGAIN)]


def ask_address_again(dispatcher, tracker: Tracker, session) -> Events | None:
    """After "you're welcome" to thanks alone: the address question again instead of a rating,
    while a new address waits; None otherwise."""
    return [FollowupAction(_ASK_AGAIN)] if _address_waits(tracker) else None


# "Is it still going express?" with a new address waiting, or without: what the actions that hear
# it as a choice of shipping, a shipping question or unsure give way to.
METHOD_ASKED = (answer_while_address_waits, answer_method_of_order)
