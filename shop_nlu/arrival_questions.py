"""When it arrives, asked with a day it is needed for: "and when will it get here? I have a big
open house on Saturday!", "when will it arrive?? big open house saturday!!" (stranger test 42,
docs/nlu/stranger-test-42.md). The classifier hears the event and the exclamations as off-topic;
the question and the day make it a delivery question (after an order, that order's estimate and
whether it makes the day: actions/placed_order_answers.py). Whether it arrives *before* a day
("will it come by sunday?") is shop_nlu.dates.asks_if_it_arrives_by."""

from __future__ import annotations

import re
from datetime import date

from shop_nlu.dates import needed_by

# "when will it get here", "when does it arrive", "when wil it arive", "when's it coming",
# "when will it be here": when *it* (the order, what was bought) comes, never "when do you open".
_WHEN_IT_ARRIVES = re.compile(
    r"\bwhen(?:'?s| is| will| wil| wll| does| do| would| can| should| it'?ll)?\s+"
    r"(?:(?:it|they|my order|the order|my belt|my parcel|the parcel|my package)\s+)?"
    r"(?:(?:will|wil|wll|be|gonna|going to)\s+)?"
    r"(?:ar+i?v\w*|get(?:s|ting)? (?:here|to me|delivered)|be here|be delivered|be with me|"
    r"com(?:e|es|ing)|reach\w*|show up|turn up|land)\b"
)


def asks_when_it_arrives_for_a_day(text: str, today: date) -> bool:
    """Whether `text` asks when its order arrives and names a day it is needed by ("when will it
    get here? I have a big open house on Saturday!")."""
    lowered = text.lower()
    if not _WHEN_IT_ARRIVES.search(lowered):
        return False
    return needed_by(lowered, today) is not None
