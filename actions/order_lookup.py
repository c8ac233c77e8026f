"""Which placed order the shopper means, for every after-sales request (actions/after_sales.py,
actions/order_changes.py): the number and email in the message, else the order this conversation
is about, else the shopper's latest order (`order_in_question`). When it has to ask for the number
and email, the request that asked and what was given so far are kept (`waiting_for_details`), so
the shopper may give them in one message or in two. Only its owner, or someone who gives its number
and email, learns anything about an order (commerce.orders_after_sale). Here too: whether the shopper said the
order was someone else's purchase (a gift), or that they have no order number.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.money_back_replies import spoilt_item_return_note
from commerce.config import load_settings
from commerce.models import Order
from commerce.order_rules import OrderChange
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import Requester, find_order, latest_order
from shop_nlu.delivery_trouble import went_to_another_address
from shop_nlu.gift_orders import says_no_order_number, says_someone_else_bought_it
from shop_nlu.order_by_name import asks_to_find_order_by_name

ORDER_EMAIL = "order_email"  # the email the shopper proved an order with, for the next step
# While the bot waits for an order number and email: the action that asked, and what was given.
ORDER_ASKED_BY = "order_asked_by"
ORDER_NUMBER_GIVEN = "order_number_given"
ORDER_EMAIL_GIVEN = "order_email_given"


def _given_email(tracker: Tracker) -> str | None:
    """The email in this message, else one given earlier for this lookup or that proved an order."""
    earlier = tracker.get_slot(ORDER_EMAIL_GIVEN) or tracker.get_slot(ORDER_EMAIL)
    return (latest_entities(tracker).get("email") or [earlier])[-1]


def given_number(tracker: Tracker) -> str | None:
    """The order number in this message, else one given earlier for this lookup."""
    earlier = tracker.get_slot(ORDER_NUMBER_GIVEN)
    return (latest_entities(tracker).get("order_number") or [earlier])[-1]


def _shoppers_messages(tracker: Tracker) -> list[dict]:
    """The shopper's messages in this conversation, the latest one included."""
    said = [e for e in tracker.events_after_latest_restart() if e.get("event") == "user"]
    latest = tracker.latest_message or {}
    if not said or said[-1].get("text") != latest.get("text"):
        said.append({"text": latest.get("text"), "parse_data": latest})
    return said


def someone_else_bought_it(tracker: Tracker) -> bool:
    """Whether the shopper said the order was bought by someone else (a gift they received)."""
    return any(
        says_someone_else_bought_it(m.get("text") or "") for m in _shoppers_messages(tracker)[-10:]
    )


def said_they_have_no_order_number(tracker: Tracker) -> bool:
    """Whether the shopper already said they don't have the order number."""
    for message in _shoppers_messages(tracker)[-10:]:
        intent = ((message.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent == "no_order_number" or says_no_order_number(message.get("text") or ""):
            return True
    return False


def order_in_discussion(tracker: Tracker) -> bool:
    """Whether the conversation is about an order: one placed or found, or one being looked up
    (even one that could not be found), so "just cancel it then" means that order."""
    return bool(
        tracker.get_slot(LAST_ORDER)
        or tracker.get_slot(ORDER_ASKED_BY)
        or tracker.get_slot(ORDER_NUMBER_GIVEN)
    )


def requester_of(tracker: Tracker) -> Requester:
    return Requester(tracker.sender_id, _given_email(tracker))


# What the shopper asked for, when the order must be found first ("To cancel it, I need ...").
_REQUEST_WORDS = {OrderChange.CANCEL: "cancel it", OrderChange.RETURN: "return it",
                  OrderChange.CHANGE_ADDRESS: "change its address"}  # fmt: skip


def order_in_question(
    dispatcher, tracker: Tracker, session, change: OrderChange | None = None
) -> Order | None:
    """The order the shopper means, or None after saying how to name it (and, for a `change`,
    that the change waits for it: "cancel it then" after a failed lookup is not just ignored)."""
    number = given_number(tracker) or tracker.get_slot(LAST_ORDER)
    requester = requester_of(tracker)
    try:
        if number:
            return find_order(session, number, requester)
        order = latest_order(session, tracker.sender_id)
    except OrderNotFound:
        if requester.email and number:
            # Both given: asking for them again would loop, so say what to check and who helps.
            settings = load_settings()
            both = "_for_request" if change in _REQUEST_WORDS else ""
            dispatcher.utter_message(
                response=f"utter_order_not_found_both_given{both}",
                order_request=_REQUEST_WORDS.get(change, ""),
                order_number=number.upper(),
                email=requester.email,
                contact_email=settings.contact_email,
                contact_phone=settings.contact_phone,
                opening_hours=settings.opening_hours,
            )
        elif requester.email and change in _REQUEST_WORDS:
            # The same words whether the order is someone else's or does not exist.
            dispatcher.utter_message(
                response="utter_order_not_found_for_request", order_request=_REQUEST_WORDS[change]
            )
        elif requester.email:
            dispatcher.utter_message(response="utter_order_not_found")
        elif _bot_said(tracker, "utter_ask_order_email"):
            # Asked for the email once already: the number it has is said back (stranger test 48).
            dispatcher.utter_message(
                response="utter_ask_order_email_number_kept",
                order_number=number.upper(),
                purpose=_purpose(change),
                **_contacts(),
            )
        else:  # asking says nothing about whether the order exists
            dispatcher.utter_message(response="utter_ask_order_email")
        return None
    if order is None:
        ask_for_what_is_missing(dispatcher, tracker, requester.email, change)
    return order


def _bot_said(tracker: Tracker, response: str) -> bool:
    """Whether the bot said the domain response `response` earlier in this conversation (Rasa
    keeps its name with the bot's message)."""
    return any(
        event.get("event") == "bot"
        and (event.get("metadata") or {}).get("utter_action") == response
        for event in tracker.events_after_latest_restart()
    )


def _purpose(change: OrderChange | None) -> str:
    """ "to cancel it", "to change its address"; "to look it up" for a status question."""
    return f"to {_REQUEST_WORDS.get(change, 'look it up')}"


def _contacts() -> dict[str, str]:
    settings = load_settings()
    return {
        "contact_email": settings.contact_email,
        "contact_phone": settings.contact_phone,
        "opening_hours": settings.opening_hours,
    }


def tell_parcel_went_elsewhere(dispatcher, text: str) -> None:
    """ "Order HL-4TR8QM went to 41 instead of 14 Ocean Avenue": sorry, and who sorts out a parcel
    at the wrong door, said before the order is looked up (stranger test 55)."""
    if went_to_another_address(text):
        dispatcher.utter_message(response="utter_parcel_went_elsewhere", **_contacts())


def ask_for_what_is_missing(
    dispatcher, tracker: Tracker, email: str | None, change: OrderChange | None
) -> None:
    """Ask for the order number (and the email, if not given), never in the same words three
    times running: the email it has is said back, and after a second ask, who can help without
    them (stranger test 48: "I still need two things" three times while the shopper gave more).
    "I don't have the order number to hand" said with the request is taken as said (stranger
    test 94, B8): how the team finds the order without it, never "say you don't have it"."""
    # "it shrank in the wash, I'd like my money back": the return rule first (stranger 98).
    first_ask = change is OrderChange.RETURN and not email and not tracker.get_slot(ORDER_ASKED_BY)
    if first_ask and (note := spoilt_item_return_note(tracker.latest_message.get("text") or "")):
        dispatcher.utter_message(text=note)
    if says_no_order_number(tracker.latest_message.get("text") or ""):
        tell_how_found_without_number(dispatcher, tracker, WITHOUT_A_NUMBER.get(change, HELP))
    elif email:
        kept = "utter_ask_order_number_email_kept"
        again = "_again" if _bot_said(tracker, kept) else ""
        extra = _contacts() if again else {}
        dispatcher.utter_message(
            response=f"{kept}{again}", email=email, purpose=_purpose(change), **extra
        )
    elif _bot_said(tracker, "utter_ask_order_number_and_email_again"):
        dispatcher.utter_message(response="utter_ask_order_number_and_email_team", **_contacts())
    else:
        # Asked before and not given yet: the same request, but not the same words again.
        again = "_again" if tracker.get_slot(ORDER_ASKED_BY) else ""
        dispatcher.utter_message(response=f"utter_ask_order_number_and_email{again}")


def waiting_for_details(tracker: Tracker, asked_by: str) -> Events:
    """After `order_in_question` asked: which request waits, and what the shopper gave so far."""
    email = (latest_entities(tracker).get("email") or [tracker.get_slot(ORDER_EMAIL_GIVEN)])[-1]
    return [
        SlotSet(ORDER_ASKED_BY, asked_by),
        SlotSet(ORDER_NUMBER_GIVEN, given_number(tracker)),
        SlotSet(ORDER_EMAIL_GIVEN, email),
    ]


def remembered(tracker: Tracker, order: Order) -> Events:
    """Keep the order (and the email that proved it) for "it" and the next step."""
    return [
        SlotSet(LAST_ORDER, order.number),
        SlotSet(ORDER_EMAIL, _given_email(tracker)),
        SlotSet(ORDER_ASKED_BY, None),
        SlotSet(ORDER_NUMBER_GIVEN, None),
        SlotSet(ORDER_EMAIL_GIVEN, None),
    ]


# What the team does for a shopper without the order number, by the change asked for.
WITHOUT_A_NUMBER = {OrderChange.RETURN: "start your return", OrderChange.CANCEL: "cancel it",
                    OrderChange.CHANGE_ADDRESS: "change its address"}  # fmt: skip
HELP = "help you with it"


def tell_how_found_without_number(dispatcher, tracker: Tracker, order_request: str) -> None:
    """ "I don't have the order number on me": where to find it, and how the team finds the order
    without it (and then does `order_request`). It says nothing about which orders exist."""
    if asks_to_find_order_by_name(tracker.latest_message.get("text") or ""):
        dispatcher.utter_message(response="utter_no_lookup_by_name")  # "with my name?"
    dispatcher.utter_message(
        # "She bought it, not me": the recipient of a gift is not told of "your order".
        response="utter_no_order_number_gift"
        if someone_else_bought_it(tracker)
        else "utter_no_order_number",
        order_request=order_request,
        **_contacts(),
    )
