"""Which FAQ topic a service question asks about: its intent's topic (content/faq.yml), the
narrower one its words ask for ("are you open on sundays?" of the contact questions), the parts of
the returns answer asked for, and whether a message complains about what arrived. Facts for
actions/service.py, which answers; this module says nothing."""

from __future__ import annotations

import re

from actions.conversation import bot_answer
from actions.order_lookup import someone_else_bought_it
from commerce.faq import faq_answer

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
