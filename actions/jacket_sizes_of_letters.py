"""A men's letter size said of blazers, suits or tuxedos made in chest sizes ("42R"): stranger test
93 (docs/nlu/stranger-test-93.md, A2 and A4).

"im between M and L, chest like 41in. which shd i get" with blazers in view is answered in their
own sizes (what each letter roughly is, and the size for the chest measured), never with the shoe
chart. "Add the first one in L" takes the one size an L is (42R), and says so; a letter that is
several sizes (an M: 38R or 40R) is said not made, with what it roughly is, and asked, those
first. Which chest sizes a letter is stays commerce/sizes.py's rule (`jacket_sizes_of_letter`),
the one the search's "an L is roughly a 42R" uses too."""

from __future__ import annotations

from collections.abc import Sequence

from rasa_sdk.executor import CollectingDispatcher

from actions.base import Events
from actions.between_sizes import SIZE_GUIDE_BUTTON
from actions.size_advice_replies import (
    letter_as_jacket_size_text,
    letters_in_chest_sizes_text,
    size_buttons,
)
from commerce.products import ProductDetails
from commerce.profiles import kind_of_type
from commerce.size_advice import read_body, suit_chests, suit_length
from commerce.sizes import LETTER_SIZES, jacket_sizes_of_letter, key_of_label
from shop_nlu.between_sizes import letter_sizes_said
from shop_nlu.sizes_from_abroad import size_from_abroad

TAILORING_KIND = "suits"  # the size kind of suits, blazers and tuxedos (commerce/profiles.py)
_LETTER_KEYS = frozenset(LETTER_SIZES.values())


def made_in_chest_sizes(details: ProductDetails) -> bool:
    """Whether the product is tailoring made in chest sizes, in no letter size."""
    return (
        kind_of_type(details.product_type) == TAILORING_KIND
        and bool(details.sizes_offered)
        and not any(label.lower() in _LETTER_KEYS for label in details.sizes_offered)
    )


def answer_letters_in_chest_sizes(
    dispatcher: CollectingDispatcher, tracker, details: ProductDetails | None
) -> Events | None:
    """ "Between M and L, chest 41, which?" of the product in view (`details`) made in chest
    sizes: what the letters are in them, and the size for the chest said, a tap each; None when
    the message gives no letter size or the product is sized otherwise."""
    if details is None or not made_in_chest_sizes(details):
        return None
    text = tracker.latest_message.get("text") or ""
    letters = letter_sizes_said(text)
    # "in asia i am L": a region's size, which we can't convert (actions/sizes_from_abroad.py).
    if not letters or size_from_abroad(text) is not None:
        return None
    made = tuple(details.sizes_offered)
    body = read_body(text)
    taken = None
    if body.chest_in is not None:
        chest = suit_chests(body)[0]  # an odd chest: the larger size
        taken = f"{chest}{suit_length(body)}"
        taken = taken if taken in made or f"{chest}R" not in made else f"{chest}R"
    likely = (
        [taken]
        if taken in made
        else [size for letter in letters for size in jacket_sizes_of_letter(letter.lower(), made)]
    )
    dispatcher.utter_message(
        text=letters_in_chest_sizes_text(
            details.product_type.lower(), details.title, letters, made, body.chest_in, taken
        ),
        buttons=size_buttons(details.handle, likely) + [SIZE_GUIDE_BUTTON],
    )
    return []


def jacket_size_of_letter(
    dispatcher: CollectingDispatcher, details: ProductDetails, key: str
) -> str:
    """The size to take of the product added or bought for the size key said: a letter, of a
    product made in chest sizes, as the one chest size it is ('l' -> '42r'), said; any other key
    as it is (an M, a 38R or a 40R, is said not made and asked, those first: `likely_first`)."""
    if key not in _LETTER_KEYS or not made_in_chest_sizes(details):
        return key
    rough = jacket_sizes_of_letter(key, tuple(details.sizes_offered))
    if len(rough) != 1:
        return key
    kinds = details.product_type.lower()
    dispatcher.utter_message(
        text=letter_as_jacket_size_text(
            details.title, key, kinds, rough[0], tuple(details.sizes_offered)
        )
    )
    return key_of_label(rough[0])


def likely_first(key: str | None, in_stock: list, offered: Sequence[str]) -> list:
    """The variants `in_stock` to ask among, those in the chest sizes a letter `key` roughly is
    first ("in M" of a blazer: 38R and 40R, then the rest); as they are for any other key."""
    rough = jacket_sizes_of_letter(key, offered) if key in _LETTER_KEYS else ()
    return sorted(in_stock, key=lambda variant: variant.size not in rough)
