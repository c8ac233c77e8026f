"""What a message asks of one product when it asks several things at once: "Is it in stock, and is
it big enough for a laptop? And what's the price exactly?" (stranger test 91, docs/nlu/
stranger-test-91.md, B2) asks its stock, what fits inside it and its price; "Is it in stock in
medium in the blue, how much is it, and what's it made of?" (stranger test 92, B2) its stock, its
price and its material. Each is answered in turn (actions/questions_of_one.py); which things fit
inside is shop_nlu/carried_inside.py's reading. Any other question about it said beside them ("Is it
in stock in a 14, and how much is it? Does it come in a longer length?", stranger test 93, B2) is
OTHER: answered by what the catalog says on it, never dropped."""

from __future__ import annotations

import re

from commerce.product_facts import question_topic
from shop_nlu.carried_inside import carried_inside

STOCK, PRICE, INSIDE, MATERIAL, OTHER = "stock", "price", "inside", "material", "other"
# "Tell me a bit more about the first one, and is it in stock in a 12?" (stranger test 95, B2):
# its details (the card) as well as its stock.
DETAILS = "details"
_DETAILS = re.compile(
    r"\btell\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+|some\s+)?more\b"
    r"|\bmore\s+(?:details?|info(?:rmation)?)\b|\b(?:know|hear)\s+(?:a\s+bit\s+)?more\s+about\b"
)

# "is it in stock", "instock?", "is it available", "any left", "sold out?", "still got it", "does
# it come in", "do you have it in", "have the first one in"; never "the first one" alone (a pick).
_STOCK = re.compile(
    r"\bin\s*stock\b|\bavail(?:able|ability)?\b|\bsold\s+out\b|\bany\s+left\b"
    r"|\bstill\s+(?:have|got)\s+(?:it|one|any)\b|\bcomes?\s+in\b"
    r"|\b(?:have|got|carry)\s+(?:it|them|this|that|one|the\s+\w+(?:\s+one)?)\s+in\b"
)
# "how much is it", "hw much", "what's the price", "what does it cost", "how pricey"; never "how
# much room" (what fits inside), nor "how much does the first one weigh".
_PRICE = re.compile(
    r"\b(?:how|hw|hoe)\s+much\b(?!\s+(?:room|space|stuff|can|does\s+it\s+(?:hold|fit)))"
    r"(?!\s+(?:does|do|did)\s+(?:[\w'-]+\s+){1,3}?weigh)"
    r"|\bprices?\b|\bpricing\b|\bcost(?:s|ing)?\b|\bhow\s+(?:expensive|pricey)\b"
)
# "what's it made of", "what is it made from", "what material is it", "what fabric".
_MATERIAL = re.compile(
    r"\bmade\s+(?:of|from|out\s+of)\b|\bwhat(?:'s|s|\s+is)\s+it\s+made\b"
    r"|\bmaterials?\b|\bmateral\b|\bfabrics?\b"
)


def questions_of_one(text: str) -> frozenset[str]:
    """The things `text` asks of one product, of STOCK, PRICE, INSIDE, MATERIAL, OTHER and
    DETAILS."""
    lowered = text.lower().replace("\u2019", "'")
    asked = set()
    if _STOCK.search(lowered):
        asked.add(STOCK)
    if _PRICE.search(lowered):
        asked.add(PRICE)
    if carried_inside(lowered) is not None:
        asked.add(INSIDE)
    if _MATERIAL.search(lowered):
        asked.add(MATERIAL)
    if other_questions(text):
        asked.add(OTHER)
    if _DETAILS.search(lowered):
        asked.add(DETAILS)
    return frozenset(asked)


# A sentence, with what ends it; a clause of it asks when it starts as a question does, or ends
# the sentence with "?".
_SENTENCE = re.compile(r"[^?.!]+[?.!]*")
_STARTS_AS_A_QUESTION = re.compile(
    r"^\W*(?:(?:and|also|plus|so|oh|but|then)\W+)*(?:is|are|does|do|did|can|could|will|would|has"
    r"|have|how|what|whats|which|r)\b"
)
# Where one question of several ends inside a sentence: a comma, "and", "also", "plus".
_CLAUSE_BREAK = re.compile(r"[,;]+|\b(?:and|also|plus)\b")
# "does it come in a longer length?" asks of its length, which no stock table holds; "does it come
# in a 14?" asks its stock, answered as STOCK.
_ABOUT_A_MEASURE = "measurements"
_OCCASION = "occasion"


def other_questions(text: str) -> list[str]:
    """The clauses of the questions in `text` that ask something of the product none of STOCK,
    PRICE, INSIDE and MATERIAL answers, by a topic the catalog's words may answer ("Does it come
    in a longer length?", "is it machine washable"): the first of each topic, in their order.
    Small talk ("it's for my daughter's wedding.") asks nothing."""
    lowered = text.lower().replace("\u2019", "'")
    found: dict[str, str] = {}
    for sentence in _SENTENCE.findall(lowered):
        clauses = [part.strip(" ?.!") for part in _CLAUSE_BREAK.split(sentence)]
        for at, clause in enumerate(clauses):
            # "..., we're going to a summer wedding" tells; "any longer lengths??" asks.
            ends_the_question = at == len(clauses) - 1 and sentence.rstrip().endswith("?")
            if not (ends_the_question or _STARTS_AS_A_QUESTION.match(clause)):
                continue
            topic = question_topic(clause)[0] if clause else None
            # "what's the sole made of" is MATERIAL's to answer, whatever part it names.
            # "is it suitable for church?" is answered by the occasions it is listed for.
            if topic in (None, MATERIAL, _OCCASION) or _MATERIAL.search(clause):
                continue
            if carried_inside(clause) is not None:
                continue
            if _PRICE.search(clause) or (_STOCK.search(clause) and topic != _ABOUT_A_MEASURE):
                continue
            found.setdefault(topic, clause)
    return list(found.values())
