"""A name and an email typed together (often with the address) in one message when the checkout
asks for the name ("please send it to me: Margaret Ellison, 4 Orchard Close, 01760 Natick, and my
email is margaret.ellison@example.org"; docs/nlu/stranger-test-63.md, B6): the name and the email,
so that neither is thrown away and asked for again, nor the whole message kept as the name. The
address itself is read at the address step (shop_nlu/postal_addresses.py)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^@\s:;,<>()]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
# "my email is", "address:", "name =": the words that name a detail, not the detail.
_DETAIL_WORDS = re.compile(
    r"\b(?:(?:my|the|your)\s+)?(?:full\s+)?(?:e-?mail(?:\s+address)?|mail|address|name)\b"
    r"\s*(?:is|'s|:|=)?",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){1,3}$")
# Words of a sentence, never of a name on a parcel.
_NOT_IN_A_NAME = frozenset(
    {
        "please",
        "pls",
        "send",
        "ship",
        "post",
        "deliver",
        "it",
        "them",
        "to",
        "me",
        "my",
        "is",
        "the",
        "for",
        "a",
        "an",
        "and",
        "of",
        "but",
        "this",
        "that",
        "i",
        "im",
        "i'm",
        "it's",
        "its",
        "here",
        "hi",
        "hello",
        "yes",
        "no",
        "ok",
        "thanks",
        "thank",
        "you",
        "order",
        "email",
        "address",
        "name",
    }
)


def _looks_like_a_name(words: str) -> bool:
    return bool(_NAME.match(words)) and not any(
        word.lower().strip(".") in _NOT_IN_A_NAME for word in words.split()
    )


def name_and_email_given(text: str) -> tuple[str, str] | None:
    """The name and the email of a message that gives both (the name before any address: an
    address starts at its first number); None when it gives no name of 2 to 4 words, or not
    exactly one email."""
    emails = _EMAIL.findall(text)
    if len(emails) != 1:
        return None
    before_address = re.split(r"\d", text.replace(emails[0], ","), maxsplit=1)[0]
    for segment in reversed(re.split(r"[:;,\n]|\s-\s|\band\b", before_address)):
        words = _DETAIL_WORDS.sub(" ", segment).strip(" .!").split()
        while words and words[0].lower() in _NOT_IN_A_NAME:
            words = words[1:]  # "its for jess ortiz": the name after the lead-in
        if _looks_like_a_name(" ".join(words)):
            return " ".join(words), emails[0]
    return None
