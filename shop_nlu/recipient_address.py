"""An order to be sent to someone else's address: "ship it straight to his house in Ohio instead of
mine", "send it directly to my dad's place" (stranger test 68, B7). The delivery answer then says
how: give their name and address at checkout (content/faq.yml, gift_recipient). No Rasa here."""

from __future__ import annotations

import re

_PEOPLE = (
    r"dad|father|mom|mum|mother|parents?|sister|brother|son|daughter|wife|husband|friend|"
    r"grandma|grandpa|grandmother|grandfather|gran|nana|granddaughter|grandson|grandchild|grandkid|"
    r"aunt|uncle|cousin|niece|nephew|boss|"
    r"colleague|partner|girlfriend|boyfriend|fianc[eé]e?|in-laws?"
)
# "ship it straight to his house", "send it to my dad's place", "deliver it to her address",
# "shipped to my mom in Texas", "sent straight to her dorm" (stranger test 70, B6): a sending verb,
# then someone else (never "me" or "my house").
_TO_SOMEONE_ELSE = re.compile(
    r"\b(?:ship|send|sent|deliver|post|mail)(?:s|ed|ped|t|ping|ing)?\b[^.?!]{0,25}?\bto\s+"
    r"(?:(?:his|her|their)\b(?!\s+own\b)|(?:him|them)\b"
    rf"|(?:my|our)\s+(?:{_PEOPLE})(?:'?s)?\b)",
    re.IGNORECASE,
)


def sends_to_someone_else(text: str) -> bool:
    """Whether `text` asks to have an order sent to another person's address."""
    return bool(_TO_SOMEONE_ELSE.search(text))
