"""Weight questions, from the catalog's weights of each variant (commerce/product_weights.py):
"which of those is the lightest?" (stranger test 94, docs/nlu/stranger-test-94.md, B4, which was
told "our catalog doesn't give weights" though it gives each variant's grams) and "is the first
one light?". Each weight is said with the size weighed, the shopper's where a product is made in
it; a product without one is said to have none. Only where none of them has one: that the catalog
gives no weights, with its words on weight quoted. Which words ask it:
shop_nlu/weight_questions.py; listed in the `gives_way_to` of the actions such a message reaches,
and said beside a price (actions/price_with_more.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import weight_replies
from actions.base import Events, perform_action
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
    products_asked_about,
    resolve_product,
)
from commerce.product_weights import product_weights, weight_sentences, weights_compared
from commerce.search import ProductQuery
from shop_nlu.questions_of_one import STOCK, questions_of_one
from shop_nlu.weight_questions import weight_asked_of_one, weight_compared


def answer_weights_asked(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Which of those on screen (or compared) is the lightest or heaviest, or how heavy the one
    pointed at is beside them; None (nothing said) when the message asks neither, or points at
    no product."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):
        return None
    if extreme := weight_compared(text):
        handles = _products_weighed(tracker, session)
        if len(handles) > 1:
            tell_weights_compared(dispatcher, tracker, session, extreme, name_them=True)
            return []
    elif not weight_asked_of_one(text):
        return None
    handle = resolve_product(tracker, session).handle
    if handle is None:
        return None
    shown = [other for other in ShownResults.from_tracker(tracker).handles if other != handle]
    weights = product_weights(session, [handle, *shown], _sizes_asked(tracker))
    if not weights or weights[0].handle != handle:
        return None
    asked, others = weights[0], weights[1:]
    dispatcher.utter_message(text=weight_replies.weight_of_one_text(asked, others))
    if asked.grams is None and (quoted := weight_sentences(session, [handle])):
        dispatcher.utter_message(text=weight_replies.weight_words_text(list(quoted.values())))
    events: Events = [SlotSet(CURRENT_PRODUCT, handle)]
    if STOCK in questions_of_one(text):  # "is the second one light? and have you it in black"
        events += perform_action("action_check_availability", dispatcher, tracker, {}, session)
    return events


def tell_weights_compared(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    extreme: str,
    name_them: bool = False,
) -> None:
    """The weights of those asked about (compared, on screen, or the one in focus), the lightest
    (or heaviest) first; that the catalog gives no weights to compare them by where it gives
    none of them one (naming them with `name_them`: the question was only that), with what its
    descriptions say on weight, quoted, where they do."""
    handles = _products_weighed(tracker, session)
    compared = weights_compared(session, handles, extreme, _sizes_asked(tracker))
    if compared.weighed:
        dispatcher.utter_message(text=weight_replies.weights_compared_text(compared))
    elif name_them:
        dispatcher.utter_message(text=weight_replies.no_weights_text(compared))
    else:
        dispatcher.utter_message(response="utter_no_weights_to_compare", extreme=extreme)
    unweighed = [weight.handle for weight in compared.unweighed]
    if quotes := list(weight_sentences(session, unweighed).values()):
        dispatcher.utter_message(text=weight_replies.weight_words_text(quotes))


def _products_weighed(tracker: Tracker, session: Session) -> list[str]:
    """Those a weight question across several is about: named or compared, else on screen,
    else the one in focus."""
    asked = products_asked_about(tracker, session) or ShownResults.from_tracker(tracker).handles
    return [handle for handle in asked or [tracker.get_slot(CURRENT_PRODUCT)] if handle]


def _sizes_asked(tracker: Tracker) -> list[str]:
    """The sizes to weigh in, the message's own first ("the lightest in a 9?"), then the size
    the list on screen was searched in ("women's size 7")."""
    said = list(reversed(latest_entities(tracker).get("size") or []))
    shown = ShownResults.from_tracker(tracker).query
    searched = ProductQuery.from_dict(shown) if shown else current_query(tracker)
    return said + ([searched.size] if searched.size else [])
