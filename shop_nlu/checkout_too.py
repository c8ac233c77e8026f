"""A message that adds and then checks out in one go: "put the belt and the tie in my cart and
let's check out", "add the first clutch to my cart and let's check out, will it get here before
New Year's Eve?" (stranger tests 74 and 75, B5). Whether it adds is shop_nlu/adding_words.py's;
this reads only the checkout asked after it. No Rasa here."""

from __future__ import annotations

import re

# "let's check out", "then checkout pls", "proceed to checkout", "and pay": never "check out the
# boots" (a look), which names what to look at.
_CHECKS_OUT = re.compile(
    r"\b(?:check[\s-]?out|checkout)\b(?!\s+(?:the|these|those|this|that|some|a|an|your|ur|our|"
    r"other|more|what|how|which|it|them)\b)"
    r"|\bproceed to (?:the )?(?:checkout|payment)\b|\b(?:and|then|now) pay\b"
)


def checks_out_too(text: str) -> bool:
    """Whether a message asks for the checkout besides what else it says ("... and let's check
    out"); "check out the boots" (look at them) does not."""
    return bool(_CHECKS_OUT.search(text.lower()))
