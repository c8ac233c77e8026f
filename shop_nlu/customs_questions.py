"""Whether a message asks about customs, import duties or import taxes on a delivery ("Must I pay
customs or taxes extra when it comes to Austria?", "is VAT included for EU orders"). It is a
shipping question, whatever intent the classifier heard (stranger test 31: taken for off-topic
small talk); the answer is the shop's own (`customs_duties` in content/faq.yml)."""

from __future__ import annotations

import re

# "customs" (never "custom made" or "customer"), duties (never "heavy duty"), import taxes, VAT.
CUSTOMS_WORDS = re.compile(
    r"\b(?:customs|costums|custom (?:fees?|charges?|dut(?:y|ies)|tax(?:es)?|clearance)|zoll"
    r"|(?<!heavy )(?<!heavy-)(?<!on )dut(?:y|ies)(?!-free shop)|import (?:tax\w*|fees?|charges?|vat)"
    r"|vat|tariffs?)\b",
    re.IGNORECASE,
)


def asks_about_customs(text: str) -> bool:
    """Whether a message asks about customs, import duties or taxes on a delivery."""
    return bool(CUSTOMS_WORDS.search(text or ""))
