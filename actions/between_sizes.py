"""A shopper torn between two sizes of the product in view ("she's usually between a small and a
medium, which would you go for?", stranger test 67, B2; shop_nlu/between_sizes.py reads it):
answered from the product's own words on its fit (commerce/between_sizes.py), with a tap for each
size and the size guide. Tried first by the size advice (actions/size_advice.py)."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, latest_intent, resolve_product
from actions.reach_a_person import contact_details
from actions.size_advice_replies import between_sizes_text, not_its_sizes_text, size_buttons
from commerce.between_sizes import sized_otherwise, tip_between_sizes
from commerce.config import load_settings
from commerce.products import product_details
from shop_nlu.between_sizes import sizes_weighed

SIZE_GUIDE_BUTTON = {"title": "Size guide", "payload": "/ask_size_guide"}


def answer_between_two_sizes(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """Which of two sizes to take of the product pointed at or in focus, and why; None (nothing
    said) when the message is torn between no sizes or no product is in view."""
    if latest_intent(tracker) != "ask_size_guide":
        return None
    text = tracker.latest_message.get("text") or ""
    weighed = sizes_weighed(text)
    if weighed is None:
        return None
    handle = resolve_product(tracker, session).handle or tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, handle) if handle else None
    if details is None:
        return None
    asked = [size for size in (weighed.smaller, weighed.larger) if size]
    # "32 or 34 waist" of a dress sold in XS to XL: not its sizes; its own, and the size guide.
    if sized_in := sized_otherwise(asked, details.sizes_offered):
        dispatcher.utter_message(
            text=not_its_sizes_text(details.title, asked, sized_in, list(details.sizes_offered)),
            buttons=size_buttons(details.handle, list(details.sizes_offered)) + [SIZE_GUIDE_BUTTON],
        )
        return [SlotSet(CURRENT_PRODUCT, details.handle)]
    tip = tip_between_sizes(details.description, text)
    offered = {size.lower() for size in details.sizes_offered}
    if tip.sentence is None and not offered & {
        s.lower() for s in (weighed.smaller, weighed.larger) if s
    }:
        return None  # "a 44 or a 46 chest" of a tuxedo in 44R/46R: the measurement advice answers
    contact = contact_details(load_settings())
    dispatcher.utter_message(
        text=between_sizes_text(details.title, weighed.smaller, weighed.larger, tip, contact),
        buttons=size_buttons(details.handle, [s for s in (weighed.smaller, weighed.larger) if s])
        + [SIZE_GUIDE_BUTTON],
    )
    return [SlotSet(CURRENT_PRODUCT, details.handle)]
