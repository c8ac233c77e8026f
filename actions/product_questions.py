"""Questions about one product that its card does not answer: "is it waterproof?", "what is it
made of?", "does it run small?". Answered from the catalog's words, or honestly not at all; a
question across several ("which one would last longer in the rain?") for each of them."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import availability_replies, product_replies, search_replies
from actions.arrival_before_ordering import stock_and_arrival_answer
from actions.arrival_buttons import tell_arrival_if_ordered
from actions.base import Events
from actions.checkout_slots import ordering_time
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
    pick_among_compared,
    products_asked_about,
)
from actions.fit_beside_comparison import answer_fit_beside_comparison
from actions.flat_ones import answer_flat_ones_of_the_list
from actions.list_features import answer_unstated_features_of_list, answer_which_have_feature
from actions.nothing_shown import answer_pick_of_nothing_shown
from actions.places_compared import answer_places_compared
from actions.product_actions import ActionShowProductDetails, ProductAction
from actions.questions_of_one import answer_questions_of_one
from actions.reach_a_person import TALK_TO_A_PERSON, contact_details, person_reachable
from actions.routing import answer_goes_together, answer_goes_with_colour
from actions.search_results import whole_point_features
from actions.service_topics import ASKS_GARMENT_FIT
from actions.shade_answers import stock_asked_beside
from actions.tie_style_answers import answer_how_it_ties
from actions.two_questions_of_one import answer_two_questions_of_one
from actions.weight_answers import answer_weights_asked
from actions.what_fits_inside import answer_what_fits_inside
from commerce.config import load_settings
from commerce.included_items import included_answer
from commerce.lexicon import load_lexicon
from commerce.product_facts import (
    ProductFact,
    fit_on_them_fact,
    garment_fit_fact,
    product_fact,
    question_topic,
)
from commerce.products import ProductDetails, check_variant, product_details
from commerce.search import ProductQuery, SearchResult, find_products
from commerce.sizes import size_query_key
from shop_nlu.arrival_questions import asks_about_the_delivery, asks_when_it_would_arrive
from shop_nlu.carried_inside import carried_inside
from shop_nlu.colour_questions import asks_which_colours
from shop_nlu.fit_questions import asks_how_it_fits_them
from shop_nlu.included_questions import item_asked_if_included
from shop_nlu.occasion_questions import occasion_asked
from shop_nlu.praise import without_praise
from shop_nlu.stock_asked import asks_stock, without_reason


class ActionAnswerProductQuestion(ProductAction):
    """Quotes the catalog sentence that answers the question, or says it doesn't know."""

    # "Will that work with green?": its colours against the shop's colour guide.
    # "Does the belt match the shoes?": the two against the catalog.
    # "Which ones have arch support?" of a list the catalog says it of none of: that it doesn't say.
    # "Which of them are cushioned?": those the catalog says it of, not a paragraph each.
    # "So anything flat-ish?" under boots: the flat ones of them.
    gives_way_to = (
        answer_places_compared,  # "is the first one cheaper than the second?"
        answer_weights_asked,  # "which of those is the lightest?", "is the first one light?"
        answer_two_questions_of_one,  # "the first in blue? and is it machine washable?"
        answer_questions_of_one,  # "in stock? big enough for a laptop? price?": each
        answer_what_fits_inside,  # "the second one, big enough for a phone?": not wallets
        answer_how_it_ties,  # "is the first one a self-tie or pre-tied?" (stranger test 81)
        answer_fit_beside_comparison,  # "the comfiest? does the second one run small?"
        answer_flat_ones_of_the_list,
        answer_goes_with_colour,
        answer_goes_together,
        answer_unstated_features_of_list,
        answer_which_have_feature,
    )

    def name(self) -> str:
        return "action_answer_product_question"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "r they waterproof?" right after "I have no rainproof jackets": none to ask about.
        if text := _asked_of_none_found(tracker):
            dispatcher.utter_message(text=text)
            return []
        # "what is the first one made of?" right after "I have nothing close for women in M".
        if answer_pick_of_nothing_shown(dispatcher, tracker, session):
            return []
        # "Are the trousers included?" of the list on screen: for each (the trousers pick none).
        if handles := _shown_when_asked_if_included(tracker):
            return answer_included_across(dispatcher, tracker, session, handles)
        # "Which one would last longer in the rain?", "are any of them waterproof?": each of the
        # products compared or on screen.
        if handles := products_asked_about(tracker, session):
            return answer_across(dispatcher, tracker, session, handles)
        # "is slip resistant?" under two shoes, none opened: for each of them, not "which one?".
        if handles := _shown_when_a_feature_is_asked(tracker):
            return answer_across(dispatcher, tracker, session, handles)
        return super().perform(dispatcher, tracker, domain, session)

    def answer(self, dispatcher, tracker, session, details) -> Events:
        # "looks rather smart, what's it made of?": the praise is no question (stranger 71, B2).
        question = without_praise(tracker.latest_message.get("text") or "")
        if carried_inside(question):  # "first one. room for my keys?": told under its card
            return []
        # "Will the sleeves on the 42 long be long enough?": no lengths in the catalog.
        if ASKS_GARMENT_FIT.search(question.lower()) and (
            fit := garment_fit_fact(session, details.handle)
        ):
            text = product_replies.garment_fit_text(fit, contact_details(load_settings()))
            dispatcher.utter_message(text=text)
            return []
        # "Does it come with the trousers or I must buy separately?": yes or no, from its words.
        if item := item_asked_if_included(question):
            included = included_answer(details.title, details.description, item)
            text = product_replies.included_text(included, contact_details(load_settings()))
            known = included.comes_with is not None
            buttons = [] if known or not person_reachable() else [TALK_TO_A_PERSON]
            dispatcher.utter_message(text=text, buttons=buttons)
            return []
        # "the 2nd one what color u have": its colours, never "I don't know" under them.
        if asks_which_colours(question):
            dispatcher.utter_message(text=availability_replies.colours_in_stock_text(details))
            return []
        # "does it come in 8.5 in case my feet swell?": a stock question with its reason (86 B2).
        asks_variant = asks_stock(question) and latest_entities(tracker).keys() & {"size", "colour"}
        if asks_variant and not question_topic(without_reason(question))[0]:
            return stock_and_arrival_answer(dispatcher, tracker, session, details)
        # "I'm 5'2, will it be too long on me?": its words on fit, no verdict (stranger test 66).
        if asks_how_it_fits_them(question) and (fit := fit_on_them_fact(session, details.handle)):
            contact = contact_details(load_settings())
            dispatcher.utter_message(text=product_replies.fit_on_them_text(fit, contact))
            return []
        fact = product_fact(session, details.handle, question)
        if fact.names_only:  # "the linnet heeled chelsea boot", heard as a question: its details
            return ActionShowProductDetails().answer(dispatcher, tracker, session, details)
        text = product_replies.product_fact_text(fact, contact_details(load_settings()))
        # "Is it suitable for church?": by the occasions the catalog lists it for (stranger 61).
        if fact.topic in (None, "occasion") and (occasion := occasion_asked(question)):
            text = product_replies.occasion_text(fact, occasion)
        # "What's it made of? And can I machine wash it?" (stranger 66), "is it floor length?
        # does it have sleeves?" (stranger 62): each other question asked of it too, once.
        today = ordering_time().date()
        arrival = asks_when_it_would_arrive(question, today)
        stocked = False  # "does it come in size 8.5 in case my feet swell": its stock, below
        for other in _asked_beside(question, fact.topic):
            if arrival and asks_about_the_delivery(other):
                continue  # "... and would it arrive in time?": the delivery's, below
            if stock := stock_asked_beside(tracker, session, details, other):
                text, stocked = f"{text}\n{stock}", True  # (strangers 86 and 87, B2)
                continue
            other_fact = product_fact(session, details.handle, other)
            if other_fact is None or other_fact.names_only:
                continue
            # "made of? will they survive the rain?": no sentence quoted twice (stranger 69).
            contact = contact_details(load_settings())
            text += "\n" + product_replies.fact_beside_text(other_fact, text, contact)
        # "How does it fit, im between an S and an M" about a blazer made in 36R-46R: say so first.
        sizes = dict.fromkeys(
            size_query_key(size) for size in latest_entities(tracker).get("size", [])
        )
        checks = [check_variant(session, details.handle, size=size) for size in sizes if size]
        not_made = availability_replies.not_made_in_text([check for check in checks if check])
        if not_made and not stocked:  # the size answered beside says it is not made in it
            text = f"{not_made}\n{text}"
        buttons = [TALK_TO_A_PERSON] if not fact.known and person_reachable() else []
        dispatcher.utter_message(text=text, buttons=buttons)
        if arrival:  # "is it leather, and would it arrive by the 13th?" (stranger test 82, B)
            tell_arrival_if_ordered(dispatcher, tracker, session, details, today)
        # "Is it waterproof? here rain all the time": not known of this one, so those of its kind
        # the catalog does describe so, if any.
        if not fact.known and (others := described_instead(tracker, session, details, fact)):
            heading, result = others
            dispatcher.utter_message(
                text=f"{heading}\n{search_replies.result_lines(result)}",
                buttons=search_replies.result_buttons(result),
                product_cards=search_replies.product_cards(result),
            )
            return [ShownResults.of(result).slot()]
        return []


# "does it have sleeves", "has it got a hood": a clause put as a question, without a "?".
_ASKS = re.compile(r"^\W*(?:and\s+)?(?:does|do|is|are|has|have|can|will|what|how)\b")


def _asked_beside(question: str, answered: str | None) -> list[str]:
    """The other clauses of `question` put as questions of the product (`answered`: the topic its
    first answer took): those of another topic, and, beside an answer of a topic, those of none
    ("does it have sleeves?"); each topic once, never a remark ("linen always creases")."""
    clauses = []
    # (a point between digits is a size's, "size 8.5", never a sentence's end)
    for sentence in re.split(r"(?<=[?!;])|(?<=\.)(?!\d)", question.lower()):
        split = re.split(r"(?:[?!;,]|\.(?!\d))+|\band\b", sentence)
        parts = [c for c in split if without_reason(c).strip()]  # never "just in case" alone
        # "I've got a belly, is it a slim cut?": only the clause before the "?" is asked.
        asking = sentence.rstrip().endswith("?")
        clauses += [(c, asking and i == len(parts) - 1) for i, c in enumerate(parts)]
    said, asked = {answered}, []
    for clause, asking in clauses[1:]:
        topic = question_topic(clause)[0]
        if not (asking or _ASKS.search(clause)) or (topic is None and answered is None):
            continue
        key = topic or clause.strip()
        if key not in said:
            said.add(key)
            asked.append(clause)
    return asked


# Questions whose "I don't know" is followed by products described so: a need ("here rain all the
# time"), not a detail of that one product.
_OFFERED_INSTEAD = frozenset({"waterproof"})


def described_instead(
    tracker: Tracker, session: Session, details: ProductDetails, fact: ProductFact
) -> tuple[str, SearchResult] | None:
    """Products of the same kind as `details` (for the same people, in the size searched for) that
    the catalog describes with the feature asked of it, or else with the nearest feature that is
    as much the point of that kind ("waterproof" boots: then rainproof ones, never warm ones);
    with the words that introduce them. None when the question is no feature's, or none is."""
    asked = load_lexicon().features.get(fact.asked or "")
    if fact.topic not in _OFFERED_INSTEAD or asked is None:
        return None
    searched = current_query(tracker)
    kind = ProductQuery(category=searched.category, gender=searched.gender, size=searched.size)
    if not kind.category or not find_products(session, kind, only_handles=[details.handle]).total:
        kind = ProductQuery(category=details.product_type.lower(), gender=searched.gender,
                            size=searched.size)  # fmt: skip
    nearest = load_lexicon().nearest_features.get(asked, ())
    for feature in (asked, *whole_point_features(kind, nearest)):
        found = find_products(session, kind.updated(features=(feature,)),
                              limit=load_settings().results_per_page, for_a_guest=True,
                              exclude_handles=[details.handle])  # fmt: skip
        if found.matches:
            return product_replies.described_instead_text(kind, asked, feature), found
    return None


# Words that say which product (or kind) a question is about.
_NAMES_ONE = frozenset(("product", "product_handle", "ordinal", "category"))


def _asked_of_none_found(tracker: Tracker) -> str | None:
    """ "Is it actually waterproof?" right after "I have no rainproof jackets" (nothing opened, no
    list of them): that there is none to ask about, not "which one do you mean?" of the list
    before. None when the question is about something else."""
    if tracker.get_slot(CURRENT_PRODUCT) or latest_entities(tracker).keys() & _NAMES_ONE:
        return None
    query = current_query(tracker)
    shown = ShownResults.from_tracker(tracker)
    if (shown.query or {}).get("category") == query.category:
        return None  # the list on screen is of that kind: "it" is one of them
    topic, asked = question_topic(tracker.latest_message.get("text") or "")
    point = whole_point_features(query)
    if topic is None or not any(question_topic(feature)[0] == topic for feature in point):
        return None
    return search_replies.point_asked_of_none_text(query, asked)


def answer_across(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, handles: list[str]
) -> Events:
    """Answer a product question for each of these products, from the catalog's own words."""
    question = tracker.latest_message.get("text") or ""
    facts = [fact for handle in handles if (fact := product_fact(session, handle, question))]
    text = product_replies.facts_across_text(facts, contact_details(load_settings()))
    unknown = not all(fact.known for fact in facts)
    dispatcher.utter_message(
        text=text, buttons=[TALK_TO_A_PERSON] if unknown and person_reachable() else []
    )
    return []


def _shown_when_asked_if_included(tracker: Tracker) -> list[str]:
    """The products on screen, when the latest message asks whether they come with something
    ("are the trousers included?") and none is in focus or named; else none."""
    named = latest_entities(tracker).keys() & {"product", "product_handle", "ordinal"}
    text = tracker.latest_message.get("text") or ""
    if tracker.get_slot(CURRENT_PRODUCT) or named or not item_asked_if_included(text):
        return []
    return list(ShownResults.from_tracker(tracker).handles)


# "is it ...", "this one": one product spoken of, not the list.
_SPEAKS_OF_ONE = re.compile(r"\b(?:it|its|it's|this|that)\b")


def _shown_when_a_feature_is_asked(tracker: Tracker) -> list[str]:
    """The products on screen, when the latest message asks about a feature ("is slip
    resistant?", "non-slip?") with none of them in focus or named (stranger test 56, Marek #4);
    else none."""
    entities = latest_entities(tracker)
    # "the shirt", "the cheaper one": one product picked, not the list.
    picks = {"product", "product_handle", "ordinal", "sort", "category", "price_direction"}
    named = entities.keys() & picks
    handles = list(ShownResults.from_tracker(tracker).handles)
    text = (tracker.latest_message.get("text") or "").lower()
    if tracker.get_slot(CURRENT_PRODUCT) or named or "feature" not in entities:
        return []
    if _SPEAKS_OF_ONE.search(text):  # "is it real wool?": which one is asked
        return []
    return handles if len(handles) >= 2 else []


def answer_included_across(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, handles: list[str]
) -> Events:
    """Whether each of these products comes with what the latest message asks about, by its
    own description (stranger test 35, worst problem 4)."""
    item = item_asked_if_included(tracker.latest_message.get("text") or "") or ""
    answers = [included_answer(details.title, details.description, item)
               for handle in handles if (details := product_details(session, handle))]  # fmt: skip
    text = product_replies.included_across_text(answers, contact_details(load_settings()))
    unknown = any(answer.comes_with is None for answer in answers)
    buttons = [TALK_TO_A_PERSON] if unknown and person_reachable() else []
    dispatcher.utter_message(text=text, buttons=buttons)
    return []


def answer_pick_among_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "The cheaper one then. do the trousers need hemming" right after comparing two, heard as a
    search or a pick (the trousers are the suit's, not a search for trousers): that one in focus,
    and the question answered from the catalog (stranger test 23, docs/nlu/stranger-test-23.md).
    None when the message picks none of those compared, or asks nothing about it."""
    text = tracker.latest_message.get("text") or ""
    if question_topic(text)[0] is None or not (handle := pick_among_compared(tracker, session)):
        return None
    details = product_details(session, handle)
    if details is None:
        return None
    answer = ActionAnswerProductQuestion().answer(dispatcher, tracker, session, details)
    return [SlotSet(CURRENT_PRODUCT, handle), *answer]
