"""Asking whether a product comes with something: "Does it come with the trousers or I must buy
separately?", "is the waistcoat included", "are the pants sold separately?" (stranger test 35,
docs/nlu/stranger-test-35.md, worst problem 4). The thing asked about is read here; whether the
product comes with it is the catalog's (commerce/included_items.py). Heard as a search for the
thing named ("trousers"), such a question is about the product in focus; shop_nlu/resolution.py
weighs it."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT

QUESTION_INTENT = "ask_product_question"
# What such a question may be heard as: a search for the thing it names, unsure, a purchase, the
# price ("included in the price").
MAY_ASK_IF_INCLUDED = frozenset({
    SEARCH_INTENT, "refine_search", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "buy", "complaint",
    "ask_price", "check_availability",
})  # fmt: skip
# Questions about the order, not the goods: "does it come with free shipping?" is shipping's.
_NOT_GOODS = re.compile(
    r"\b(?:ship\w*|deliver\w*|postage|tax\w*|vat|duty|duties|returns?|refunds?|discounts?|"
    r"size|sizes|colou?rs?|warranty|guarantee)\b"
)
# "is it sold separately?" names nothing: what "it" is, is the product itself.
_NOT_AN_ITEM = re.compile(
    r"\b(?:it|its|them|they|that|this|these|those|is|are|do|does|be|one|you|i|we)\b"
)
_DETERMINERS = r"(?:(?:a|an|the|its|their|any|some|matching|own|pair of|set of|of)\s+)*"
_ITEM = r"(?P<item>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
# "does it come with", "does the jacket come with", "comes w/" opening the message; never "suits
# that come with a waistcoat", which asks for suits.
_WHAT_COMES = (
    r"(?:^\W*|\b(?:does|do|will|would|did|is|are)\s+(?:it|this|that|they|these|those|"
    r"(?:the|this|that)\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:(?:also|really|actually)\s+)?)"
)
_ASKS_IF_INCLUDED = (
    re.compile(rf"{_WHAT_COMES}com(?:e|es|ing)\s+(?:with|w/?)\s+{_DETERMINERS}{_ITEM}"),
    # "is the waistcoat included", "trousers included?", "are the pants part of it"
    re.compile(rf"\b{_ITEM}\s+(?:are\s+|is\s+)?(?:included|part of (?:it|the (?:set|suit|price)))"),
    # "does the price include the trousers", "does it include a belt"
    re.compile(
        rf"\b(?:does|do|will)\s+(?:it|the price|this|that)\s+includ(?:e|es)\s+"
        rf"{_DETERMINERS}{_ITEM}"
    ),  # fmt: skip
    # "do i buy the trousers separately", "are the trousers sold separately"
    re.compile(rf"\b(?:buy|get|order|purchase)\s+{_DETERMINERS}{_ITEM}\s+separately\b"),
    re.compile(rf"\b{_ITEM}\s+(?:are\s+|is\s+)?(?:sold|bought|purchased|priced)\s+separately\b"),
)
# Words that end the thing asked about: "the trousers or i must buy separately".
_ENDS_ITEM = re.compile(
    r"\s+(?:or|and|too|also|as|with|included|separately|for|in|to|if|is|are|it|them|sold|"
    r"please|pls|plz)\b.*$"
)


def item_asked_if_included(text: str) -> str | None:
    """The thing a message asks whether the product comes with ("does it come with the
    trousers?" -> trousers), or None when it asks no such thing."""
    lowered = text.lower()
    for pattern in _ASKS_IF_INCLUDED:
        if match := pattern.search(lowered):
            item = _ENDS_ITEM.sub("", match.group("item")).strip()
            item = re.sub(rf"^{_DETERMINERS}", "", item).strip()
            if item and not _NOT_AN_ITEM.search(item) and not _NOT_GOODS.search(item):
                return item
    return None
