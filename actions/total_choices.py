"""A total that waits for choices: "whats the total for the suit + shirt + tie" with the suit
picked, and several shirts and ties shown, none picked. What is decided is priced from the store,
and each piece not decided yet is asked about (which shirt, which tie) by name with a button each,
rather than only the first of them, or a total of what the shopper never picked (stranger test 23,
docs/nlu/stranger-test-23.md)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import replies
from actions.base import Events
from actions.cart_replies import total_waits_for_choices_text
from actions.conversation import which_one_buttons
from actions.reference_replies import one_of_kind, which_of_kind_text
from commerce.products import product_details


def ask_each_choice(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    pieces: list[tuple[str, list[str]]],
) -> Events:
    """`pieces` are (the kind named, the products it may be) in the order said: those of one
    product priced, then for each of several the question which, with a button each."""
    decided = [
        (details.title, replies.price_text(details.price_from, details.price_to))
        for _, handles in pieces
        if len(handles) == 1 and (details := product_details(session, handles[0])) is not None
    ]
    open_pieces = [(kind, handles) for kind, handles in pieces if len(handles) > 1]
    kinds = [one_of_kind(kind) for kind, _ in open_pieces]
    dispatcher.utter_message(text=total_waits_for_choices_text(decided, kinds))
    for kind, handles in open_pieces:
        buttons = which_one_buttons(tracker, session, handles)
        titles = [button["title"] for button in buttons]
        dispatcher.utter_message(text=which_of_kind_text(kind, titles), buttons=buttons)
    return []
