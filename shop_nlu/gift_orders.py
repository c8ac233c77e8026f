"""Who holds an order's number, in the shopper's words: that someone else bought the order (a gift
received, "she bought it, not me"), that the shopper has no order number ("i dont have the order
number"), and, said by a gift's buyer, that the one it is for has none ("he dont have order number":
stranger test 58, Linh #6). The answers are in actions/order_lookup.py and
actions/gift_without_number.py."""

from __future__ import annotations

import re

# "She bought it, not me", "it was a birthday present": the shopper is not the buyer.
_SOMEONE_ELSE_BOUGHT_IT = re.compile(
    r"\b(?:gift\w*|present|birthday|bday|christmas|xmas|not me|wasn'?t me|(?:she|he|they|my \w+) "
    r"(?:bought|ordered|got|gave|sent|paid for)(?: me)? (?:it|them|this|these|me|a|an|the)|"
    r"(?:bought|ordered|got) (?:it |them )?for me)\b"
)
# A present the shopper gives, not one received (stranger test 40): "do you do gift wrapping or a
# gift note? the tie might be a present for my son-in-law", "a christmas gift for my brother".
_A_GIFT_GIVEN = re.compile(
    r"\bgift[- ]?(?:wrap\w*|note|box\w*|message|card|receipt|bag|set)s?\b"
    r"|\b(?:(?:birthday|bday|christmas|xmas|wedding|anniversary)\s+)?(?:gift|present)s?\s+"
    r"(?:for|to)\s+(?!me\b|myself\b)\w+"
)
# "I don't have the order number": said with the no_order_number intent, or in these words.
_NO_ORDER_NUMBER = re.compile(
    r"\b(?:do ?n'?t|do not|dont|never|no) (?:have|got|get|had|know)\b.{0,20}\border (?:number|no|#)"
    r"|\bno order (?:number|no|#)|\bwithout (?:an?|the|my) order (?:number|no|#)"
    # "can't find my order number", "lost the order number" (stranger test 94, B8)
    r"|\b(?:can'?t|cannot|can not|cant) find (?:the |my )?order (?:number|no|#)"
    r"|\blost (?:the |my )?order (?:number|no|#)"
    # "the order number has gone the way of all paper", "the order no. is long gone", "threw the
    # confirmation away so no number" (stranger test 98, B7)
    r"|\border (?:number|no\.?|#) (?:has |had |is |was |'s )?(?:long |all |been |gone )*"
    r"(?:gone|lost|missing|disappeared|thrown)"
    r"|\b(?:so|but|and|,) no (?:order )?(?:number|no\.|#)(?! of\b)"
)
# "he dont have order number", "she wont have the order number", "can my colleague exchange it
# without the order number": the person a gift is for has no order number, said by its buyer.
_THEY_HAVE_NO_NUMBER = re.compile(
    r"\b(?:he|she|they|him|her|them|my \w+)\b[^.?!]{0,40}?"
    r"(?:\b(?:do ?n'?t|does ?n'?t|dont|doesnt|wo ?n'?t|wont|not|never|no)\b[^.?!]{0,20}?"
    r"\border (?:number|no|#)|\bwithout (?:an?|the|his|her|their) order (?:number|no|#))"
)


def says_someone_else_bought_it(text: str) -> bool:
    """Whether the message says the order was bought by someone else (a gift received), not a gift
    the shopper gives."""
    lowered = text.lower()
    return bool(_SOMEONE_ELSE_BOUGHT_IT.search(_A_GIFT_GIVEN.sub(" ", lowered)))


def says_no_order_number(text: str) -> bool:
    """Whether the message says the shopper has no order number."""
    return bool(_NO_ORDER_NUMBER.search(text.lower()))


def says_they_have_no_number(text: str) -> bool:
    """Whether the message says the person a gift is for has no order number."""
    return bool(_THEY_HAVE_NO_NUMBER.search(text.lower()))
