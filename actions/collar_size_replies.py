"""A letter size ("M") asked of dress shirts, which come in collar sizes: said to be no size they
come in, with how they are sized and what a letter size usually is in collars, both when the
search shows them in other sizes and when "add the first one" asks which size (stranger test 72,
docs/nlu/stranger-test-72.md, A1-A2, problem 3)."""

from __future__ import annotations

import re

from actions.replies import sizes_text
from commerce.profiles import LETTER_KIND, kind_of_stated_size
from commerce.sizes import size_query_key

# A collar size in inches: "14.5", "15", "17.5".
_COLLAR = re.compile(r"^1[3-9](?:\.5)?$")
# What a men's letter size usually is as a collar: a rough guide, said as one.
_USUAL_COLLAR = {"xs": "14", "s": "14.5", "m": "15–15.5", "l": "16–16.5", "xl": "17–17.5",
                 "xxl": "18–18.5"}  # fmt: skip


def letter_asked_of_collars(asked: str | None, sizes: list[str] | tuple[str, ...]) -> str | None:
    """The letter size asked ("M") when every size offered is a collar size; None otherwise."""
    key = size_query_key(asked or "") or ""
    if not sizes or kind_of_stated_size(key, "") != LETTER_KIND:
        return None
    return key.upper() if all(_COLLAR.match(str(size)) for size in sizes) else None


def _collar_explained(letter: str) -> str:
    usual = _USUAL_COLLAR.get(letter.lower())
    guide = f"; a men's {letter} is usually a {usual} collar" if usual else ""
    return (
        f"{letter} isn't a size these come in: dress shirts are sized by collar, the neck "
        f"measurement in inches{guide}"
    )


def other_sizes_text(asked: str | None, sizes: tuple[str, ...] | list[str]) -> str:
    """What follows "Here is the closest, in other sizes": " (in stock: 14.5, 15)", and why a
    letter size asked of collar-sized shirts is none of them."""
    if letter := letter_asked_of_collars(asked, sizes):
        return f" ({_collar_explained(letter)}. In stock: {sizes_text(sizes)})"
    return f" (in stock: {sizes_text(sizes)})"


def which_size_text(title: str, asked: str | None, sizes: list[str]) -> str:
    """ "Which size of the ...?"; for a letter size asked of collar-sized shirts, which collar
    size, saying why."""
    if letter := letter_asked_of_collars(asked, sizes):
        return f"Which collar size of the {title}? {_collar_explained(letter)}."
    return f"Which size of the {title}?"


def sold_out_sizes_note(sold_out: list[str], colour: str | None) -> str:
    """ " XL is sold out in Blue.": the sizes just named as made that have no button (stranger
    test 80: "it comes in XS, S, M, L, XL" over [XS] [S] [M] [L]); empty when there are none."""
    if not sold_out:
        return ""
    sizes = ", ".join(sold_out[:-1]) + f" and {sold_out[-1]}" if len(sold_out) > 1 else sold_out[0]
    verb = "are" if len(sold_out) > 1 else "is"
    return f" {sizes} {verb} sold out{f' in {colour}' if colour else ''}."
