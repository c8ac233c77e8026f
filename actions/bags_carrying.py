"""What the shopper wants to carry in the bags a list shows: "a bag that goes on the shoulder and
fits a tablet" (docs/nlu/stranger-test-90.md, B3). No search can tell a bag's size, so under the
list the catalog's own words on the size of each bag shown are quoted ("fits a laptop"), and the
bags whose size it doesn't give are named, never said to fit."""

from __future__ import annotations

from sqlalchemy.orm import Session

from actions.bag_replies import what_fits_in_bags_text
from actions.nothing_inside import carries_nothing
from actions.what_fits_inside import SIZE_WORDS
from commerce.product_facts import product_fact
from commerce.products import product_details
from shop_nlu.carried_inside import carried_inside

# The top of a list: the bags the shopper sees first.
_AT_MOST = 3


def tell_what_fits_in_bags_listed(
    dispatcher, session: Session, text: str, handles: list[str]
) -> None:
    """Under a list of bags: what the catalog says of the size of each one shown, when `text`
    asks to carry something in them ("fits a tablet"); nothing otherwise."""
    if not handles or (things := carried_inside(text)) is None:
        return
    bags = [
        details
        for handle in handles[:_AT_MOST]
        if (details := product_details(session, handle)) and not carries_nothing(details)
    ]
    facts = [product_fact(session, bag.handle, f"{SIZE_WORDS}, {things}") for bag in bags]
    said = {fact.title: fact.quotes[:1] for fact in facts if fact is not None}
    if said:
        dispatcher.utter_message(text=what_fits_in_bags_text(said, things))
