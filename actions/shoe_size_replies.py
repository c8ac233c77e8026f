"""Wording for a letter size asked of a pair of shoes ("do u have that one in a medium?"): shoes come
in numbered sizes, so the answer lists the sizes this pair is in stock in and asks for the shopper's
usual shoe size, one tap per size (stranger test 19, docs/nlu/stranger-test-19.md: "not made in M"
with no next step). The facts come from the store (commerce/products.py `product_details`)."""

from __future__ import annotations

import json

from actions.replies import sizes_text
from commerce.products import ProductDetails
from commerce.sizes import LETTER_SIZES, display_size, gender_word, key_of_label

# At most this many size buttons: a shoe in stock in every size from 7 to 12.5 still fits.
MAX_SIZE_BUTTONS = 12


def is_letter_size(size: str | None) -> bool:
    """Whether a size key is a letter size (S, M, L, XL...), which no shoe is made in."""
    return bool(size) and size in set(LETTER_SIZES.values())


def sizes_in_stock(details: ProductDetails) -> list[str]:
    """The sizes of the product in stock in any colour, in the catalog's order."""
    in_stock = {size for sizes in details.stock_by_colour.values() for size in sizes}
    return [size for size in details.sizes_offered if size in in_stock]


def shoe_letter_size_text(details: ProductDetails, size: str) -> str:
    """ "Shoes come in numbered sizes, not M. The X is in stock in ... What's your usual shoe
    size?"; when none is in stock, that it is sold out."""
    text = f"Shoes come in numbered sizes, not {display_size(size)}."
    sizes = sizes_in_stock(details)
    if not sizes:
        return text + f" The {details.title} is sold out at the moment."
    return (
        text + f" The {details.title} is in stock in {sizes_text(sizes, details.sizes_offered)}."
        " What's your usual shoe size? Tap it, or tell me."
    )


def shoe_size_buttons(details: ProductDetails) -> list[dict]:
    """One tap per size in stock, each asking whether this pair is in stock in it."""
    return [
        {
            "title": label.split("/")[0].strip(),
            "payload": "/check_availability"
            + json.dumps({"product_handle": details.handle, "size": key_of_label(label)}),
        }
        for label in sizes_in_stock(details)[:MAX_SIZE_BUTTONS]
    ]


def uk_size_converted_text(uk: str, gender: str, us: str, guessed: str | None = None) -> str:
    """ "UK 7.5 women's is US 9.5, as you thought." (or "..., not US 8"): the size guide's rule
    applied to the shopper's UK size, against the US size they guessed, if any."""
    text = f"{display_size(uk)} {gender_word(gender)} is {display_size(us)}"
    if guessed == us:
        return text + ", as you thought."
    if guessed:
        return text + f", not {display_size(guessed)}."
    return text + "."


def uk_size_both_conversions_text(uk: str, us_by_gender: dict[str, str]) -> str:
    """ "UK 8 is US 9 in men's shoes and US 10 in women's (our shoes are labelled in US and EU
    sizes). Which are they for: men's or women's?" """
    sizes = [f"{display_size(us)} in {gender_word(gender)}" for gender, us in us_by_gender.items()]
    return (
        f"{display_size(uk)} is {' and '.join(sizes)} shoes (ours are labelled in US and EU"
        " sizes). Which are they for: men's or women's?"
    )
