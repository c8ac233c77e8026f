"""A quiet look asked for, whatever intent the classifier heard (stranger test 30,
docs/nlu/stranger-test-30.md): "something plain", "not too loud", "nothing flashy", "subtle",
"understated" ask for plain ones first; a funeral asks for plain ones in dark colours first. The
search orders by it (commerce/search/quiet.py) and never filters."""

from __future__ import annotations

import re

from shop_nlu.chat_abbreviations import spelled_out

# The looks, as commerce.search.quiet names them (shop_nlu never imports commerce).
PLAIN = "plain"
DARK = "dark"

_LOUD = r"(?:loud|flashy|bold|bright|busy|showy|garish|gaudy|patterned|wild|crazy|in your face)"
_PLAIN = re.compile(
    r"\b(?:plain|simple|basic|solid[- ]colou?r(?:ed)?|subtle|understated|discreet|muted|low[- ]key|"
    r"conservative|toned[- ]down|not much pattern|no pattern|without (?:a )?pattern)\b"
    rf"|\b(?:not|nothing|none|never|no|without|isn'?t|is not)\s+(?:too\s+|very\s+|that\s+|so\s+|"
    rf"overly\s+|anything\s+|really\s+)?{_LOUD}\b"
    rf"|\b(?:too|overly)\s+{_LOUD}\b",
    re.IGNORECASE,
)
# A sombre occasion: dark colours first, as well as plain.
_SOMBRE = re.compile(
    # not "black looks like a funeral" (a look to avoid, stranger test 57)
    r"(?<!like a )(?<!like )"
    r"\b(?:funerals?|memorial(?: service)?|burial|mourning|sombre|somber|in remembrance)\b",
    re.IGNORECASE,
)


def quiet_look(text: str) -> str | None:
    """The quiet look a message asks for: DARK for a sombre occasion ("a tie for a funeral"),
    PLAIN for "something plain", "not too loud", "nothing flashy", "smth simple"; None when it asks
    for none."""
    text = spelled_out(text)
    if _SOMBRE.search(text):
        return DARK
    return PLAIN if _PLAIN.search(text) else None


def quiet_words(text: str) -> set[str]:
    """The words (lowercase, shorthand written out) with which a message asks for a quiet look:
    {"plain", "nothing", "crazy"} in "smth plain nothing crazy"; understood, never quoted back as
    not understood."""
    text = spelled_out(text)
    return {
        word.lower()
        for pattern in (_PLAIN, _SOMBRE)
        for match in pattern.finditer(text)
        for word in re.findall(r"[^\W\d_]+", match.group(0))
    }
