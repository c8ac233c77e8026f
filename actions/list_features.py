"""A question about a feature of the list on screen ("anything with good arch support? or
cushioned"): the products of that search the catalog describes with it, or, where it describes
none of them with it, that it doesn't say which have it, with the closest it does say
(commerce/search/claims.py). Never the same list again as if nothing was asked."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import search_replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    current_query,
    latest_entities,
)
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from actions.search_followups import shaped_as_a_question
from commerce.config import load_settings
from commerce.product_facts import question_topic
from commerce.search import ProductQuery, features_of_list


def answer_unstated_features_of_list(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """As `answer_features_of_list`, for a question about the products ("which ones have arch
    support?"), only where the catalog says a feature asked of none of the list and no topic of
    the product questions covers it: those ("are any of these leather?", "waterproof?") are
    answered from each product's own words (actions/product_questions.py)."""
    features = latest_entities(tracker).get("feature") or []
    if all(question_topic(feature)[0] for feature in features):
        return None
    return answer_features_of_list(dispatcher, tracker, session, only_unstated=True)


def answer_features_of_list(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    only_unstated: bool = False,
) -> Events | None:
    """With a list on screen and nothing opened, a question naming only features ("any with
    memory foam?", "anything with arch support? or cushioned"): which of the list's products
    the catalog describes with them. None (nothing said) for any other message, and where each
    feature asked is one some of the list has and the search would narrow to it by itself
    ("any cushioned ones?" of boots: the search does that), unless several are asked with "or"
    or the list is already filtered by it (the same list would come back)."""
    shown = ShownResults.from_tracker(tracker)
    entities = latest_entities(tracker)
    text = tracker.latest_message.get("text") or ""
    if (
        not shown.handles
        or tracker.get_slot(CURRENT_PRODUCT)
        or set(entities) != {"feature"}
        or not (only_unstated or shaped_as_a_question(text))  # (a product question is one)
    ):
        return None
    listed = ProductQuery.from_dict(shown.query) if shown.query else current_query(tracker)
    if listed.sort == "closest":  # alternatives: the search they stand in for
        listed = current_query(tracker)
    asked = tuple(dict.fromkeys(entities["feature"]))
    answer = features_of_list(session, listed, asked)
    repeats = all(feature in listed.features for feature in asked)
    if not answer.unstated and (only_unstated or (len(answer.found) == 1 and not repeats)):
        return None
    text = search_replies.features_of_list_text(answer, contact_details(load_settings()))
    result = search_replies.features_of_list_result(answer)
    team = [TALK_TO_A_PERSON] if answer.unstated and person_reachable() else []
    if result is None:
        dispatcher.utter_message(text=text, buttons=team)
        return []
    dispatcher.utter_message(
        text=text,
        buttons=search_replies.result_buttons(result) + team,
        product_cards=search_replies.product_cards(result),
    )
    # The products described with it are the list now: "the cheaper one" is one of them.
    return [
        SlotSet(SEARCH_QUERY, result.query.to_dict()),
        SlotSet(CURRENT_PRODUCT, None),
        ShownResults.of(result).slot(),
    ]
