"""What all of it comes to: "what does all that come to", "total for everything with express?"
(stranger test 90, docs/nlu/stranger-test-90.md, B5), heard as not understood or as checking out:
the cart, with its total (and with shipping when asked: actions/price_with_shipping.py). A
message that also says to check out or pay stays a checkout. No Rasa here; shop_nlu/cart_picks.py
weighs it with the other cart readings."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from shop_nlu.several_at_once import speaks_of_all_of_it
from shop_nlu.typos import with_key_words_corrected

_VIEW_CART_INTENT = "view_cart"
# What "what does all that come to" may be heard as.
MAY_ASK_THE_TOTAL_OF_ALL = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "checkout"})
# "how much", "total", "come to", "add up", "cost", "owe": the amount asked for.
_AMOUNT = re.compile(r"\b(?:how\s+much|total|comes?\s+to|coming\s+to|adds?\s+up|cost|costs|owe)\b")
# "check out everything, whats the total", "pay for it all": a checkout after all.
_CHECKING_OUT = re.compile(
    r"\b(?:check\s*out|checking\s+out|pay|paying|buy|purchase|place|order|proceed)\b"
)


def total_of_all_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The cart, with its reason, for a message heard as `intent` that asks what all of it comes
    to and says nothing of checking out; None otherwise."""
    corrected = with_key_words_corrected(text)
    if (
        intent in MAY_ASK_THE_TOTAL_OF_ALL
        and _AMOUNT.search(corrected)
        and speaks_of_all_of_it(corrected)
        and not _CHECKING_OUT.search(corrected)
    ):
        return _VIEW_CART_INTENT, "asks what all of it comes to"
    return None
