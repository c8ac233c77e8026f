"""How to pay, asked along with something else: "What's the total now? And how do I pay — can I use
PayPal or do I need a credit card?", and a worry about card details in a chat ("I'm a bit nervous
about typing card details into a chat"). Stranger test 56 (docs/nlu/stranger-test-56.md, Priya
#6): the total was answered and the payment question dropped. No Rasa here; actions/payment_asked.py
answers."""

from __future__ import annotations

import re

# "how do I pay", "can i pay with paypal", "do you take apple pay", "payment methods", "pay by card"
_HOW_TO_PAY = re.compile(
    r"\bhow (?:do|can|would|will|should) (?:i|we|u|you) pay\b"
    r"|\b(?:pay|paying) (?:with|by|via|using|through|on) "
    r"|\b(?:paypal|pay ?pal|apple ?pay|google ?pay|venmo|klarna|afterpay|amex)\b"
    r"|\b(?:credit|debit) ?cards?\b"
    r"|\bpayment (?:methods?|options?|types?)\b|\bways? (?:to|of) pay\b"
    r"|\b(?:take|accept|do you do) (?:cards?|visa|mastercard)\b",
    re.IGNORECASE,
)
_CARD = r"(?:card|credit card|debit card|card details|card number|card info|payment details)"
# "nervous about typing card details into a chat", "do i have to type my credit card in this
# chat?", "is it safe to give my card details here": the card, and the chat or safety.
_CARD_IN_CHAT = re.compile(
    rf"\b{_CARD}s?\b[^.?!]{{0,60}}\b(?:chat|here|in this|messag\w*|bot)\b"
    rf"|\b(?:nervous|worried|scared|safe|secure|uneasy|comfortable|wary)\b[^.?!]{{0,60}}\b{_CARD}s?\b"
    rf"|\b(?:type|typing|enter|entering|give|giving|put|putting|share|sharing)\b[^.?!]{{0,20}}"
    rf"\b{_CARD}s?\b[^.?!]{{0,30}}\b(?:chat|here)\b",
    re.IGNORECASE,
)


def asks_how_to_pay(text: str) -> bool:
    """Whether `text` asks how to pay or which ways of paying the shop takes."""
    return bool(_HOW_TO_PAY.search(text) or _CARD_IN_CHAT.search(text))


def worried_about_card_in_chat(text: str) -> bool:
    """Whether `text` asks (or worries) about giving card details in the chat."""
    return bool(_CARD_IN_CHAT.search(text))


# "its my moms card is that ok", "can i use my dad's card?", "the card is in my mothers name":
# paying with a card that is someone else's (stranger test 57, docs/nlu/stranger-test-57.md, Kayla
# #9: heard as a gift card). Never "a gift card for my mom".
_SOMEONE = (
    r"(?:mom|mum|mommy|mummy|mother|dad|daddy|father|parent|parents|wife|husband|partner|"
    r"boyfriend|girlfriend|sister|brother|aunt|uncle|grandma|grandpa|friend|boss)'?s?"
)
_SOMEONE_ELSES_CARD = re.compile(
    rf"\b(?:my|her|his|their)\s+{_SOMEONE}\s+(?:credit\s+|debit\s+|bank\s+)?card\b"
    rf"|\bcard\b[^.?!]{{0,30}}\b(?:in|under)\s+(?:my\s+)?{_SOMEONE}\s+name\b"
    rf"|\b(?:my\s+)?{_SOMEONE}\b[^.?!]{{0,15}}\b(?:is\s+)?pay(?:s|ing)?\b[^.?!]{{0,20}}\bcard\b",
    re.IGNORECASE,
)
_GIFT_CARD = re.compile(r"\bgift\s*cards?\b|\bcard\s+for\s+(?:my|her|his)\b", re.IGNORECASE)


def pays_with_someone_elses_card(text: str) -> bool:
    """Whether `text` asks about paying with someone else's card ("its my moms card is that
    ok"), not about a gift card."""
    return bool(_SOMEONE_ELSES_CARD.search(text)) and not _GIFT_CARD.search(text)
