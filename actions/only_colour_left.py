"""The one colour left in the size asked, said: "the first one in a 46" of the Henley Hopsack Blazer
(Navy and Blue) took Blue without a word, Navy being sold out in 46R (stranger test 98,
docs/nlu/stranger-test-98.md, B3). When no colour was said and the product is made in others in
that size, the reply says they are sold out in it, so the shopper knows why this colour. Used by
actions/variant_choice.py when it takes the variant."""

from __future__ import annotations

from actions.replies import and_list
from commerce.products import ProductDetails
from commerce.search import VariantFacts


def tell_only_colour_left(dispatcher, product: ProductDetails, variant: VariantFacts) -> None:
    """Say that the product's other colours made in `variant`'s size are sold out in it."""
    if not variant.colour or not variant.size:
        return
    others = [
        colour
        for colour, sizes in product.sizes_by_colour.items()
        if colour and colour != variant.colour and variant.size in sizes
    ]
    if not others:
        return
    verb = "is" if len(others) == 1 else "are"
    dispatcher.utter_message(
        text=f"{and_list(others)} {verb} sold out in {variant.size}, so the {product.title} "
        f"in {variant.size} is {variant.colour}: the one colour left in that size."
    )
