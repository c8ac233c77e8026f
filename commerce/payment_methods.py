"""Whether the shop takes a way of paying, computed from the shop owner's own list: the answer on
`payment_methods` in content/faq.yml ("We accept Visa, ... PayPal, Apple Pay and Google Pay. ...
We don't offer cash on delivery, ..."). The list lives there only; this module reads it. A method
is taken when a sentence that says what the shop accepts names it, and not taken when no such
sentence does (or one saying what it doesn't offer does). Stranger test 74 (docs/nlu/stranger-test-
74.md, A4): "can pay with alipay?" deserves a plain no, and "paypal" a plain yes."""

from __future__ import annotations

import re

from commerce.faq import FaqError, faq_answer

# Each way of paying a shopper may name: its name as the shop writes it, and the words the shop's
# list may use for it (the first is the name's own). Which ones the shop takes is not said here.
PAYMENT_METHODS: dict[str, tuple[str, ...]] = {
    "visa": ("Visa",),
    "mastercard": ("Mastercard", "master card"),
    "amex": ("American Express", "amex"),
    "discover": ("Discover",),
    "paypal": ("PayPal", "pay pal"),
    "apple pay": ("Apple Pay",),
    "google pay": ("Google Pay", "gpay"),
    "alipay": ("Alipay",),
    "wechat pay": ("WeChat Pay", "wechat"),
    "venmo": ("Venmo",),
    "zelle": ("Zelle",),
    "cash app": ("Cash App",),
    "klarna": ("Klarna", "pay-later", "pay later"),
    "afterpay": ("Afterpay", "pay-later", "pay later"),
    "affirm": ("Affirm", "pay-later", "pay later"),
    "crypto": ("crypto", "bitcoin", "cryptocurrency"),
    "cash on delivery": ("cash on delivery", "cod"),
    "bank transfer": ("bank transfer", "bank transfers", "wire transfer"),
    "cheque": ("cheque",),
    # Card details read out on a call (stranger test 94, B6 "or over the phone?"), not a phone's
    # wallet (Apple Pay, Google Pay).
    "phone": ("payment over the phone", "over the phone", "by phone", "by telephone"),
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SAYS_NOT = re.compile(r"\b(?:don't|do not|doesn't|does not|not|no|never|cannot|can't)\b", re.I)


def method_name(method: str) -> str:
    """How the shop writes the way of paying `method` (a key of PAYMENT_METHODS)."""
    return PAYMENT_METHODS[method][0]


def accepted_method(method: str) -> bool | None:
    """Whether the shop's list takes `method` (a key of PAYMENT_METHODS); None when the list can't
    be read (then nothing is claimed either way)."""
    try:
        answer = faq_answer("payment_methods")
    except FaqError:
        return None
    words = PAYMENT_METHODS[method]
    for sentence in _SENTENCE_END.split(answer):
        if _SAYS_NOT.search(sentence):
            continue
        if any(re.search(rf"\b{re.escape(word)}\b", sentence, re.I) for word in words):
            return True
    return False
