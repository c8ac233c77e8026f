""" "ok buy" after a list that replaced the product opened: a sneaker opened, then boots listed (a
refinement keeps the sneaker in focus), and "ok buy" bought the sneaker, out of view (stranger test
53, docs/nlu/stranger-test-53.md, Linh turn 6). A purchase is of the product in view: with a list
shown since and nothing said that picks one ("it", a name, "the second"), the bot asks which."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ShownResults,
    ask_which_one,
    latest_entities,
    list_after_focus,
)
from actions.conversation.pointing import SPEAKS_OF_IT

# Entities that pick a product themselves.
_PICKING = frozenset({"product", "product_handle", "ordinal", "unknown_product"})
# Of the list, as many as one reply lists.
_ON_SCREEN = 3


def ask_which_out_of_view(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, meant: ProductReference
) -> bool:
    """Ask which product to buy (the one in focus, or those listed since) when `meant` is the
    product in focus only because it was opened before the list now on screen; False (nothing
    said) when the message picks it, or it is in view."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    shown = ShownResults.from_tracker(tracker).handles
    text = (tracker.latest_message.get("text") or "").lower()
    if (
        not focus
        or meant.handle != focus
        or focus in shown
        or not list_after_focus(tracker)
        or latest_entities(tracker).keys() & _PICKING
        or SPEAKS_OF_IT.search(text)
    ):
        return False
    candidates = (focus, *[handle for handle in shown[:_ON_SCREEN] if handle != focus])
    return ask_which_one(
        dispatcher, tracker, session, ProductReference(None, "ambiguous", candidates=candidates)
    )
