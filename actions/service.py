"""Everyday service questions (shipping, returns, payment, account, complaints, ...).

The answers live in content/faq.yml, which the shop owner edits (commerce/faq.py reads it); this
action only picks the topic the shopper's intent asks about. It never changes the search, the
product in focus or anything in the store: a service question in the middle of a search leaves the
search as it was.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from rasa_sdk.executor import CollectingDispatcher

from actions.after_sales import ActionOrderStatus
from actions.alerts import answer_restock_question, asks_when_restocked
from actions.base import Events, ShopAction
from actions.cart_totals import answer_cart_total_before_ordering, answer_total_with_shipping
from actions.checkout import LAST_ORDER
from actions.conversation import (
    CURRENT_PRODUCT,
    bot_answer,
    day_meant,
    latest_intent,
    open_purchase_question,
    points_at_a_product,
    products_asked_about,
    refers_to_focus,
)
from actions.order_lookup import ORDER_NUMBER_GIVEN, someone_else_bought_it
from actions.order_replies import (
    exchange_time_text,
    fastest_text,
    needed_by_text,
    new_order_for_comparison_text,
)
from actions.product_questions import ActionAnswerProductQuestion
from actions.reach_a_person import TALK_TO_A_PERSON, person_reachable
from actions.routing import answer_private_suggestions, answer_size_conversion, answer_size_range
from actions.size_advice import answer_size_from_body
from commerce.config import load_settings
from commerce.faq import faq_answer, team_hours_on
from commerce.shipping import destination_not_shipped_to
from shop_nlu.dates import leaves_on, wants_it_soonest, weekday_named

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
    "ask_discounts": "discounts",
}

# "What's your return policy?" gets every part of the returns answer, in this order; a narrow
# question only the parts its words ask about, so "who pays for return shipping?" right after the
# policy is not answered with the same long block again.
RETURN_PARTS = ("return_policy", "return_shipping", "return_refunds", "exchanges")
_NARROW_RETURN_QUESTIONS = {
    "return_shipping": re.compile(
        r"\b(?:ship\w*|postage|post|labels?|courier|who pays|pay for|costs?|charges?|fees?|free)\b"
    ),
    "return_refunds": re.compile(
        r"\b(?:refund\w*|money back|reimburs\w*|store credit|cash back)\b"
    ),
    "exchanges": re.compile(
        r"\b(?:exchang\w*|swap\w*|colou?rs?|gift\w*|present|recipient|she|he|her|him)\b"
    ),
    # "How much will I get back?", "a full refund?": the amount, not when it comes.
    "return_amount": re.compile(
        r"\bhow much\b[^?.]{0,30}\b(?:get|getting|refund\w*|money)\b"
        r"|\b(?:full|whole|partial|exact) (?:refund|amount|price|money)\b|\bamount\b"
    ),
    "return_packaging": re.compile(r"\b(?:packag\w*|box(?:es)?|wrapping|packing)\b"),
}
# "My aunt got me a jacket for my birthday but it's too big": a gift that doesn't fit is an
# exchange.
_GIFT_THAT_DOES_NOT_FIT = re.compile(
    r"\b(?:too (?:big|small|large|tight|loose|long|short)|(?:does ?n'?t|dont|don't|not) fit\w*"
    r"|wrong size|(?:smaller|bigger|larger) (?:size|one)|size (?:up|down))\b"
)
# "What's your refund policy?" asks for the whole policy, whatever else it names; so does a
# tapped "More about returns" (the bare intent, "/ask_return_policy") and "all the details".
_ASKS_FOR_THE_POLICY = re.compile(
    r"\b(?:polic(?:y|ies)|rules|terms|details?|everything|in full|full(?! (?:refund|amount|price|money)))\b|^/"
)
# A returns question that asks for none of its parts ("what if it doesn't fit, how do i return
# it"): the short answer (how long, in what state, how to start, that the label is free), with a
# tap for the rest.
RETURNS_IN_SHORT = ("return_policy", "return_shipping")
MORE_ABOUT_RETURNS = {"title": "More about returns", "payload": "/ask_return_policy"}
# A refund for an order that never came is not a return: it gets the late or lost orders answer.
LATE_OR_LOST = "late_or_lost_orders"
_ORDER_NOT_ARRIVED = re.compile(
    r"\b(?:never (?:came|come|arrived|got here|turned up|showed up|received|got it)"
    r"|(?:has|have|did|does)n'?t (?:arrived?|come|turned up|shown up|got here)"
    r"|not (?:arrived|come|here|received) yet|still (?:not|waiting|hasn'?t)"
    r"|supposed to (?:come|arrive|be here)|(?:is|was|it'?s|its|so|very|running|days?|weeks?) late"
    r"|late (?:order|delivery|parcel|package)|lost (?:in the post|parcel|package|order)"
    r"|(?:order|parcel|package|delivery) (?:is|was|got|gets|has been) lost|overdue|delayed"
    r"|been \w+ (?:days|weeks))\b"
)
# How many of the shopper's earlier messages can make a refund question about a missing order.
_LOOK_BACK = 10
# A complaint about what arrived (damaged, faulty, the wrong one) gets what the shop does about it
# and the way to start a return here, not only "a person handles complaints".
ITEM_PROBLEM = "damaged_or_wrong_items"
_ITEM_PROBLEM_WORDS = re.compile(
    r"\b(?:damag\w*|crush\w*|smash\w*|squash\w*|dent(?:ed|s)?|broke|broken|snapp\w*|scuff\w*"
    r"|scratch\w*|torn|tear|rip|ripped|stain\w*|faulty|defect\w*|hole in|ruined|peel\w*"
    r"|(?:came|come|coming|fell|falling) (?:apart|off|undone|loose)"
    r"|wrong (?:size|colou?r|item|items|product|one|ones|shoes?|thing|style|pair|model|order)"
    r"|not what i (?:ordered|asked for|bought|wanted)|isn'?t what i ordered"
    r"|(?:when|but) i (?:had )?(?:ordered|order|asked for|paid for|chose|choose|picked)"
    r"|instead of (?:the )?(?:one|ones|\w+) i ordered"
    r"|someone else'?s order|(?:sent|got|received|delivered) the wrong"
    # "the size is wrong", "the size come wrong", "size is not correct": said of what came.
    r"|(?:size|colou?r|item|product|model|style) (?:is|was|are|were|come|came|comes|arrived?)"
    r" (?:wrong|not (?:right|correct))"
    # "i ordered M and come L", "i choose a medium and it came large": one asked for, another came.
    r"|i (?:ordered|order|chose|choose|picked|asked for) (?:a |an |the |size )?[\w.-]+(?: size)?"
    r" (?:and|but) (?:it |they |i )?(?:came|come|comes|got|get|received?|arrived?|sent|send)"
    # "i get L not M", "they send me the L, not the M": what came, and not what was ordered.
    r"|(?:i (?:get|got|receive|received)|(?:they|you) (?:sent|send) me) (?:a |an |the |size )?"
    r"[\w.-]+,? not (?:a |an |the |size )?[\w.-]+)\b"
)
# Something that never came is not a return (the late or lost orders answer covers it).
_NOTHING_CAME = re.compile(r"\b(?:missing|never (?:came|arrived)|not in the (?:box|parcel))\b")
START_A_RETURN = {"title": "Start a return", "payload": "/return_order"}
# Narrower questions within an intent, by their words: intent -> (topic, words), first match wins.
# "Where are you located?" and "are you open on sundays?" are contact questions, but not the same
# question; "can i pick it up?" is no shipping price question; "do you price match?" and "a
# discount for nurses?" are no student-discount question.
# "When they answer?", "how fast do you reply to emails": when the team answers, not shipping.
_WHEN_THE_TEAM_ANSWERS = (
    "team_hours",
    re.compile(
        r"\b(?:wh?en|how (?:long|fast|soon|quick\w*)|what time)\b.{0,40}\b(?:answer\w*|repl\w*"
        r"|respon\w*|get back|call (?:me )?back|write back|pick up the phone)\b"
    ),
)
NARROW_TOPICS = {
    "ask_contact": (
        _WHEN_THE_TEAM_ANSWERS,
        (
            "pickup",
            re.compile(r"\b(?:pick ?(?:it |them )?up|pickup|collect|collection|in person)\b"),
        ),
        (
            "location",
            re.compile(
                r"\b(?:where (?:are|r) (?:you|u|ya)|located|location|based|warehouse|showroom"
                r"|physical (?:store|shop)|come by|visit|drop by|stop by|your address)\b"
            ),
        ),
        (
            "team_hours",
            re.compile(
                r"\b(?:open|opens|opening|close|closes|closing|hours|what time|business days?)\b"
            ),
        ),
    ),
    "ask_shipping": (
        _WHEN_THE_TEAM_ANSWERS,
        (
            "pickup",
            re.compile(
                r"\b(?:pick ?(?:it |them )?up|pickup|collect|collection|in person|click and collect)\b"
            ),
        ),
    ),
    "ask_discounts": (
        (
            "price_match",
            re.compile(
                r"\b(?:price ?-?match\w*"
                r"|match (?:the|their|a|that|his|her|any) (?:lower |better |cheaper )?(?:price|offer)"
                r"|beat (?:the|their|a|that) price|cheaper (?:on|at|from|somewhere|elsewhere|online)"
                r"|(?:lower|better) price (?:on|at|somewhere|elsewhere))\b"
            ),
        ),
        (
            "group_discounts",
            re.compile(
                r"\b(?:nurses?|nursing|healthcare|health care|medical|doctors?|nhs|teachers?|military"
                r"|veterans?|vets|army|seniors?|pensioners?|first responders?|key workers?"
                r"|essential workers?|hospital|police|firefighters?|employees?|staff)\b"
            ),
        ),
    ),
}
NARROW_TOPICS["ask_delivery_time"] = NARROW_TOPICS["ask_shipping"]
# "Will I get charged twice?" asks before paying (the chat takes no payment; one order per
# checkout); "I was charged twice" is a payment problem that happened.
_CHARGED_TWICE_LATER = (
    "charged_once",
    re.compile(
        r"\b(?:will|wil|would|gonna|going to|do i|does (?:it|this|that)|is (?:it|this|that))\b"
        r".*\b(?:charg\w*|bill\w*|pay|paying|take (?:the )?money)\b"
        r".*\b(?:twice|double|two times|2x|again|2 times)\b"
    ),
)
NARROW_TOPICS["payment_problem"] = (_CHARGED_TWICE_LATER,)
NARROW_TOPICS["ask_payment_methods"] = (_CHARGED_TWICE_LATER,)
# Topics picked by the words of a question (and the conversation) rather than by its intent alone.
TOPICS_BY_WORDS = (
    tuple(_NARROW_RETURN_QUESTIONS)  # the returns answer's parts, and the amount and packaging
    + (LATE_OR_LOST, ITEM_PROBLEM)
    + tuple(dict.fromkeys(topic for narrow in NARROW_TOPICS.values() for topic, _ in narrow))
)


def narrow_topic(intent: str, text: str) -> str | None:
    """The narrower topic a question's words ask about within its intent, or None."""
    text = text.lower()
    return next(
        (topic for topic, words in NARROW_TOPICS.get(intent, ()) if words.search(text)), None
    )


def speaks_of_an_item_problem(text: str) -> bool:
    """Whether a message says an item arrived damaged, faulty or not what was ordered."""
    text = text.lower()
    return bool(
        _ITEM_PROBLEM_WORDS.search(text)
        and not _NOTHING_CAME.search(text)
        and not _ORDER_NOT_ARRIVED.search(text)
    )


def spoke_of_an_item_problem(tracker) -> bool:
    """Whether one of the shopper's earlier messages (not this one) said so."""
    said = [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ][-_LOOK_BACK - 1 : -1]
    return any(speaks_of_an_item_problem(text) for text in said)


# "If I order now", "a new order": a delivery question about an order not placed yet.
_SPEAKS_OF_A_NEW_ORDER = re.compile(
    r"\b(?:if i (?:order|buy)|(?:order|buy) (?:it |them |one )?(?:now|today)|new order|order again)\b"
)
GIFT_OPTIONS = "gift_options"
# "The gift note is free or cost extra?": a price question about a gift note or wrapping.
_ASKS_WHAT_IT_COSTS = re.compile(
    r"\b(?:free|cost\w*|price\w*|charg\w*|extra|how much|pay|paid|fee\w*)\b"
)


def answer_gift_options_again(dispatcher, tracker) -> bool:
    """Gift notes and wrapping asked about once more: the price question answered (the shop
    lists none, so the bot says it doesn't know), and the long FAQ answer not repeated word for
    word, only the way forward. False (nothing said) when the FAQ answer was not given yet and
    the question is not about the price."""
    answer = faq_answer(GIFT_OPTIONS)
    answered = any(
        event.get("event") == "bot" and answer in (event.get("text") or "")
        for event in tracker.events_after_latest_restart()
    )
    asks_the_price = _ASKS_WHAT_IT_COSTS.search((tracker.latest_message.get("text") or "").lower())
    if not (answered or asks_the_price):
        return False
    if not answered:
        dispatcher.utter_message(text=answer)
    contact_email = load_settings().contact_email
    if asks_the_price:
        dispatcher.utter_message(
            response="utter_gift_note_price_unknown", contact_email=contact_email
        )
    else:
        dispatcher.utter_message(response="utter_gift_options_again", contact_email=contact_email)
    return True


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
_HOW_LONG = re.compile(
    r"\b(?:how long|how many days|how much time|how (?:fast|quick|quickly|soon)"
    r"|when (?:will|would|do|can|could) i (?:get|have|receive))\b"
)
_AN_EXCHANGE = re.compile(
    r"\b(?:exchang\w*|swap\w*|replacement|new (?:one|size|pair)|change (?:the |it |a |my )?size)\b"
)


def asks_how_long_an_exchange_takes(text: str) -> bool:
    """Whether `text` asks how long an exchange takes."""
    text = text.lower()
    return bool(_HOW_LONG.search(text) and _AN_EXCHANGE.search(text))


def answer_exchange_time(dispatcher, tracker, session=None) -> Events | None:
    """ "How long does an exchange take?": the new one goes out once the return is on its way,
    then takes the shipping's business days, so the days it arrives if posted today; None when
    the message asks something else."""
    if not asks_how_long_an_exchange_takes(tracker.latest_message.get("text") or ""):
        return None
    settings = load_settings()
    dispatcher.utter_message(
        text=exchange_time_text(
            datetime.now(timezone.utc).date(), settings.return_window_days, settings.contact_email
        )
    )
    return []


def answer_exchange_time_when_unsure(dispatcher, tracker, session) -> Events | None:
    """The same, for a message the classifier was unsure of (a policy or a delivery question)."""
    if not _likely(tracker, _DELIVERY_MEANINGS):
        return None
    return answer_exchange_time(dispatcher, tracker, session)


def _speaks_of_a_missing_order(tracker) -> bool:
    """Whether this message or one of the shopper's last few says an order has not arrived."""
    said = [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ][-_LOOK_BACK:] + [tracker.latest_message.get("text") or ""]
    return any(_ORDER_NOT_ARRIVED.search(text.lower()) for text in said)


def returns_topics(text: str, tracker) -> tuple[str, ...]:
    """The parts of the returns answer a returns question asks for (all of them for the policy,
    the short answer for a general question), or the late or lost orders answer for a refund on
    an order that never came."""
    text = text.lower()
    asked = tuple(topic for topic, words in _NARROW_RETURN_QUESTIONS.items() if words.search(text))
    if "return_refunds" in asked and _speaks_of_a_missing_order(tracker):
        return (LATE_OR_LOST,)
    if text.startswith("/") and faq_answer(RETURNS_IN_SHORT[-1]) in bot_answer(tracker):
        # "More about returns" tapped under the short answer: the parts not said yet.
        return tuple(part for part in RETURN_PARTS if part not in RETURNS_IN_SHORT)
    if _ASKS_FOR_THE_POLICY.search(text):
        return RETURN_PARTS
    if someone_else_bought_it(tracker) and _GIFT_THAT_DOES_NOT_FIT.search(text):
        return ("exchanges",)
    if not asked:
        return RETURNS_IN_SHORT
    # Each part in the order asked: "how much will i get back? do i pay the postage" -> amount first.
    asked = tuple(
        sorted(asked, key=lambda part: _NARROW_RETURN_QUESTIONS[part].search(text).start())
    )
    # "Just refund me. do i need the original packaging": the part said before is not said again,
    # word for word, when something new is asked with it.
    said = _bot_said(tracker)
    return tuple(part for part in asked if faq_answer(part) not in said) or asked


def _bot_said(tracker) -> str:
    """Everything the bot said in this conversation."""
    return "\n".join(
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "bot"
    )


def _told_how_without_a_number(tracker) -> bool:
    """Whether the bot already said how a gift is exchanged without its order number."""
    return any(
        event.get("event") == "bot" and "buyer's order confirmation" in (event.get("text") or "")
        for event in tracker.events_after_latest_restart()
    )


class ActionAnswerServiceQuestion(ShopAction):
    """Answers a service question from the shop's FAQ (topics for a person say how to reach one)."""

    # "Whats the total and will it arrive by july 3rd" with a cart and no order: the cart's.
    # "recommend stuff only if nothing gets stored", heard as returns: what suggestions keep.
    gives_way_to = (
        answer_private_suggestions,
        answer_cart_total_before_ordering,
        answer_total_with_shipping,  # "how much all in incl delivery", nothing in the cart yet
        # "He's 5 foot 8 and skinny, what size?", "34 waist, 36 inseam": sizes from the guide.
        answer_size_from_body,
        answer_size_conversion,
    )

    def name(self) -> str:
        return "action_answer_service_question"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        events = self._answer(dispatcher, tracker, domain, session)
        # "Will I be charged twice?" while "Which colour of ...?" is open: answered, then the
        # purchase goes on where it was, its question asked again with its buttons.
        if asked := open_purchase_question(tracker):
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
        # "It will arrive before thursday?" about an order looked up but not found: that order's
        # dates are unknown, said first; a new order's dates only as such.
        if (
            intent in ("ask_delivery_time", "ask_shipping")
            and not tracker.get_slot(LAST_ORDER)
            and tracker.get_slot(ORDER_NUMBER_GIVEN)
            and not _SPEAKS_OF_A_NEW_ORDER.search(text.lower())
            and not narrow_topic(intent, text)  # "when they answer?" is about the team
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
        # "Does it run big or small?" with a product in focus: how that one fits, in its own
        # catalog words ("true to size"), before the general size guide.
        # "Does the first one run big or small?", "is the whitehall true to size?": one on screen.
        if intent == "ask_size_guide" and (
            (tracker.get_slot(CURRENT_PRODUCT) and _SPEAKS_OF_IT_FITTING.search(text.lower()))
            or (points_at_a_product(tracker) and _ASKS_HOW_IT_FITS.search(text.lower()))
            # "r they true to size" about the list on screen: each one's own note.
            or (_ASKS_HOW_IT_FITS.search(text.lower()) and products_asked_about(tracker, session))
        ):
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
        settings = load_settings()
        if intent in ("ask_delivery_time", "ask_shipping") and (
            place := destination_not_shipped_to(text, settings.ships_to)
        ):
            dispatcher.utter_message(
                response="utter_not_shipped_there", ships_to=settings.ships_to, place=place
            )
            return []
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
                dispatcher.utter_message(text=needed_by_text(needed, today, leaving))
                return []
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
        # A missing order needs a person: offer one when the agents' desk can take over.
        buttons = [TALK_TO_A_PERSON] if LATE_OR_LOST in topics and person_reachable() else []
        if topics == RETURNS_IN_SHORT:
            buttons = [MORE_ABOUT_RETURNS]
        dispatcher.utter_message(
            text="\n".join(faq_answer(part) for part in topics), buttons=buttons
        )
        if (
            "exchanges" in topics
            and someone_else_bought_it(tracker)
            and not tracker.get_slot(LAST_ORDER)
            and not _told_how_without_a_number(tracker)
        ):
            # A gift's recipient seldom has the order number: the way forward without it, once.
            settings = load_settings()
            dispatcher.utter_message(
                response="utter_no_order_number_gift",
                order_request="help you exchange or return it",
                contact_email=settings.contact_email,
                contact_phone=settings.contact_phone,
                opening_hours=settings.opening_hours,
            )
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
