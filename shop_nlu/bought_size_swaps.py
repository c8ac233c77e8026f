"""Another size asked for something the shopper already has (stranger test 82, A#8,
docs/nlu/stranger-test-82.md): "also bought a white shirt off u last month collar 2 tight. can i
swap for 16.5", "can i exchange the shoes i bought for a half size up", "want to swap my dress for
a bigger size". Said with no word of a misfit, or with one typed in chat shorthand ("2 tight"),
they still exchange a purchase (shop_nlu/return_followups.py reads those that say it doesn't
fit). Read only for after-sales requests, where "my dress" is a purchase, not a cart line. No Rasa
here."""

from __future__ import annotations

import re

from shop_nlu.return_followups import exchanges_what_they_have, size_wanted

# "bought", "got", "the boots i ordered", "off u", "from you": something bought before.
_BOUGHT = re.compile(
    r"\b(?:bought|buyed|got|ordered|received|purchased|came|arrived|delivered"
    r"|(?:my|last|previous|recent|latest)\s+order|(?:off|from)\s+(?:u|you|ya|your\s+shop))\b"
)
# "my dress", "my jacket": a purchase of theirs (not "my order", "my address", "my money").
_MINE = re.compile(
    r"\bmy\s+(?!(?:order|address|email|card|cart|basket|bag|money|mind|size|delivery|account"
    r"|details|payment)\b)[a-z]+"
)
_CHANGE = r"(?:exchang\w*|exchnag\w*|exhang\w*|swap\w*|swop\w*|chang\w*|chnag\w*|switch\w*|trade)"
# The size wanted: "16.5", "a L", "a half size up", "a bigger size", "one size down".
_SIZE = (
    r"half\s+(?:a\s+)?size\s+(?:up|down|bigger|smaller|larger)"
    r"|(?:one\s+|a\s+)?size\s+(?:up|down|bigger|smaller|larger)"
    r"|(?:bigger|smaller|larger)(?:\s+(?:size|one|ones|pair))?"
    r"|\d{1,2}(?:[.,]5)?|xxxl|xx?l|x{0,3}[sl]|m|small|medium|large|x-?large"
)
# "swap for 16.5", "exchange the shoes i bought for a half size up", "change it for a L": a
# change, a few words naming what (never the order itself: "change the size on my order to a 9"
# is a change to an order, actions/order_changes.py), then the size (nothing but a few small
# words after it, so "change my address to 14 Ocean Ave" names no size).
_FOR_A_SIZE = re.compile(
    rf"\b{_CHANGE}\b(?:\s+(?!(?:order|orders|address|shipping|delivery)\b)[\w']+){{0,6}}?"
    r"\s+(?:for|to|into|with)\s+"
    rf"(?:(?:a|an|the|one|size|sz)\s+)*(?P<size>{_SIZE})"
    r"(?=\s*(?:$|[?.!,;:)]|(?:size|instead|please|pls|plz|thanks|thx|collar|neck|inch\w*|us|uk"
    r"|eu|then|if|or|and|one|pair|waist|length)\b))"
)


def asks_to_exchange_what_they_bought(text: str) -> bool:
    """Whether the message asks to exchange something the shopper bought for another size: said
    not to fit ("bought shoes last week too big, can i chang to 44"), or simply for a size ("also
    bought a white shirt off u ... can i swap for 16.5", "want to swap my dress for a bigger
    size")."""
    if exchanges_what_they_have(text):
        return True
    lowered = text.lower()
    return bool((_BOUGHT.search(lowered) or _MINE.search(lowered)) and _FOR_A_SIZE.search(lowered))


def size_asked_in_exchange(text: str) -> str | None:
    """The size an exchange asks for, as the shopper would read it back: "16.5", "L", "a half size
    up", "a bigger size"; None when none is named."""
    match = _FOR_A_SIZE.search(text.lower())
    if match is None:
        return size_wanted(text)
    size = re.sub(r"\s+", " ", match.group("size"))
    if size.startswith(("half", "size")):
        return f"a {size}"
    if size.startswith(("one ", "a ")):
        return size
    if size.split()[0] in ("bigger", "larger"):
        return "a bigger size"
    if size.split()[0] == "smaller":
        return "a smaller size"
    return size.upper() if size[0].isalpha() else size.replace(",", ".")
