"""A clear request for a person: "I want to speak with a real person please", "can I talk to a
human", "put me through to someone". It wins over the other topics of the same message ("I have
the confirmation email. I want to speak with a real person", heard as a question about accounts:
stranger test 33, docs/nlu/stranger-test-33.md). No Rasa here; shop_nlu/resolution.py weighs it.
"""

from __future__ import annotations

import re

PERSON_INTENT = "request_human"
# What a request for a person is heard as when the message says more. Never a complaint: that is
# handed over too (the team's contact details, a late order owned), so nothing is lost.
MAY_ASK_FOR_A_PERSON = frozenset({
    "account_help", "password_help", "order_status", "ask_contact", "nlu_fallback",
    "out_of_scope", "bot_challenge", "cancel_order", "return_order", "change_order_address",
    "payment_problem", "request_invoice", "ask_delivery_time", "ask_shipping",
    "ask_return_policy", "no_order_number", "inform", "deny", "greet", "goodbye",
    # "could I speak to a real person about the sizing?" is not the size guide: the topic a person
    # is asked about never outweighs the asking (stranger test 39, Tom #10).
    "ask_size_guide", "ask_product_question", "product_details", "ask_price",
    "check_availability", "search_products", "refine_search", "compare_products",
    "ask_what_goes_with", "ask_payment_methods", "ask_gift_options", "ask_discounts",
})  # fmt: skip

_PERSON = (
    r"(?:(?:a|an|some|one|real|actual|live|human|proper|your|of your|from your|the)\s+)*"
    r"(?:person|persons|people|human|humans|human being|agent|agents|someone|somebody|"
    r"anyone|anybody|operator|representative|rep|staff|staff member|employee|manager|"
    r"customer service|customer support|support team|team member|team)\b"
)
_ASKS = re.compile(
    # "speak with a real person", "talk to someone from your staff", "chat with an agent"
    r"\b(?:speak|talk|chat|communicate)(?:ing)?\s+(?:to|with)\s+"
    + _PERSON
    # "put me through to someone", "connect me with an agent", "transfer me to a human"
    + r"|\b(?:put|get|connect|transfer|pass|forward|hand)\s+(?:me|us)\s+(?:through|over|on)?\s*"
    r"(?:to|with)\s+"
    + _PERSON
    # "I want a real person", "can I have a human", "give me an agent"
    + r"|\b(?:want|need|like|have|get|give me|gimme)\s+(?:to\s+(?:speak|talk)\s+to\s+)?"
    r"(?:a|an|some)\s+(?:real|actual|live|human|proper)\s+(?:person|human|agent|being)\b"
    r"|\b(?:want|need|get me|give me|gimme)\s+(?:a|an)\s+(?:human|agent|operator)\b",
    re.IGNORECASE,
)
# "I don't want to talk to a human", "no need to speak to anyone": not asked.
_NOT_ASKED_BEFORE = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|never|no need|not|without|rather not)\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)


def asks_for_a_person(text: str) -> bool:
    """Whether the message plainly asks to speak with a person (not "are you a real person?")."""
    for match in _ASKS.finditer(text):
        if not _NOT_ASKED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            return True
    return False
