"""Which cart line a message means ("the tie", "the second one", "the black one"), for the cart's
own actions (actions/cart.py) and a swap of one product for another (actions/cart_swaps.py)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions import order_replies
from actions.conversation import latest_entities
from commerce.models import CartItem
from commerce.search import category_types

# "take the shoes out", "take it out": a line taken out of the cart.
# Not "a dress to take out dancing" or "take her out on a date".
TAKE_IT_OUT = r"(?<!\bto )\btake\b[\w\s'-]{0,30}?\bout\b(?!\s+(?:on|for|to|dancing|tonight|with))"


def cart_line(
    tracker: Tracker, items: list[CartItem], entities: dict[str, list[str]] | None = None
) -> tuple[CartItem | None, str | None]:
    """The cart line the shopper means: by number, by its kind ("the tie"), by a word of its
    name or colour, or the only one. `entities`: those of one part of the message, else all."""
    entities = latest_entities(tracker) if entities is None else entities
    if "ordinal" in entities:
        ordinal = entities["ordinal"][-1]
        position = len(items) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
        if 1 <= position <= len(items):
            return items[position - 1], None
        return None, f"Your cart has {len(items)} line{'s' if len(items) != 1 else ''}."
    if "product_handle" in entities:
        handle = entities["product_handle"][-1]
        matching = [item for item in items if item.variant.product.handle == handle]
    else:
        said = [(name, value) for name in ("product", "category", "colour", "brand")
                for value in entities.get(name, [])]  # fmt: skip
        matching = [item for item in items
                    if all(_line_is(item, name, value) for name, value in said)]  # fmt: skip
    if len(matching) == 1:
        return matching[0], None
    if not matching and said:
        # "remove the tie" with only a shirt in the cart: no tie, not "which one?".
        kinds = list(dict.fromkeys(value for name, value in said if name == "category"))
        return None, order_replies.not_in_cart_text(kinds)
    return None, 'Which one? Say its number, e.g. "remove the second one".'


def _line_is(item: CartItem, name: str, value: str) -> bool:
    """Whether a cart line is what a word of the message says: of that kind ("the tie", "the
    shirts": its product type, or the kind in its name), or with that word in its name."""
    text = order_replies.variant_text(item).lower()
    if name != "category":
        return value.lower() in text
    types = category_types(value)
    return (item.variant.product.product_type or "").lower() in types or any(
        re.search(rf"\b{re.escape(kind)}\b", text) for kind in types
    )
