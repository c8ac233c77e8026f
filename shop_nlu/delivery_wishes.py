"""Two readings about how an order should be placed and sent, no Rasa here.

- Only an instruction to place or confirm the order ("Yes, please place the order.", "confirm
  pls", "ok go ahead and order"), with no address in it: typed at the checkout's address question,
  it is never the address (docs/nlu/stranger-test-63.md, B7).
- A shipping method or an address wished for ("could you switch it to express and send it to my
  office? It's 400 Euclid Ave, Cleveland OH 44115"): said while a purchase still waits for its
  colour, nothing is ordered yet (docs/nlu/stranger-test-66.md, problem 2)."""

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
# "how much is express", "how long does express take": a question about it, not a wish.
_ASKS_ABOUT_IT = re.compile(
    r"\b(?:how much|how long|how fast|cost|costs|price|what(?:'s| is) the|is there|do you (?:do|have))\b"
)


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
