"""What is said when something is cancelled or sent back before anything was ordered ("cancel the
jacket from my order", "can i return the bag?"; stranger tests 76 and 77). The answer itself:
actions/unplaced_purchases.py."""

from __future__ import annotations

import json

from actions.replies import and_list


def nothing_ordered_text(cancels: bool) -> str:
    """Nothing was ordered, so nothing to cancel (`cancels`) or to send back."""
    what = "cancel" if cancels else "send back"
    return (
        f"Nothing has been ordered yet, so there's nothing to {what} and you haven't been charged."
    )


def dropped_text(titles: list[str]) -> str:
    """The purchases of the kind named that were still waiting for a choice: dropped."""
    never = "it never" if len(titles) == 1 else "they never"
    return f"I've dropped the {and_list(titles)} you'd started: {never} went into your cart."


def in_cart_text(title: str) -> str:
    """A product of the kind named is in the cart, not ordered: offered to be taken out."""
    return f"The {title} is in your cart, not ordered: shall I take it out?"


def take_out_button(title: str, handle: str) -> dict:
    """ "Take the Gotland Crossbody Bag out": that line of the cart taken out."""
    payload = "/remove_from_cart" + json.dumps({"product_handle": handle})
    return {"title": f"Take the {title} out", "payload": payload}


def not_in_cart_text(kinds: list[str]) -> str:
    """The kinds named are neither ordered nor in the cart."""
    return f"There are no {' or '.join(kinds)} in your cart either."


def earlier_order_note() -> str:
    """A return may mean an order from before this chat."""
    return "(Meant an order from before this chat? Tell me its number and the email you used.)"


def nothing_ordered_yet_text(titles: list[str], quicker: bool, waiting: bool) -> str:
    """Any request about an order ("where's my order", "return it") when none was placed: what the
    cart holds (`titles`), that express is chosen at checkout (`quicker`), the way on, and how to
    name an order from before the chat."""
    told = ["You haven't placed an order in this chat yet: nothing has been ordered and you "
            "haven't been charged."]  # fmt: skip
    if titles:
        verb = "is" if len(titles) == 1 else "are"
        told.append(f"The {and_list(titles)} {verb} in your cart, not ordered.")
    if quicker:
        told.append("Express delivery can be chosen at checkout, when you order.")
    if titles and not waiting:
        told.append("Tap Check out to order.")
    elif waiting:
        told.append("Choose below to carry on.")
    told.append(earlier_order_note())
    return " ".join(told)
