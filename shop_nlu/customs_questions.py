"""Whether a message asks about customs, import duties or import taxes on a delivery ("Must I pay
customs or taxes extra when it comes to Austria?", "is VAT included for EU orders"). It is a
shipping question, whatever intent the classifier heard (stranger test 31: taken for off-topic
small talk); the answer is the shop's own (`customs_duties` in content/faq.yml)."""

from __future__ import annotations

import re

from commerce.shipping import names_a_destination

# "customs" (never "custom made" or "customer"), duties (never "heavy duty"), import taxes, VAT.
CUSTOMS_WORDS = re.compile(
    r"\b(?:customs|costums|custom (?:fees?|charges?|dut(?:y|ies)|tax(?:es)?|clearance)|zoll"
    r"|(?<!heavy )(?<!heavy-)(?<!on )dut(?:y|ies)(?!-free shop)|import (?:tax\w*|fees?|charges?|vat)"
    r"|vat|tariffs?)\b",
    re.IGNORECASE,
)

# Plain "tax" (never "sales tax", a checkout question, nor "taxi" or "tax office"), asked of as
# paid on top: "is the tax extra for Austria", "do i pay tax on top in Germany" (known misses 14).
_TAX = re.compile(r"(?<!sales )\btax(?:es)?\b(?! (?:office|return|refund|accountant|advisor)s?\b)")
_PAID_ON_TOP = re.compile(
    r"\b(?:extra|on top|includ\w*|pay\w*|charg\w*|added|additional|owe|any)\b|\?", re.IGNORECASE
)
# Where the tax is asked of: a delivery, by name or by words ("on delivery", "when it arrives").
_DELIVERY = re.compile(r"\b(?:deliver\w*|ship\w*|arriv\w*|parcel|package|abroad|overseas)\b")


def asks_about_customs(text: str) -> bool:
    """Whether a message asks about customs, import duties or taxes on a delivery ("is the tax
    extra for Austria", "do I have to pay tax on delivery")."""
    text = text or ""
    if CUSTOMS_WORDS.search(text):
        return True
    lowered = text.lower()
    return (
        bool(_TAX.search(lowered))
        and bool(_PAID_ON_TOP.search(lowered))
        and (names_a_destination(lowered) or bool(_DELIVERY.search(lowered)))
    )


class _CustomsQuestion:
    """`asks_about_customs` in the shape of a pattern (`.search(text)`), for the tables of topics
    that pick an answer by the words of a question (actions/service_topics.py)."""

    def search(self, text: str) -> bool:
        return asks_about_customs(text)


CUSTOMS_QUESTION = _CustomsQuestion()
