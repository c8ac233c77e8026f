"""Two returns questions that the FAQ's parts, picked by their words, answer wrongly.

"also last month i buy loafers for him too tight, can return?" (docs/nlu/stranger-test-51.md,
worst problem 5): "him" picked the exchanges part, with its gift paragraph, and the shopper never
heard that he can return them. A returns question about something that doesn't fit gets the short
returns answer, with the exchange for another size as the other way.

"can I send them back from Sweden, and who pays for the return postage?" (stranger-test-50.md,
worst problem 5): the free return label, the rule for the country the shop delivers to, was said
as if it held in Sweden. The shop's settings say nothing about returns from abroad, so the reply
says so, who can tell, and the return window that is known.

Both are answers `ActionAnswerServiceQuestion` gives way to (actions/service.py).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import latest_intent, purchase_question_to_repeat
from actions.order_lookup import someone_else_bought_it
from actions.service_topics import MORE_ABOUT_RETURNS, RETURNS_IN_SHORT, returns_topics
from commerce.config import load_settings
from commerce.faq import faq_answer
from commerce.shipping import destination_not_shipped_to
from shop_nlu.message_readings import received_a_gift_that_does_not_fit, says_it_does_not_fit

_RETURNS_QUESTION = "ask_return_policy"
# Words that ask for the exchange or speak of a gift: its own answer. "him" or "her" alone (the
# one it was bought for) does not.
_EXCHANGE_OR_GIFT = re.compile(
    r"\b(?:exchang\w*|swap\w*|chang\w*|replac\w*|colou?rs?|gift\w*|present|recipient)\b", re.I
)


def answer_return_of_a_misfit(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "bought shoes for him, too tight, can return?": the short returns answer (how long, in what
    state, how to start here, the free label) and the exchange for another size; None when the
    message is no such returns question, asks for the exchange itself or speaks of a gift."""
    text = tracker.latest_message.get("text") or ""
    if (
        latest_intent(tracker) != _RETURNS_QUESTION
        or not says_it_does_not_fit(text)
        or _EXCHANGE_OR_GIFT.search(text)
        or received_a_gift_that_does_not_fit(text)
        or someone_else_bought_it(tracker)
        or returns_topics(text, tracker) not in (RETURNS_IN_SHORT, ("exchanges",))
    ):
        return None
    dispatcher.utter_message(
        text="\n".join(faq_answer(part) for part in RETURNS_IN_SHORT),
        buttons=[MORE_ABOUT_RETURNS],
    )
    dispatcher.utter_message(
        response="utter_exchange_for_another_size",
        return_window_days=load_settings().return_window_days,
    )
    return _purchase_goes_on(dispatcher, tracker)


def answer_return_from_abroad(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "can I send them back from Sweden?" where the shop delivers only to the United States:
    that how a return from there works is not known here, who can tell, and the return window;
    None when the returns question names no place the shop doesn't deliver to."""
    text = tracker.latest_message.get("text") or ""
    settings = load_settings()
    if latest_intent(tracker) != _RETURNS_QUESTION or not (
        place := destination_not_shipped_to(text, settings.ships_to)
    ):
        return None
    dispatcher.utter_message(
        response="utter_returns_from_abroad_unknown",
        ships_to=settings.ships_to,
        place=place,
        contact_email=settings.contact_email,
        contact_phone=settings.contact_phone,
        opening_hours=settings.opening_hours,
    )
    dispatcher.utter_message(text=faq_answer("return_policy"))
    return _purchase_goes_on(dispatcher, tracker)


def _purchase_goes_on(dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
    """The open purchase question ("Which colour of ...?") asked again under the answer, as every
    service answer does (`ActionAnswerServiceQuestion.perform`)."""
    if asked := purchase_question_to_repeat(tracker):
        dispatcher.utter_message(text=asked[0], buttons=asked[1])
    return []
