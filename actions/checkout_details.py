"""The checkout form's answers: each detail (name, email, address) checked on its own, and a
search typed instead of one ("my brother needs a tie for a funeral", asked for the name) taken as
the search it is, the checkout left with nothing ordered."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from sqlalchemy.exc import SQLAlchemyError

from actions import order_replies
from actions.base import Events, shop_action_named
from actions.checkout_arrival import tell_arrival_at_a_detail
from actions.checkout_slots import ADDRESS, CHECKOUT_SLOTS, CHECKOUT_VARIANT, EMAIL, NAME
from actions.checkout_told import details_told_now
from actions.conversation import said_entities
from actions.unplaced_purchases import (
    leave_checkout_to_change_colour,
    tell_nothing_sent_back_at_checkout,
)
from commerce.config import load_settings
from commerce.db import session_scope
from commerce.models import Variant
from commerce.orders import (
    address_problem,
    detail_said,
    email_problem,
    email_said,
    name_problem,
)
from commerce.shipping import country_not_shipped_to
from shop_nlu.delivery_wishes import only_asks_to_place_order
from shop_nlu.message_readings import asks_for_products_instead
from shop_nlu.postal_addresses import address_given, kind_added_with_it
from shop_nlu.return_followups import exchanges_what_they_have
from shop_nlu.several_details import name_and_email_given
from shop_nlu.thanks_words import only_pleasantries, thanks_in

logger = logging.getLogger(__name__)

CHECKOUT_FORM = "checkout_form"
DETAILS = (NAME, EMAIL, ADDRESS)


class ValidateCheckoutForm(FormValidationAction):
    """Checks each answer on its own, so a shopper corrects just the one that was wrong."""

    def name(self) -> str:
        return "validate_checkout_form"

    async def run(self, dispatcher, tracker: Tracker, domain) -> Events:
        if tell_nothing_sent_back_at_checkout(dispatcher, tracker):
            # "Can I return the gift? Just the bag" at the address: nothing is ordered, said so,
            # and the checkout asks again (stranger test 76, B8), never a search for bags.
            return [SlotSet(tracker.get_slot("requested_slot"), None)]
        if _search_typed_for_a_detail(tracker):
            return _leave_for_the_search(dispatcher, tracker, domain)
        if (left := leave_checkout_to_change_colour(dispatcher, tracker)) is not None:
            return left  # "change the colour on the order I just made" (stranger test 63)
        if tell_arrival_at_a_detail(dispatcher, tracker):
            # "when will it come?" asked for a detail: answered, never kept as it (stranger test 65)
            return [SlotSet(tracker.get_slot("requested_slot"), None)]
        return await super().run(dispatcher, tracker, domain)

    def _check(self, slot: str, value: Any, problem, dispatcher) -> dict[str, Any]:
        said = str(value or "")
        if only_pleasantries(said):
            # "Great, thank you so much!" is never the name on the parcel: the order is not placed
            # yet, and the form asks for the detail again (stranger test 47, problem 1).
            waiting = (
                "utter_checkout_thanks_noted" if thanks_in(said) else "utter_checkout_still_waiting"
            )
            dispatcher.utter_message(response=waiting)
            return {slot: None}
        text = email_said(said) if slot == EMAIL else detail_said(said)
        if (found := problem(text)) is not None:
            dispatcher.utter_message(text=f"Hmm, that doesn't look like {found}. Try again?")
            return {slot: None}
        return {slot: text}

    def validate_customer_name(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        # "My name is Maria Gomez, my email is ... and please send it to 27 Elm Street, 10001 New
        # York": the address of the same message kept too, so the review comes next (test 76, B6).
        told = details_told_now(tracker) if tracker is not None else {}
        address = {ADDRESS: told[ADDRESS]} if ADDRESS in told else {}
        if (both := name_and_email_given(str(value or ""))) is not None:
            # "send it to me: Margaret Ellison, 4 Orchard Close, ..., my email is ...": the name
            # and the email kept (stranger test 63, B6).
            email = self._check(EMAIL, both[1], email_problem, dispatcher)
            return {NAME: both[0], **email, **(address if email.get(EMAIL) else {})}
        if NAME in told and len(told) == len(DETAILS):
            return told
        return self._check(NAME, value, name_problem, dispatcher)

    def validate_customer_email(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._check(EMAIL, value, email_problem, dispatcher)

    def extract_customer_address(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """An address typed at the address question is the address, whatever the classifier heard
        ("88 Maple Avenue, 60614 Chicago" as "where are you located?", which the slot's mapping
        leaves to the rules; stranger test 62, problem 1)."""
        if (
            tracker.active_loop.get("name") != CHECKOUT_FORM
            or tracker.get_slot("requested_slot") != ADDRESS
            or tracker.get_slot(ADDRESS) is not None
        ):
            return {}
        address = address_given(tracker.latest_message.get("text") or "")
        return {ADDRESS: address} if address is not None else {}

    def validate_customer_address(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if only_asks_to_place_order(str(value or "")):
            # "Yes, please place the order." asked for the address: still needed, asked again
            # (stranger test 63, B7), never refused as a malformed address.
            dispatcher.utter_message(response="utter_address_needed_to_place")
            return {ADDRESS: None}
        # "send it to my sister's instead? It's 17 Birch Road, 53703 Madison. And add the flats":
        # the address of the message, and the flats answered, the checkout kept (problem 2).
        address = address_given(str(value or ""))
        if tracker is not None and details_told_now(tracker).get(ADDRESS) == value:
            address = value  # kept from the message that began it, "Room 214 Hall B" and all
        if address is not None and tracker is not None:
            text = tracker.latest_message.get("text") or ""
            if kind := kind_added_with_it(text, said_entities(tracker)):
                reply = order_replies.add_on_at_checkout_text(_title_bought(tracker), kind)
                dispatcher.utter_message(text=reply)
        # "10115 Berlin" where the shop ships only to the US: said, and asked again (stranger 71).
        ships_to = load_settings().ships_to
        if abroad := country_not_shipped_to(str(address or value or ""), ships_to):
            dispatcher.utter_message(
                response="utter_not_shipped_there", ships_to=ships_to, place=abroad
            )
            return {ADDRESS: None}
        return self._check(ADDRESS, address or value, address_problem, dispatcher)


def _search_typed_for_a_detail(tracker: Tracker) -> bool:
    """Whether the message the form asked a detail for (taken as it by the slot's mapping) asks
    for a kind of product instead, or to exchange something bought before (stranger test 61).
    Never when the form is only starting: the message that began it ("buy the savile oxford in a
    size 9") names a kind too."""
    asked = tracker.get_slot("requested_slot")
    text = tracker.latest_message.get("text") or ""
    return (
        tracker.active_loop.get("name") == CHECKOUT_FORM
        and asked in DETAILS
        and asked in tracker.slots_to_validate()
        # "ship to 17 Birch Road, 53703 Madison and add the flats": the address (stranger test 62)
        and not (asked == ADDRESS and address_given(text))
        and (
            asks_for_products_instead(text, said_entities(tracker))
            # "the ones i got are too tight, can i swop for a 9?": an exchange, never a name.
            or exchanges_what_they_have(text)
        )
    )


def _leave_for_the_search(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
) -> Events:
    """The checkout left (nothing ordered, nothing typed kept), a way back to it, then the search.

    Handed to Rasa as the form rejecting the message: the form asks nothing more and no rule takes
    the form as finished. The search runs here, on the conversation as it is once the checkout is
    left, and the bot then listens: run as a follow-up action, the search was followed by the
    policies' fallback, whose rewind undid the leaving, and the form came back next turn
    (docs/nlu/stranger-test-53.md, problem 6)."""
    dispatcher.utter_message(text=order_replies.checkout_left_text(_title_bought(tracker)))
    left = [
        ActionExecutionRejected(CHECKOUT_FORM),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        *(SlotSet(slot, None) for slot in CHECKOUT_SLOTS),
    ]
    after = tracker.copy()
    after.active_loop = {}
    after.slots.update({"requested_slot": None, **dict.fromkeys(CHECKOUT_SLOTS)})
    searched = shop_action_named("action_search_products").run(dispatcher, after, domain)
    if not any(event.get("event") == "followup" for event in searched):
        searched = [*searched, FollowupAction("action_listen")]
    return [*left, *searched]


def _title_bought(tracker: Tracker) -> str | None:
    """The product of a one-product checkout ("buy the savile in 9"); None for the cart's, or when
    the store can't say."""
    variant_id = tracker.get_slot(CHECKOUT_VARIANT)
    if variant_id is None:
        return None
    try:
        with session_scope() as session:
            variant = session.get(Variant, int(variant_id))
            return variant.product.title if variant is not None else None
    except SQLAlchemyError:
        logger.exception("The product being bought could not be read")
        return None
