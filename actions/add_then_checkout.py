"""Adding and checking out in one message: "Wonderful, then please put the belt and the tie in my
cart and let's check out" (stranger test 74, docs/nlu/stranger-test-74.md, B5, heard as a
search), "add the first clutch to my cart and let's check out, will it get here before New Year's
Eve?" (stranger test 75, docs/nlu/stranger-test-75.md, B5). What can be added is added, as an add
alone would add it (ActionAddToCart); with nothing left to choose, the checkout begins; with a
choice open (the tie's colour), that it comes once the choice is made, kept with the question
(`CHECKOUT_NEXT`), and begun when it is (`check_out_when_promised`); a day asked about answered.
Which words check out too: shop_nlu/checkout_too.py."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events, perform_action, shop_action_named
from actions.checkout_slots import CHECKOUT_KEY, ordering_time
from actions.conversation import (
    QUESTIONS_NEXT,
    ShownResults,
    current_query,
    day_meant,
    latest_entities,
    purchase_asked,
    questions_waiting,
)
from actions.delivery_replies import needed_by_note
from actions.reference_replies import nothing_of_kind_text, one_of_kind
from actions.search_replies import kind_buttons
from actions.variant_waiting_replies import checkout_after_pick_text, no_checkout_yet_text
from actions.waiting_purchases import waits_for
from commerce.cart import cart_items
from commerce.products import product_details
from commerce.search.query import category_types
from shop_nlu.adding_words import asks_to_add
from shop_nlu.arrival_questions import asks_when_it_would_arrive
from shop_nlu.checkout_too import checks_out_too

# Kept with the purchase question asked when the message also checked out: its products.
CHECKOUT_NEXT = "checkout_next"


def answer_add_and_check_out(dispatcher, tracker: Tracker, session) -> Events | None:
    """The add, then the checkout begun, or said to follow the choice still open; None for a
    message that doesn't both add and check out, or during a form or a checkout."""
    text = tracker.latest_message.get("text") or ""
    if (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)
        or text.startswith("/")
        or not (asks_to_add(text) and checks_out_too(text))
    ):
        return None
    start = len(dispatcher.messages)
    adder = shop_action_named("action_add_to_cart")
    events = None
    for answer in adder.gives_way_to:
        if answer is answer_add_and_check_out:
            continue
        if (events := answer(dispatcher, tracker, session)) is not None:
            break
    if events is None:
        events = adder.perform(dispatcher, tracker, {}, session)
    in_cart = {item.variant.product.handle for item in cart_items(session, tracker.sender_id)}
    notes = [*_kinds_not_shown(tracker, session, dispatcher.messages[start:], in_cart)]
    notes += _arrival(tracker)
    # The arrival said by the add too ("add the first one, will it come by the 10th?"): once.
    noted = {note["text"] for note in notes}
    dispatcher.messages[start:] = [
        m for m in dispatcher.messages[start:] if m.get("text") not in noted
    ]
    said = dispatcher.messages[start:]
    asked = [m for m in said if purchase_asked(m.get("text") or "", m.get("buttons") or [])]
    # Said before the question, which stays the bot's last word with buttons for a typed answer.
    at = dispatcher.messages.index(asked[0]) if asked else len(dispatcher.messages)
    if not asked and in_cart and not _waiting(tracker, in_cart):
        _say_at(dispatcher, at, notes)
        return events + perform_action("action_checkout_cart", dispatcher, tracker, {}, session)
    questions = {tuple(purchase_asked(m["text"], m["buttons"])): m["text"] for m in asked}
    # The dress still waiting for its colour from before: asked after the heel's.
    later = [q for q in _waiting(tracker, in_cart) if tuple(q[1]) not in questions]
    for question, handles, _ in later:
        questions[tuple(handles)] = question
    picks = [_pick(session, question, list(handles)) for handles, question in questions.items()]
    if not picks:
        _say_at(dispatcher, at, notes)
        return events
    note = checkout_after_pick_text(picks) if in_cart else no_checkout_yet_text(picks)
    _say_at(dispatcher, at, [*notes, {"text": note}])
    put_off = [{"text": question, "buttons": buttons} for question, _, buttons in later]
    if not asked:
        (question, handles, buttons), put_off = later[0], put_off[1:]
        dispatcher.utter_message(text=question, buttons=buttons)
        asked = [dispatcher.messages[-1]]
    if put_off:
        asked[-1][QUESTIONS_NEXT] = [*(asked[-1].get(QUESTIONS_NEXT) or []), *put_off]
    for message in asked:
        message[CHECKOUT_NEXT] = purchase_asked(message["text"], message["buttons"])
    return events


def _say_at(dispatcher, at: int, notes: list[dict]) -> None:
    """Each note (text, buttons) said at position `at` of the answer, in order."""
    for offset, note in enumerate(notes):
        dispatcher.utter_message(**note)
        dispatcher.messages.insert(at + offset, dispatcher.messages.pop())


def _kinds_not_shown(tracker: Tracker, session, said: list[dict], in_cart: set[str]) -> list[dict]:
    """ "Add the first clutch" with no clutch shown yet (stranger test 75, B5), and nothing said
    of it by the add: that none was added, with a button that shows them."""
    handles = set(ShownResults.from_tracker(tracker).handles) | in_cart
    handles |= {h for _, each, _ in questions_waiting(tracker) for h in each}
    types = {d.product_type.lower() for h in handles if (d := product_details(session, h))}
    words = " ".join(m.get("text") or "" for m in said).lower()
    gender = current_query(tracker).gender
    return [
        {"text": nothing_of_kind_text(kind), "buttons": kind_buttons([kind], gender)}
        for kind in dict.fromkeys(latest_entities(tracker).get("category") or [])
        if not category_types(kind) & types and one_of_kind(kind) not in words
    ]


def _waiting(tracker: Tracker, in_cart: set[str]) -> list[tuple[str, list[str], list[dict]]]:
    return [q for q in questions_waiting(tracker) if not in_cart & set(q[1])]


def _pick(session, question: str, handles: list[str]) -> str:
    """ "the colour of the Silk Grenadine Tie", "which tie"."""
    choice = waits_for(question)
    details = product_details(session, handles[0]) if handles else None
    if choice and details is not None and len(handles) == 1:
        return f"the {choice} of the {details.title}"
    kind = details.product_type.lower().rstrip("s") if details is not None else "one"
    return f"which {kind}"


def _arrival(tracker: Tracker) -> list[dict]:
    """ "... will it get here before New Year's Eve?": whether it would, ordered today."""
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    if asks_when_it_would_arrive(text, today) and (needed := day_meant(tracker, text, today)):
        return [{"text": needed_by_note(needed, today)}]
    return []


def check_out_when_promised(dispatcher, tracker: Tracker, session) -> Events:
    """After the choice a checkout was promised to follow (the tie's colour tapped): the
    checkout begun, once nothing else is asked or waits; [] otherwise."""
    handles = set(str(h) for h in latest_entities(tracker).get("product_handle") or [])
    if not handles or not _promised(tracker) & handles or tracker.get_slot(CHECKOUT_KEY):
        return []
    said = dispatcher.messages
    asked = [m for m in said if purchase_asked(m.get("text") or "", m.get("buttons") or [])]
    for message in asked:  # the dress's colour asked next: the checkout follows it instead
        message[CHECKOUT_NEXT] = purchase_asked(message["text"], message["buttons"])
    if asked:
        return []
    in_cart = {item.variant.product.handle for item in cart_items(session, tracker.sender_id)}
    if not handles & in_cart or _waiting(tracker, in_cart):
        return []
    for message in said:  # "Added ...": its Check out button is this checkout
        message["buttons"] = []
    return perform_action("action_checkout_cart", dispatcher, tracker, {}, session)


def _promised(tracker: Tracker) -> set[str]:
    """The products a checkout was said to follow the choice of, in the bot's answer to the
    shopper's previous message (or asked again since)."""
    seen_latest = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_latest:
                return set()
            seen_latest = True
        elif event.get("event") == "bot":
            promised = (event.get("metadata") or {}).get(CHECKOUT_NEXT)
            if isinstance(promised, list):
                return set(promised)
    return set()
