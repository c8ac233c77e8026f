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


# "What you actually keep about me", "what do u store on me", "do you pass my details on", "who do
# you share my info with", "is my data sold", "whether it gets passed to anyone else": what is kept
# about the shopper, or whether it goes to anyone else (stranger test 51, docs/nlu/stranger-test-51.md:
# such a question got "not sure" with a complaint button).
_ASKS_WHAT_IS_KEPT = re.compile(
    r"\bwhat\s+(?:do\s+|does\s+|did\s+|will\s+)?(?:you|u|ya)\s+(?:\w+\s+)?"
    r"(?:keep|kept|store|stored|hold|have|save|saved|record|know)\s+(?:about|on|of)\s+me\b",
    re.IGNORECASE,
)
_ASKS_IF_PASSED_ON = re.compile(
    r"\b(?:you|u|ya)\s+(?:\w+\s+)?(?:pass|shar|sell|giv|hand)\w*\s+(?:on\s+)?(?:my|me)\s+"
    r"(?:\w+\s+)?(?:data|details|info\w*|personal|stuff)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:data|details|info\w*)\s+(?:\w+\s+){0,3}?(?:passed|shared|sold|given|"
    r"handed)\b"
    r"|\b(?:it|they|them|data|details|info\w*)\s+(?:gets?|is|are|being|been)\s+(?:passed|shared|"
    r"sold|given|handed)\s+(?:on\s+)?(?:to|with)\s+(?:any|other|third|outside|advertis)"
    # "who sees my details", "do you give it to anyone?" (stranger test 66, problem 4).
    r"|\bwho\s+(?:else\s+)?(?:sees?|gets?|has|can\s+see|reads?|looks?\s+at)\s+(?:my|me)\s+"
    r"(?:\w+\s+)?(?:data|details|info\w*|personal|stuff)\b"
    r"|\b(?:you|u|ya)\s+(?:\w+\s+)?(?:pass|shar|sell|giv|hand)\w*\s+(?:it|them|that|this)\s+"
    r"(?:on\s+)?(?:to|with)\s+(?:any|other|third|outside|advertis)",
    re.IGNORECASE,
)


def asks_what_is_kept_about_them(text: str) -> bool:
    """Whether a message asks what is kept about the shopper ("what you actually keep about me")."""
    return bool(_ASKS_WHAT_IS_KEPT.search(text or ""))


def asks_if_passed_on(text: str) -> bool:
    """Whether a message asks if the shopper's data is passed on to anyone ("do you share my info
    with anyone else?")."""
    return bool(_ASKS_IF_PASSED_ON.search(text or ""))


def asks_about_their_data(text: str) -> bool:
    """Whether a message asks what is done with what the shopper types, what is kept about them,
    or whether it is passed on to anyone."""
    text = text or ""
    return (
        asks_what_is_done_with_what_they_type(text)
        or asks_what_is_kept_about_them(text)
        or asks_if_passed_on(text)
    )


# "Can you delete it all?", "wipe my data", "get rid of my info", "erase everything you have on
# me" (never "forget my details": the checkout details only), heard as the newsletter (stranger test 51: "can you delete it all? I don't want marketing
# emails either" got only the newsletter answer): a request to forget, which asks "Erase it all?".
_ERASE = r"(?:delete|erase|wipe|remove|clear|get\s+rid\s+of|forget)"
_ASKS_TO_ERASE_IT_ALL = re.compile(
    r"\b" + _ERASE + r"\s+(?:\w+\s+)?(?:it\s+all|all\s+of\s+(?:it|them)|them\s+all|everything|"
    r"my\s+(?:\w+\s+)?(?:data|info\w*|stuff)|all\s+(?:my|you|that|the)\b)",
    re.IGNORECASE,
)
FORGET_INTENT = "forget_details"
MAY_ASK_TO_ERASE = frozenset({"newsletter", "nlu_fallback", "out_of_scope", "complaint"})
# "Remove everything from my cart", "wipe my search", "delete me from the newsletter": not the data.
_SOMETHING_ELSE = re.compile(
    r"\b(?:cart|basket|bag|wishlist|newsletter|mailing|filters?|search\w*)\b", re.IGNORECASE
)


def asks_to_erase_it_all(text: str) -> bool:
    """Whether a message asks to delete everything kept ("can you delete it all?")."""
    text = text or ""
    return bool(_ASKS_TO_ERASE_IT_ALL.search(text) and not _SOMETHING_ELSE.search(text))


def privacy_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """(intent, why) when a message heard as `intent` is a privacy question or a request to erase
    what is kept; None otherwise."""
    if intent in MAY_ASK_WHAT_IS_DONE and asks_about_their_data(text):
        return PRIVACY_INTENT, "asks what is kept or done with their data"
    if intent in MAY_ASK_TO_ERASE and asks_to_erase_it_all(text):
        return FORGET_INTENT, "asks to delete everything kept"
    return None
