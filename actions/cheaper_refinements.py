"""A price asked of the list on screen that nothing meets (docs/nlu/stranger-test-43.md, problem 2;
docs/nlu/stranger-test-44.md, Dev #6), before the search's usual closest alternatives:

- "more cheap" under the cheapest product of its kind: said plainly, with which is the cheapest,
  never the same products again "over your budget" under a bound the shopper never said;
- "cheaper" with no list on screen (after "we don't sell coats"): the budget asked for, never the
  whole shop's grey wool things;
- a budget under every product of a kind standing in for one the shop does not sell (blazers for
  a jumper): said, with the next nearest kind within it (grey flannel shirts under $80).

A budget the shopper said before changes nothing: products no cheaper than the cheapest shown are
no answer to "cheaper" (docs/nlu/stranger-test-81.md, A2; the suits of tests/conversations/
journeys/stranger_6_interview_outfit.yml once listed the $419 one shown as "the closest above your
budget" of $418, a budget he never said)."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import cheaper_replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    current_query,
    latest_entities,
)
from actions.replies import kind_words
from actions.search_results import show_page, show_results
from commerce.config import load_settings
from commerce.profiles import KnownSize
from commerce.search import (
    ProductQuery,
    find_alternatives,
    find_products,
    sells_kind,
    stands_in_for,
)
from commerce.search.query import nearest_kinds


def show_refined_results(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    query: ProductQuery,
    keep: set[str],
    usual_size: KnownSize | None = None,
    keep_focus: str | None = None,
) -> Events:
    """`show_results` for the query a message leaves, unless it asks a price nothing meets."""
    entities = latest_entities(tracker)
    cheaper = (entities.get("price_direction") or [None])[-1] == "cheaper"
    if cheaper and "price_max" not in entities and entities.keys() <= {"price_direction"}:
        listed = ShownResults.from_tracker(tracker).price_bounds()[0] is not None
        if not listed and not tracker.get_slot(CURRENT_PRODUCT):
            # "More cheap" with no list on screen to be cheaper than ("we don't sell coats"
            # showed none).
            dispatcher.utter_message(response="utter_ask_budget_nothing_listed")
            return []
        if (said := _nothing_cheaper(session, query, keep)) is not None:
            dispatcher.utter_message(text=said)
            # The search goes on below the cheapest shown (as the usual reply's does); the list
            # on screen stays what "the second one" means.
            return [SlotSet(SEARCH_QUERY, query.to_dict())]
    if (
        cheaper
        and "price_max" not in entities
        and query.category in entities.get("category", ())
        and (instead := _none_cheaper_as_asked(dispatcher, session, query))
    ):
        return instead
    if "price_max" in entities and (
        instead := _stand_in_within_budget(dispatcher, tracker, session, query)
    ):
        return instead
    return show_results(
        dispatcher, session, query, keep=keep, usual_size=usual_size, keep_focus=keep_focus
    )


def _nothing_cheaper(session: Session, query: ProductQuery, keep: set[str]) -> str | None:
    """ "Nothing cheaper, sorry: ..." when no product of the kind is under the cheapest shown,
    whatever its size or colour; None when one is."""
    if (
        query.price_max is None
        or not query.category
        or not sells_kind(session, query.category)
        or find_products(session, query, limit=1).matches
    ):
        return None
    closest = find_alternatives(session, query, limit=1, keep=keep).result.matches
    if not closest or "price" not in closest[0].gave_up:
        return None  # cheaper ones giving up the colour or size: the usual closest show them
    # What none cheaper is of: the kind and what the shopper ruled in or out for good, not the
    # size, colour, occasion or brand, which the closest were free to give up.
    kinds = query.updated(
        size=None, colour=None, occasions=(), brand=None, price_min=None, price_max=None,
        sort=None, on_sale=False, prefer_colours=(), prefer_tags=(), quiet=None, day_out=None,
    )  # fmt: skip
    narrowed = bool(query.size or query.colour)
    first = closest[0]
    return cheaper_replies.nothing_cheaper_text(first.title, first.price_from, kinds, narrowed)


def _none_cheaper_as_asked(
    dispatcher: CollectingDispatcher, session: Session, query: ProductQuery
) -> Events | None:
    """ "Is there a cheaper belt?" (the kind said again) under the brown leather belts in 38 she
    was shown, none cheaper being brown leather (stranger test 68, B5): the cheapest of those
    said, then the cheaper ones of the kind in her size without the colour and materials. The
    search keeps all she said (a later "brown" or "38" still holds); None when one fits, or
    nothing is left to give up."""
    if query.price_max is None or not query.category or not (query.colour or query.features):
        return None
    if find_products(session, query, limit=1).matches:
        return None
    asked = query.updated(price_max=None, sort="price_asc")
    cheapest = find_products(session, asked, limit=1).matches
    if not cheapest:
        return None
    looser = query.updated(colour=None, features=(), sort="price_asc")
    found = find_products(session, looser, limit=load_settings().results_per_page)
    heading = cheaper_replies.none_cheaper_as_asked_text(
        cheapest[0].title, cheapest[0].price_from, asked, found if found.matches else None
    )
    if not found.matches:
        dispatcher.utter_message(text=heading)
        return [SlotSet(SEARCH_QUERY, query.to_dict())]
    return [SlotSet(SEARCH_QUERY, query.to_dict()), *show_page(dispatcher, found, heading)]


def _stand_in_within_budget(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, query: ProductQuery
) -> Events | None:
    """ "Under 80" under blazers shown for a jumper: none is, so the next kind that stands in for
    jumpers, within the budget (in the size, else any), after saying the blazers' lowest price.
    None when the search was no stand-in, a blazer fits, or no other kind does."""
    asked = current_query(tracker).category
    budget = query.price_max
    if (
        not asked
        or budget is None
        or sells_kind(session, asked)
        or not query.category
        or query.category == asked
        or find_products(session, query, limit=1).matches
    ):
        return None
    page = load_settings().results_per_page
    for kind in nearest_kinds(asked):
        if kind == query.category or not sells_kind(session, kind):
            continue
        if not stands_in_for(session, asked, kind, query.gender):
            continue
        instead = query.updated(category=kind, sort=None)
        found = find_products(session, instead, limit=page)
        if not found.matches and instead.size:
            found = find_products(session, instead.updated(size=None), limit=page)
        if found.matches:
            plain = ProductQuery(category=query.category, gender=query.gender, sort="price_asc")
            cheapest = find_products(session, plain, limit=1)
            if not cheapest.matches:
                return None
            heading = cheaper_replies.stand_in_over_budget_text(
                kind_words(query.category) or query.category,
                Decimal(budget),
                cheapest,
                kind_words(asked) or asked,
                found,
            )
            return [
                SlotSet(SEARCH_QUERY, found.query.to_dict()),
                *show_page(dispatcher, found, heading),
            ]
    return None
