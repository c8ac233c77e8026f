"""Whether a message asks what is done with what the shopper types ("what exactly do you do with
the information I type into this window?", "what happens to the things I write here?", "where
does the stuff i type go"). It is a privacy question, whatever intent the classifier heard
(stranger test 32, docs/nlu/stranger-test-32.md: "what do you do with what i type here?" was
taken for "what can you do?"); the answer is actions/privacy.py's."""

from __future__ import annotations

import re

PRIVACY_INTENT = "ask_privacy"

_ASKS_WHAT_IS_DONE = re.compile(
    r"\bwhat\s+(?:\w+\s+)?(?:do|does|will|did)\s+(?:you|u|ya|the shop|this (?:chat|bot))\s+"
    r"(?:\w+\s+)?do\s+with\b"
    r"|\bwhat\s+happens?\s+(?:to|with)\b"
    r"|\bwhere\s+(?:does|do|will)\s+(?:\w+\s+){1,5}?go\b",
    re.IGNORECASE,
)
# What the shopper types or gives: never "what do you do with returns?" or "where does it go".
_WHAT_THEY_TYPE = re.compile(
    r"\b(?:i|me)\s+(?:\w+\s+)?(?:type|typed|write|wrote|say|said|tell|told|send|sent|give|gave|"
    r"enter|entered|share|put)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:data|info\w*|details|messages?|chats?|words|answers|personal)\b"
    r"|\b(?:the\s+)?(?:data|info\w*|messages?|conversations?|chats?)\b",
    re.IGNORECASE,
)
# Whatever the classifier heard such a question as ("what do you do with what i type" sounds like
# "what can you do?").
MAY_ASK_WHAT_IS_DONE = frozenset(
    {"bot_capabilities", "nlu_fallback", "out_of_scope", "ask_contact", "greet"}
)


def asks_what_is_done_with_what_they_type(text: str) -> bool:
    """Whether a message asks what is done with what the shopper types or gives."""
    text = text or ""
    return bool(_ASKS_WHAT_IS_DONE.search(text) and _WHAT_THEY_TYPE.search(text))
