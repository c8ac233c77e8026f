"""What a message asks of one product when it asks several things at once: "Is it in stock, and is
it big enough for a laptop? And what's the price exactly?" (stranger test 91, docs/nlu/
stranger-test-91.md, B2) asks its stock, what fits inside it and its price; "Is it in stock in
medium in the blue, how much is it, and what's it made of?" (stranger test 92, B2) its stock, its
price and its material. Each is answered in turn (actions/questions_of_one.py); which things fit
inside is shop_nlu/carried_inside.py's reading."""

from __future__ import annotations

import re

from shop_nlu.carried_inside import carried_inside

STOCK, PRICE, INSIDE, MATERIAL = "stock", "price", "inside", "material"

# "is it in stock", "instock?", "is it available", "any left", "sold out?", "still got it", "does
# it come in", "do you have it in"; never "the first one" alone (a pick).
_STOCK = re.compile(
    r"\bin\s*stock\b|\bavail(?:able|ability)?\b|\bsold\s+out\b|\bany\s+left\b"
    r"|\bstill\s+(?:have|got)\s+(?:it|one|any)\b|\bcomes?\s+in\b"
    r"|\b(?:have|got|carry)\s+(?:it|them|this|that|one)\s+in\b"
)
# "how much is it", "hw much", "what's the price", "what does it cost", "how pricey"; never "how
# much room" (what fits inside).
_PRICE = re.compile(
    r"\b(?:how|hw|hoe)\s+much\b(?!\s+(?:room|space|stuff|can|does\s+it\s+(?:hold|fit)))"
    r"|\bprices?\b|\bpricing\b|\bcost(?:s|ing)?\b|\bhow\s+(?:expensive|pricey)\b"
)
# "what's it made of", "what is it made from", "what material is it", "what fabric".
_MATERIAL = re.compile(
    r"\bmade\s+(?:of|from|out\s+of)\b|\bwhat(?:'s|s|\s+is)\s+it\s+made\b"
    r"|\bmaterials?\b|\bmateral\b|\bfabrics?\b"
)


def questions_of_one(text: str) -> frozenset[str]:
    """The things `text` asks of one product, of STOCK, PRICE, INSIDE and MATERIAL."""
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
    return frozenset(asked)
