"""A product of a kind shown earlier, pointed back at while other products are on screen ("I take
the bag from before", "the bag you showed me earlier", "go back to that bag"): the one of that kind
the conversation showed or opened last, back in focus and acted on as asked (bought, added to the
cart, opened); with several of them shown, which one, a button each. Never that kind listed again
as a new search."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action
from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ShownResults,
    as_tapped,
    ask_which_one,
    latest_entities,
    latest_intent,
    picked_of_kind,
    said_entities,
)
from shop_nlu.message_readings import points_back_at_a_kind

# The action that goes on with the product found, by the intent of the message; any other opens it.
_GOES_ON_AS = {"buy": "action_start_checkout", "add_to_cart": "action_add_to_cart"}
# What the shopper said with it that the purchase keeps ("the bag from before, in brown").
_KEPT = ("size", "colour", "quantity")


def answer_kind_from_before(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """A message that points back at a product of one kind shown earlier, none of which is on
    screen or in focus: that product acted on (`_GOES_ON_AS`), or which of those shown, a button
    each. None (nothing said) for any other message, or when the conversation showed none of that
    kind (then it is a search for it)."""
    entities = latest_entities(tracker)
    intent = latest_intent(tracker) or ""
    # ("a bag like the one you showed me, in black": a search; "the bag from before in brown": a
    # purchase in brown; "..., not the shoes" says which)
    allowed = {"category", *_KEPT} if intent in _GOES_ON_AS else {"category"}
    named = {name for name in entities if not name.startswith("not_")}
    if not named <= allowed or not points_back_at_a_kind(
        tracker.latest_message.get("text") or "", said_entities(tracker)
    ):
        return None
    handles = picked_of_kind(tracker, session, entities["category"][-1])
    in_view = {*ShownResults.from_tracker(tracker).handles, tracker.get_slot(CURRENT_PRODUCT)}
    if not handles or in_view & set(handles):
        return None  # on screen or in focus: "the bag" is one of those, as any pick
    if len(handles) > 1:
        reference = ProductReference(None, "ambiguous", candidates=tuple(handles))
        return [] if ask_which_one(dispatcher, tracker, session, reference) else None
    kept = {name: entities[name][-1] for name in _KEPT if name in entities}
    chosen = as_tapped(
        tracker,
        intent if intent in _GOES_ON_AS else "select_product",
        {"product_handle": handles[0], **kept},
    )
    name = _GOES_ON_AS.get(intent, "action_select_product")
    return perform_action(name, dispatcher, chosen, {}, session)
