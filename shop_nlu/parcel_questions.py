"""Whether a shipping question asks if an order comes in one parcel ("will the suit, shirt and
loafers come in the same box?", "will my items be shipped together or separately?"). The shop's
rules say nothing about it, so the answer is an honest "I don't know" with the team's contact
(`one_parcel` in content/faq.yml), never the shipping costs (stranger test 71, B10 and B20)."""

from __future__ import annotations

import re

ONE_PARCEL_QUESTION = re.compile(
    r"\b(?:(?:same|one|single|1|several|separate|multiple|two|2|different) "
    r"(?:box|boxes|parcels?|packages?|shipments?|deliver(?:y|ies))"
    r"|(?:arrive|come|coming|ship(?:ped)?|sent|send|deliver(?:ed)?|packed)\b[^?.!]{0,20}"
    r"\b(?:together|separately|all at once|in (?:bits|pieces|parts))"
    r"|split (?:up )?(?:the |my )?(?:order|shipment|delivery))\b",
    re.IGNORECASE,
)
