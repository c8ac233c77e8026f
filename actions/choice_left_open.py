"""A purchase left waiting for its colour or size while the shopper talks of something else
(docs/nlu/stranger-test-91.md, B3-B4, worst problem 1): "please add it to my cart" asked "Which
colour of the Orebro Canvas Tote?" [Navy] [Beige], the next message was no colour, and the question
was dropped without a word, so the shopper thought the tote was in the cart. Now whichever answer
is given ends, once, with "The Orebro Canvas Tote isn't in your cart yet: which colour, Navy or
Beige?" and the buttons it was asked with. What waits is read as a total reads it
(`questions_waiting`, as actions/waiting_purchases.py's "Not in your cart yet")."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import purchase_asked, questions_waiting
from actions.purchase_choice import waits_for
from actions.variant_waiting_replies import choice_still_open_text
from commerce.cart import cart_items
from commerce.products import product_details
from shop_nlu.dropping_words import drops_something


def remind_choice_left_open(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> None:
    """After the answer in `dispatcher`: each purchase of one product still waiting for a colour
    or size (not in the cart, not asked or listed as waiting in this answer) asked again, with its
    buttons, unless it was already reminded of; nothing said otherwise."""
    text = tracker.latest_message.get("text") or ""
    # A tap goes on with what it was tapped in; "cancel it" or "forget the tote" drops it.
    if tracker.active_loop.get("name") or text.startswith("/") or drops_something(text):
        return
    # One question at a time (stranger test 73): an answer that asks a choice asks no other.
    if any(_asks_a_purchase(message) for message in dispatcher.messages):
        return
    waiting = [
        (question, handles[0], buttons)
        for question, handles, buttons in questions_waiting(tracker)
        if len(handles) == 1 and waits_for(question)
    ]
    if not waiting:
        return
    in_cart = {item.variant.product.handle for item in cart_items(session, tracker.sender_id)}
    said_before = {
        str(event.get("text") or "")
        for event in tracker.events or []
        if event.get("event") == "bot"
    }
    for question, handle, buttons in waiting:
        details = product_details(session, handle)
        if (
            handle in in_cart
            or details is None
            or _in_this_answer(dispatcher, handle, details.title)
        ):
            continue
        options = [str(button.get("title") or "") for button in buttons if button.get("title")]
        reminder = choice_still_open_text(details.title, waits_for(question), options)
        if reminder not in said_before:  # once, not forever
            dispatcher.utter_message(text=reminder, buttons=buttons)


def _asks_a_purchase(message: dict) -> bool:
    return bool(purchase_asked(str(message.get("text") or ""), list(message.get("buttons") or [])))


def _in_this_answer(dispatcher: CollectingDispatcher, handle: str, title: str) -> bool:
    """Whether this turn's answer already asks the purchase again or lists it as waiting."""
    for message in dispatcher.messages:
        text = str(message.get("text") or "")
        if handle in purchase_asked(text, list(message.get("buttons") or [])):
            return True
        if title in text and ("waiting for" in text or "cart yet" in text):
            return True
    return False
