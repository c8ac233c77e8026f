"""A way past a purchase still waiting for its choice (docs/nlu/stranger-test-77.md, B6-B8: the
dress in the cart, the blazer waiting for a size she could not read, and "still waiting for a
size" three times word for word): a checkout held for it offers to check out without it or to
drop it (`way_out_buttons`); "drop the blazer" drops it (`drop_waiting_purchase`); and the pick
asked again turn after turn offers that way out and the team (`offer_way_out_when_stuck`)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions import sent_back_replies
from actions.adding import show_cart
from actions.base import Events
from actions.conversation import latest_entities, questions_waiting
from actions.reach_a_person import (
    TALK_TO_A_PERSON,
    contact_details,
    offer_text,
    person_reachable,
    when_a_person_answers,
)
from actions.variant_waiting_replies import CHECKOUT_HELD, stuck_text, way_out_buttons
from actions.waiting_purchases import ask_waiting_again, waits_for
from commerce.cart import cart_items
from commerce.config import load_settings
from commerce.products import product_details

# The bot's words that ask a waiting purchase again (actions/cart_replies.py, `waiting_again_text`)
# or hold a checkout for it.
_ASKED_AGAIN = re.compile(r"\bstill waiting for\b|^" + re.escape(CHECKOUT_HELD), re.IGNORECASE)
# How many answers in a row that asked the pick again make the shopper stuck.
_STUCK_AFTER = 2


def _waiting_titles(tracker: Tracker, session) -> dict[str, str]:
    """The products waiting for a choice, one product a question, not in the cart: handle -> title."""
    in_cart = {item.variant.product.handle for item in cart_items(session, tracker.sender_id)}
    titles = {}
    for _, handles, _ in questions_waiting(tracker):
        one = handles[0] if len(handles) == 1 and handles[0] not in in_cart else None
        if one and (details := product_details(session, one)) is not None:
            titles[one] = details.title
    return titles


def drop_waiting_purchase(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Drop the blazer", "forget the henley" while the blazer waits for its size and the cart
    has something, but no blazer: dropped (it never went into the cart), the cart shown with its Check out, and
    the other purchases waiting asked again. None when no waiting purchase is named."""
    titles = _waiting_titles(tracker, session)
    items = cart_items(session, tracker.sender_id)
    if not titles or not items:
        return None  # an empty cart: "nothing to take out" (actions/nothing_to_remove.py)
    text = (tracker.latest_message.get("text") or "").lower()
    handles = set(latest_entities(tracker).get("product_handle") or [])
    named = {}
    for handle, title in titles.items():
        details = product_details(session, handle)
        kind = (details.product_type or "").lower() if details else ""
        words = [w for w in title.lower().split() if w != kind][:1]  # "Henley", not "velvet"
        by_name = handle in handles or any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)
        # "drop the blazer": the waiting blazer, unless a blazer is in the cart too.
        singular = re.sub(r"(?<=[sx]h|ss)es$|s$", "", kind)  # "blazers", "dresses", "boots"
        by_kind = bool(kind and re.search(rf"\b{re.escape(singular)}(?:e?s)?\b", text)) and not any(
            (item.variant.product.product_type or "").lower() == kind for item in items
        )
        if by_name or by_kind:
            named[handle] = title
    if not named:
        return None
    dispatcher.utter_message(text=sent_back_replies.dropped_text(list(named.values())))
    show_cart(dispatcher, items)
    ask_waiting_again(dispatcher, tracker, session, tuple(named))
    return []


def _asked_again_in_a_row(tracker: Tracker) -> int:
    """How many of the bot's answers just before the latest message asked a waiting pick again."""
    count, answer = 0, []
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            answer.append(str(event.get("text") or ""))
        elif event.get("event") == "user":
            if answer:
                if not any(_ASKED_AGAIN.search(text) for text in answer):
                    break
                count += 1
            answer = []
    return count


def offer_way_out_when_stuck(dispatcher, tracker: Tracker, session) -> None:
    """After the pick was asked again in the last answers too (her name, then her email, then her
    address, the blazer still waiting): the way past it and the team, once the pick is asked
    again this time as well."""
    titles = _waiting_titles(tracker, session)
    if not titles or _asked_again_in_a_row(tracker) != _STUCK_AFTER:  # said once, not each time
        return
    choice = next((waits_for(q) for q, handles, _ in questions_waiting(tracker)
                   if handles[0] in titles), "")  # fmt: skip
    in_cart = bool(cart_items(session, tracker.sender_id))
    buttons = way_out_buttons(titles, check_out=in_cart)
    if person_reachable():
        team = offer_text(when_a_person_answers())
        buttons.append(TALK_TO_A_PERSON)
    else:
        team = f"Our team can help with it too: {contact_details(load_settings())}."
    dispatcher.utter_message(
        text=stuck_text(list(titles.values()), choice, in_cart, team), buttons=buttons
    )
