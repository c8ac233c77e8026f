"""Which FAQ topic a service question asks about: its intent's topic (content/faq.yml), the
narrower one its words ask for ("are you open on sundays?" of the contact questions), the parts of
the returns answer asked for, and whether a message complains about what arrived. Facts for
actions/service.py, which answers; this module says nothing."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from actions.conversation import bot_answer
from actions.delivery_replies import exchange_time_text
from actions.gift_without_number import buyers_gift_note
from actions.order_lookup import someone_else_bought_it
from commerce.config import load_settings
from commerce.faq import faq_answer
from shop_nlu.customs_questions import CUSTOMS_QUESTION
from shop_nlu.item_problems import ORDER_NOT_ARRIVED, speaks_of_an_item_problem
from shop_nlu.parcel_questions import ONE_PARCEL_QUESTION

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
    # "How long have I got to send it back", "by when": the window, which the policy's first
    # sentence gives (stranger test 34); not how long a refund or an exchange takes.
    "return_policy": re.compile(
        r"\bhow (?:long|many days|much time)\b[^?.]{0,12}\b(?:(?:have|do|did|will|would|can|"
        r"could|may|r|are)\s+)?(?:i|we|u|you|they)\s+(?:got|get|have|keep|return|send)\b"
        r"(?![^?.]{0,12}\b(?:refund\w*|money|replacement|new one|exchang\w*))"
        r"|\bhow (?:long|many days) after\b|\b(?:until|till|til|by) when\b|\bdeadline\b"
        r"|\btime ?limit\b|\breturn (?:window|period)\b|\blast day\b"
        r"|\bwithin how (?:long|many days)\b"
    ),
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
        r"\bhow much\b(?! time)[^?.]{0,30}\b(?:get|getting|refund\w*|money)\b"
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
# How many of the shopper's earlier messages can make a refund question about a missing order.
_LOOK_BACK = 10
# A complaint about what arrived (damaged, faulty, the wrong one) gets what the shop does about it
# and the way to start a return here, not only "a person handles complaints".
ITEM_PROBLEM = "damaged_or_wrong_items"
# The button under a complaint about what arrived (here, in the hand-over and the replacement).
START_A_RETURN = {"title": "Start a return", "payload": "/return_order"}
DAMAGED_REPLACEMENT = "damaged_replacement"  # a new one for it, rather than the money back
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
# "Do u do discount for bulk orders", "a trade price?", "cheaper if i buy 10 or more?", "money off
# for 8 shirts": buying many of something, not a discount for who one is.
_MANY = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|multiple|lots|many)"
_BUYING_MANY = re.compile(
    r"\b(?:bulk|wholesale|trade (?:discount|price|pricing|rate|account)s?|multi-?buy"
    r"|(?:volume|quantity|multiple|group order) (?:discount|price|pricing)s?"
    r"|(?:large|big|bigger|larger|team|staff|company|corporate) orders?"
    rf"|(?:buy|buying|order|ordering|get|getting|purchas\w*) (?:in )?{_MANY}\b"
    rf"|(?:for|of) {_MANY} (?:of (?:them|these|those|each)|(?!(?:year|month|week|day)s)\w+s)\b"
    rf"|{_MANY} or more|more than (?:one|1)\b)"
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
        # "Must I pay customs or taxes extra when it comes to Austria?" (stranger test 31).
        ("customs_duties", CUSTOMS_QUESTION),
        # "Will the suit, shirt and loafers come in the same box?" (stranger test 71).
        ("one_parcel", ONE_PARCEL_QUESTION),
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
        # "do u do discount for bulk orders", "cheaper if i buy 10?": buying many, before "staff".
        ("bulk_discounts", _BUYING_MANY),
        (
            "group_discounts",
            re.compile(
                r"\b(?:nurses?|nursing|healthcare|health care|medical|doctors?|nhs|teachers?|military"
                r"|veterans?|vets|army|seniors?|pensioners?|first responders?|key workers?"
                r"|essential workers?|hospital|police|firefighters?|employees?|staff"
                # a trade: "any discount for restaurant worker", "do cooks get a discount?"
                r"|workers?|restaurants?|hospitality|catering|cooks?|chefs?|waiters?|waitress(?:es)?"
                r"|bartenders?|baristas?|retail|tradesmen|tradespeople|trades?)\b"
            ),
        ),
    ),
}
NARROW_TOPICS["ask_delivery_time"] = NARROW_TOPICS["ask_shipping"]
# "Will the sleeves be long enough? I've got long arms": a garment's fit, never the shoe chart
# (stranger test 34); of a product in focus, that product (actions/service.py).
ASKS_GARMENT_FIT = re.compile(
    r"\b(?:sleeves?|arms?|legs?)\b[^.?!]*\b(?:long|short|length|enough)\b"
    r"|\b(?:long|longer|short|shorter|length)\b[^.?!]*\b(?:sleeves?|arms?|legs?)\b"
    r"|\b(?:inside leg|inseam|shoulders?)\b"
)
NARROW_TOPICS["ask_size_guide"] = (("garment_fit", ASKS_GARMENT_FIT),)
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
# "Ship it straight to his house": their name and address at checkout, a part of the gift answer
# said beside a delivery date (actions/where_it_goes.py).
GIFT_RECIPIENT = "gift_recipient"
# Topics picked by the words of a question (and the conversation) rather than by its intent alone.
TOPICS_BY_WORDS = (
    tuple(_NARROW_RETURN_QUESTIONS)  # the returns answer's parts, and the amount and packaging
    + (LATE_OR_LOST, ITEM_PROBLEM, DAMAGED_REPLACEMENT, GIFT_RECIPIENT)
    + tuple(dict.fromkeys(topic for narrow in NARROW_TOPICS.values() for topic, _ in narrow))
)


def narrow_topic(intent: str, text: str) -> str | None:
    """The narrower topic a question's words ask about within its intent, or None."""
    text = text.lower()
    return next(
        (topic for topic, words in NARROW_TOPICS.get(intent, ()) if words.search(text)), None
    )


def spoke_of_an_item_problem(tracker) -> bool:
    """Whether one of the shopper's earlier messages (not this one) said so."""
    said = [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ][-_LOOK_BACK - 1 : -1]
    return any(speaks_of_an_item_problem(text) for text in said)


# "I want new pair, not money back", "can you just send the same again", "a replacement please":
# the same thing again rather than a refund. After a damaged or wrong item that is the replacement
# the shop's rule for such items offers, not an exchange for another size or colour.
_WANTS_THE_SAME_AGAIN = re.compile(
    r"\b(?:new (?:one|ones|pair|pairs|shoes?|boots?)|(?:another|a fresh|a good) (?:one|pair)"
    r"|replac\w*|(?:the )?same (?:again|one|ones|pair|thing)|(?:send|get) (?:me )?(?:it|them) again"
    r"|not (?:the |my |a )?(?:money back|refund))\b"
)


def wants_a_replacement_of_a_damaged_item(text: str, tracker) -> bool:
    """Whether `text` asks for a new one instead of the money back, in a conversation about an
    item that arrived damaged, faulty or wrong (this message or one of the last few)."""
    return bool(_WANTS_THE_SAME_AGAIN.search(text.lower())) and (
        speaks_of_an_item_problem(text) or spoke_of_an_item_problem(tracker)
    )


def about_an_item_problem(tracker) -> bool:
    """Whether this message or one of the shopper's last few says an item arrived damaged,
    faulty or wrong: another one is then its replacement, not another size or colour."""
    text = tracker.latest_message.get("text") or ""
    return speaks_of_an_item_problem(text) or spoke_of_an_item_problem(tracker)


def exchange_answer(tracker) -> dict:
    """The reply (text, buttons) to a wish for another one: the replacement steps after a damaged
    or wrong item, with the button that starts its return; else the exchanges answer (another
    size or colour). After such an item, "I'd rather exchange it" is its replacement too: the
    right one, by the steps of the shop's rule for such items; unless another colour or size is
    asked for now ("swap it for the navy one instead of the camel", stranger test 55)."""
    if about_an_item_problem(tracker) and not _asks_for_another_colour_or_size(tracker):
        return {"text": faq_answer(DAMAGED_REPLACEMENT), "buttons": [START_A_RETURN]}
    # "... and who pays for the return shipping?": that part too (stranger test 56, Priya #8).
    if _WHO_PAYS_THE_RETURN.search((tracker.latest_message.get("text") or "").lower()):
        return {"text": "\n".join((faq_answer("exchanges"), faq_answer("return_shipping")))}
    # "if he not fit can he change size himself? he dont have order number" (stranger test 58).
    return {"text": "\n".join(filter(None, (faq_answer("exchanges"), buyers_gift_note(tracker))))}


# "who pays for the return shipping?", "do we pay the return postage?", "is return shipping free?"
_WHO_PAYS_THE_RETURN = re.compile(
    r"\breturn (?:shipping|postage|post|label|delivery|costs?)\b"
    r"|\b(?:who pays|pay for|covers?|cost|free)\b[^.?!]{0,30}\b(?:shipping|postage|sending it back)\b"
)


def _asks_for_another_colour_or_size(tracker) -> bool:
    """Whether this message, not itself a complaint, names a colour or size wanted instead."""
    latest = tracker.latest_message or {}
    return not speaks_of_an_item_problem(latest.get("text") or "") and any(
        entity.get("entity") in ("colour", "size") and not entity.get("role")
        for entity in latest.get("entities") or []
    )


def speaks_of_a_missing_order(tracker) -> bool:
    """Whether this message or one of the shopper's last few says an order has not arrived."""
    said = [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ][-_LOOK_BACK:] + [tracker.latest_message.get("text") or ""]
    return any(ORDER_NOT_ARRIVED.search(text.lower()) for text in said)


def refund_for_a_missing_order(text: str, tracker) -> bool:
    """Whether `text` asks for the money back on an order the conversation says never came
    ("can i just get my money back then"): a refund for non-delivery, not a return."""
    refund = _NARROW_RETURN_QUESTIONS["return_refunds"]
    return bool(refund.search(text.lower())) and speaks_of_a_missing_order(tracker)


def asks_return_part(part: str, text: str) -> bool:
    """Whether `text`'s words ask for `part` of the returns answer ("who pays the postage")."""
    return bool(_NARROW_RETURN_QUESTIONS[part].search(text.lower()))


def returns_topics(text: str, tracker) -> tuple[str, ...]:
    """The parts of the returns answer a returns question asks for (all of them for the policy,
    the short answer for a general question), or the late or lost orders answer for a refund on
    an order that never came."""
    text = text.lower()
    asked = tuple(topic for topic, words in _NARROW_RETURN_QUESTIONS.items() if words.search(text))
    if refund_for_a_missing_order(text, tracker):
        return (LATE_OR_LOST,)
    if wants_a_replacement_of_a_damaged_item(text, tracker):
        return (DAMAGED_REPLACEMENT,)
    if text.startswith("/") and faq_answer(RETURNS_IN_SHORT[-1]) in bot_answer(tracker):
        # "More about returns" tapped under the short answer: the parts not said yet.
        return tuple(part for part in RETURN_PARTS if part not in RETURNS_IN_SHORT)
    if _ASKS_FOR_THE_POLICY.search(text):
        return RETURN_PARTS
    if someone_else_bought_it(tracker) and _GIFT_THAT_DOES_NOT_FIT.search(text):
        # "... and who pays for the return shipping?": that part too (stranger test 56, Priya #8).
        return ("exchanges", *(part for part in asked if part == "return_shipping"))
    if not asked or asked == ("return_policy",):  # "how long have i got": with the free label
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


def tell_exchange_time(dispatcher, *, replacement: bool, offer_return: bool) -> None:
    """The days an exchange (`replacement`: a damaged or wrong item's replacement) arrives if its
    return is posted today; `offer_return` adds the button that starts the return."""
    settings = load_settings()
    today = datetime.now(timezone.utc).date()
    dispatcher.utter_message(
        text=exchange_time_text(
            today, settings.return_window_days, settings.contact_email, replacement=replacement
        ),
        buttons=[START_A_RETURN] if offer_return else [],
    )
