"""An order number and/or an email told in a sentence: "The number is HL-4TR8QP and my mail is
marco.bellini@example.it", "order HL-4TR8QP placed with ann@example.com". The answer to "which
order?" (or to a form's "your email?"), however it is wrapped, as the bare "HL-4TR8QP
ann@example.com" is (stranger test 33, docs/nlu/stranger-test-33.md). A message that also says
what to do ("cancel HL-4TR8QP, email ...") keeps its intent. Also an email or an order number given
alone ("it's ann@example.com", "its order #A1B2C3"). No Rasa here; shop_nlu/resolution.py weighs
them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity

DETAILS = frozenset({"order_number", "email"})
# Words that only wrap the details: what they are, whose, and where they were used.
_WRAPPING = frozenset({
    "the", "a", "my", "our", "its", "it", "it's", "is", "was", "are", "and", "also", "both",
    "number", "no", "nr", "num", "ref", "reference", "id", "code", "order", "orders",
    "mail", "email", "e-mail", "e", "address", "account", "confirmation",
    "i", "i've", "ive", "used", "use", "placed", "made", "ordered", "bought", "paid", "with",
    "under", "on", "via", "by", "for", "from", "of", "this", "that", "that's", "these",
    "here", "here's", "heres", "they", "ok", "okay", "sure", "yes", "yeah", "sorry", "please",
    "pls", "thanks", "thank", "you", "hi", "hello", "again", "which", "had", "have",
})  # fmt: skip


def tells_order_details(entities: Iterable[Entity], text: str) -> bool:
    """Whether `text` gives an order number or an email (or both) and says nothing else."""
    given = [entity for entity in entities if entity.entity in DETAILS]
    if not given:
        return False
    rest = text
    for entity in given:
        rest = rest.replace(entity.text, " ")
    words = re.findall(r"[a-z][a-z'-]*", rest.lower())
    return all(word in _WRAPPING for word in words)


def only_an_email(entities: list[Entity], text: str) -> bool:
    """ "ann@example.com", "it's ann@example.com": an answer to "your email?", not a question."""
    emails = [entity for entity in entities if entity.entity == "email"]
    rest = text
    for entity in emails:
        rest = rest.replace(entity.text, " ")
    return bool(emails) and len(rest.split()) <= 2


# What may surround an order number given as an answer: "HL-4XK9PZ", "its order #A1B2C3".
_ORDER_NUMBER_FILLERS = frozenset({
    "it", "its", "it's", "is", "my", "the", "order", "number", "no", "nr", "ref", "reference",
    "here", "ok", "okay", "sure", "yes", "yeah", "sorry",
})  # fmt: skip


def only_an_order_number(entities: list[Entity], text: str) -> bool:
    """An order number on its own: the answer to "your order number?". With a verb ("cancel
    HL-4XK9PZ") it says what to do, and the classifier decides."""
    numbers = [entity for entity in entities if entity.entity == "order_number"]
    rest = text
    for entity in numbers:
        rest = rest.replace(entity.text, " ")
    words = re.findall(r"[a-z']+", rest.lower())
    return bool(numbers) and all(word in _ORDER_NUMBER_FILLERS for word in words)
