"""The questions that settle a variant: "Which size of the ...?" and "Which colour of the ...?",
with a button each. The buttons carry the caller's payloads (`PayloadFor`), so a tap goes on with
what the shopper was doing (buying, adding to the cart)."""

from __future__ import annotations

from collections.abc import Callable

from actions.collar_size_replies import sold_out_sizes_note, which_size_text
from commerce.sizes import key_of_label

PayloadFor = Callable[[str, "str | None", "str | None"], str]


def ask_size(
    dispatcher,
    handle: str,
    title: str,
    in_stock,
    colour: str | None,
    payload_for: PayloadFor,
    asked: str | None = None,
    named: tuple[str, ...] = (),
    named_in: str | None = None,
) -> None:
    """ "Which size of the ...?", with a button for each size in stock; a size `asked` that is no
    size of its kind ("M" of a dress shirt) is said so (`which_size_text`); any of the sizes just
    `named` as made that has no button is said sold out (in the colour `named_in`, if one)."""
    sizes = list(dict.fromkeys(v.size for v in in_stock if v.size))
    sold_out = [label for label in named if label not in sizes]
    dispatcher.utter_message(
        text=which_size_text(title, asked, sizes) + sold_out_sizes_note(sold_out, named_in),
        buttons=[
            {"title": label, "payload": payload_for(handle, key_of_label(label), colour)}
            for label in sizes
        ],
    )


def ask_colour(
    dispatcher,
    product,
    size: str | None,
    colours: list[str],
    payload_for: PayloadFor,
    named: bool = False,
) -> None:
    """ "Which colour of the ...?", with a button for each colour; `named`: the colours are
    those the shopper named ("burgundy or navy"), said again ("Burgundy or Navy?")."""
    among = f" {' or '.join(colours)}?" if named else ""
    dispatcher.utter_message(
        text=f"Which colour of the {product.title}?{among}",
        buttons=[
            {"title": name, "payload": payload_for(product.handle, size, name.lower())}
            for name in colours
        ],
    )
