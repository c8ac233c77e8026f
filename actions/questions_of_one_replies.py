"""Wording for "is it in stock?" of one product, when no size or colour it is made in was asked
or searched for (stranger test 91, docs/nlu/stranger-test-91.md, B2: the tote listed as "not in
tan or cognac", then asked about): the colours it is in stock in, at its price, and those sold
out (actions/questions_of_one.py)."""

from __future__ import annotations

from actions.availability_replies import stock_text
from actions.replies import and_list, price_text
from commerce.products import ProductDetails


def in_stock_text(details: ProductDetails) -> str:
    """ "Yes, the Orebro Canvas Tote is in stock in Navy and Beige at $239.00. Olive is sold
    out."; a sized product's sizes in stock by colour after its price."""
    if not details.in_stock:
        return f"The {details.title}: {stock_text(details)}"
    price = price_text(details.price_from, details.price_to, details.compare_at_price)
    colours = [colour for colour in details.stock_by_colour if colour]
    if details.sizes_offered:
        return f"Yes, the {details.title} is in stock at {price}. {stock_text(details)}"
    text = f"Yes, the {details.title} is in stock{' in ' + and_list(colours) if colours else ''}"
    text += f" at {price}."
    if sold := details.sold_out_colours:
        text += f" {and_list(list(sold))} {'is' if len(sold) == 1 else 'are'} sold out."
    return text
