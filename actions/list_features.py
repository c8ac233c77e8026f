"""A question about a feature of the list on screen ("anything with good arch support? or
cushioned"): the products of that search the catalog describes with it, or, where it describes
none of them with it, that it doesn't say which have it, with the closest it does say
(commerce/search/claims.py). Never the same list again as if nothing was asked. "Which of them
are cushioned?" of those on screen: the ones the catalog says it of, and that it doesn't say for
the others (a selection, not a paragraph each)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import list_feature_replies, search_replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    current_query,
    latest_entities,
    list_after_focus,
)
from actions.conversation.several import asks_which_have, products_asked_about
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from actions.search_followups import shaped_as_a_question
from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.product_facts import question_topic
from commerce.search import ProductQuery, SearchResult, described_among, features_of_list
from shop_nlu.fit_questions import asks_if_a_fit_will_do


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
    listed = _listed_query(tracker)
    asked = tuple(dict.fromkeys(entities["feature"]))
    answer = features_of_list(session, listed, asked)
    if not answer.listed_total:
        # The search found none, so the closest are on screen: the search narrows by the feature
        # ("anything with sleeves?" under no navy dresses in size 14; stranger test 38).
        return None
    repeats = all(feature in listed.features for feature in asked)
    if not answer.unstated and (only_unstated or (len(answer.found) == 1 and not repeats)):
        return None
    text = list_feature_replies.features_of_list_text(answer, contact_details(load_settings()))
    result = list_feature_replies.features_of_list_result(answer)
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


def _listed_query(tracker: Tracker) -> ProductQuery:
    """The search whose products are on screen (for alternatives, the one they stand in for)."""
    shown = ShownResults.from_tracker(tracker)
    listed = ProductQuery.from_dict(shown.query) if shown.query else current_query(tracker)
    return current_query(tracker) if listed.sort == "closest" else listed


# --- "which of them ...?": a selection of those on screen ----------------------------------------

# Topics the catalog answers in words other than the feature's, quoted for each product: "are any
# of these leather?" (what each is made of instead), "any of them waterproof?" ("water-repellent
# suede", "shrugs off rain").
_EACH_IN_ITS_OWN_WORDS = frozenset({"material", "sole", "waterproof"})


def answer_which_have_feature(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "Which of them are cushioned?", "any of these non-slip?" of several products (those on
    screen, compared or named): a selection, never a paragraph each. Those the catalog describes
    with it, named (the list on screen now), and plainly that it doesn't say for the others; where
    it says it of none of them, so, with those of the search it does say it of. None (nothing
    said) for any other message, for a ranking ("which of these is warmer"), for materials and
    the weather (answered from each product's own words), and for a feature the catalog says of
    none of the search (`answer_features_of_list` says so, with the closest it does say)."""
    text = tracker.latest_message.get("text") or ""
    entities = latest_entities(tracker)
    listed = _listed_query(tracker)
    if fit := _fit_asked_of_list(tracker):  # "he is tall but thin, slim fit ok?"
        asked, handles = (fit,), ShownResults.from_tracker(tracker).handles
        wider = features_of_list(session, listed, asked)
    else:
        if set(entities) != {"feature"} or not asks_which_have(text) or _compares(tracker):
            return None
        asked = tuple(dict.fromkeys(entities["feature"]))
        if any(question_topic(feature)[0] in _EACH_IN_ITS_OWN_WORDS for feature in asked):
            return None
        handles = products_asked_about(tracker, session)
        if len(handles) < 2 or (wider := features_of_list(session, listed, asked)).unstated:
            return None
    among = described_among(session, handles, asked)
    others = [match.title for match in among.others]
    text = list_feature_replies.which_have_text(len(among.products), among.described, others)
    said = [match for match in among.products if match not in among.others]
    if said:
        features = listed.features + tuple(f for f in asked if f not in listed.features)
        query = listed.updated(features=features) if len(asked) == 1 else listed
        result = SearchResult(query, said, len(said))
    elif wider.unstated:  # none of them, nor of the search: the list stays
        dispatcher.utter_message(text=text)
        return []
    else:  # none of them: those of the search it does say it of
        result = list_feature_replies.features_of_list_result(wider)
        text += "\n" + list_feature_replies.features_of_list_text(
            wider, contact_details(load_settings())
        )
    dispatcher.utter_message(
        text=text,
        buttons=search_replies.result_buttons(result),
        product_cards=search_replies.product_cards(result),
    )
    # Those it says it of are the list now: "the first one" is one of them.
    return [
        SlotSet(SEARCH_QUERY, result.query.to_dict()),
        SlotSet(CURRENT_PRODUCT, None),
        ShownResults.of(result).slot(),
    ]


def _fit_asked_of_list(tracker: Tracker) -> str | None:
    """The fit asked of several products on screen, none in focus, whether it will do ("he is
    tall 182 but thin, slim fit ok?", stranger test 54, problem 5); None for any other message."""
    text = tracker.latest_message.get("text") or ""
    fits = load_lexicon().fits_instead
    asked = [f for f in latest_entities(tracker).get("feature") or [] if f in fits]
    if not asked or not asks_if_a_fit_will_do(text):
        return None
    if len(ShownResults.from_tracker(tracker).handles) < 2:
        return None
    return asked[0] if not tracker.get_slot(CURRENT_PRODUCT) or list_after_focus(tracker) else None


def _compares(tracker: Tracker) -> bool:
    """Whether a feature is said as a comparison ("which of these two is warmer"): a ranking."""
    text = (tracker.latest_message.get("text") or "").lower()
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != "feature" or entity.get("start") is None:
            continue
        said = text[int(entity["start"]) : int(entity["end"])]
        if said.endswith(("er", "est")) and not str(entity.get("value")).endswith(("er", "est")):
            return True
    return False
