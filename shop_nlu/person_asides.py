"""What a message asking for a person says besides (stranger tests 88 and 89, B8): a feeling to
acknowledge ("honestly I'm getting quite frustrated") and a question about the state a return must
be in ("can he return it after the prom, or does it have to be unworn with the tags on?"), both
to be answered before the way to a person (actions/asked_with_a_person.py); and, the other way
round, a person to call asked beside a service question ("... is there someone I can call?"),
given after its answer (actions/person_after_answer.py)."""

from __future__ import annotations

import re

from shop_nlu.person_requests import asks_for_a_person

# "I'm getting quite frustrated", "so fed up", "this is really annoying", "I'm upset".
_FRUSTRATED = re.compile(
    r"\b(?:frustrat\w*|fed up|annoy(?:ed|ing)|upset(?:ting)?|exasperat\w*|at my wits'? end"
    r"|sick (?:and tired )?of (?:waiting|this)|losing (?:my )?patience)\b"
)
# "does it have to be unworn with the tags on?", "can he return it after the prom?", "if it's
# been worn can i still send it back", "do the tags need to be on", "returned once worn?".
_RETURN_CONDITION = re.compile(
    r"\bun-?worn\b|\bun-?washed\b|\btags?\b[^?.]{0,20}\b(?:on|attached|still|removed|off|cut)\b"
    r"|\b(?:on|attached|without|no|removed?|cut off)\b[^?.]{0,12}\btags?\b"
    r"|\b(?:worn|wore|wearing|wear|used|washed)\b[^?.]{0,30}\b(?:return\w*|send\w* (?:it |them )?"
    r"back|refund\w*|exchang\w*)\b"
    r"|\b(?:return\w*|send\w* (?:it |them )?back|refund\w*|exchang\w*)\b[^?.]{0,40}"
    r"\b(?:once|after|if|when)\b[^?.]{0,20}\b(?:worn|wore|wearing|wear|used|washed|the (?:prom|"
    r"party|wedding|event|dance|ball|night))\b"
)

_SOMEONE = r"(?:someone|somebody|anyone|anybody|a (?:real |actual )?(?:person|human))"
# "is there someone I can call?", "can I phone someone", "is there a number I can ring", "what's
# your phone number": a person by phone, asked beside a service question (stranger test 89, B8).
_SOMEONE_TO_CALL = re.compile(
    rf"\b{_SOMEONE}\s+(?:i|we)\s+(?:can|could)\s+(?:call|ring|phone|speak to|talk to)\b"
    rf"|\b(?:call|ring|phone|speak to|talk to|speak with|talk with)\s+{_SOMEONE}\b"
    rf"|\b(?:can|could|will)\s+{_SOMEONE}\s+(?:call|ring|phone)\s+(?:me|us)\b"
    r"|\bnumber\s+(?:(?:i|we)\s+(?:can|could)|to)\s+(?:call|ring|phone)\b"
    r"|\b(?:phone|telephone|contact)\s+(?:number|no\b)"
)

# "how much is shipping", "what does express delivery cost", "is shipping free": its cost.
_SHIPPING_COST = re.compile(
    r"\b(?:how much|cost|costs|price|fee)\b[^?.!]{0,30}\b(?:shipping|delivery|postage)\b"
    r"|\b(?:shipping|delivery|postage)\b[^?.!]{0,20}\b(?:cost|costs|price|fee|free)\b"
)
# "do u take paypal?", "what payment methods", "can i pay by card": the ways to pay, never a
# charge gone wrong ("charged twice on my credit card").
_WAYS_TO_PAY = re.compile(
    r"\bhow (?:do|can|would) (?:i|we|u|you) pay\b|\bpay(?:ing)? (?:with|by|via|using) "
    r"|\bpayment (?:methods?|options?|types?)\b|\bways? (?:to|of) pay\b"
    r"|\b(?:take|accept|do you do)\b[^?.!]{0,15}\b(?:paypal|apple ?pay|google ?pay|cards?|visa"
    r"|mastercard|amex|klarna|afterpay)\b"
)
# "how long does delivery take", "how fast is shipping", "how many days to ship".
_DELIVERY_TIME = re.compile(
    r"\bhow (?:long|fast|quick\w*|soon|many days)\b[^?.!]{0,30}\b(?:shipping|delivery|deliver|ship"
    r"|arrive|get here|take)\b"
)


def says_frustrated(text: str) -> bool:
    """Whether the shopper says they are frustrated, fed up or upset."""
    return bool(_FRUSTRATED.search(text.lower()))


def asks_return_condition(text: str) -> bool:
    """Whether the message asks in what state something may be returned (worn, tags on)."""
    return bool(_RETURN_CONDITION.search(text.lower()))


def asks_for_someone_to_call(text: str) -> bool:
    """Whether the message asks for a person to call or speak to ("is there someone I can call?",
    "a number I can ring", "can i talk to a human about it")."""
    return bool(_SOMEONE_TO_CALL.search(text.lower())) or asks_for_a_person(text)


def asks_shipping_cost(text: str) -> bool:
    """Whether the message asks what shipping costs ("how much is shipping?")."""
    return bool(_SHIPPING_COST.search(text.lower()))


def asks_delivery_time(text: str) -> bool:
    """Whether the message asks how long delivery takes ("how long does delivery take?")."""
    return bool(_DELIVERY_TIME.search(text.lower()))


def asks_ways_to_pay(text: str) -> bool:
    """Whether the message asks which ways of paying the shop takes ("do u take paypal?")."""
    return bool(_WAYS_TO_PAY.search(text.lower()))
