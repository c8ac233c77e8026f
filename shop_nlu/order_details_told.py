"""An order number and/or an email told in a sentence: "The number is HL-4TR8QP and my mail is
marco.bellini@example.it", "order HL-4TR8QP placed with ann@example.com". The answer to "which
order?" (or to a form's "your email?"), however it is wrapped, as the bare "HL-4TR8QP
ann@example.com" is (stranger test 33, docs/nlu/stranger-test-33.md). A message that also says
what to do ("cancel HL-4TR8QP, email ...") keeps its intent. No Rasa here; shop_nlu/resolution.py
weighs it."""

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
