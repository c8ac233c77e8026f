"""Which colours (or sizes) a product comes in, asked as a question about it: "the 2nd one what
color u have", "wat colour u got", "which colors?" (stranger test 58, docs/nlu/stranger-test-58.md,
Linh #4: the colours were shown, then "I don't know from our catalog"), "what sizes?"."""

from __future__ import annotations

import re

_WHICH_COLOURS = re.compile(
    r"\b(?:what|wat|wht|which|wich|whch)\s+(?:\w+\s+)?colou?rs?\b"
    r"|\bcolou?rs?\s+(?:do\s+|does\s+)?(?:u|you|it|they)\s+(?:have|got|come|comes|do)\b"
    r"|\bin\s+(?:what|which)\s+colou?rs?\b",
    re.IGNORECASE,
)
# "what colour goes with it", "which colour suits me": advice, not the colours made.
_COLOUR_ADVICE = re.compile(r"\b(?:goes?|go|suits?|match\w*|pairs?|best|recommend\w*)\b", re.I)


def asks_which_colours(text: str) -> bool:
    """Whether `text` asks which colours the product comes in."""
    return bool(_WHICH_COLOURS.search(text)) and not _COLOUR_ADVICE.search(text)


# "what sizes?", "which colours": which there are; "my feet are between sizes" asks none of that.
_WHICH_SIZES = re.compile(
    r"(?<!between )\bsizes\b"
    r"|\b(?:what|which|wat|wich|whats|what's)\s+(?:\w+\s+)?(?:size|colou?rs?)\b"
    # "light colours", "dark colours", "warmer colours": a group of colours wished for
    # (catalog/lexicon.yml).
    r"|(?<!light )(?<!dark )(?<!pale )(?<!pastel )(?<!lighter )(?<!darker )(?<!warm )(?<!warmer )"
    r"(?<!neutral )(?<!autumn )(?<!fall )\bcolou?rs\b"
)


def asks_which_sizes(text: str) -> bool:
    """Whether a message asks which sizes or colours there are, rather than about one size."""
    return bool(_WHICH_SIZES.search(text.lower()))


# "does it come in grey", "is it available in lite blue", "do u have it in grey", "any in grey?",
# "grey available?": whether it is made in a colour (stranger test 87, A3); not "does it go with
# grey" (the colour guide's question).
_MADE_IN = re.compile(
    r"\b(?:comes?|available|availble|avail|in stock|made)\b"
    r"|\b(?:have|got|get|any|do|does|is|are|r)\b[^.?!]*\bin\b"
)


def asks_if_made_in_colour(text: str) -> bool:
    """Whether a message asks if a product comes in a colour ("does it come in grey"), not what
    goes with one or which colours there are."""
    lowered = text.lower()
    return bool(_MADE_IN.search(lowered)) and not _COLOUR_ADVICE.search(lowered)


# "does it come in navy? i'll take it in that", "can i get it in navy", "prefer it in navy": a
# colour asked for, not only asked about.
_COLOUR_WISHED = re.compile(
    r"\b(?:i'?ll\s+(?:take|have|go)|i'?d\s+(?:like|prefer|rather|take|go)|i\s+(?:want|need)|"
    r"prefer|rather|add|put|buy|order|get\s+me|can\s+i\s+(?:get|have)|go\s+(?:for|with)|"
    r"instead)\b"
)


def only_asks_if_made_in_colour(text: str) -> bool:
    """Whether a message only asks if the product comes in a colour ("does it come in navy",
    "does it come in black as well?"), wishing for it nowhere ("ok add it in navy", "navy then"):
    what it asks about is no choice of colour (stranger test 90, A5 and B4)."""
    return asks_if_made_in_colour(text) and not _COLOUR_WISHED.search(text.lower())
