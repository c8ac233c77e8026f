"""Everyday service questions (shipping, returns, payment, account, complaints, ...).

The answers live in content/faq.yml, which the shop owner edits (commerce/faq.py reads it); this
action only picks the topic the shopper's intent asks about. It never changes the search, the
product in focus or anything in the store: a service question in the middle of a search leaves the
search as it was. Which topic a question's intent and words ask about: actions/service_topics.py.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from rasa_sdk.executor import CollectingDispatcher

from actions.after_sales import ActionOrderStatus, answer_refund_for_a_missing_order
from actions.alerts import answer_restock_question, asks_when_restocked
from actions.arrival_buttons import tell_needed_by
from actions.asked_with_arrival import BESIDE_ARRIVAL
from actions.base import Events, ShopAction
from actions.both_values import answer_for_both
from actions.cart_arrival import answer_total_with_shipping
from actions.cart_swaps import answer_swap_or_add_back
from actions.checkout_slots import LAST_ORDER
from actions.conversation import (
    CURRENT_PRODUCT,
    day_meant,
    latest_intent,
    points_at_a_product,
    products_asked_about,
    purchase_question_to_repeat,
    refers_to_focus,
)
from actions.day_at_review import answer_arrival_at_review, answer_day_at_review
from actions.delivery_replies import (
    fastest_text,
    new_order_for_comparison_text,
)
from actions.gift_options import answer_gift_options_again
from actions.gift_without_number import tell_gift_without_number
from actions.order_lookup import ORDER_NUMBER_GIVEN
from actions.placed_order_answers import answer_about_the_order_placed
from actions.privacy import answer_what_is_kept
from actions.product_questions import ActionAnswerProductQuestion
from actions.product_replies import garment_fit_text
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from actions.return_followups import answer_return_followup, how_long_after_an_exchange
from actions.returns_asked import answer_return_from_abroad, answer_return_of_a_misfit
from actions.service_asides import AFTER_A_SERVICE_ANSWER
from actions.service_topics import (
    DAMAGED_REPLACEMENT,
    INTENT_TOPICS,
    ITEM_PROBLEM,
    LATE_OR_LOST,
    MORE_ABOUT_RETURNS,
    RETURNS_IN_SHORT,
    START_A_RETURN,
    about_an_item_problem,
    narrow_topic,
    returns_topics,
    speaks_of_an_item_problem,
    tell_exchange_time,
)
from actions.service_unknowns import answer_alterations, answer_ordering_another_way
from actions.shared_answers import (
    answer_private_suggestions,
    answer_size_conversion,
    answer_size_range,
)
from actions.shipping_method_asked import SHIPPING_FIGURES
from actions.size_advice import answer_letter_size_in_view, answer_size_from_body
from actions.size_for_list import answer_size_for_list
from actions.uk_shoe_sizes import answer_uk_shoe_size
from actions.waiting_purchases import answer_delivery_before_the_choice
from actions.where_it_goes import where_it_goes_notes
from actions.widths_on_screen import answer_width_of_those_shown
from commerce.config import load_settings
from commerce.faq import faq_answer, team_hours_on
from commerce.product_facts import garment_fit_fact
from commerce.shipping import (
    destination_not_shipped_to,
    names_a_destination,
    names_the_destination,
)
from shop_nlu.dates import leaves_on, wants_it_soonest, weekday_named
from shop_nlu.return_followups import asks_how_long
from shop_nlu.typos import with_key_words_corrected

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MY_ORDER = re.compile(r"\bmy (?:order|parcel|package|stuff|things|shoes|purchase)\b")
# "does it run small?", "are these true to size?", "how do they fit": the product in focus.
_SPEAKS_OF_IT_FITTING = re.compile(
    r"\b(?:it|its|it's|they|them|these|those|this|this one|that one)\b.*\b(?:run|runs|fit|fits|"
    r"true to size|come up|comes up|size up|size down)\b|\b(?:run|runs|fit|fits|come up|comes up)\b"
    r".*\b(?:it|they|them|these|those|this one|that one)\b"
)
# "does the first one run big or small?", "how does the whitehall fit": how one product fits.
_ASKS_HOW_IT_FITS = re.compile(
    r"\b(?:run|runs|running|fit|fits|fitting)\b|\btrue to size\b|\bsize (?:up|down)\b"
    r"|\bcomes? up (?:big|small|large)\b"
)

# "If I order now", "a new order": a delivery question about an order not placed yet.
_SPEAKS_OF_A_NEW_ORDER = re.compile(
    r"\b(?:if i (?:order|buy)|(?:order|buy) (?:it |them |one )?(?:now|today)|new order|order again)\b"
)


def answer_item_problem(dispatcher, tracker) -> bool:
    """ "The box was crushed", "they sent brown, I ordered black": what the shop does (the FAQ's
    answer) and a button to start the return here; the second time in a conversation only a short
    apology and the way forward. False (nothing said) when the message is no such complaint."""
    if not speaks_of_an_item_problem(tracker.latest_message.get("text") or ""):
        return False
    buttons = [START_A_RETURN] + ([TALK_TO_A_PERSON] if person_reachable() else [])
    answer = faq_answer(ITEM_PROBLEM)
    answered = any(
        event.get("event") == "bot" and answer in (event.get("text") or "")
        for event in tracker.events_after_latest_restart()
    )
    if answered:
        dispatcher.utter_message(response="utter_item_problem_again", buttons=buttons)
    else:
        dispatcher.utter_message(text=answer, buttons=buttons)
    return True


# What the classifier may have been unsure between for a complaint about what arrived, or for
# how long an exchange takes; only then does an unsure message get those answers (`ActionClarify`).
_AFTER_SALES_MEANINGS = frozenset(
    {"complaint", "return_order", "order_status", "ask_return_policy", "request_human"}
)
_DELIVERY_MEANINGS = frozenset(
    {"ask_return_policy", "return_order", "ask_delivery_time", "ask_shipping"}
)


def _likely(tracker, meanings: frozenset[str]) -> bool:
    """Whether one of `meanings` is among the classifier's three likeliest for this message."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    return any(candidate.get("name") in meanings for candidate in ranking[:3])


def answer_item_problem_when_unsure(dispatcher, tracker, session) -> Events | None:
    """ "I ordered M and come L" that the classifier was unsure of (a complaint? where is my
    order?): the wrong-item answer all the same; None when the message is no such complaint."""
    if not _likely(tracker, _AFTER_SALES_MEANINGS):
        return None
    return [] if answer_item_problem(dispatcher, tracker) else None


# "How long does an exchange take?", "how long until i get the replacement": the time, not the policy.
_AN_EXCHANGE = re.compile(
    r"\b(?:exchang\w*|swap\w*|replacement|new (?:one|size|pair)|change (?:the |it |a |my )?size)\b"
)
# "how long exchnage" (stranger test 44): the words an exchange is asked by, as they are mistyped.
_EXCHANGE_WORDS = ("exchange", "replacement")


def asks_how_long_an_exchange_takes(text: str) -> bool:
    """Whether `text` asks how long an exchange takes ("how long exchnage" too)."""
    text = with_key_words_corrected(text, _EXCHANGE_WORDS)
    return bool(asks_how_long(text) and _AN_EXCHANGE.search(text))


def answer_exchange_time(dispatcher, tracker, session=None) -> Events | None:
    """ "How long does an exchange take?": the new one goes out once the return is on its way,
    then takes the shipping's business days, so the days it arrives if posted today; None when
    the message asks something else."""
    text = tracker.latest_message.get("text") or ""  # "ok how long it take" after one too
    if not (asks_how_long_an_exchange_takes(text) or how_long_after_an_exchange(tracker)):
        return None
    # "How long to get the new one?" after a damaged or wrong item: its replacement, whose return
    # the button starts.
    replacement = about_an_item_problem(tracker)
    tell_exchange_time(dispatcher, replacement=replacement, offer_return=replacement)
    return []


def answer_exchange_time_when_unsure(dispatcher, tracker, session) -> Events | None:
    """The same, for a message the classifier was unsure of (a policy or a delivery question)."""
    if not _likely(tracker, _DELIVERY_MEANINGS):
        return None
    return answer_exchange_time(dispatcher, tracker, session)


def _told_how_without_a_number(tracker) -> bool:
    """Whether the bot already said how a gift is exchanged without its order number."""
    return any(
        event.get("event") == "bot" and "buyer's order confirmation" in (event.get("text") or "")
        for event in tracker.events_after_latest_restart()
    )


class ActionAnswerServiceQuestion(ShopAction):
    """Answers a service question from the shop's FAQ (topics for a person say how to reach one)."""

    gives_way_to = (
        answer_private_suggestions,  # "recommend stuff only if nothing gets stored": what it keeps
        answer_what_is_kept,  # "do you keep my address on file?" heard as the account FAQ
        *SHIPPING_FIGURES,  # "how much w express", "is standard free?": of the cart or one in view
        answer_arrival_at_review,  # "how long till i get it" at the review: its date, not placed
        *BESIDE_ARRIVAL,  # "total and will it arrive by july 3rd", "which is cheaper? by the 12th?"
        answer_total_with_shipping,  # "how much all in incl delivery", nothing in the cart yet
        answer_delivery_before_the_choice,  # "switch it to express, send it to 400 Euclid Ave"
        answer_size_from_body,  # "He's 5 foot 8 and skinny, what size?": sizes from the guide
        answer_width_of_those_shown,  # "any of these come in wide fit??": from the catalog
        answer_for_both,  # "does that one come in both?" after an 8 and an 8.5
        answer_letter_size_in_view,  # "size m" with a shirt sold in collar sizes in view
        answer_uk_shoe_size,  # "womens 7.5 uk?": women's shoes in the US size it is
        answer_size_conversion,
        answer_size_for_list,  # "size 44 eu" under a list: the list in that size
        answer_swap_or_add_back,  # "swap it for the other one" heard as the exchanges question
        answer_ordering_another_way,  # "can i order over the phone": from the shop's settings
        answer_alterations,  # "do you do alterations?": not in our policies, so the team
        answer_about_the_order_placed,  # "can i return it?" right after ordering: that order's
        answer_return_followup,  # "return other thing too. jacket", "if no fit i can exchange?"
        answer_return_from_abroad,  # "can I send them back from Sweden?": not known here
        answer_return_of_a_misfit,  # "too tight, can return?": yes, or another size
    )
    after_answer = AFTER_A_SERVICE_ANSWER  # "... will it arrive by friday?", someone to call

    def name(self) -> str:
        return "action_answer_service_question"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        events = self._answer(dispatcher, tracker, domain, session)
        # "Charged twice?" with "Which colour ...?" open: answered, then it again (not "which one")
        if asked := purchase_question_to_repeat(tracker):
            dispatcher.utter_message(text=asked[0], buttons=asked[1])
        return events

    def _answer(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        intent = latest_intent(tracker)
        # "How long does an exchange take?": computed from the shipping times, before the policy.
        if intent in _DELIVERY_MEANINGS and answer_exchange_time(dispatcher, tracker) is not None:
            return []
        # "When will it get here?" right after an order is about that order, not delivery times.
        text = tracker.latest_message.get("text") or ""
        if (
            intent == "ask_delivery_time"
            and tracker.get_slot(LAST_ORDER)
            and not tracker.active_loop.get("name")
            and (refers_to_focus(text) or MY_ORDER.search(text.lower()))
        ):
            return ActionOrderStatus().perform(dispatcher, tracker, domain, session)
        # "It will arrive before thursday?" of an order looked up, not found: its dates unknown.
        if (
            intent in ("ask_delivery_time", "ask_shipping")
            and not tracker.get_slot(LAST_ORDER)
            and tracker.get_slot(ORDER_NUMBER_GIVEN)
            and not _SPEAKS_OF_A_NEW_ORDER.search(text.lower())
            and not narrow_topic(intent, text)  # "when they answer?" is about the team
            and not names_a_destination(text)  # "do you even ship to ireland": not that order
        ):
            settings = load_settings()
            dispatcher.utter_message(
                response="utter_order_arrival_unknown",
                order_number=tracker.get_slot(ORDER_NUMBER_GIVEN).upper(),
                contact_email=settings.contact_email,
                contact_phone=settings.contact_phone,
                opening_hours=settings.opening_hours,
            )
            today = datetime.now(timezone.utc).date()
            if needed := day_meant(tracker, text, today):
                dispatcher.utter_message(text=new_order_for_comparison_text(needed, today))
            return []
        # "Does it (the first one, the whitehall) run big or small?": how that one fits, in its
        # own catalog words ("true to size"), before the general size guide; "r they true to size"
        if intent == "ask_size_guide" and (
            (tracker.get_slot(CURRENT_PRODUCT) and _SPEAKS_OF_IT_FITTING.search(text.lower()))
            or (points_at_a_product(tracker) and _ASKS_HOW_IT_FITS.search(text.lower()))
            or (_ASKS_HOW_IT_FITS.search(text.lower()) and products_asked_about(tracker, session))
        ):
            return ActionAnswerProductQuestion().perform(dispatcher, tracker, domain, session)
        # "Will the sleeves on the 42 long be long enough?": that garment (with none in focus, the
        # narrow topic "garment_fit" below), never the shoe chart.
        if narrow_topic(intent or "", text) == "garment_fit":
            handle = tracker.get_slot(CURRENT_PRODUCT)
            if handle and (fact := garment_fit_fact(session, handle)):
                contact = contact_details(load_settings())
                dispatcher.utter_message(text=garment_fit_text(fact, contact))
                return []
            if points_at_a_product(tracker):
                return ActionAnswerProductQuestion().perform(dispatcher, tracker, domain, session)
        # "Whats the biggest suit size you carry?": the biggest in stock of that kind.
        if intent == "ask_size_guide" and (
            (answered := answer_size_range(dispatcher, tracker, session)) is not None
        ):
            return answered
        # "How long does restock usually take?" is not about shipping: the store has no dates.
        if intent in ("ask_delivery_time", "ask_shipping") and asks_when_restocked(text):
            handle = tracker.get_slot(CURRENT_PRODUCT)
            return answer_restock_question(dispatcher, tracker, session, handle)
        # "The box was crushed": what the shop does about it (the hand-over asks this first).
        if intent == "complaint" and answer_item_problem(dispatcher, tracker):
            return []
        # "How long does shipping take to canada?": the shop doesn't ship there, said first.
        # "Must I pay customs when it comes to Austria?": the customs answer says where we ship.
        settings = load_settings()
        asks_shipping = intent in ("ask_delivery_time", "ask_shipping")
        if asks_shipping and narrow_topic(intent, text) != "customs_duties":
            if place := destination_not_shipped_to(text, settings.ships_to):
                dispatcher.utter_message(
                    response="utter_not_shipped_there", ships_to=settings.ships_to, place=place
                )
                return []
            # "Do you send also to Austria? How long it takes?" where we do: yes, then the times.
            if names_the_destination(text, settings.ships_to):
                dispatcher.utter_message(response="utter_shipped_there", ships_to=settings.ships_to)
        if topic := narrow_topic(intent or "", text):
            # "Are you open on sundays?": that day first, then the team's hours and the bot's.
            if topic == "team_hours" and (weekday := weekday_named(text)) is not None:
                self._hours_on(dispatcher, weekday, settings.opening_hours)
            dispatcher.utter_message(text=faq_answer(topic))
            return []
        # "Will it get here by saturday?": each shipping method's days against that day.
        if intent in ("ask_delivery_time", "ask_shipping"):
            today = datetime.now(timezone.utc).date()
            if needed := day_meant(tracker, text, today):
                # "Flying out dec 4th": the day they leave, so the order is needed the day before.
                leaving = leaves_on(text, needed, today)
                tell_needed_by(dispatcher, tracker, session, needed, today, leaving)
                # "I fly to London": delivered at home; "ship it to his house": their address.
                for note in where_it_goes_notes(text, settings.ships_to):
                    dispatcher.utter_message(text=note)
                # At the order review: "if not switch to express", and the review again.
                at_review = answer_day_at_review(
                    dispatcher, tracker, domain, session, needed, leaving is not None, today
                )
                return at_review or []
            # "I need it asap": no day, but the fastest way and when it gets there.
            if wants_it_soonest(text):
                dispatcher.utter_message(text=fastest_text(today))
                return []
        # "The note should say ...", "is it free?": not the same long answer a second time.
        if intent == "ask_gift_options" and answer_gift_options_again(dispatcher, tracker):
            return []
        topic = INTENT_TOPICS.get(intent or "")
        if topic is None:
            # Only a rule that sends another intent here gets this far; ShopAction apologises.
            raise LookupError(f"no FAQ topic for intent {intent!r}")
        topics = returns_topics(text, tracker) if topic == "return_policy" else (topic,)
        if topics == (LATE_OR_LOST,):
            # "Can I get a refund?" for an order that never came: no return (as heard as one).
            return answer_refund_for_a_missing_order(dispatcher, tracker, person_reachable())
        buttons = []
        if topics == RETURNS_IN_SHORT:
            buttons = [MORE_ABOUT_RETURNS]
        if topics == (DAMAGED_REPLACEMENT,):
            buttons = [START_A_RETURN]
        dispatcher.utter_message(
            text="\n".join(faq_answer(part) for part in topics), buttons=buttons
        )
        if "exchanges" in topics and not _told_how_without_a_number(tracker):
            # A gift's recipient seldom has the order number: the way forward without it, once.
            tell_gift_without_number(dispatcher, tracker, "help you exchange or return it")
        return []

    @staticmethod
    def _hours_on(dispatcher: CollectingDispatcher, weekday: int, opening_hours: str) -> None:
        """ "Are you open on sundays?": that day's hours, from the opening hours setting."""
        hours = team_hours_on(weekday, opening_hours)
        day = WEEKDAY_NAMES[weekday]
        if hours is None:
            dispatcher.utter_message(response="utter_team_hours_unknown_day", day=day)
        elif hours:
            dispatcher.utter_message(response="utter_team_works_on_day", day=day, hours=hours)
        else:
            dispatcher.utter_message(response="utter_team_off_on_day", day=day)
