"""An add of what is already in the cart, in the same size and colour: "put the blazer in 46 ... in
my basket please" with the Henley Hopsack Blazer (46R, Blue) already there added a second one
(stranger test 98, docs/nlu/stranger-test-98.md, B5). Said again without a quantity or "another",
it is a repeat, not a wish for two: the shopper is told it's already there and asked whether they
want two, a tap adding the second. Asked by actions/quantity_choice.py for adds."""

from __future__ import annotations

import json
import re

from rasa_sdk import Tracker

from actions.conversation import latest_entities
from actions.variant_taken import variant_label
from commerce.cart import cart_items
from commerce.search import VariantFacts

# "add another one", "one more", "a second blazer", "two of them": more of it, on purpose.
_MORE_OF_IT = re.compile(
    r"\b(?:another|one more|a second|second one|two of|2 of|extra|spare|both)\b", re.IGNORECASE
)


def told_already_in_cart(dispatcher, tracker: Tracker, session, variant: VariantFacts) -> bool:
    """Whether `variant` is already in the shopper's cart and the message asks for no more of it
    (no quantity, no "another"); then, said so, with a tap to add a second."""
    if latest_entities(tracker).get("quantity"):
        return False
    if _MORE_OF_IT.search(tracker.latest_message.get("text") or ""):
        return False
    item = next(
        (i for i in cart_items(session, tracker.sender_id) if i.variant_id == variant.id), None
    )
    if item is None:
        return False
    product = item.variant.product
    second = {"product_handle": product.handle, "size": variant.size, "colour": variant.colour}
    second = {key: value for key, value in second.items() if value} | {"quantity": 1}
    dispatcher.utter_message(
        response="utter_already_in_cart",
        title=product.title,
        variant=variant_label(variant),
        buttons=[
            {"title": "Yes, add a second", "payload": "/add_to_cart" + json.dumps(second)},
            {"title": "No, just the one", "payload": "/view_cart"},
        ],
    )
    return True
