"""When the assistant is unsure what a message means, or cannot read its language.

Unsure: it asks, with a button for each of the two or three likeliest meanings (each button
sends that intent with the message's entities, so nothing is guessed and nothing is learned from
the answer); with no likely meaning it says what it can do. Another language: an honest reply in
that language (content/languages.yml), acting on nothing.
"""

from __future__ import annotations

import json
from functools import lru_cache

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.address_change_asides import METHOD_ASKED
from actions.arrival_before_ordering import answer_arrival_before_ordering
from actions.base import Events, ShopAction
from actions.cart_arrival import answer_total_with_shipping
from actions.cart_swaps import answer_swap_or_add_back
from actions.change_of_mind import answer_change_of_mind
from actions.cold_weather import answer_cold_weather_needs
from actions.compared_questions import answer_which_of_compared
from actions.conversation import CURRENT_PRODUCT, latest_entities, products_asked_about
from actions.details_while_waiting import keep_details_while_waiting
from actions.details_without_checkout import answer_details_without_checkout
from actions.numbers_compared import answer_numbers_compared
from actions.order_additions import answer_items_into_placed_order
from actions.picking import ActionCheckAvailability
from actions.places_compared import answer_places_compared
from actions.price_with_shipping import answer_price_with_shipping
from actions.privacy import answer_what_is_kept
from actions.product_questions import answer_across
from actions.routing import answer_goes_together, answer_goes_with_colour
from actions.search_results import answer_colour_not_on_screen
from actions.service import answer_exchange_time_when_unsure, answer_item_problem_when_unsure
from actions.shared_answers import (
    answer_private_suggestions,
    answer_size_conversion,
    asks_to_pick,
    pick_for_me,
)
from actions.sizes_and_quantities import answer_adding_sizes_with_quantities
from actions.waiting_purchases import answer_delivery_before_the_choice
from actions.what_fits_inside import answer_what_fits_inside
from actions.where_it_goes import answer_sending_to_someone_else
from commerce.config import PROJECT_ROOT, load_settings
from commerce.product_facts import question_topic
from shop_nlu.language import detect_language
from shop_nlu.pick_asks import asks_for_the_pick

LANGUAGES_PATH = PROJECT_ROOT / "content" / "languages.yml"

# The meanings worth offering, in the shopper's words. Intents missing here (affirm, deny, stop,
# out_of_scope, ...) are never offered: a button "yes" explains nothing.
CHOICES = {
    "search_products": "Search for products",
    "refine_search": "Change my search",
    "select_product": "See that product",
    "product_details": "Tell me about a product",
    "check_availability": "Check sizes and stock",
    "ask_price": "Ask a price",
    "buy": "Buy it",
    "add_to_cart": "Add to my cart",
    "view_cart": "See my cart",
    "order_status": "Where is my order?",
    "cancel_order": "Cancel an order",
    "change_order_address": "Change my order's address",
    "return_order": "Return something",
    "request_invoice": "Get an invoice",
    "ask_shipping": "Shipping options",
    "ask_delivery_time": "Delivery times",
    "ask_payment_methods": "Ways to pay",
    "ask_return_policy": "Return policy",
    "ask_size_guide": "Size guide",
    "ask_contact": "Contact the shop",
    "account_help": "Help with my account",
    "password_help": "Reset my password",
    "payment_problem": "A payment problem",
    "complaint": "Make a complaint",
    "request_human": "Talk to a person",
    "bot_capabilities": "What can you do?",
}
MAX_CHOICES = 3
# A meaning with less confidence than this is not worth a button.
MIN_CONFIDENCE = 0.12
# Entities a button may carry back; the excluded ones ("not brown") cannot be said in a payload.
PAYLOAD_ENTITIES = ("category", "colour", "size", "occasion", "gender", "brand", "product",
                    "price_min", "price_max", "ordinal", "sort", "order_number", "quantity")  # fmt: skip

# What a search can go by; a message with none of these ("moving to chicago in january") has said
# where or when, not what.
_WHAT_TO_FIND = frozenset(
    {"category", "product", "product_handle", "brand", "colour", "size", "price_min", "price_max",
     "sort", "ordinal", "order_number", "unknown_product"}
)  # fmt: skip


def likely_meanings(ranking: list[dict]) -> list[str]:
    """The intents worth offering as buttons, likeliest first."""
    found = []
    for candidate in ranking or []:
        name = candidate.get("name")
        if name in CHOICES and (candidate.get("confidence") or 0.0) >= MIN_CONFIDENCE:
            found.append(name)
    return found[:MAX_CHOICES]


def choice_payload(intent: str, entities: dict[str, list[str]]) -> str:
    """'/search_products{"colour": "red"}': the intent, with what the message named."""
    carried = {name: entities[name][-1] for name in PAYLOAD_ENTITIES if name in entities}
    return f"/{intent}" + (json.dumps(carried) if carried else "")


class ActionClarify(ShopAction):
    """Not sure: "Did you mean...?" with the likeliest meanings as buttons."""

    # "does it match green?" under a product the classifier was unsure of: its colours against
    # the colour guide; "change it to size M" while buying it: that purchase in M; "i ordered M
    # and come L", "how long it take for exchange?" unsure between after-sales meanings: answered.
    # "recommend stuff only if nothing gets stored": what suggestions keep.
    gives_way_to = (
        *METHOD_ASKED,  # "thanks! is it still going express?", at "Send order ...?" or after it
        answer_places_compared,  # "which is cheaper, the first or the second? in a 14?"
        answer_private_suggestions,
        answer_what_is_kept,  # "do you save my card details"
        answer_goes_with_colour,
        answer_goes_together,
        answer_change_of_mind,
        answer_swap_or_add_back,  # "swap it for the other one", "put it back in"
        answer_price_with_shipping,  # "price with standard shipping", a product in focus
        answer_total_with_shipping,  # "whats the damage w postage"
        answer_size_conversion,
        answer_item_problem_when_unsure,
        answer_exchange_time_when_unsure,
        answer_adding_sizes_with_quantities,  # "buy 4 in medium and 4 in large"
        answer_cold_weather_needs,  # "moving to chicago, it gets freezing, what do i need"
        answer_which_of_compared,  # "so which is less expensive" right after comparing two
        answer_arrival_before_ordering,  # "wen does it get here if i order rn", no order yet
        keep_details_while_waiting,  # "It's Maria Jensen" while the heel's colour is asked
        answer_delivery_before_the_choice,  # "switch it to express, send to 400 Euclid Ave"
        answer_details_without_checkout,  # "Claire Whitman" after "let's check out", cart empty
        answer_sending_to_someone_else,  # "can it be sent to her dorm?", no order placed
        answer_items_into_placed_order,  # "pls put a tie in my last order too": can't, shown
        answer_numbers_compared,  # "diff between 1, 2 & 3?": those three on screen
        answer_what_fits_inside,  # "is it big enough for my phone n wallet" (a shoe: it isn't)
    )

    def name(self) -> str:
        return "action_clarify"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        # "Just pick one for me" under a list: one of them, and why (the classifier has no intent
        # for leaving the choice to the bot).
        if (
            asks_to_pick(tracker.latest_message.get("text") or "")
            and (picked := pick_for_me(dispatcher, tracker, domain, session)) is not None
        ):
            return picked
        # "What do u recommend" with nothing on screen to pick from: what the bot can do.
        if asks_for_the_pick(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_capabilities")
            return []
        # "whats the comfiest one" under a list: a question about the products on screen that the
        # classifier was unsure of, answered from the catalog.
        text = tracker.latest_message.get("text") or ""
        if question_topic(text)[0] and (handles := products_asked_about(tracker, session)):
            return answer_across(dispatcher, tracker, session, handles)
        # "the pink one" under ties none of which is pink: say so, and show pink ties.
        if (unseen := answer_colour_not_on_screen(dispatcher, tracker, session)) is not None:
            return unseen
        meanings = likely_meanings(tracker.latest_message.get("intent_ranking") or [])
        # "any chance of size 9.5" with a product open, the classifier unsure between a stock
        # check and a refinement: whether that product comes in it.
        said = latest_entities(tracker).keys()
        if (
            meanings[:1] == ["check_availability"]
            and tracker.get_slot(CURRENT_PRODUCT)
            and said & {"size", "colour"}
            and said <= {"size", "colour"}
        ):
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "moving to chicago in january and i own zero winter stuff": a scene set, most likely for
        # a search, with nothing to search by yet; ask what they're looking for, as a search does.
        entities = latest_entities(tracker)
        if meanings[:1] == ["search_products"] and not entities.keys() & _WHAT_TO_FIND:
            dispatcher.utter_message(response="utter_ask_what_to_find")
            return []
        if not meanings:
            dispatcher.utter_message(response="utter_fallback")
            return []
        dispatcher.utter_message(
            response="utter_ask_which_meaning",
            buttons=[
                {"title": CHOICES[intent], "payload": choice_payload(intent, entities)}
                for intent in meanings
            ]
            + [{"title": "Something else", "payload": "/bot_capabilities"}],
        )
        return []


@lru_cache(maxsize=1)
def _language_texts() -> dict:
    return yaml.safe_load(LANGUAGES_PATH.read_text(encoding="utf-8")) or {}


def other_language_text(language: str | None) -> str:
    """What to say to a message in `language`, in that language where the shop has the text."""
    texts = _language_texts()
    settings = load_settings()
    name = texts.get("names", {}).get(language or "", "another language")
    template = texts.get("replies", {}).get(language or "") or texts["english"]
    return template.format(
        shop=settings.shop_name,
        email=settings.contact_email,
        phone=settings.contact_phone,
        hours=settings.opening_hours,
        language=name,
    )


class ActionReplyInOtherLanguage(ShopAction):
    """A message in another language: say honestly, in it, what the assistant can do."""

    def name(self) -> str:
        return "action_reply_in_other_language"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        language = detect_language(tracker.latest_message.get("text") or "")
        dispatcher.utter_message(text=other_language_text(language))
        return []
