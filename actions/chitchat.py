"""Small talk that needs the shop's own details (the rest are plain responses in the domain)."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.base import Events, ShopAction
from actions.cart_replies import details_before_the_choice_text
from actions.cold_weather import answer_cold_weather_needs
from actions.conversation import purchase_question_to_repeat, questions_waiting
from actions.details_while_waiting import keep_details_while_waiting
from actions.details_without_checkout import answer_details_without_checkout
from actions.reach_a_person import (
    TALK_TO_A_PERSON,
    contact_details,
    contact_details_given,
    offer_text,
    person_reachable,
    when_a_person_answers,
)
from actions.waiting_purchases import ask_waiting_again
from actions.what_fits_inside import answer_what_fits_inside
from commerce.config import load_settings
from shop_nlu.names_alone import only_a_name


class ActionOfferHuman(ShopAction):
    """ "Are you a bot?": yes, honestly. A person is offered (a button that hands over,
    actions/handoff.py) only when one can be reached; otherwise the team's contact details, once
    per conversation (actions/reach_a_person.py)."""

    def name(self) -> str:
        return "action_offer_human"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        settings = load_settings()
        bot = f"I'm the {settings.shop_name} assistant, a bot."
        if person_reachable():
            dispatcher.utter_message(
                text=f"{bot} {offer_text(when_a_person_answers())} Or you can email "
                f"{settings.contact_email} or call {settings.contact_phone} "
                f"({settings.opening_hours}). I'm happy to keep helping you here meanwhile.",
                buttons=[TALK_TO_A_PERSON],
            )
        elif contact_details_given(tracker, settings):
            dispatcher.utter_message(
                text=f"{bot} Our team's contact details are above; I'm happy to keep helping "
                "you here meanwhile."
            )
        else:
            dispatcher.utter_message(
                text=f"{bot} You can reach a person on our team at {contact_details(settings)}. "
                "I'm happy to keep helping you here meanwhile."
            )
        return []


class ActionOutOfScope(ShopAction):
    """Not about the shop: said so. While a purchase waits for its size or colour ("Which size of
    the Vivienne Velvet Dress?"), such a message is most likely an answer to something else ("Jess
    Ortiz", as if the name had been asked: stranger test 35, docs/nlu/stranger-test-35.md): the
    question is asked again, with its buttons, so the purchase is never dropped without a word."""

    # "i move to boston in january, very cold there?? what i need": warm things, not off-topic.
    # "Claire Whitman" after "let's check out" found the cart empty: no checkout is open.
    # "Daniel Hughes" while the tie's colour is asked: kept for the checkout (stranger test 74).
    gives_way_to = (
        answer_cold_weather_needs,
        keep_details_while_waiting,
        answer_details_without_checkout,
        answer_what_fits_inside,  # "the second one, room for my keys?" (stranger test 76, B2)
    )

    def name(self) -> str:
        return "action_out_of_scope"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        if asked := purchase_question_to_repeat(tracker):
            dispatcher.utter_message(response="utter_purchase_question_again")
            dispatcher.utter_message(text=asked[0], buttons=asked[1])
        elif only_a_name(tracker.latest_message.get("text") or "") and questions_waiting(tracker):
            # "jake morris" while "Which one do you mean: ...?" waits (stranger test 64): the
            # choice is needed first, and asked again with its buttons; never "only good at this".
            dispatcher.utter_message(text=details_before_the_choice_text())
            ask_waiting_again(dispatcher, tracker, session)
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        return []
