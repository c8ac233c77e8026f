"""The list on screen in a total of what the shopper looked at: "whats the total" with the cart
empty, after opening the Fell boots and then asking "also a black belt" (three belts listed), is
the boots' total and the question which belt to count, a button each, never the belts silently
left out (stranger test 80, A8, docs/nlu/stranger-test-80.md). Used by actions/considered_total.py.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.cart_replies import list_not_counted_text
from actions.conversation import earlier_products, which_one_buttons
from actions.reference_replies import which_of_kind_text
from commerce.products import product_details


def ask_which_of_the_list(dispatcher, tracker: Tracker, session, counted: list[str]) -> None:
    """After the total of `counted`: the newest list on screen, when it is of one kind that
    none of those is, asked which of it to count, with a button each; nothing said otherwise."""
    groups = earlier_products(tracker)
    listed = groups[0] if groups else []
    if len(listed) < 2 or set(listed) & set(counted):
        return
    kinds = {d.product_type for h in counted if (d := product_details(session, h)) is not None}
    details = [d for h in listed if (d := product_details(session, h)) is not None]
    types = {d.product_type for d in details}
    if len(types) != 1 or types & kinds:
        return
    kind = types.pop()
    which = which_of_kind_text(kind, [d.title for d in details])
    dispatcher.utter_message(
        text=list_not_counted_text(kind, which), buttons=which_one_buttons(tracker, session, listed)
    )
