"""Which of the products in the conversation a shopper says they lean towards, in passing, and
which of them a "which is cheaper?" asks about (stranger test 49, docs/nlu/stranger-test-49.md,
persona Ilona).

"Okay, I think I'm leaning towards the wrap one, but before I commit, what's your return policy?"
picks a product ("the wrap one") while asking something else: the words that pick it are found
here, the product they mean by actions/conversation/leaning.py. "And which is cheaper, honestly? I
don't mind paying a little more if the fabric is nicer" right after a comparison asks which of
the products compared is cheaper, not for dearer ones."""

from __future__ import annotations

import re

# "leaning towards", "i like", "i think", "i prefer", "i'd go for", "i'm drawn to": a preference.
_LEANS = (
    r"(?:lean(?:ing|s)?\s+(?:more\s+|a\s+bit\s+|slightly\s+)?(?:towards?|to)"
    r"|(?:really\s+|quite\s+|kinda\s+|kind\s+of\s+|much\s+)?(?:like|love|prefer|fancy|liking|loving)"
    r"|think(?:ing)?(?:\s+(?:it'?s|its|it\s+will\s+be|it'?ll\s+be))?"
    r"|(?:go|going|gonna\s+go|went|settle|settling)\s+(?:for|with|on)"
    r"|drawn\s+to|keen\s+on|set\s+on|(?:sold|decided)\s+on|into)"
)
# "the wrap one", "that velvet one", "the one by Brera", "the one in green": the product picked.
_THE_ONE = (
    r"(?P<one>(?:the|that)\s+(?:[a-z'&-]+\s+){1,3}?one\b(?!s)"
    r"|the\s+one\s+(?:by|from|in|with)\s+[a-z0-9'& -]+?(?=\s*(?:[,.;:!?]|\bbut\b|\band\b|\bso\b|$)))"
)
_LEANS_TOWARDS = re.compile(rf"\b{_LEANS}\s+(?:(?:probably|maybe|more|most)\s+)?{_THE_ONE}")
# "I don't like the green one", "not keen on the velvet one": no pick; "should i go with the first
# one?", "would you go for the wrap one": a question, not a pick yet.
_NOT_BEFORE = re.compile(
    r"(?:\bnot|n'?t|\bnever|\bno)\s+(?:really\s+|so\s+|too\s+|that\s+)?$"
    r"|\b(?:should|shall|would|could|do|did|will|can)\s+(?:i|you|u|we)\s+(?:\w+\s+)?$"
)


def one_leant_towards(text: str) -> tuple[int, int] | None:
    """Where the message names the product the shopper leans towards ("i'm leaning towards the
    wrap one": "the wrap one"), as start and end in the text; None when it names none, or says
    they don't like it ("i don't think the green one suits me")."""
    lowered = text.lower()
    for found in _LEANS_TOWARDS.finditer(lowered):
        if not _NOT_BEFORE.search(lowered[: found.start()]):
            return found.start("one"), found.end("one")
    return None


# "which is cheaper", "which one's less expensive", "ok which is cheaper of the two", "which ones
# cheaper lol", "which of them costs less": the price of each, the cheaper named first.
_WHICH = (
    r"\bwhich(?:\s+(?:one|ones|of\s+(?:the\s+)?(?:two|2|them|these|those|em)))?"
    r"(?:\s*['’]?s|\s+is|\s+are|\s+would\s+be|\s+will\s+be|\s+works\s+out|\s+comes\s+out)?"
    r"(?:\s+(?:the|a\s+(?:bit|little)|slightly|actually|really))?\s+"
)
_CHEAPER = re.compile(
    _WHICH + r"(?:cheaper|cheapest|less\s+expensive|least\s+expensive|more\s+affordable|"
    r"lower\s+priced|cheaper\s+one|costs?\s+less)\b"
)
_PRICIER = re.compile(
    _WHICH + r"(?:pricier|priciest|more\s+expensive|most\s+expensive|dearer|dearest|costlier|"
    r"costs?\s+more)\b"
)
# "which is the better fabric?", "which one has the nicer fabric", "so which fabric is nicer?":
# what each is made of.
_BETTER_FABRIC = re.compile(
    r"\bwhich(?:\s+(?:one|ones|of\s+(?:the\s+)?(?:two|2|them|these|those|em)))?"
    r"(?:\s*['’]?s|\s+is|\s+has|\s+have|\s+uses|\s+got)?(?:\s+got)?(?:\s+the)?\s+"
    r"(?:better|nicer|best|nicest|softer|nicer\s+quality|better\s+quality|higher\s+quality)\s+"
    r"(?:fabric|material|cloth)"
    r"|\bwhich\s+(?:fabric|material)\s+(?:is|'?s)\s+(?:the\s+)?(?:better|nicer|best|nicest|softer)"
)


def which_of_them_is_asked(text: str) -> str | None:
    """What a "which of them" question asks of products compared: "cheaper" ("which is cheaper,
    honestly?"), "pricier" ("which costs more?"), "material" ("which is the better fabric?");
    None when it asks none of these."""
    lowered = text.lower()
    asked = [
        (found.start(), name)
        for name, pattern in (("cheaper", _CHEAPER), ("pricier", _PRICIER),
                              ("material", _BETTER_FABRIC))
        if (found := pattern.search(lowered))
    ]  # fmt: skip
    return min(asked)[1] if asked else None
