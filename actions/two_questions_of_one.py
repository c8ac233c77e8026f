"""Two questions about one product in one message, where one half was dropped:
"does the first dress come in blue as well, and is it machine washable?" got only the washing
answer, or a search for blue dresses (stranger test 83, docs/nlu/stranger-test-83.md, B2); "does
the second one come in navy as well, and is it true to size?" got navy and no word on fit, and
"which of those is the cheapest? And could you tell me whether it can go in the washing machine"
got neither (stranger test 84, B2 and B4). The first question (its stock in a colour or size, or
the cheapest or dearest of those shown) is answered as if said alone; then the second, of the
product the first one picked, from the catalog's words or with an honest "I don't know". Where
the second question starts: shop_nlu/second_question.py."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action, shop_action_named
from actions.conversation import CURRENT_PRODUCT, ShownResults, resolve_product
from actions.search_followups import shaped_as_a_question
from commerce.product_facts import question_topic
from commerce.products import product_details
from shop_nlu.entity import Entity
from shop_nlu.message_readings import picks_by_price
from shop_nlu.second_question import second_question

# What the first question asks of one product: whether it comes in a colour or size.
_STOCK_WORDS = frozenset({"colour", "size"})
# What points at one product in it: its place on screen, or its name.
_POINTS_AT_ONE = frozenset({"ordinal", "product", "product_handle"})


def _part(tracker: Tracker, intent: str, text: str, kept: list[dict]) -> Tracker:
    """The tracker with the latest message as `text` alone, heard as `intent`, with `kept`."""
    part = tracker.copy()
    part.latest_message = {
        **tracker.latest_message,
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": kept,
    }
    return part


def _as_entities(said: list[dict], text: str) -> list[Entity]:
    return [
        Entity(str(e["entity"]), str(e.get("value")), int(e["start"]), int(e["end"]),
               text[int(e["start"]) : int(e["end"])], e.get("role"))
        for e in said
    ]  # fmt: skip


def _first_question(tracker: Tracker, first: str, before: list[dict]) -> str | None:
    """The action that answers the first question alone; None when it asks neither the stock of
    one product nor the cheapest or dearest of those on screen."""
    named = {e.get("entity") for e in before if not e.get("role")}
    shown = ShownResults.from_tracker(tracker).handles
    if shown and picks_by_price(first, _as_entities(before, first)):
        return "action_select_product"
    if named & _STOCK_WORDS and (named & _POINTS_AT_ONE or tracker.get_slot(CURRENT_PRODUCT)):
        return "action_check_availability"
    if named & _STOCK_WORDS and len(shown) == 1:
        return "action_check_availability"  # "does it come in navy?" of the one shown
    return None


def answer_two_questions_of_one(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The first question answered as if alone, then the second about the product it picked;
    None when the message asks no such pair of questions."""
    text = tracker.latest_message.get("text") or ""
    span = second_question(text)
    if span is None:
        return None
    start, end = span
    question = text[start:end]
    if question_topic(question)[0] is None:
        return None
    said = [e for e in tracker.latest_message.get("entities") or [] if e.get("start") is not None]
    # The first question is the message without the second ("I'm between an 8 and an 8.5" after
    # it still gives the sizes asked about).
    first = text[:start] + text[end:]
    kept = [
        {**e, "start": int(e["start"]) - (end - start if int(e["start"]) >= end else 0),
         "end": int(e["end"]) - (end - start if int(e["start"]) >= end else 0)}
        for e in said
        if not start <= int(e["start"]) < end
    ]  # fmt: skip
    before = [e for e in kept if int(e["start"]) < start]
    action = _first_question(tracker, text[:start], before)
    if action is None:
        return None
    intent = "select_product" if action == "action_select_product" else "check_availability"
    asked_first = _part(tracker, intent, first, kept)
    events = perform_action(action, dispatcher, asked_first, {}, session)
    picked = [e["value"] for e in events if e.get("name") == CURRENT_PRODUCT and e.get("value")]
    handle = picked[-1] if picked else resolve_product(asked_first, session).handle
    details = product_details(session, handle) if handle else None
    if details is None:
        return events
    asked_second = _part(tracker, "ask_product_question", question, [])
    answer = shop_action_named("action_answer_product_question")
    return [
        *events,
        *answer.answer(dispatcher, asked_second, session, details),
        SlotSet(CURRENT_PRODUCT, details.handle),
    ]


def answer_two_questions_heard_as_buying(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Oh, the first one looks nice. Does it come in 38 long, and is it proper wool?" heard as
    buying it (stranger test 89, docs/nlu/stranger-test-89.md, B2): both questions answered, no
    checkout. None when the first part is no question ("buy the first in 38L. is it wool?")."""
    text = tracker.latest_message.get("text") or ""
    span = second_question(text)
    if span is None or not shaped_as_a_question(text[: span[0]]):
        return None
    return answer_two_questions_of_one(dispatcher, tracker, session)
