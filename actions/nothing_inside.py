"""What fits inside a product that carries nothing: "does it fit my phone" about a shoe (found
while fixing stranger test 79, docs/nlu/stranger-test-79.md; the bag question is stranger test
76's, B2). A shoe, a tie or a belt holds no phone, so the catalog's words on its size (its heel)
are no answer: that is said plainly, and when a bag was looked at earlier in the chat, the
shopper is asked whether they mean it, with a button to open it."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import product_replies
from actions.base import Events
from actions.conversation import earlier_products
from actions.replies import select_payload
from commerce.products import ProductDetails, product_details
from commerce.search import category_types

# The kinds worn or pinned on, with nowhere to carry a phone or keys (a jacket has pockets, and a
# bag is made to carry: the catalog's words on their size answer).
_CARRY_NOTHING = ("shoes", "ties", "bow ties", "cufflinks", "belts", "pocket squares")
# Bags offered back ("Did you mean one of the bags?"): a page.
_BAGS_OFFERED = 3


def carries_nothing(details: ProductDetails) -> bool:
    """Whether the product is of a kind with nowhere to carry things (a shoe, a tie)."""
    kind = details.product_type.lower()
    return any(kind in category_types(carrying_nothing) for carrying_nothing in _CARRY_NOTHING)


def tell_nothing_inside(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    details: ProductDetails,
    things: str,
) -> Events:
    """ "The Ashby Cap-Toe Oxford is a shoe, so it won't carry your phone", and, when bags were
    looked at earlier, whether one of them is meant (buttons to open them)."""
    bags = _bags_looked_at(tracker, session)
    titles = [bag.title for bag in bags]
    dispatcher.utter_message(
        text=product_replies.nothing_inside_text(details, _kind_noun(details), things, titles),
        buttons=[{"title": bag.title, "payload": select_payload(bag.handle)} for bag in bags],
    )
    return []


def _kind_noun(details: ProductDetails) -> str:
    """ "shoe", "boot", "tie": what the product is, said of one."""
    kind = details.product_type.lower()
    if "boot" in kind:
        return "boot"
    if kind in category_types("shoes"):
        return "shoe"
    return kind[:-1] if kind.endswith("s") else kind


def _bags_looked_at(tracker: Tracker, session: Session) -> list[ProductDetails]:
    """The bags of the latest product opened or list shown in this chat that had any, newest
    first; [] when none was looked at."""
    bag_kinds = category_types("bags")
    for group in earlier_products(tracker):
        found = [product_details(session, handle) for handle in group[:_BAGS_OFFERED]]
        bags = [bag for bag in found if bag is not None and bag.product_type.lower() in bag_kinds]
        if bags:
            return bags
    return []
