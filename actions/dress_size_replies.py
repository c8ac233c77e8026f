"""Wording for an EU dress size read in the catalog's sizes ("size 38 please" for an evening dress,
stranger test 31, docs/nlu/stranger-test-31.md). The conversion is commerce/sizes.py's."""

from __future__ import annotations

from commerce.sizes import (
    DRESS_LETTERS_BY_US,
    EU_DRESS_SIZES_ABOVE_US,
    UK_DRESS_SIZES_ABOVE_US,
    display_size,
    dress_letter_from_us,
)


def _letter_range(letters: list[str]) -> str:
    return f"{letters[0]} to {letters[-1]}" if len(letters) > 1 else letters[0]


def eu_dress_size_converted_text(eu: str, us: str, letters: list[str]) -> str:
    """ "EU 38 is US 6 in our dresses (the standard conversion), so I'll use US 6." and, where
    some of the kind are sized in letters only (`letters`), the letter the chart gives there."""
    text = (
        f"{display_size(eu)} is {display_size(us)} in our dresses (the standard conversion), "
        f"so I'll use {display_size(us)}."
    )
    letter = dress_letter_from_us(us)
    if letters and letter:
        text += (
            f" Some are sized {_letter_range(letters)} instead: in those, {display_size(us)} is "
            f"an {letter.upper()} ({_letter_chart(letter)})."
        )
    return text


def eu_dress_size_unknown_text(eu: str, kind: str, letters: list[str]) -> str:
    """ "Our dresses come in letter sizes (XS to XL), and I have no chart from EU 36 to them:
    which letter size do you wear?" (a search goes on without the size)."""
    sizes = f" ({_letter_range(letters)})" if letters else ""
    return (
        f"Our {kind} come in letter sizes{sizes}, and I have no chart from {display_size(eu)} to "
        "them: which letter size do you wear?"
    )


def eu_jacket_size_converted_text(eu: str, suit: str) -> str:
    """ "EU 50 is a 40R in our suits and blazers (the usual conversion: the EU size less 10, in the
    regular length), so I'll use 40R." (stranger test 42)."""
    return (
        f"{display_size(eu)} is a {display_size(suit)} in our suits and blazers (the usual "
        f"conversion: the EU size less 10, in the regular length), so I'll use {display_size(suit)}."
    )


def _letter_chart(letter: str) -> str:
    """ "the usual chart: US 8 to 10 is M"."""
    numbers = [number for number, each in DRESS_LETTERS_BY_US.items() if each == letter]
    return f"the usual chart: US {numbers[0]} to {numbers[-1]} is {letter.upper()}"


def dress_letter_text(said: str, us: str, letter: str) -> str:
    """ "UK 14 is US 10, an M in our dresses (the usual chart: US 8 to 10 is M)" (`said` the size
    as said, `us` its US size; stranger tests 52 and 54)."""
    start = f"{display_size(said)} is {display_size(us)}, " if said != us else f"US {us[2:]} is "
    return f"{start}an {letter.upper()} in our dresses ({_letter_chart(letter)})"


def dress_letter_converted_text(said: str, us: str, letter: str) -> str:
    """ "UK 14 is US 10, an M in our dresses (the usual chart: US 8 to 10 is M), so I'll use M." """
    return f"{dress_letter_text(said, us, letter)}, so I'll use {letter.upper()}."


def exchange_dress_size_text(said: str, us: str, letter: str | None) -> str:
    """ "A UK 14 is a US 10 (UK dress sizes are the US ones plus 4), and an M in our dresses sized
    by letter (the usual chart: US 8 to 10 is M)." for the size an exchange asks for."""
    rules = {"uk": f"UK dress sizes are the US ones plus {UK_DRESS_SIZES_ABOVE_US}",
             "eu": f"EU dress sizes are the US ones plus {EU_DRESS_SIZES_ABOVE_US}"}  # fmt: skip
    if said == us:
        text = f"A {display_size(us)} is"
    else:
        text = f"A {display_size(said)} is a {display_size(us)} ({rules[said[:2]]})"
        text += ", and" if letter else " in our dresses."
    if letter:
        text += f" an {letter.upper()} in our dresses sized by letter ({_letter_chart(letter)})."
    return text
