"""Everyday service questions (shipping, returns, payment, account, complaints, ...).

The answers live in content/faq.yml, which the shop owner edits (commerce/faq.py reads it); this
action only picks the topic the shopper's intent asks about. It never changes the search, the
product in focus or anything in the store: a service question in the middle of a search leaves the
search as it was.
"""

from __future__ import annotations

import re

from rasa_sdk.executor import CollectingDispatcher

from actions.after_sales import ActionOrderStatus
from actions.base import Events, ShopAction
from actions.checkout import LAST_ORDER
from actions.conversation import CURRENT_PRODUCT, latest_intent, refers_to_focus
from actions.product_questions import ActionAnswerProductQuestion
from commerce.faq import faq_answer

MY_ORDER = re.compile(r"\bmy (?:order|parcel|package|stuff|things|shoes|purchase)\b")
# "does it run small?", "are these true to size?", "how do they fit": the product in focus.
_SPEAKS_OF_IT_FITTING = re.compile(
    r"\b(?:it|its|it's|they|them|these|those|this|this one|that one)\b.*\b(?:run|runs|fit|fits|"
    r"true to size|come up|comes up|size up|size down)\b|\b(?:run|runs|fit|fits|come up|comes up)\b"
    r".*\b(?:it|they|them|these|those|this one|that one)\b"
)

# Intent (what the shopper wants) -> FAQ topic (the entry in content/faq.yml).
INTENT_TOPICS = {
    "ask_shipping": "shipping_options",
    "ask_delivery_time": "delivery_times",
    "ask_payment_methods": "payment_methods",
    "ask_return_policy": "return_policy",
    "ask_size_guide": "size_guide",
    "ask_contact": "contact",
    "account_help": "account",
    "password_help": "password",
    "payment_problem": "payment_problem",
    "complaint": "complaint",
    "newsletter": "newsletter",
    "leave_review": "review",
    "ask_gift_options": "gift_options",
}


class ActionAnswerServiceQuestion(ShopAction):
    """Answers a service question from the shop's FAQ (topics for a person say how to reach one)."""

    def name(self) -> str:
        return "action_answer_service_question"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        intent = latest_intent(tracker)
        # "When will it get here?" right after an order is about that order, not delivery times.
        text = tracker.latest_message.get("text") or ""
        if (
            intent == "ask_delivery_time"
            and tracker.get_slot(LAST_ORDER)
            and not tracker.active_loop.get("name")
            and (refers_to_focus(text) or MY_ORDER.search(text.lower()))
        ):
            return ActionOrderStatus().perform(dispatcher, tracker, domain, session)
        # "Does it run big or small?" with a product in focus: how that one fits, in its own
        # catalog words ("true to size"), before the general size guide.
        if (
            intent == "ask_size_guide"
            and tracker.get_slot(CURRENT_PRODUCT)
            and _SPEAKS_OF_IT_FITTING.search(text.lower())
        ):
            return ActionAnswerProductQuestion().perform(dispatcher, tracker, domain, session)
        topic = INTENT_TOPICS.get(intent or "")
        if topic is None:
            # Only a rule that sends another intent here gets this far; ShopAction apologises.
            raise LookupError(f"no FAQ topic for intent {intent!r}")
        dispatcher.utter_message(text=faq_answer(topic))
        return []
