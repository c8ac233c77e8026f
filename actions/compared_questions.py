"""Questions about the products compared last, whatever the classifier heard them as: "And which is
cheaper, honestly? I don't mind paying a little more if the fabric is nicer though." right after
the Rosalie vs Vivienne table is about those two, not a new search over $190 (its "paying a little
more" raises no budget): stranger test 49, docs/nlu/stranger-test-49.md, Ilona #5. "The cheaper
one then. need hemming?" (a pick among them) is `answer_pick_among_compared`'s.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions.base import Events
from actions.conversation import compared_products, compared_slot, latest_entities
from actions.product_questions import answer_across, answer_pick_among_compared
from actions.shared_answers import pick_for_me
from commerce.recommend import compare_products
from shop_nlu.leaning import which_of_them_is_asked
from shop_nlu.pick_asks import asks_for_the_pick


def answer_which_of_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Which is cheaper?" ("which one costs more?") of the products compared last, while their
    list is on screen: the price of each, the one asked for first, then the table again; "which is
    the better fabric?": what the catalog says each is made of. None (nothing said) when nothing
    is compared or the message asks no such thing."""
    compared = compared_products(tracker)
    asked = which_of_them_is_asked(tracker.latest_message.get("text") or "")
    if len(compared) < 2 or asked is None:
        return None
    if latest_entities(tracker).keys() & {"product", "product_handle", "ordinal"}:
        return None  # "which is cheaper, the windsor or the savile?": those, not the ones before
    if asked == "material":
        return answer_across(dispatcher, tracker, session, compared)
    comparison = compare_products(session, compared)
    if len(comparison.sides) < 2:
        return None
    dispatcher.utter_message(
        text=wording.comparison_text(comparison, asked),
        buttons=wording.comparison_buttons(comparison),
    )
    return [compared_slot(tracker, [side.details.handle for side in comparison.sides])]


def answer_about_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Which is cheaper?" of the products compared (`answer_which_of_compared`), or "the cheaper
    one then. need hemming?", a pick among them with its question (`answer_pick_among_compared`);
    None when the message is about none of them."""
    answered = answer_which_of_compared(dispatcher, tracker, session)
    if answered is not None:
        return answered
    return answer_pick_among_compared(dispatcher, tracker, session)


def answer_better_of_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Which is better?", "which one would you recommend" right after a comparison: the bot's
    pick of those compared and why (`pick_for_me`), not the same table again (task fixK, item 4).
    None when nothing is compared, the message names products, or asks something else."""
    compared = compared_products(tracker)
    if len(compared) < 2 or not asks_for_the_pick(tracker.latest_message.get("text") or ""):
        return None
    if latest_entities(tracker).keys() & {"product", "product_handle", "ordinal", "category"}:
        return None
    return pick_for_me(dispatcher, tracker, None, session, shown=compared)
