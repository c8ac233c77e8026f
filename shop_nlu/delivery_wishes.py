"""Two readings about how an order should be placed and sent, no Rasa here.

- Only an instruction to place or confirm the order ("Yes, please place the order.", "confirm
  pls", "ok go ahead and order"), with no address in it: typed at the checkout's address question,
  it is never the address (docs/nlu/stranger-test-63.md, B7).
- A shipping method or an address wished for ("could you switch it to express and send it to my
  office? It's 400 Euclid Ave, Cleveland OH 44115"): said while a purchase still waits for its
  colour, nothing is ordered yet (docs/nlu/stranger-test-66.md, problem 2).
- A go-ahead to place the order ("go ahead and place the order", "yes place it", "confirm -"),
  maybe with a question beside it (docs/nlu/stranger-test-67.md, B10)."""

from __future__ import annotations

import re

from shop_nlu.postal_addresses import address_given

# Words that say to go on with the order ("place", "confirm", "go ahead").
_PLACING = frozenset(
    {"place", "order", "confirm", "proceed", "submit", "complete", "finish", "ahead"}
)
# Words around them that say nothing else ("yes please, just ...").
_AROUND_PLACING = frozenset({
    "yes", "yeah", "yep", "yup", "ok", "okay", "k", "sure", "alright", "right", "fine", "great",
    "perfect", "please", "pls", "plz", "just", "go", "and", "the", "my", "it", "this", "that",
    "now", "then", "rn", "can", "could", "would", "will", "you", "u", "i", "i'd", "want", "to",
    "like", "do", "thanks", "thank", "ty", "for", "me", "one", "purchase", "orders", "ordering",
    "placing", "confirmed", "it's", "its", "is", "so", "let's", "lets", "we", "yes,",
})  # fmt: skip

# "express", "next day", "faster shipping": a quicker way of sending.
_QUICKER = re.compile(
    r"\b(?:express|expedited|next[- ]day|overnight|rush|faster (?:shipping|delivery|postage))\b"
)
# "how much is express", "how long does express take", "when would express get here", "does
# express arrive by friday", "total w express?": a question about it, not a wish.
_ASKS_ABOUT_IT = re.compile(
    r"\b(?:how much|how long|how fast|how soon|cost|costs|price|what(?:'s| is) the|is there"
    r"|do you (?:do|have)|when|does|will (?:it|express|that)|difference"
    r"|total|altogether|together|come to|all in)\b"
)


# "go ahead and place the order", "yes place it", "ok place order pls", "go ahead and order it",
# "confirm - ...": an instruction, never "if i order it now" nor "can you confirm it'll get there".
_GO_AHEAD = re.compile(
    r"\b(?:place (?:it|them|the order|my order|order|the purchase)|go ahead|order (?:it|them)\b"
    r"|submit (?:it|the order)|proceed)\b"
    r"|^\W*(?:(?:yes|yeah|ok|okay|sure),?\s+)?confirm(?:ed)?\b(?!\s+(?:it'|that|whether|if))"
)
_IF_PLACED = re.compile(r"\b(?:if|when|once|before|after) (?:i|we|u|you) (?:order|place|confirm)\b")


def says_to_place_order(text: str) -> bool:
    """Whether `text` tells the shop to go ahead and place the order, whatever else it says
    ("All looks right, go ahead and place the order - and will it be there before the 12th?")."""
    lowered = text.lower()
    return bool(_GO_AHEAD.search(lowered)) and not _IF_PLACED.search(lowered)


def only_asks_to_place_order(text: str) -> bool:
    """Whether `text` says only to place or confirm the order ("yes place it", "confirm pls"),
    with no address (nor any number) in it."""
    lowered = text.lower()
    if re.search(r"\d", lowered) or address_given(text):
        return False
    words = re.findall(r"[a-z][a-z']*", lowered)
    return (
        bool(words)
        and any(w in _PLACING for w in words)
        and all(w in _PLACING or w in _AROUND_PLACING for w in words)
    )


def wants_it_quicker(text: str) -> bool:
    """Whether `text` asks for express (or another quicker) shipping, not what it costs or takes."""
    lowered = text.lower()
    return bool(_QUICKER.search(lowered)) and not _ASKS_ABOUT_IT.search(lowered)
