""" "Add 4 in medium and 4 in large to my cart": several sizes of the product in focus, each with
its own quantity, in one cart request (stranger test 28, docs/nlu/stranger-test-28.md). Each pair
is added as a one-product add would add it (actions/adding.py `add_one`: the variant, the quantity
rule, the reply); sizes the product isn't made in are said plainly ("it comes in collar sizes"),
with the question which size for each quantity, its buttons keeping that quantity."""

from __future__ import annotations

import re
from functools import partial

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import cart_replies, replies
from actions.adding import add_one
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, as_tapped, latest_entities, resolve_product
from commerce.products import check_variant, product_details
from commerce.profiles import kind_of_type
from commerce.sizes import display_size, key_of_label
from shop_nlu.sizes_with_quantities import sizes_with_quantities

# "can you add 2 medium and 3 large in white", heard as a question whether it is in stock, or
# "buy 4 in medium and 4 in large" that the classifier was unsure of: the words of adding to the
# cart or buying, not of "do you have 2 in medium?".
_ADDS = re.compile(
    r"\b(?:add|put|pop|throw|stick|buy|purchase|order)\b|\b(?:i'?ll|i will|i'?d) take\b"
    r"|\b(?:to|in|into)\s+(?:my|the)\s+(?:cart|basket|bag)\b"
)


def answer_adding_sizes_with_quantities(dispatcher, tracker: Tracker, session) -> Events | None:
    """`answer_sizes_with_quantities` for a message that says to add or buy them, whatever intent
    the classifier heard in it (or none for sure); None (nothing said) for any other."""
    if not _ADDS.search((tracker.latest_message.get("text") or "").lower()):
        return None
    return answer_sizes_with_quantities(dispatcher, tracker, session)


def answer_sizes_with_quantities(dispatcher, tracker: Tracker, session) -> Events | None:
    """Add each size and quantity said ("4 in 15.5 and 4 in 17") of the product meant, then ask
    which size for the quantities in sizes it isn't made in, keeping them; None (nothing said)
    for a message with fewer than two such pairs or no one product meant."""
    pairs = sizes_with_quantities(tracker.latest_message.get("text") or "")
    if len(pairs) < 2:
        return None
    handle = resolve_product(tracker, session).handle
    details = product_details(session, handle) if handle else None
    if details is None:
        return None
    colour = (latest_entities(tracker).get("colour") or [None])[-1]
    events: Events = [SlotSet(CURRENT_PRODUCT, handle)]
    missing: list[tuple[str, int]] = []
    for size, quantity in pairs:
        check = check_variant(session, handle, size)
        if check is None or not check.size_made:
            missing.append((size, quantity))
            continue
        said = {"product_handle": handle, "size": size, "quantity": quantity}
        one = as_tapped(tracker, "add_to_cart", {**said, **({"colour": colour} if colour else {})})
        one.latest_message["text"] = ""  # the pair alone: not "4 ... 4" again
        keep = partial(replies.add_to_cart_payload, quantity=quantity)
        events += add_one(dispatcher, one, session, keep)
    if missing:
        _ask_size_for_each(dispatcher, session, details, missing, colour)
    return events


def _ask_size_for_each(dispatcher, session, details, missing: list[tuple[str, int]], colour):
    """The sizes it is made in instead of those asked, and which one for each quantity: a button
    per size in stock (in the colour said), carrying the first quantity still open."""
    called = cart_replies.sizes_called(kind_of_type(details.product_type))
    quantities = [quantity for _, quantity in missing]
    dispatcher.utter_message(
        text=cart_replies.sizes_not_made_text(
            details.title,
            called,
            [display_size(size) for size, _ in missing],
            list(details.sizes_offered),
            quantities,
        )
    )
    in_stock = check_variant(session, details.handle, None, colour)
    if in_stock is None or not in_stock.in_stock:
        in_stock = check_variant(session, details.handle)
    labels = list(dict.fromkeys(v.size for v in (in_stock.in_stock if in_stock else ()) if v.size))
    first = quantities[0]
    dispatcher.utter_message(
        text=cart_replies.which_size_for_text(details.title, called, quantities),
        buttons=[
            {
                "title": f"{first} × {label}",
                "payload": replies.add_to_cart_payload(
                    details.handle, key_of_label(label), colour, first
                ),
            }
            for label in labels
        ],
    )
