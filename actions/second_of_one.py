""" "The second one ... is it floor length? does it have sleeves?" with only one product on screen
(stranger test 62, docs/nlu/stranger-test-62.md, worst problem 5): the position is past the list,
but there is only one product the questions can be about. That is said briefly, and they are
answered about it; past a list of several, which one is still asked."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import product_replies
from actions.conversation import ProductReference, ShownResults
from commerce.products import product_details


def the_one_shown(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    reference: ProductReference,
) -> ProductReference:
    """The only product on screen, said to be the only one, for a position past it; else
    `reference` as it was."""
    handles = ShownResults.from_tracker(tracker).handles
    if reference.problem != "bad_ordinal" or len(handles) != 1:
        return reference
    details = product_details(session, handles[0])
    if details is None:
        return reference
    dispatcher.utter_message(text=product_replies.only_one_shown_text(details.title))
    return ProductReference(details.handle)
