"""Recommendations: "what goes with this?", "people who bought this also bought", new arrivals,
and "which is cheaper, the Windsor or the Savile?". Best sellers and sale items are searches
(actions/discovery.py with the `popularity` and `deal` entities)."""

from __future__ import annotations

import dataclasses
import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions import replies, search_replies
from actions.base import Events, ShopAction
from actions.budget_for_suggestions import within_budget_left_first
from actions.compared_questions import answer_better_of_compared, answer_which_of_compared
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    ask_which_one,
    compared_slot,
    current_query,
    latest_entities,
    picked_of_kind,
    points_at_shown,
    query_changes,
    refers_to_focus,
    resolve_product,
)
from actions.discovery import ActionSearchProducts
from actions.first_of_none_shown import answer_first_of_a_kind_not_shown
from actions.goes_with_it import answer_goes_with_wishes, answer_kind_goes_with_those_shown
from actions.goes_with_named import answer_goes_with_the_one_named
from actions.numbers_compared import references_compared
from actions.places_compared import answer_places_compared
from actions.product_questions import answer_across
from actions.routing import answer_goes_together, answer_goes_with_colour
from actions.search_results import show_results
from actions.shared_answers import (
    EACH_OF_SEVERAL,
    OUTFIT_SIZE,
    answer_pick_asked,
    answer_private_suggestions,
    quietly_ordered,
    shopper_sizes_now,
    show_suggestions,
    suggest_for_owned,
)
from actions.weight_answers import answer_weights_asked
from commerce.cart import cart_items
from commerce.config import load_settings
from commerce.models import Product
from commerce.product_facts import question_topic
from commerce.recommend import (
    Anchor,
    bought_together,
    compare_products,
    complete_the_look,
    new_arrivals,
)
from commerce.search import (
    ProductQuery,
    SearchResult,
    category_types,
    sells_kind,
)
from shop_nlu.said_in_passing import PAIRED_KIND_ROLES

# "these days", "this week": when, not which product ("what sells most these days").
_TIME_SAID = re.compile(r"\b(?:these|this|those)\s+(?:days|weeks?|months?|season|year|time)\b")
_MENTIONS_CART = re.compile(r"\b(?:cart|basket|bag so far|what i(?:'ve| have) got)\b")


def _product_type(session: Session, handle: str) -> str:
    return session.scalar(select(Product.product_type).where(Product.handle == handle)) or ""


def _without_entities(tracker: Tracker, names: set[str]) -> Tracker:
    """A copy of the tracker whose latest message lacks these entities."""
    copy = tracker.copy()
    copy.latest_message = {
        **tracker.latest_message,
        "entities": [
            entity
            for entity in tracker.latest_message.get("entities") or []
            if entity.get("entity") not in names
        ],
    }
    return copy


# "the dress", "this dress", "my dress": a kind said of one product, not a search for that kind.
_ONE_OF_KIND_BEFORE = re.compile(r"\b(?:the|this|that|my)\s+(?:\w+\s+)?$")


def _kind_picked_earlier(tracker: Tracker, session: Session) -> str | None:
    """The one product of a kind said as one ("the dress") that the shopper picked earlier in
    the conversation (`picked_of_kind`); None when no kind is said so or it is not one product."""
    text = (tracker.latest_message.get("text") or "").lower()
    for entity in tracker.latest_message.get("entities") or []:
        start = entity.get("start")
        if (
            entity.get("entity") != "category"
            or start is None
            or entity.get("role") not in PAIRED_KIND_ROLES
        ):
            continue
        if _ONE_OF_KIND_BEFORE.search(text[:start]):
            picked = picked_of_kind(tracker, session, str(entity["value"]))
            if len(picked) == 1:
                return picked[0]
    return None


class ActionSuggestOutfit(ShopAction):
    """ "What goes with this?": products that complete an outfit with the product in focus (or
    the cart), each with why it is there."""

    # "Does this go with green?": its colours against the colour guide, not an outfit;
    # "what goes with it, without storing my data?": what suggestions keep.
    # "a shirt that goes with it" after a list of suits, none opened: with those suits.
    gives_way_to = (
        answer_private_suggestions,
        answer_first_of_a_kind_not_shown,  # "the first one" after "we don't sell coats"
        answer_goes_with_the_one_named,  # "what goes with the bag?": the tote being bought
        answer_goes_with_colour,
        answer_goes_together,
        answer_kind_goes_with_those_shown,
        answer_goes_with_wishes,  # "low shoes and a little bag": each kind in its own order
    )

    def name(self) -> str:
        return "action_suggest_outfit"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        text = (tracker.latest_message.get("text") or "").lower()
        focus = tracker.get_slot(CURRENT_PRODUCT)
        kinds = entities.get("category") or []
        named = entities.keys() & {"product", "product_handle", "ordinal"}
        # "what would go with the dress? like a little bag", the dress opened three lists ago
        # (a shoe open since): that dress, as if in focus (the bag is what is wanted), never a
        # search for dresses nor dresses to go with the shoe.
        earlier = None if named else _kind_picked_earlier(tracker, session)
        focus = earlier or focus
        # "the blue one. what would go with it": a product on screen picked by description.
        if not named and not focus and points_at_shown(text):
            reference = resolve_product(tracker, session)
            if reference.handle:
                named = {"product_handle"}
            elif ask_which_one(dispatcher, tracker, session, reference):
                return []  # a tap on one goes on with "what goes with it"
        # "what shoes go with it?": the shoes are what is wanted, not what "it" is.
        wanted = None
        also_wanted: list[str] = []  # "what shirt and tie": the tie too
        if focus and not named:
            focus_type = _product_type(session, focus).lower()
            others = [k for k in dict.fromkeys(kinds) if focus_type not in category_types(k)]
            wanted, also_wanted = (others[0], others[1:]) if others else (None, [])
        anchors: list[Anchor] = []
        from_cart = False
        if earlier:
            anchors = [Anchor(earlier)]
        elif named or (focus and not _MENTIONS_CART.search(text)):
            # The kind said is what is wanted ("what shoes go with it?"), not what "it" is.
            asked = _without_entities(tracker, {"category"}) if wanted else tracker
            reference = resolve_product(asked, session)
            if reference.handle:
                anchors = [Anchor(reference.handle, current_query(tracker).colour)]
        if not anchors:
            items = cart_items(session, tracker.sender_id)
            anchors = [Anchor(item.variant.product.handle, item.variant.colour) for item in items]
            from_cart = bool(anchors)
        if not anchors and focus:  # "what goes with my cart?" with an empty cart: the product
            anchors = [Anchor(focus, current_query(tracker).colour)]
        if not anchors and not kinds and (owned := suggest_for_owned(dispatcher, tracker, session)):
            return owned  # "i already have a green gown, what goes with it?"
        if not anchors:
            if kinds:  # "shoes to go with a navy suit", nothing in focus: a search
                return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
            dispatcher.utter_message(response="utter_ask_what_to_match")
            return []
        outfit = complete_the_look(
            session,
            anchors,
            sizes=shopper_sizes_now(tracker, session),
            limit=EACH_OF_SEVERAL * (1 + len(also_wanted)) if also_wanted else OUTFIT_SIZE,
            only_kind=[wanted, *also_wanted] if also_wanted else wanted,
        )
        # "Something not too loud": patterned or shiny ones last, said as such.
        outfit, quiet = quietly_ordered(session, outfit, text)
        # "got like 120 for both", the shirt opened: the ties within what is left first, and what
        # is left said when any is over it (stranger test 78, A4).
        outfit, over_budget = within_budget_left_first(tracker, session, wanted, outfit)
        # The product matched was picked, as if opened: "the shirt" and "the whole outfit" later
        # reach back to it (`earlier_products`) once the suggestions replace it on screen.
        picked: Events = [] if from_cart else [SlotSet(CURRENT_PRODUCT, anchors[0].handle)]
        result = outfit.as_result()
        if wanted and not also_wanted:
            # "what shoes go with it", then "shiny black ones": the refinement is of the shoes,
            # for whom the product they go with is made (men's shoes for a tux).
            gender = session.scalar(
                select(Product.gender).where(Product.handle == anchors[0].handle)
            )
            who = gender if gender in ("male", "female") else None
            result = dataclasses.replace(result, query=ProductQuery(category=wanted, gender=who))
        text = wording.outfit_text(outfit, from_cart, quiet)
        # "a bag to go with it" next is with the product matched, not with these suggestions.
        goes_with = anchors[0].handle if len(anchors) == 1 and not from_cart else None
        events = picked + show_suggestions(dispatcher, result, text, goes_with)
        if over_budget:
            dispatcher.utter_message(text=over_budget)
        return events


class ActionShowBoughtTogether(ShopAction):
    """ "What do people buy with this?": co-purchases from orders, or the shop's own picks."""

    def name(self) -> str:
        return "action_show_bought_together"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        text = tracker.latest_message.get("text") or ""
        if "popularity" in latest_entities(tracker) and not refers_to_focus(
            _TIME_SAID.sub(" ", text.lower())
        ):
            # "What are ppl buying most right now": the shop's best sellers, not what people buy
            # with the product open ("popular add ons for this?" is that).
            search = tracker.copy()
            search.latest_message = {
                **tracker.latest_message,
                "intent": {"name": "search_products", "confidence": 1.0},
            }
            return ActionSearchProducts().perform(dispatcher, search, domain, session)
        reference = resolve_product(tracker, session)
        co = bought_together(session, reference.handle) if reference.handle else None
        if co is None:
            dispatcher.utter_message(response="utter_ask_what_to_match")
            return []
        if co.items:
            matches = [match for match, _ in co.items]
            result = SearchResult(query=ProductQuery(), matches=matches, total=len(matches))
            return show_suggestions(dispatcher, result, wording.bought_together_text(co))
        # No order history to go by: say so, and offer the shop's own picks.
        outfit = complete_the_look(
            session, [Anchor(reference.handle)], sizes=shopper_sizes_now(tracker, session),
            limit=OUTFIT_SIZE,
        )  # fmt: skip
        text = wording.bought_together_text(co, outfit)
        return show_suggestions(dispatcher, outfit.as_result(), text)


class ActionShowNewArrivals(ShopAction):
    """ "What's new?", "new arrivals in shoes": the most recently added products first."""

    def name(self) -> str:
        return "action_show_new_arrivals"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        changes = query_changes(latest_entities(tracker))
        changes.pop("sort", None)
        query = ProductQuery(gender=current_query(tracker).gender).updated(**changes)
        query = query.updated(sort="newest")
        if query.category and not sells_kind(session, query.category):
            return show_results(dispatcher, session, query)
        arrivals = new_arrivals(session, query, limit=load_settings().results_per_page)
        if not arrivals.result.matches:
            return show_results(dispatcher, session, query)
        described = replies.describe_query(query.updated(sort=None))
        dispatcher.utter_message(
            text=wording.arrivals_text(arrivals, described),
            buttons=search_replies.result_buttons(arrivals.result),
            product_cards=search_replies.product_cards(arrivals.result),
        )
        return [
            SlotSet(SEARCH_QUERY, query.to_dict()),
            SlotSet(CURRENT_PRODUCT, None),
            ShownResults.of(arrivals.result).slot(),
        ]


class ActionCompareProducts(ShopAction):
    """ "Which is cheaper, the Windsor or the Savile?", "what's the difference between the first
    and the second?": price, colours, sizes in stock, materials and details side by side."""

    # "and which is cheaper, id pay more if the fabric is nicer" right after comparing: the
    # cheaper of those compared (the "pay more" asks nothing); "what do u recommend", "which one's
    # best" under a list: the bot's pick of it ("which is better?" after a table: of those).
    # "which is cheaper, the first or the second? and does the cheaper one come in a 14": both.
    # "Which of those is the lightest?": by the catalog's weights.
    gives_way_to = (answer_places_compared, answer_weights_asked, answer_which_of_compared,
                    answer_better_of_compared, answer_pick_asked)  # fmt: skip

    def name(self) -> str:
        return "action_compare_products"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        text = tracker.latest_message.get("text") or ""
        entities = latest_entities(tracker)
        shown = ShownResults.from_tracker(tracker)
        kind = (entities.get("category") or [None])[0]
        if (
            kind
            and not entities.keys() & {"product", "product_handle", "ordinal"}
            and (not shown.handles or kind != current_query(tracker).category)
        ):
            # "comparing a couple of oxfords, which should I get?": show them first (with an
            # offer to compare two of them).
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        references = references_compared(tracker, session)  # "diff between 1 and 2?": those two
        handles = [ref.handle for ref in references if ref.handle]
        topic, _ = question_topic(text)
        if topic in _NOT_IN_THE_TABLE and len(handles) >= 2 and len(handles) == len(references):
            # "Which one is better quality?": what the catalog says on it, for each of them.
            return answer_across(dispatcher, tracker, session, handles)
        unknown = [ref for ref in references if ref.handle is None]
        if unknown and unknown[0].problem == "ambiguous_name":
            dispatcher.utter_message(text=search_replies.which_of_these_text(unknown[0].name))
            return show_results(dispatcher, session, ProductQuery(product=unknown[0].name))
        if unknown:
            response = {
                "bad_ordinal": "utter_bad_ordinal",
                "none": "utter_ask_which_to_compare",  # "the first" with nothing on screen
            }.get(unknown[0].problem or "", "utter_unknown_product")
            dispatcher.utter_message(response=response)
            return []
        comparison = compare_products(session, [ref.handle for ref in references])
        if len(comparison.sides) < 2:
            dispatcher.utter_message(response="utter_ask_which_to_compare")
            return []
        direction = (entities.get("price_direction") or [None])[-1]
        dispatcher.utter_message(
            text=wording.comparison_text(comparison, direction),
            buttons=wording.comparison_buttons(comparison),
        )
        # "Which one is better quality?" next means these, while this list is on screen.
        return [compared_slot(tracker, [side.details.handle for side in comparison.sides])]


# Questions a comparison's table does not answer (it has materials, prices and occasions).
_NOT_IN_THE_TABLE = frozenset(
    {"quality", "waterproof", "care", "lining", "origin", "sustainability", "measurements",
     "comfort", "grip", "fit", "warmth"}
)  # fmt: skip
