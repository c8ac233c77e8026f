"""Wording for an EU dress size read in the catalog's sizes ("size 38 please" for an evening dress,
stranger test 31, docs/nlu/stranger-test-31.md). The conversion is commerce/sizes.py's."""

from __future__ import annotations

from commerce.sizes import display_size


def _letter_range(letters: list[str]) -> str:
    return f"{letters[0]} to {letters[-1]}" if len(letters) > 1 else letters[0]


def eu_dress_size_converted_text(eu: str, us: str, letters: list[str]) -> str:
    """ "EU 38 is US 6 in our dresses (the standard conversion), so I'll use US 6." and, where
    some of the kind are sized in letters only (`letters`), that those have no chart from EU
    sizes."""
    text = (
        f"{display_size(eu)} is {display_size(us)} in our dresses (the standard conversion), "
        f"so I'll use {display_size(us)}."
    )
    if letters:
        system = "UK" if eu.startswith("uk") else "EU"  # the sizes she said hers in
        text += (
            f" Some are sized {_letter_range(letters)} instead, and I have no chart from {system}"
            " sizes to those: tell me your letter size to see them too."
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
