"""Showing a search's results: a page, the next page, the closest when none fits, similar ones."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import profile_replies, replies, search_replies
from actions.base import Events, ShopAction
from actions.closest_with_fewer_features import (
    closest_of_kind_with_fewer_features,
    whole_point_features,
)
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    latest_entities,
    latest_intent,
    points_at_shown,
    query_changes,
)
from actions.listed_above import with_listed_above
from actions.nothing_close import tell_kind_not_for_them, tell_nothing_close
from actions.reference_replies import cannot_find_named_text
from actions.stand_in_closest import closest_of_kind
from commerce.analytics.markers import UNMET_DEMAND, unserved_search
from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.products import product_details, similar_products
from commerce.profiles import KnownSize
from commerce.recommend import kinds_without_sizes
from commerce.search import (
    ProductQuery,
    SearchResult,
    find_alternatives,
    find_products,
    kinds_for,
    nearest_kind_features,
    nearest_kind_on_sale,
    offered_in_reach,
    sells_kind,
    sold_kinds,
    stands_in_for,
)
from commerce.search.budget_margin import reach_cap
from commerce.search.named_kind import named_for_kind


def _page_size() -> int:
    return load_settings().results_per_page


def show_results(
    dispatcher: CollectingDispatcher,
    session: Session,
    query: ProductQuery,
    keep: set[str] | frozenset[str] = frozenset(),
    usual_size: KnownSize | None = None,
    keep_focus: str | None = None,
) -> Events:
    """Show the first results for `query`, or the closest alternatives when there are none.

    `keep` names the filters the shopper has just asked for: alternatives give them up last.
    `usual_size` is the shopper's size the query was given from their profile, said in the heading.
    `keep_focus`: the product in focus, to stay "it" when the list only refines the search it came
    from (`_list_events`); None: the new list leaves nothing in focus.
    """
    events: Events = [SlotSet(SEARCH_QUERY, query.to_dict())]
    if query.category and not sells_kind(session, query.category):
        # No Type of that kind; products may still be called that ("Como Velvet Slipper").
        named = named_for_kind(session, query, _page_size())
        if named and named[1]:
            nearest = nearest_kind_on_sale(session, query.category, query.not_categories)
            others = search_replies.kind_buttons([nearest] if nearest else [], query.gender)
            dispatcher.utter_message(
                text=search_replies.named_kind_text(query, named[0], True, nearest),
                buttons=search_replies.result_buttons(named[0]) + others,
                product_cards=search_replies.product_cards(named[0]),
            )
            return events + _list_events(named[0], keep_focus)
        # Products by that name, none fitting: a search unmet, not a kind the shop lacks.
        unmet = unserved_search(query.to_dict(), sold=named is not None)
        events.append(SlotSet(UNMET_DEMAND, unmet))
        opening = search_replies.named_kind_text(query, named[0], fits=False) if named else None
        shown = _show_nearest_kind(dispatcher, session, query, keep_focus, opening)
        return events + with_listed_above(shown, named[0] if named else None)
    # A bridal pump for a bridesmaid only when nothing else fits.
    result = find_products(session, query, limit=_page_size(), for_a_guest=True)
    if result.matches:
        heading = None
        if usual_size is not None and not result.offset:
            heading = profile_replies.usual_size_heading(
                replies.describe_query(query.updated(size=None)), usual_size, result
            )
        return events + show_page(dispatcher, result, heading, keep_focus)
    # Nothing fits: the shop owner's report counts what was asked for (commerce/analytics).
    events.append(SlotSet(UNMET_DEMAND, unserved_search(query.to_dict())))
    if tell_kind_not_for_them(dispatcher, session, query):  # no blazer for women: never men's
        return events + ([] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)])
    found = find_alternatives(session, query, limit=_page_size(), keep=keep)
    alternatives = offered_in_reach(found, reach_cap(query))  # none far over the budget
    features_given_up: tuple[str, ...] = ()
    # No boots of all the features asked, or none with the one that is their whole point
    # ("waterproof"): the closest of the kind, never boots that aren't waterproof instead.
    if (
        ("category" in alternatives.dropped or whole_point_features(query))
        and query.features
        and (of_kind := closest_of_kind_with_fewer_features(session, query, keep))
    ):
        alternatives, features_given_up = of_kind
    elif point := whole_point_features(query):
        # "A rain jacket" with none rainproof: said plainly, never blazers in its place.
        dispatcher.utter_message(text=search_replies.none_with_the_point_text(query, point))
        # The shopper has moved on to the rain jacket: "is it waterproof?" is no longer the shoe.
        return events + ([] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)])
    dispatcher.utter_message(
        text=search_replies.alternatives_text(query, alternatives, features_given_up),
        buttons=search_replies.result_buttons(alternatives.result),
        product_cards=search_replies.product_cards(alternatives.result),
    )
    return events + _list_events(alternatives.result, keep_focus)


def show_page(
    dispatcher: CollectingDispatcher,
    result: SearchResult,
    heading: str | None = None,
    keep_focus: str | None = None,
) -> Events:
    """Show a page of results; they become what "the second one" refers to."""
    dispatcher.utter_message(
        text=(heading or search_replies.results_heading(result))
        + "\n"
        + search_replies.result_lines(result),
        buttons=search_replies.result_buttons(result),
        product_cards=search_replies.product_cards(result),
    )
    return _list_events(result, keep_focus)


def _list_events(result: SearchResult, keep_focus: str | None = None) -> Events:
    """The list now on screen, and what is in focus: a new list leaves nothing in focus, unless
    it only refines the search ("cheaper?") and shows more than one product (after a list of
    one, "it" is that one: `resolve_product`). The list remembers the product it kept, so that
    "do they come in 10?" can mean the list and "is it wool?" that product."""
    if keep_focus and len(result.matches) > 1:
        return [ShownResults.of(result, kept_focus=keep_focus).slot()]
    return [SlotSet(CURRENT_PRODUCT, None), ShownResults.of(result).slot()]


class ActionShowMore(ShopAction):
    """The next page of what is on screen (after alternatives, more of the alternatives)."""

    def name(self) -> str:
        return "action_show_more"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        shown = ShownResults.from_tracker(tracker)
        if not shown.handles:
            dispatcher.utter_message(response="utter_ask_what_to_find")
            return []
        offset = shown.offset + len(shown.handles)
        result = find_products(
            session, ProductQuery.from_dict(shown.query), offset=offset, limit=_page_size(),
            for_a_guest=True,
        )  # fmt: skip
        if not result.matches:
            dispatcher.utter_message(response="utter_no_more_results")
            return []
        # More of the same list: the product opened stays "it".
        return show_page(dispatcher, result, keep_focus=tracker.get_slot(CURRENT_PRODUCT))


def show_similar(
    dispatcher: CollectingDispatcher, session: Session, handle: str, changes: dict
) -> Events:
    """Products like `handle` (its kind, for the same people), in the size and colour asked for;
    the product itself stays in focus as "it"."""
    similar = similar_products(
        session, handle, size=changes.get("size"), colour=changes.get("colour"),
        limit=_page_size(),
    )  # fmt: skip
    title = product_details(session, handle).title
    if not similar.matches:
        dispatcher.utter_message(text=search_replies.nothing_similar_text(title, similar.query))
        return []
    return show_page(
        dispatcher, similar, search_replies.similar_heading(title, similar), keep_focus=handle
    )


# --- nothing fits: the closest, or the nearest kind we sell -----------------------------------


def kind_to_ask(query: ProductQuery, teenager: bool, gift: bool) -> bool:
    """Whether to ask what kind of thing before searching: who it is for is said ("need a gift
    for my gf", "something for a teenager") and nothing else; or a gift is asked for (`gift`: "a
    present for my grandson, who starts an office job") that names no kind, product or brand,
    whatever else it says of it (kept for the search the kind tapped makes)."""
    if (query.gender or teenager) and query.updated(gender=None).is_empty():
        return True
    return gift and not (query.category or query.product or query.brand or query.sort)


def ask_what_kind(
    dispatcher: CollectingDispatcher,
    session: Session,
    query: ProductQuery,
    teenager: bool,
    size_unknown: bool = False,
) -> None:
    """ "Need a gift for my gf", "something for a teenager": who it is for is known, the kind of
    thing is not: ask, with a button per kind; a teenager's casual kinds first (the lexicon's
    `teen_styles`: sneakers before suits), else those for the occasions said (an office job's
    first), and what else was said ("slim") named as kept. With `size_unknown` ("idk her
    size"), the kinds that come in no size first, said as such, and that a sized one can be
    exchanged."""
    gender = query.gender
    styles = load_lexicon().teen_styles if teenager else ()
    kinds = kinds_for(session, gender, prefer_tags=styles or query.occasions)
    kept = query.updated(gender=None)
    kept_words = "" if kept.is_empty() else replies.describe_query(kept)
    text = search_replies.who_for_text(gender, casual_first=bool(styles), kept=kept_words)
    if size_unknown:
        sizeless = kinds_without_sizes(session, gender)
        kinds = list(dict.fromkeys([*sizeless, *kinds]))[: max(len(kinds), len(sizeless))]
        days = load_settings().return_window_days
        text = search_replies.size_not_needed_text(gender, sizeless, days)
        text += " What kind of thing? Tap one, or tell me."
    dispatcher.utter_message(text=text, buttons=search_replies.kind_buttons(kinds, gender))


def _show_nearest_kind(
    dispatcher: CollectingDispatcher,
    session: Session,
    query: ProductQuery,
    keep_focus: str | None = None,
    opening: str | None = None,
) -> Events:
    """ "Hoodies": we don't sell them; say so, and show the nearest kind we do sell, with what
    it must have to serve the same need (a raincoat: rainproof jackets); "gloves": nothing, when
    none of the kinds that may stand in for them (scarves, hats) is sold. `opening`, when the
    store has products called by the kind's name, takes the place of "we don't sell"."""
    nearest = nearest_kind_on_sale(session, query.category, query.not_categories)
    result = None
    # "Earrings" for a woman (cufflinks are for men: the lexicon's `nearest_for`), "a coat for
    # women in M" (no blazer is for women), a wrap for her (none stands in): nothing close; what
    # we have for her. Not by size alone: "a wool coat for men in L" gets blazers (test 43).
    asked = query.category.strip().lower()
    stands_in = stands_in_for(session, asked, nearest, query.gender) if nearest else False
    if not stands_in and (nearest or query.gender):
        shown = tell_nothing_close(dispatcher, session, query, opening, need_met=True)
        return shown or ([] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)])
    if nearest:
        needs = tuple(dict.fromkeys((*query.features, *nearest_kind_features(query.category))))
        if needs != query.features:
            query = query.updated(features=needs)
        result = find_products(session, query.updated(category=nearest), limit=_page_size())
        if not result.matches and whole_point_features(query.updated(category=nearest)):
            # "A rain coat": no coats, and a blazer that isn't rainproof is no substitute.
            dispatcher.utter_message(
                text=search_replies.not_sold_text(
                    query.category, None, sold_kinds(session), opening=opening
                )
            )
            return [] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)]
        if not result.matches:
            # None of the nearest kind fits the rest either: say so, then the closest of that kind,
            # each saying what it is not ("not in red"), never passed off as what was asked for.
            needs = nearest_kind_features(query.category)
            result = closest_of_kind(session, query.updated(category=nearest), needs)
    if not result or not result.matches:
        dispatcher.utter_message(
            text=search_replies.not_sold_text(
                query.category, None, sold_kinds(session), opening=opening
            )
        )
        # With a present spoken of, what a gift card would have solved: actions/gift_cards.py.
        return [] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)]
    dispatcher.utter_message(
        text=search_replies.not_sold_text(
            query.category,
            result,
            sold_kinds(session),
            wanted=query.updated(category=nearest),
            opening=opening,
        ),
        buttons=search_replies.result_buttons(result),
        product_cards=search_replies.product_cards(result),
    )
    return _list_events(result, keep_focus)


def answer_colour_not_on_screen(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "The pink one" ("the striped one") under ties none of which is pink (striped): say so, and
    show the pink (striped) ones of that kind, in the list's colour if it had one and some are (or
    that the shop has none); None when the message picks no colour or feature on screen."""
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    colours, features = entities.get("colour") or [], tuple(entities.get("feature") or ())
    picks = points_at_shown(tracker.latest_message.get("text") or "")
    if (
        len(colours) > 1
        or not (colours or features)
        or not shown.handles
        or not (picks or latest_intent(tracker) == "select_product")
        or entities.keys() & {"product", "product_handle", "ordinal"}
    ):
        return None
    described = ProductQuery(colour=colours[0] if colours else None, features=features)
    if find_products(session, described, limit=1, only_handles=shown.handles).matches:
        return None
    kind = shown.query.get("category")
    kinds = replies.describe_query(ProductQuery(category=kind))
    said = " ".join([*colours[:1], *features])
    only = product_details(session, shown.handles[0]) if len(shown.handles) == 1 else None
    text = search_replies.none_shown_in_colour_text(said, kinds, only.title if only else None)
    # "the cheapest black one": black ones by price in the list's size, nothing to say of it.
    if not (sort := (entities.get("sort") or [None])[0]):
        dispatcher.utter_message(text=text)
    q = shown.query
    wanted = described.updated(category=kind, gender=q.get("gender"), size=q.get("size"), sort=sort)
    # "navy ones", then "the striped one": striped navy ties, if there are any.
    colour = None if colours else shown.query.get("colour")
    if colour and find_products(session, wanted.updated(colour=colour), limit=1).matches:
        wanted = wanted.updated(colour=colour)
    return show_results(dispatcher, session, wanted)


def no_product_by_that_name(dispatcher, tracker: Tracker, session: Session, named: str) -> Events:
    """ "I think it's called the harrow field jacket" and no product is: say so, and show the kind
    it is, in its colour (not "none of the products on screen fits" or a brand's other kinds)."""
    changes = query_changes(latest_entities(tracker))
    query = ProductQuery(category=changes.get("category"), colour=changes.get("colour"))
    kind = replies.describe_query(query) if query.category else None
    dispatcher.utter_message(text=cannot_find_named_text(named, kind))
    return show_results(dispatcher, session, query) if kind else []
