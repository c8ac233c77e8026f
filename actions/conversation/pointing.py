"""How a message points at products, from its words alone: picking one on screen by description
("the cheapest one", "the black one"), rather than a shipping option; speaking of the one in focus
("is it wool?", "do they come in 9?") or of several; asking for products like it ("anything
similar?"). Which product that is, is `reference`'s; these only say how the message points.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.conversation.said import latest_entities

# --- how a message points at a product -----------------------------------------------------------

# "the cheapest one", "the black one", "the one by Brera", "that one": pointing at a product on
# screen by what it is, not asking for a new search ("up to $250 for the right one" is any that
# suits: stranger test 52).
_POINTS_AT_ONE = re.compile(
    r"\b(?:the|that|this)\s+(?!(?:right|perfect|ideal)\s+one\b)(?:[\w'&-]+\s+){0,3}?one\b(?!s)|\bthe\s+one\s+(?:by|from|in|with|for|that)\b"
    r"|\bthe\s+(?:cheapest|priciest|most expensive|least expensive|last)\b"
    # ("show me the cheapest first", "the cheapest to dearest": the list in price order)
    r"(?!\s+(?:ones?\s+|items?\s+)?(?:first|1st|on top|at the top)\b|\s+to\s+(?:the\s+)?"
    r"(?:dearest|priciest|most expensive|cheapest|least expensive)\b)"
)
# "do they come in 10.5?", "is it in brown?": a question about the product in focus.
_REFERS_TO_FOCUS = re.compile(r"\b(?:it|its|they|them|this|these|those|that one|this one)\b")
# "it", "this": one product, the one in focus ("they" may be the list on screen).
SPEAKS_OF_IT = re.compile(r"\b(?:it|its|it's|this)\b(?!\s+one\b)")


# "cheapest one pls" without "the" (stranger test 86, A2): a superlative picks one all the same
# (not "cheapest ones first", a price order).
_SUPERLATIVE_ONE = re.compile(
    r"\b(?:cheapest|priciest|dearest|most expensive|least expensive)\s+one\b(?!s)"
    r"(?!\s+(?:first|1st|on top|at the top)\b)"
)
# "the cheaper 1", "cheapest 1 pls" (stranger tests 86 and 87): "1" said for "one", never a size
# or a number ("size 1", "no 1", "x 1").
_ONE_AS_1 = re.compile(r"(?<=[a-z] )(?<!\bsize )(?<!\bsz )(?<!\bno )(?<!\bx )1\b(?![.,/]\d)")


def points_at_shown(text: str) -> bool:
    """Whether a message picks a product on screen by description ("the cheapest one", "the
    cheaper 1", "cheapest one pls")."""
    lowered = _ONE_AS_1.sub("one", text.lower())
    return bool(_POINTS_AT_ONE.search(lowered) or _SUPERLATIVE_ONE.search(lowered))


# Words of shipping, not of a product ("the cheaper one" at the order review); no product on
# screen is picked by its speed ("go with the faster one").
_SHIPPING_WORDS = re.compile(
    r"\b(?:ship\w*|deliver\w*|post(?:age)?|courier|order|(?:fast|quick|slow|speedi)(?:er|est))\b"
)


def points_at_a_product(tracker: Tracker) -> bool:
    """Whether the latest message names a product or picks one on screen ("the cheaper one", "the
    second one", "the black one"), rather than a shipping option ("the cheaper one" at the order
    review)."""
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    return not _SHIPPING_WORDS.search(text.lower()) and (
        bool(entities.keys() & {"product", "product_handle", "ordinal"}) or points_at_shown(text)
    )


def speaks_of_one(text: str) -> bool:
    """Whether a message speaks of one product ("is it wool?"), not of several ("do they ...")."""
    return bool(SPEAKS_OF_IT.search(pointing_sentence(text)))


# Where one sentence of a message ends: "r those waterproof? it always rains there" is two, and
# its "it" is the weather; "11.5" is no end.
_SENTENCE_END = re.compile(r"[?!;]+|\.(?!\d)")


def pointing_sentence(text: str) -> str:
    """The first sentence of a message that points at products ("r those waterproof?" of "r those
    waterproof? it always rains at glastonbury lol"), lowercased; the whole message if none does."""
    lowered = text.lower()
    sentences = _SENTENCE_END.split(lowered)
    return next((one for one in sentences if _REFERS_TO_FOCUS.search(one)), lowered)


def refers_to_focus(text: str) -> bool:
    """Whether a message speaks of a product already in the conversation ("do they come in 9?")."""
    return bool(_REFERS_TO_FOCUS.search(text.lower()))


_ASKS_FOR_SIMILAR = re.compile(
    r"\b(?:similar|alike|same (?:style|kind|type|sort)|(?:something|anything|others?|ones?) like "
    r"(?:it|this|that|this one|that one|these|those|them))\b"
)


def asks_for_similar(text: str) -> bool:
    """Whether a message asks for products like the one in focus ("whats similar in a size 8")."""
    return bool(_ASKS_FOR_SIMILAR.search(text.lower()))
