"""Ways of paying a shopper names: "can pay with alipay?", "do u take apple pay", "amex ok?" (stranger
test 74, docs/nlu/stranger-test-74.md, A4). Readings only: the keys of
commerce.payment_methods.PAYMENT_METHODS, in the order said; whether the shop takes each is
computed there from the shop's own list. No Rasa here."""

from __future__ import annotations

import re

# The shopper's words for each way of paying (a key of commerce.payment_methods.PAYMENT_METHODS).
_NAMES = {
    "visa": r"visa",
    "mastercard": r"master ?card",
    "amex": r"amex|american express",
    "discover": r"discover ?cards?",
    "paypal": r"pay ?pal",
    "apple pay": r"apple ?pay",
    "google pay": r"google ?pay|g ?pay",
    "alipay": r"ali ?pay",
    "wechat pay": r"we ?chat(?: ?pay)?|weixin(?: ?pay)?",
    "venmo": r"venmo",
    "zelle": r"zelle",
    "cash app": r"cash ?app",
    "klarna": r"klarna",
    "afterpay": r"after ?pay",
    "affirm": r"affirm",
    "crypto": r"crypto(?:currency|currencies)?|bitcoin|btc|ethereum",
    "cash on delivery": r"cash on delivery|c\.?o\.?d|pay(?:ing)? (?:in |with |by )?cash",
    "bank transfer": r"bank transfers?|wire transfers?|bank wire",
    "cheque": r"cheques?|(?:pay(?:ing)?|by) checks?",
    # "or over the phone?", "payment by phone", "phone u and pay", "a number i can ring to pay";
    # never "pay on my phone" or "with my phone" (a phone's wallet).
    "phone": r"(?:over|by|via) (?:the )?(?:tele)?phone|(?:tele)?phone payments?"
    r"|(?:(?:tele)?phone|call|ring)(?: (?:you|u|someone|somebody|up))?(?: and| to) (?:then )?pay",
}
_NAMED = re.compile(
    "|".join(rf"(?P<m{i}>\b(?:{words})\b)" for i, words in enumerate(_NAMES.values())),
    re.IGNORECASE,
)
_KEYS = list(_NAMES)


def payment_methods_named(text: str) -> list[str]:
    """The ways of paying `text` names (keys of commerce.payment_methods.PAYMENT_METHODS), each
    once, in the order said."""
    named = [_KEYS[int(match.lastgroup[1:])] for match in _NAMED.finditer(text) if match.lastgroup]
    return list(dict.fromkeys(named))
