"""Which items of an order a shopper means to send back ("keep the shirt, return the trousers").

Each line of the order is known by the words of its title, its product's type and the shop's words
for that kind (catalog/lexicon.yml: "trousers" for chinos, "trainers" for sneakers). The message is
read clause by clause: an item named where the shopper keeps it ("the shirt is fine", "keep the
shirt") stays; one named anywhere else goes back. Whether a return is allowed, and what it pays
back, is commerce.orders_after_sale's rule, not this module's.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Order, OrderLine, Product, Variant

# Clauses: "the shirt is fine but the chinos r too tight. keep the shirt, return the trousers".
_CLAUSES = re.compile(r"[.,;!?]|\b(?:but|and|while|though|although|whereas)\b")
# A clause that sends something back, whatever else it says.
_SENDS_BACK = re.compile(
    r"\b(?:return\w*|send\w* (?:\w+ )?back|sending|back|refund\w*|too \w+|tight|loose|wrong"
    r"|(?:does ?n'?t|dont|don'?t|not|doesnt|didn'?t|didnt|never) (?:fit\w*|like|suit\w*|work\w*)"
    r"|exchang\w*|swap\w*|hate\w*|rid)\b"
)
# A clause that keeps an item: "keep the shirt", "the shirt is fine", "love the shoes".
_KEEPS = re.compile(
    r"\b(?:keep\w*|fine|ok|okay|good|great|perfect|love\w*|fits?|fitting|happy|stay\w*|like)\b"
)
_GENERIC = {"the", "and", "with", "for", "men's", "mens", "women's", "womens", "clothing", "in"}


def _line_words(session: Session, line: OrderLine) -> set[str]:
    """Every word a shopper may call this line by."""
    words = {w for w in re.findall(r"[a-z][a-z'-]+", line.title.lower()) if len(w) > 2}
    product_type = ""
    if line.variant_id is not None:
        product_type = (
            session.scalar(
                select(Product.product_type).join(Variant).where(Variant.id == line.variant_id)
            )
            or ""
        ).lower()
    lexicon = load_lexicon()
    kinds = {product_type} if product_type else set()
    kinds |= {
        kind
        for kind, types in lexicon.category_groups.items()
        if product_type and product_type in (t.lower() for t in types)
    }
    kinds |= {
        kind for kind, titles in lexicon.title_words.items() if words & {t.lower() for t in titles}
    }
    kinds -= _GENERIC
    words |= kinds
    words |= {word for word, kind in lexicon.category_synonyms.items() if kind in kinds}
    return {word for word in words if word not in _GENERIC}


def _names(clause: str, words: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(word)}(?:e?s)?\b", clause) for word in words)


def items_meant(session: Session, order: Order, text: str) -> list[OrderLine] | None:
    """The lines of `order` the shopper sends back in `text`, or None when it names none of them
    ("i want to return one item"). "Keep the shirt" alone sends back the rest."""
    clauses = [c.strip() for c in _CLAUSES.split(text.lower()) if c and c.strip()]
    sent, kept = [], []
    for line in order.lines:
        words = _line_words(session, line)
        for clause in clauses:
            if not _names(clause, words):
                continue
            keeps = _KEEPS.search(clause) and not _SENDS_BACK.search(clause)
            (kept if keeps else sent).append(line)
    returned = [line for line in order.lines if line in sent]
    if not returned and kept:
        returned = [line for line in order.lines if line not in kept]
    return returned or None
