"""Which of the products on screen is the cheaper one, asked beside another question: "Which of
those is the cheaper one, and would it arrive by the 12th if I ordered it today?" (stranger test
80, docs/nlu/stranger-test-80.md, B5) got only the delivery answer."""

from __future__ import annotations

import re

from shop_nlu.typos import with_key_words_corrected

# "which of those is the cheaper one", "which one is cheapest", "wich is the less expensive one".
_WHICH_IS_CHEAPER = re.compile(
    r"\bwhich\b[^.?!;]{0,30}?\b(?:cheaper|cheapest|less\s+expensive|least\s+expensive|"
    r"lower\s+price[d]?|lowest\s+price[d]?)\b"
)

# "which shipping is cheaper", "which is cheaper, standard or express?": the shipping, not a product.
_A_WAY_OF_SHIPPING = re.compile(
    r"\b(?:shipping|delivery|postage|option|options|method|methods|way|ways|courier|service|"
    r"standard|express)\b"
)


def asks_which_is_cheaper(text: str) -> bool:
    """Whether `text` asks which of the products spoken of is the cheaper (or cheapest) one."""
    corrected = with_key_words_corrected(text, ("which", "cheaper", "cheapest")).lower()
    asked = _WHICH_IS_CHEAPER.search(corrected)
    clause = re.split(r"[.?!;]", corrected[asked.start() :])[0] if asked else ""
    return bool(asked and not _A_WAY_OF_SHIPPING.search(clause))


# "the cheaper one of those", "the cheapest pair", "the less expensive of them": one of the
# products on screen picked by its price, with no kind named ("the cheaper belt" names one:
# shop_nlu/cart_picks.py) (stranger test 87, docs/nlu/stranger-test-87.md, B4).
_ONE_OF_THOSE_BY_PRICE = re.compile(
    r"\b(?P<end>cheaper|cheapest|less\s+expensive|least\s+expensive|lower[- ]priced|pricier|"
    r"priciest|dearer|dearest|more\s+expensive|most\s+expensive)\s+"
    r"(?:one|ones|pair|of\s+(?:those|them|these|the\s+two|the\s+lot))\b"
)
_LOW = ("cheaper", "cheapest", "less", "least", "lower")


def price_end_of_those(text: str) -> str | None:
    """Which end of the prices on screen a message picks without naming a kind: "low" for "the
    cheaper one of those", "high" for "the pricier one", None when it picks none so."""
    corrected = with_key_words_corrected(text, ("cheaper", "cheapest")).lower()
    found = _ONE_OF_THOSE_BY_PRICE.search(corrected)
    if found is None:
        return None
    return "low" if found.group("end").startswith(_LOW) else "high"
