"""The colours a product comes in, said the same way by every reply that lists them: those with
stock first, then those it is made in but has none left of, said to be sold out ("Navy, Beige and
Olive (sold out)"). A list never offers a colour the product's card left out: "it comes in Navy,
Beige, Olive" under a card that showed "(Navy, Beige)" (stranger test 91, docs/nlu/
stranger-test-91.md, B2) read as a contradiction, when Olive is made but sold out."""

from __future__ import annotations

from commerce.products import ProductDetails


def colours_listed(details: ProductDetails) -> list[str]:
    """Its colours for a reply: ["Navy", "Beige", "Olive (sold out)"]."""
    in_stock = [colour for colour in details.stock_by_colour if colour]
    made = dict.fromkeys([*details.sizes_by_colour, *details.sold_out_colours])
    sold_out = [colour for colour in made if colour and colour not in details.stock_by_colour]
    return [*in_stock, *(f"{colour} (sold out)" for colour in sold_out)]
