"""Shades the catalog does not name. It lists a dress as Blue, never as light or dark blue, so a
light or dark shade asked of a product ("does it come in light blue as well", "pale pink?", "any
dark green ones": lexicon `colour_shades`) is the plain colour it qualifies when the product is
listed in that colour, said as not knowing the shade (stranger test 87, docs/nlu/
stranger-test-87.md, B2: "the catalog says nothing about light blue" of a dress listed in Blue).
A product not listed in the plain colour is still "not made in light blue"; colours of their own
("navy" for "dark blue", "charcoal" for "dark grey", "sage green") are never a shade here."""

from __future__ import annotations

import re

from commerce.lexicon import load_lexicon
from commerce.products import ProductDetails

# "light blue", "dark green": a shade of the plain colour named last.
_LIGHT_OR_DARK = re.compile(r"(?:light|dark)\s+(?P<plain>[a-z]+)")


def plain_colour_of(shade: str | None) -> str | None:
    """ "light blue" -> "blue", "dark green" -> "green"; None for a colour that is no light or
    dark shade of the lexicon ("navy", "sage green", "blue")."""
    key = " ".join((shade or "").lower().split())
    if key not in load_lexicon().colour_shades:
        return None
    match = _LIGHT_OR_DARK.fullmatch(key)
    return match["plain"] if match else None


def plain_colour_listed(details: ProductDetails, shade: str | None) -> str | None:
    """The product's own name for the plain colour of `shade` ("Blue" for "light blue") when it
    is listed in that colour and not in the shade itself; None otherwise (a Navy-only shirt has
    no "light blue" answer here: navy is never a light blue)."""
    plain = plain_colour_of(shade)
    if plain is None:
        return None
    listed = [*details.sizes_by_colour, *details.stock_by_colour, *details.sold_out_colours]
    words = load_lexicon().colour_words(" ".join((shade or "").lower().split()))
    if any(colour.lower() in words for colour in listed if colour):
        return None  # a catalog that does name the shade answers it as it is
    return next((colour for colour in listed if colour and colour.lower() == plain), None)
