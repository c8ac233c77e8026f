"""Whether a placed order's product is in stock in another size, for ordering it again: a placed
order's size is never changed (commerce.order_rules), so "can change to 40R?" is answered with
cancel and order again, and this says whether that new order would find 40R (stranger test 74,
docs/nlu/stranger-test-74.md, A10). Facts only; the wording is actions/order_change_replies.py's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from commerce.models import Order, Variant
from commerce.sizes import size_keys


@dataclass(frozen=True)
class SizeForReorder:
    """A line's product in the size asked for: whether it is in stock in the colour ordered, and the
    other colours it is in stock in, in that size."""

    title: str
    size: str  # the catalog's label of the size asked for ("40R")
    colour: str | None  # the colour ordered
    in_stock: bool
    other_colours: tuple[str, ...]


def size_for_reorder(session: Session, order: Order, size_key: str) -> list[SizeForReorder]:
    """For each line of `order` whose product is made in the size `size_key` (a key of
    commerce.sizes, "40r") and was ordered in another size: that size's stock."""
    found: list[SizeForReorder] = []
    for line in order.lines:
        ordered = session.get(Variant, line.variant_id) if line.variant_id else None
        if ordered is None or size_key in size_keys(line.size):
            continue
        in_size = [v for v in ordered.product.variants if size_key in size_keys(v.size)]
        if not in_size:
            continue
        same = [v for v in in_size if v.colour == line.colour]
        others = tuple(dict.fromkeys(
            v.colour for v in in_size if v.colour and v.colour != line.colour and v.stock > 0
        ))  # fmt: skip
        found.append(
            SizeForReorder(
                title=line.title,
                size=in_size[0].size,
                colour=line.colour,
                in_stock=any(v.stock > 0 for v in same),
                other_colours=others,
            )
        )
    return found
