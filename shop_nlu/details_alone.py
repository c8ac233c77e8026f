"""A checkout detail typed alone: a name ("Claire Whitman"), an email ("claire.whitman@example.com")
or an address ("88 Maple Street, 60614 Chicago"), as if the checkout had asked for it (stranger
test 69, B11-B13). Which one it is, or None for any other message. No Rasa here."""

from __future__ import annotations

import re

from shop_nlu.names_alone import only_a_name
from shop_nlu.postal_addresses import full_address_given

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Words an address alone may have around it ("it's", "address:", "ship to").
_AROUND = 4


def checkout_detail_alone(text: str) -> str | None:
    """ "email", "address" or "name" for a message that is only that detail; None otherwise."""
    text = (text or "").strip()
    if found := _EMAIL.search(text):
        return "email" if len(text.replace(found.group(0), " ").split()) <= 2 else None
    if address := full_address_given(text):
        rest = text.replace(address, " ").split()
        return "address" if len(rest) <= _AROUND else None
    return "name" if only_a_name(text) else None
