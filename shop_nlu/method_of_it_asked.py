"""Whether a message asks which shipping method an order goes by, naming one: "is it still going
express?", "its being sent express isn't it?", "will it still be express shipping??" (stranger
test 95, B10, docs/nlu/stranger-test-95.md). Asking it chooses nothing: "switch it to express",
"can it go express?" ask for a change (actions/order_changes.py), "is express free?" asks of the
method alone (shop_nlu/shipping_method_questions.py), "will it come by friday if i go express?"
asks a day. Only the words are read here; the answer is actions/method_of_order_asked.py's."""

from __future__ import annotations

import re

from shop_nlu.typos import with_key_words_corrected

_METHOD = r"(?:express|expres|xpress|next[- ]day|overnight|standard|standart)"
# "it ... still going express", "my order ... being sent express", "it'll be express shipping".
_IT_GOES_BY = re.compile(
    r"\b(?:it|it'?s|its|it'?ll|my order|the order|my parcel|the parcel|the package|they|they'?re"
    r"|theyre)\b.{0,30}?\b(?:still|going|goes|go|gone|sent|being|shipped|shipping|coming|be|by|via"
    rf"|on)\b(?:\s+(?!with\b|time\b|if\b)[\w']+){{0,2}}\s+(?:by\s+|via\s+)?{_METHOD}\b"
)
# The shape of a question: a question mark, a tag ("..., right", "isn't it") or a question word.
_ASKS = re.compile(
    r"\?|\b(?:right|isn'?t it|is it|yeah|yes|correct|innit)\W*$"
    r"|^\W*(?:(?:just checking|so|and|ok|okay|oh|wait)\W+)*(?:is|will|does|did|are|has|its|it'?s)\b"
)
# A change asked for, or a price, a time or a day asked of it: not which method it goes by.
_OTHER_ASK = re.compile(
    r"\b(?:switch|change|upgrade|make it|can (?:i|you|u|we|it)|could (?:i|you|u|it|we)|i'?d like"
    r"|i want|want it|pls|please|plz|how much|cost|free|how long|take|takes|if|instead)\b"
)


def asks_method_it_goes_by(text: str) -> bool:
    """Whether `text` asks if an order goes by the shipping method it names ("is it still going
    express?"), changing nothing and asking nothing else of the method."""
    words = with_key_words_corrected(text).lower()
    return bool(
        _IT_GOES_BY.search(words) and _ASKS.search(words.strip()) and not _OTHER_ASK.search(words)
    )
