"""Finding products: search and refine, more results, pick one, details, availability, price."""

from __future__ import annotations

import dataclasses
import re
from abc import abstractmethod
from datetime import datetime, timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from itertools import combinations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import alert_replies, profile_replies, replies
from actions.alerts import answer_restock_question, asks_when_restocked
from actions.base import Events, ShopAction
from actions.cart import (
    ActionAddToCart,
    answer_change_of_mind,
    answer_price_against,
    answer_take_out,
    asks_total_of_several,
    note_dropped_purchase,
    tell_total,
)
from actions.checkout import ActionStartCheckout
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    SHOWN_RESULTS,
    ShownResults,
    as_tapped,
    ask_which_one,
    asks_across,
    asks_for_similar,
    asks_of_the_list,
    budget_for_everything,
    continues_the_outing,
    current_query,
    kinds_left_for_later,
    latest_entities,
    latest_intent,
    list_after_focus,
    offered_products,
    opened_products,
    points_at_shown,
    query_changes,
    refers_to_focus,
    resolve_product,
    second_kind_starts_at,
    speaks_of_one,
    they_of_the_focus,
    typed_choice,
    weighs_up,
    which_one_buttons,
    words_not_understood,
)
from actions.order_replies import needed_by_note
from actions.profile import personalise_search, remember_own_size
from actions.reference_replies import (
    cannot_find_named_text,
    none_in_size_text,
    said_product_name,
    which_of_kind_text,
)
from actions.routing import (
    answer_goes_with_colour,
    answer_size_conversion,
    answer_size_range,
    asks_to_pick,
    pick_for_me,
    suggest_for_owned,
)
from commerce.analytics.markers import UNMET_DEMAND, sold_out_asked, unserved_search
from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.product_facts import product_fact
from commerce.products import (
    ProductDetails,
    check_variant,
    genders_of,
    product_details,
    similar_products,
)
from commerce.profiles import KnownSize, kind_of_stated_size, size_kind
from commerce.search import (
    KIND_ALTERNATIVES,
    Alternatives,
    ProductQuery,
    SearchResult,
    available_sizes,
    category_types,
    find_alternatives,
    find_products,
    kind_within,
    kinds_for,
    narrower_kind,
    nearest_sold_kind,
    number_forms,
    sells_kind,
    sold_kinds,
)
from commerce.sizes import size_query_key
from shop_nlu.dates import needed_by

CENT = Decimal("0.01")


def _page_size() -> int:
    return load_settings().results_per_page


class ActionSearchProducts(ShopAction):
    """Starts a search or refines the current one ("in brown instead", "cheaper", "size 9?")."""

    # "Take the shoes out, whats my total now?" heard as a search for shoes: the cart edit;
    # "would that go with green tho": whether the product goes with a colour, not a search;
    # "actually make it a medium" while "Which colour of the dress?" is open: that purchase.
    # "size 10.. is that M for you?": that the catalog can't tell, before a search in size 10.
    gives_way_to = (
        answer_take_out,
        answer_goes_with_colour,
        answer_change_of_mind,
        answer_size_conversion,
    )

    def name(self) -> str:
        return "action_search_products"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "brown" typed after "Which colour?": the same as tapping "Brown".
        if (choice := typed_choice(tracker)) and choice[0] in CHOICE_ACTIONS:
            action = CHOICE_ACTIONS[choice[0]]()
            return action.perform(dispatcher, as_tapped(tracker, *choice), domain, session)
        # "Which size of the trousers?", then "now white shirts": say the trousers weren't added.
        note_dropped_purchase(dispatcher, tracker, session)
        # "is that over 250??": a question about a price against an amount, not a price range.
        if answer_price_against(dispatcher, tracker, session):
            return []
        # "biggest size for casual shirts?": the end of their size range, not a list.
        if (ranged := answer_size_range(dispatcher, tracker, session)) is not None:
            return ranged
        previous = current_query(tracker)
        text = tracker.latest_message.get("text") or ""
        entities = self._entities(tracker, text, session)
        changes = query_changes(entities)
        # "a low heel or flats", "loafers or oxfords": either kind will do.
        if either := _either_kind(tracker, session):
            changes["category"] = either
        shown = ShownResults.from_tracker(tracker)
        # "I already have an emerald green gown, I just need everything else": what goes with it.
        if (
            "owned_category" in entities
            and not changes.keys() & {"category", "product"}
            and (events := suggest_for_owned(dispatcher, tracker, session)) is not None
        ):
            today = datetime.now(timezone.utc).date()
            if needed := needed_by(text, today, named_as_deadline=True):
                dispatcher.utter_message(text=needed_by_note(needed, today))
            return events
        # "its called the harrow field jacket or something", and no product has that name.
        if (named := said_product_name(text)) and "product" not in changes:
            return _no_product_by_that_name(dispatcher, tracker, session, named)
        # "collar 16" answering "Which shirt do you mean: ...?": the size of those shirts.
        if (offered := offered_products(tracker)) and set(entities) == {"size"}:
            return choose_by_size(dispatcher, tracker, domain, session, offered, changes["size"])
        # "collar 16" while suits are listed: a collar size is a shirt's, so shirts in it.
        stated = kind_of_stated_size(changes["size"], text) if "size" in changes else None
        if (
            stated
            and "category" not in changes
            and stated != size_kind(session, previous.category)
            and sells_kind(session, stated)
        ):
            if previous.category and category_types(previous.category) & category_types(stated):
                # "in a large pls" while jackets are listed: jackets still, and where jackets
                # are not made in L, the sizes they are made in, not dresses in L instead.
                if _not_made_in_size(dispatcher, session, previous, changes["size"]):
                    del changes["size"]
            else:
                changes["category"] = stated
        # "Do you sell perfume?": nothing in the catalog or the lexicon by that name, so we don't.
        if (unknown := entities.get("unknown_product")) and not changes.keys() & {
            "category", "product", "brand"
        }:  # fmt: skip
            text = replies.not_sold_text(unknown[0], None, sold_kinds(session))
            dispatcher.utter_message(text=text)
            return [SlotSet(UNMET_DEMAND, unserved_search({"category": unknown[0]}, sold=False))]
        # After a kind we don't sell ("sandals"), a follow-up without a kind ("any in tan?")
        # refines the nearest kind shown instead ("flats"), or searches all we sell.
        if (
            "category" not in changes
            and previous.category
            and not sells_kind(session, previous.category)
        ):
            shown_kind = shown.query.get("category")
            previous = previous.updated(
                category=shown_kind if shown_kind and sells_kind(session, shown_kind) else None
            )
        # Right after suggestions of another kind ("what shoes go with it"), a refinement without
        # a kind ("shiny black ones, nothing too expensive") refines that kind, not the old search.
        shown_kind = shown.query.get("category")
        if (
            "category" not in changes
            and shown_kind
            and shown_kind != previous.category
            and not tracker.get_slot(CURRENT_PRODUCT)
            and entities
        ):
            previous = ProductQuery(category=shown_kind, gender=shown.query.get("gender"))
            # "womens 7.5" right after shoes picked to go with a dress: which of those fit.
            among = _all_on_screen(shown) if changes.keys() <= _NARROWS_SUGGESTIONS else []
        else:
            among = []
        new_kind = "category" in changes and changes["category"] != previous.category
        # "what sizes does the suede belt come in": a question about that product, not a search.
        if _asks_which_sizes(text) and not new_kind and resolve_product(tracker, session).handle:
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "the cheapest one", "the black one", "the penny one" (of the loafers listed): a product
        # on screen, not a new search.
        narrows_kind = (
            new_kind and "product" not in changes and previous.category is not None
            and _narrows_the_listed_kind(changes["category"], previous.category)
        )  # fmt: skip
        picks = shown.handles and points_at_shown(text) and "product" not in changes
        if picks and (
            not new_kind or (narrows_kind and not _names_a_kind_not_on_screen(tracker, session))
        ):
            # (the pick itself: ActionSelectProduct would turn a kind not on screen into a search)
            if _asks_colour_or_size_of_one(tracker):
                # "does the cheaper one come in grey": yes or no about that one, not its card.
                return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
            return ActionShowProductDetails.perform(
                ActionSelectProduct(), dispatcher, tracker, domain, session
            )
        # "whats similar in a size 8 then": the kind of the product in focus, in that size.
        if (
            (focus := tracker.get_slot(CURRENT_PRODUCT))
            and asks_for_similar(text)
            and set(entities) <= {"size", "colour"}
        ):
            return _show_similar(dispatcher, session, focus, changes)
        # "do they come in 10.5?": a question about the product in focus.
        if (
            tracker.get_slot(CURRENT_PRODUCT)
            and refers_to_focus(text)
            and changes.keys() & {"size", "colour"}
            and changes.keys() <= {"size", "colour", "not_colours", "not_categories"}
        ):
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "brwn ones?" read as nothing: say what wasn't understood, not the same list again.
        if not entities and not previous.is_empty() and (unread := words_not_understood(tracker)):
            dispatcher.utter_message(text=replies.refinement_not_understood_text(unread))
            return []
        # "The penny kind" while loafers are listed, "just the chelsea boots" among boots: a
        # kind within the one listed narrows that list, keeping its colour, size and budget.
        starts_over = not narrows_kind and (
            "product" in changes
            or new_kind
            or (latest_intent(tracker) == "search_products" and "category" in changes)
            or _asks_about_the_whole_shop(tracker, text, changes)
        )
        # A new search keeps only who the shopper is buying for; a refinement keeps everything.
        base = ProductQuery(gender=previous.gender) if starts_over else previous
        # "mens jackets only" after what's on sale, "size M" after velvet things of every kind:
        # a kind that narrows a list of any kind keeps its features and on-sale.
        if starts_over and _narrows_list_of_any_kind(previous, changes):
            base = base.updated(features=previous.features, on_sale=previous.on_sale)
        # Another kind for the same outing ("ok and a bag?" after a dress for a wedding) keeps
        # what it is for.
        carries_occasions = (
            new_kind and "product" not in changes and continues_the_outing(text)
            and previous.occasions and "occasions" not in changes
        )  # fmt: skip
        if carries_occasions:
            base = base.updated(occasions=previous.occasions)
        query = _without_needless_exclusions(base.updated(**changes))
        if "category" in changes and "product" not in changes:
            query = query.updated(product=None)
        query = _apply_price_direction(query, entities, shown)
        # "I can spend 250 max on the whole thing", said before: each kind searched since is
        # within it, until another price is named.
        if query.price_min is None and query.price_max is None:
            query = query.updated(price_max=budget_for_everything(tracker))
        # "A belt instead" of winter gloves: a season the new kind is never sold for was not
        # asked for this time; it is let go rather than turn the search into "none".
        if carries_occasions and not find_products(session, query, limit=1).matches:
            query = query.updated(occasions=())
        # "proper shoes too, black, size 11" after opening a men's suit: for the same man (a kind
        # only: "whats popular right now" stays the whole shop's).
        if starts_over and query.category and not query.gender and "gender" not in changes:
            query = _for_whom_opened(tracker, session, query)
        # "Cute but comfy", then "a summer dress, size S, under 80": a feature carried from the
        # list before is given up before anything this message says, so that it never empties
        # the new search nor labels its alternatives "not comfortable".
        carried = [name for name in query.features if name not in changes.get("features", ())]
        if starts_over and carried and not find_products(session, query, limit=1).matches:
            query = query.updated(features=tuple(changes.get("features", ())))

        if problems := query.problems():
            dispatcher.utter_message(text=replies.query_problem_text(problems[0]))
            return []
        if query.is_empty():
            dispatcher.utter_message(response="utter_ask_what_to_find")
            return []
        # "Need a gift for my gf": who it is for, and nothing of what: ask what kind of thing.
        if query.gender and query.updated(gender=None).is_empty():
            dispatcher.utter_message(
                text=replies.who_for_text(query.gender),
                buttons=replies.kind_buttons(kinds_for(session, query.gender), query.gender),
            )
            return [SlotSet(SEARCH_QUERY, query.to_dict())]
        just_asked = {"price" if name.startswith("price_") else name for name in changes}
        # The shopper's profile: their usual size when they name none, said in the heading.
        query, usual = personalise_search(dispatcher, session, tracker, query, changes)
        # "A little bag/clutch": kinds searched together as either are not put off for later.
        searched = set((query.category or "").split(KIND_ALTERNATIVES))
        if later := [kind for kind in kinds_left_for_later(entities, text) if kind not in searched]:
            dispatcher.utter_message(text=replies.one_kind_at_a_time_text(query.category, later))
        # A refinement ("cheaper?", "in black?") keeps the product the shopper opened as "it".
        focus = None if starts_over else tracker.get_slot(CURRENT_PRODUCT)
        narrowed = (
            find_products(session, query, limit=len(among), only_handles=among) if among else None
        )
        if narrowed and narrowed.matches:
            events = [SlotSet(SEARCH_QUERY, query.to_dict()), *_show_page(dispatcher, narrowed)]
        else:
            events = show_results(
                dispatcher, session, query, keep=just_asked, usual_size=usual, keep_focus=focus
            )
        # "Trying to decide between two pairs of ...": offer to compare two of those listed.
        listed = [event["value"] for event in events if event.get("name") == SHOWN_RESULTS]
        if weighs_up(text) and listed and len(listed[-1].get("handles") or []) >= 2:
            dispatcher.utter_message(response="utter_offer_to_compare")
        # "For a party tonight": whether delivery gets there in time, under the results.
        today = datetime.now(timezone.utc).date()
        if needed := needed_by(text, today, named_as_deadline=True):
            dispatcher.utter_message(text=needed_by_note(needed, today))
        # "Need a suit for work, just pick one for me": one of those listed, and why.
        if listed and asks_to_pick(text):
            handles = list(listed[-1].get("handles") or [])
            events += pick_for_me(dispatcher, tracker, domain, session, handles) or []
        return events

    @staticmethod
    def _entities(tracker: Tracker, text: str, session: Session) -> dict[str, list[str]]:
        """The message's entities; for "a navy suit in 42R and brown shoes in 11", the colour and
        size of the first kind only (the rest is for when the shopper asks for the shoes)."""
        entities = latest_entities(tracker)
        if kinds_left_for_later(entities, text):
            first = latest_entities(tracker, before=second_kind_starts_at(tracker))
            first["category"] = entities["category"]
            # "chinos and shirts. 32 waist": a size whose form is the first kind's sizing is its.
            stated = kind_of_stated_size(entities["size"][-1], text) if "size" in entities else None
            if (
                "size" not in first
                and stated
                and stated == size_kind(session, entities["category"][0])
            ):
                first["size"] = entities["size"]
            # "a dress, and my budget is 300 for everything": a budget is for each kind.
            if _A_BUDGET.search(text.lower()):
                for bound in ("price_max", "price_min"):
                    if bound in entities and bound not in first:
                        first[bound] = entities[bound]
            return first
        return entities


# Words that make a price said anywhere in a message a budget for all it asks for.
_A_BUDGET = re.compile(
    r"\b(?:budget\w*|total|altogether|all in|for everything|for (?:it )?all|in all|overall|spend)\b"
)


def choose_by_size(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain,
    session: Session,
    offered: tuple[str, list[str]],
    size: str,
) -> Events:
    """A size answering "Which shirt do you mean: ...?" ("collar 16"): the one offered that is in
    stock in it goes on (added to the cart, bought, opened); with several, the question again,
    the size kept for the tap; with none, that none is, and the question again. A size the
    shopper says is theirs is remembered for the kind its form says (a collar: shirts)."""
    intent, handles = offered
    first = product_details(session, handles[0])
    kind = first.product_type if first else None
    remember_own_size(dispatcher, session, tracker, size, kind)
    fitting = [
        handle for handle in handles
        if (check := check_variant(session, handle, size)) is not None and check.in_stock
    ]  # fmt: skip
    if len(fitting) == 1:
        action = CHOICE_ACTIONS.get(intent, ActionSelectProduct)()
        chosen = as_tapped(tracker, intent, {"product_handle": fitting[0], "size": size})
        return action.perform(dispatcher, chosen, domain, session)
    if not fitting:
        dispatcher.utter_message(text=none_in_size_text(size))
    kept = {"size": size} if fitting else {}
    buttons = which_one_buttons(as_tapped(tracker, intent, kept), session, fitting or handles)
    titles = [button["title"] for button in buttons]
    text = which_of_kind_text(kind or "one", titles, size if fitting else None)
    dispatcher.utter_message(text=text, buttons=buttons)
    return []


# The questions a typed answer continues ("Which size of the ...?"), by the intent of their buttons.
CHOICE_ACTIONS = {"add_to_cart": ActionAddToCart, "buy": ActionStartCheckout}


# What joins two kinds either of which will do: "heels or flats", "loafers/oxfords".
_OR_BETWEEN = re.compile(r"^\s*,?\s*(?:or|/)\s+(?:(?:an?|some|maybe|even|just)\s+)?$|^/$")


def _either_kind(tracker: Tracker, session: Session) -> str | None:
    """The kinds the latest message joins with "or", as one search's kind ("heels|flats"); a
    feature of one kind only stands for its kind ("a low heel or flats": heels or flats). None
    unless two kinds the shop sells are joined so."""
    text = (tracker.latest_message.get("text") or "").lower()
    lexicon = load_lexicon()
    said: list[tuple[str, int, int]] = []
    for entity in tracker.latest_message.get("entities") or []:
        start, end = entity.get("start"), entity.get("end")
        if entity.get("role") or start is None or end is None:
            continue
        value = str(entity.get("value") or "").lower()
        kind = {"category": value, "feature": lexicon.feature_kind.get(value)}.get(
            entity.get("entity")
        )
        if kind:
            said.append((kind, int(start), int(end)))
    said.sort(key=lambda thing: thing[1])
    kinds: list[str] = []
    for (first, _, first_end), (second, second_start, _) in zip(said, said[1:], strict=False):
        if first != second and _OR_BETWEEN.match(text[first_end:second_start]):
            kinds += [first, second]
    kinds = [kind for kind in dict.fromkeys(kinds) if sells_kind(session, kind)]
    return KIND_ALTERNATIVES.join(kinds) if len(kinds) > 1 else None


def _not_made_in_size(
    dispatcher: CollectingDispatcher, session: Session, query: ProductQuery, size: str
) -> bool:
    """Whether no product of the query's kind (for its shopper) is made in `size`; if so, say so
    with the sizes the kind is in stock in: "Jackets aren't made in size L; they come in ..."."""
    kind = ProductQuery(category=query.category, gender=query.gender)
    if find_products(session, kind.updated(size=size), limit=1, in_stock_only=False).total:
        return False
    sizes = available_sizes(session, kind)
    if sizes:
        dispatcher.utter_message(text=replies.kind_not_made_in_size_text(kind, size, sizes))
    return bool(sizes)


# What a message may set and still narrow the suggestions on screen: who for, a size, a colour.
_NARROWS_SUGGESTIONS = frozenset({"gender", "size", "colour", "not_colours"})


def _all_on_screen(shown: ShownResults) -> list[str]:
    """The handles on screen when they are the whole list (suggestions, or one short page)."""
    whole = not shown.offset and shown.total == len(shown.handles)
    return list(shown.handles) if whole else []


def _narrows_the_listed_kind(kind: str, listed: str) -> bool:
    """Whether a kind named while another is listed narrows that list: "the penny kind" (penny
    loafers) while loafers are listed, "just the chelsea boots" among boots, or "tassel ones"
    after penny loafers, another style of the same loafers. A kind named as one of the listed
    ("<style> loafers"), not merely within it: "gowns please" after dresses is a new search."""
    if narrower_kind(listed) is not None:  # "tassel ones" after penny loafers: of the loafers
        return any(
            _narrows_the_listed_kind(kind, wider)
            for wider in load_lexicon().category_groups.get(listed, ())
        )
    synonyms = load_lexicon().category_synonyms
    kind, listed = (synonyms.get(word.lower(), word.lower()) for word in (kind, listed))
    named_as_one = kind.split()[-1] in number_forms(listed.split()[-1])
    return named_as_one and kind_within(kind, listed)


def _narrows_list_of_any_kind(previous: ProductQuery, changes: dict) -> bool:
    """Whether the message names a kind within a search that had none ("anything on sale?", then
    "mens jackets only"), rather than another product or a search of the whole shop."""
    return (
        previous.category is None
        and bool(previous.features or previous.on_sale)
        and "category" in changes
        and "product" not in changes
    )


def _without_needless_exclusions(query: ProductQuery) -> ProductQuery:
    """ "Something flat instead, my feet hurt in heels": flats are never heels, so the search is
    for flats, not "flats other than heels"; "shoes but no heels" keeps its exclusion."""
    if not query.category or not query.not_categories:
        return query
    covered = category_types(query.category)
    kept = tuple(kind for kind in query.not_categories if category_types(kind) & covered)
    return query.updated(not_categories=kept)


def _apply_price_direction(
    query: ProductQuery, entities: dict[str, list[str]], shown: ShownResults
) -> ProductQuery:
    """ "Cheaper" means below the cheapest on screen, closest first; "pricier" the other way.

    Bounds are rounded to whole amounts, as a person would say them. An amount the shopper names
    ("too pricey, anything under 100?") is their budget: it wins over the prices on screen.
    """
    direction = (entities.get("price_direction") or [None])[-1]
    lowest, highest = shown.price_bounds()
    if direction == "cheaper" and "price_max" in entities:
        return query.updated(sort="price_desc")
    if direction == "pricier" and "price_min" in entities:
        return query.updated(sort="price_asc")
    if direction == "cheaper":
        bound = (lowest - CENT).to_integral_value(ROUND_FLOOR) if lowest is not None else None
        return query.updated(
            price_max=bound, price_min=None, sort="price_desc" if bound else "price_asc"
        )
    if direction == "pricier":
        bound = (highest + CENT).to_integral_value(ROUND_CEILING) if highest is not None else None
        return query.updated(
            price_min=bound, price_max=None, sort="price_asc" if bound else "price_desc"
        )
    return query


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
        events.append(SlotSet(UNMET_DEMAND, unserved_search(query.to_dict(), sold=False)))
        return events + _show_nearest_kind(dispatcher, session, query, keep_focus)
    result = find_products(session, query, limit=_page_size())
    if result.matches:
        heading = None
        if usual_size is not None and not result.offset:
            heading = profile_replies.usual_size_heading(
                replies.describe_query(query.updated(size=None)), usual_size, result
            )
        return events + _show_page(dispatcher, result, heading, keep_focus)
    # Nothing fits: the shop owner's report counts what was asked for (commerce/analytics).
    events.append(SlotSet(UNMET_DEMAND, unserved_search(query.to_dict())))
    alternatives = find_alternatives(session, query, limit=_page_size(), keep=keep)
    features_given_up: tuple[str, ...] = ()
    if (
        "category" in alternatives.dropped
        and query.features
        and (of_kind := _closest_of_kind_with_fewer_features(session, query, keep))
    ):
        alternatives, features_given_up = of_kind
    dispatcher.utter_message(
        text=replies.alternatives_text(query, alternatives, features_given_up),
        buttons=replies.result_buttons(alternatives.result),
        product_cards=replies.product_cards(alternatives.result),
    )
    return events + _list_events(alternatives.result, keep_focus)


def _show_similar(
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
        dispatcher.utter_message(text=replies.nothing_similar_text(title, similar.query))
        return []
    return _show_page(
        dispatcher, similar, replies.similar_heading(title, similar), keep_focus=handle
    )


def _closest_of_kind_with_fewer_features(
    session: Session, query: ProductQuery, keep: set[str] | frozenset[str]
) -> tuple[Alternatives, tuple[str, ...]] | None:
    """ "A light linen summer dress under $100": with no dress both light and linen, the closest
    linen dresses (or light ones, or then any) rather than linen things of other kinds; None when
    the kind has nothing close either. Also returns the features given up, for the reply."""
    features = query.features
    # "Boots for slush": none is waterproof, so the closest are those that keep the rain out.
    nearest = load_lexicon().nearest_features
    for feature in features:
        for instead in nearest.get(feature, ()):
            others = tuple(other for other in features if other != feature)
            found = find_products(session, query.updated(features=(*others, instead)),
                                  limit=_page_size())  # fmt: skip
            if found.matches:
                return Alternatives(dropped=("features",), result=found), (feature,)
    for size in range(len(features) - 1, -1, -1):
        for kept in combinations(features, size):
            fewer = query.updated(features=kept)
            given_up = ("features",)
            found = find_products(session, fewer, limit=_page_size())
            if not found.matches:
                closest = find_alternatives(session, fewer, limit=_page_size(), keep=keep)
                if not closest.result.matches or "category" in closest.dropped:
                    continue
                found, given_up = closest.result, ("features", *closest.dropped)
            return Alternatives(dropped=given_up, result=found), tuple(
                feature for feature in features if feature not in kept
            )
    return None


def _list_events(result: SearchResult, keep_focus: str | None = None) -> Events:
    """The list now on screen, and what is in focus: a new list leaves nothing in focus, unless
    it only refines the search ("cheaper?") and shows more than one product (after a list of
    one, "it" is that one: `resolve_product`). The list remembers the product it kept, so that
    "do they come in 10?" can mean the list and "is it wool?" that product."""
    if keep_focus and len(result.matches) > 1:
        return [ShownResults.of(result, kept_focus=keep_focus).slot()]
    return [SlotSet(CURRENT_PRODUCT, None), ShownResults.of(result).slot()]


def _show_nearest_kind(
    dispatcher: CollectingDispatcher,
    session: Session,
    query: ProductQuery,
    keep_focus: str | None = None,
) -> Events:
    """ "Hoodies": we don't sell them; say so, and show the nearest kind we do sell."""
    nearest = nearest_sold_kind(query.category)
    result = None
    # "Earrings" for a woman: the nearest kind (cufflinks) stands in for men only (the lexicon's
    # `nearest_for`); what the shop has for her is the answer.
    lexicon = load_lexicon()
    asked = query.category.strip().lower()
    stands_in_for = lexicon.nearest_kind_for.get(lexicon.not_sold_words.get(asked, asked), ())
    if nearest and query.gender and stands_in_for and query.gender not in stands_in_for:
        kinds = kinds_for(session, query.gender)
        dispatcher.utter_message(
            text=replies.not_sold_text(query.category, None, kinds or sold_kinds(session)),
            buttons=replies.kind_buttons(kinds, query.gender),
        )
        return [] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)]
    if nearest:
        result = find_products(session, query.updated(category=nearest), limit=_page_size())
        if not result.matches:
            # None of the nearest kind fits the rest either: say so, then the closest of that kind,
            # each saying what it is not ("not in red"), never passed off as what was asked for.
            result = _closest_of_kind(session, query.updated(category=nearest))
    if not result or not result.matches:
        dispatcher.utter_message(
            text=replies.not_sold_text(query.category, None, sold_kinds(session))
        )
        return [] if keep_focus else [SlotSet(CURRENT_PRODUCT, None)]
    dispatcher.utter_message(
        text=replies.not_sold_text(
            query.category, result, sold_kinds(session), wanted=query.updated(category=nearest)
        ),
        buttons=replies.result_buttons(result),
        product_cards=replies.product_cards(result),
    )
    return _list_events(result, keep_focus)


def _filled_without_features(
    session: Session, wanted: ProductQuery, result: SearchResult
) -> SearchResult:
    """ "A warm coat" and one warm blazer: that one first, then the closest without the feature,
    each saying so ("not warm"), so the shopper sees the others exist and why they come after."""
    if not wanted.features or len(result.matches) >= _page_size() or result.has_more:
        return result
    shown = {match.handle for match in result.matches}
    others = find_products(session, wanted.without("features"), limit=_page_size())
    if not others.matches:
        others = find_alternatives(
            session, wanted.without("features"), limit=_page_size(), keep=("colour",)
        ).result
    extra = [
        dataclasses.replace(match, gave_up=(*match.gave_up, "features"))
        for match in others.matches if match.handle not in shown
    ][: _page_size() - len(result.matches)]  # fmt: skip
    matches = [*result.matches, *extra]
    return dataclasses.replace(result, matches=matches, total=len(matches))


def _closest_of_kind(session: Session, wanted: ProductQuery) -> SearchResult:
    """The closest products of `wanted`'s kind, each with what of `wanted` it gives up; when no
    product of the kind has its materials or details ("cashmere"), the closest without them."""
    for query in (wanted, wanted.without("features")):
        alternatives = find_alternatives(session, query, limit=_page_size(), keep=("colour",))
        if alternatives.result.matches and "category" not in alternatives.dropped:
            return _filled_without_features(session, wanted, alternatives.result)
    return find_products(session, ProductQuery(category=wanted.category), limit=_page_size())


def _for_whom_opened(tracker: Tracker, session: Session, query: ProductQuery) -> ProductQuery:
    """The query for whom every product opened in this conversation is made, by the catalog's
    gender of them (unisex ones say nothing), when they agree and the query still finds some."""
    genders = genders_of(session, opened_products(tracker))
    if len(genders) != 1:
        return query
    for_them = query.updated(gender=genders.pop())
    return for_them if find_products(session, for_them, limit=1).matches else query


def _show_page(
    dispatcher: CollectingDispatcher,
    result: SearchResult,
    heading: str | None = None,
    keep_focus: str | None = None,
) -> Events:
    """Show a page of results; they become what "the second one" refers to."""
    dispatcher.utter_message(
        text=(heading or replies.results_heading(result)) + "\n" + replies.result_lines(result),
        buttons=replies.result_buttons(result),
        product_cards=replies.product_cards(result),
    )
    return _list_events(result, keep_focus)


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
            session, ProductQuery.from_dict(shown.query), offset=offset, limit=_page_size()
        )
        if not result.matches:
            dispatcher.utter_message(response="utter_no_more_results")
            return []
        # More of the same list: the product opened stays "it".
        return _show_page(dispatcher, result, keep_focus=tracker.get_slot(CURRENT_PRODUCT))


def answer_colour_not_on_screen(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "The pink one" under ties none of which is pink: say so, and show the pink ones of that
    kind (or that the shop has none); None when the message picks no colour on screen."""
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    colours = entities.get("colour") or []
    if (
        len(colours) != 1
        or not shown.handles
        or not points_at_shown(tracker.latest_message.get("text") or "")
        or entities.keys() & {"product", "product_handle", "ordinal"}
    ):
        return None
    in_colour = ProductQuery(colour=colours[0])
    if find_products(session, in_colour, limit=1, only_handles=shown.handles).matches:
        return None
    kind = shown.query.get("category")
    kinds = replies.describe_query(ProductQuery(category=kind))
    dispatcher.utter_message(text=replies.none_shown_in_colour_text(colours[0], kinds))
    wanted = in_colour.updated(category=kind, gender=shown.query.get("gender"))
    return show_results(dispatcher, session, wanted)


def _explain_unresolved(dispatcher: CollectingDispatcher, problem: str | None) -> None:
    response = {
        "unknown_name": "utter_unknown_product",
        "bad_ordinal": "utter_bad_ordinal",
        "ambiguous": "utter_which_product",
        "no_such_one": "utter_none_on_screen_fits",
    }.get(problem or "", "utter_ask_what_to_find")
    dispatcher.utter_message(response=response)


def _no_product_by_that_name(dispatcher, tracker: Tracker, session: Session, named: str) -> Events:
    """ "I think it's called the harrow field jacket" and no product is: say so, and show the kind
    it is, in its colour (not "none of the products on screen fits" or a brand's other kinds)."""
    changes = query_changes(latest_entities(tracker))
    query = ProductQuery(category=changes.get("category"), colour=changes.get("colour"))
    kind = replies.describe_query(query) if query.category else None
    dispatcher.utter_message(text=cannot_find_named_text(named, kind))
    return show_results(dispatcher, session, query) if kind else []


def _of_the_kinds_named(details: ProductDetails, tracker: Tracker) -> bool:
    """Whether the product is of a kind the latest message names, or it names none."""
    kinds = latest_entities(tracker).get("category") or []
    return not kinds or any(details.product_type.lower() in category_types(kind) for kind in kinds)


class _ProductAction(ShopAction):
    """An action about one product: the one named, pointed at ("the second one") or in focus."""

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if answer_price_against(dispatcher, tracker, session):
            return []  # "is it over 100?": its price against the amount
        if asks_total_of_several(tracker):
            return tell_total(dispatcher, tracker, session)  # "the whole outfit": a total
        reference = resolve_product(tracker, session)
        details = product_details(session, reference.handle) if reference.handle else None
        if details is None and reference.problem == "ambiguous_name":
            # "the kensington": several products are called that; show them to pick from.
            dispatcher.utter_message(text=replies.which_of_these_text(reference.name))
            return show_results(dispatcher, session, ProductQuery(product=reference.name))
        if (
            details is None
            and reference.problem == "unknown_name"
            and reference.name
            and "unknown_product" in latest_entities(tracker)
        ):
            # "Is whey protein available?": nothing in the catalog by that name, so we don't sell
            # it; say so, and what we do sell.
            text = replies.not_sold_text(reference.name, None, sold_kinds(session))
            dispatcher.utter_message(text=text)
            return []
        named = said_product_name(tracker.latest_message.get("text") or "")
        if details is not None and named and not _of_the_kinds_named(details, tracker):
            details = None  # "called the fenwick jacket": the Fenwick Suede Oxford is no jacket
        if details is None and named:
            # "I think it's called the harrow field jacket": nothing by that name.
            return _no_product_by_that_name(dispatcher, tracker, session, named)
        if details is None:
            # "the pink one" under ties none of which is pink: say so, and show pink ties.
            if reference.problem == "no_such_one" and (
                unseen := answer_colour_not_on_screen(dispatcher, tracker, session)
            ):
                return unseen
            # "the black one" when both are black: name them (`ask_which_one`), else explain.
            if not ask_which_one(dispatcher, tracker, session, reference):
                _explain_unresolved(dispatcher, reference.problem or "unknown_name")
            return []
        return [SlotSet(CURRENT_PRODUCT, details.handle)] + self.answer(
            dispatcher, tracker, session, details
        )

    @abstractmethod
    def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        session: Session,
        details: ProductDetails,
    ) -> Events:
        """Answer about the product, which is now the one in focus; return any further events."""


class ActionShowProductDetails(_ProductAction):
    """Details of one product: price, description, sizes and colours in stock."""

    def name(self) -> str:
        return "action_show_product_details"

    def answer(self, dispatcher, tracker, session, details) -> Events:
        buttons = [
            {"title": "Buy", "payload": replies.buy_payload(details.handle)},
            {"title": "Add to cart", "payload": replies.add_to_cart_payload(details.handle)},
        ]
        dispatcher.utter_message(
            text=replies.details_text(details),
            image=details.image_url,
            buttons=buttons
            if details.in_stock
            else alert_replies.notify_buttons(tracker.get_latest_input_channel(), details.handle),
        )
        return []


class ActionSelectProduct(ActionShowProductDetails):
    """The shopper picks a product from the list ("the second one"): show it and focus on it."""

    def name(self) -> str:
        return "action_select_product"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "tassel ones" while penny loafers are listed: a kind that none on screen is asks for
        # those, narrowing the search, not for one of the products shown.
        if _names_a_kind_not_on_screen(tracker, session):
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        if _asks_colour_or_size_of_one(tracker):
            # "is the cheaper one available in grey": yes or no about that one, not its card.
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        return super().perform(dispatcher, tracker, domain, session)


# "does the cheaper one come in grey", "do you have the first one in a 40R": asks about a colour
# or size of the product the words pick.
_ASKS_IN = re.compile(
    r"\b(?:comes?|available|in stock)\b|\b(?:do|does|is|are|have|got)\b.*\bin\s+(?:an?\s+)?\w",
    re.IGNORECASE,
)


def _asks_colour_or_size_of_one(tracker: Tracker) -> bool:
    """Whether the latest message asks if one product, picked by place or price ("the cheaper
    one", "the first one"), comes in a colour or size: a yes or no, as "does it come in grey"."""
    entities = latest_entities(tracker)
    return bool(
        entities.keys() & {"colour", "size"}
        and entities.keys() & {"price_direction", "ordinal", "sort"}
        and _ASKS_IN.search(tracker.latest_message.get("text") or "")
    )


def _names_a_kind_not_on_screen(tracker: Tracker, session: Session) -> bool:
    """Whether the latest message names one kind, and neither a product nor a place on screen
    ("the first one. does it come with the trousers" picks the first), and none on screen is of
    that kind."""
    entities = latest_entities(tracker)
    kinds, handles = entities.get("category") or [], ShownResults.from_tracker(tracker).handles
    if len(kinds) != 1 or entities.keys() & {"product", "product_handle", "ordinal"} or not handles:
        return False
    of_kind = ProductQuery(category=kinds[0])
    on_screen = find_products(
        session, of_kind, limit=0, in_stock_only=False, only_handles=list(handles)
    )
    return not on_screen.total


class ActionShowPrice(_ProductAction):
    """ "How much is it?" """

    def name(self) -> str:
        return "action_show_price"

    def answer(self, dispatcher, tracker, session, details) -> Events:
        price = replies.price_text(details.price_from, details.price_to, details.compare_at_price)
        text = f"The {details.title} is {price}."
        if details.price_from != details.price_to:
            text += " The price depends on the size."
        if details.compare_at_price and details.compare_at_price > details.price_to:
            text += " It's on sale right now."
        dispatcher.utter_message(text=text)
        return []


_BETWEEN_SIZES = re.compile(r"\bbetween\s+(?:two\s+)?sizes\b", re.IGNORECASE)
# "what sizes?", "which colours": which there are; "my feet are between sizes" asks none of that.
_WHICH_SIZES = re.compile(
    r"(?<!between )\bsizes\b"
    r"|\b(?:what|which|wat|wich|whats|what's)\s+(?:\w+\s+)?(?:size|colou?rs?)\b|\bcolou?rs\b"
)


def _asks_about_the_whole_shop(tracker: Tracker, text: str, changes: dict) -> bool:
    """ "What's popular right now?", "anything on sale?" after a search: the shop's best sellers or
    sale, not those among the results ("which of these sell best?" stays with them)."""
    shop_wide = changes.get("sort") in {"popular", "newest"} or changes.get("on_sale")
    return (
        latest_intent(tracker) == "search_products"
        and bool(shop_wide)
        and changes.keys() <= {"sort", "on_sale"}  # "cheapest first" re-sorts what is shown
        and not refers_to_focus(text)
    )


def _asks_which_sizes(text: str) -> bool:
    """Whether a message asks which sizes or colours there are, rather than about one size."""
    return bool(_WHICH_SIZES.search(text.lower()))


def _each_asked(tracker: Tracker, name: str) -> list[str]:
    """The different values of an entity the message asks about, in order; colours said one after
    another ("blush pink") are one colour, the last word."""
    found: list[tuple[str, int | None, int | None]] = []
    text = tracker.latest_message.get("text") or ""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != name or entity.get("role"):
            continue
        value, start, end = str(entity.get("value")), entity.get("start"), entity.get("end")
        if (
            found
            and start is not None
            and found[-1][2] is not None
            and not text[found[-1][2] : start].strip()
        ):
            found[-1] = (value, start, end)
        else:
            found.append((value, start, end))
    return list(dict.fromkeys(value for value, _, _ in found))


# The shape of a question ("do they come in 42R?", "any in navy", "is the 10 in stock").
_ASKS = re.compile(
    r"\?|(?:^|[,.;!]\s*|\b(?:and|but|so|ok|okay|then)\s+)(?:do|does|did|is|are|can|could|will|"
    r"would|have|has|got|any|u got|you got)\b|\b(?:come|comes|available|availability|stock|left|"
    r"which|what|how|whether|if)\b"
)


class ActionCheckAvailability(_ProductAction):
    """ "Is it available in 9?", "does it come in brown?", "what sizes are left?" """

    # "does this go with green?": its colours against the colour guide, not "is it in green";
    # "can i get it in L instead" while buying it (or right after adding it): that purchase.
    gives_way_to = (answer_goes_with_colour, answer_change_of_mind)

    def name(self) -> str:
        return "action_check_availability"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if asks_when_restocked(tracker.latest_message.get("text") or ""):
            # "When will the 9s be back?": the store keeps no restock dates.
            reference = resolve_product(tracker, session)
            return answer_restock_question(dispatcher, tracker, session, reference.handle)
        # "Do they come in 10?" with a list on screen and none picked: answer for each of them.
        entities = latest_entities(tracker)
        shown = ShownResults.from_tracker(tracker)
        # "42 regular, whatever colour is normal" under a list, none picked: not a question but
        # the size (and colour) to narrow the list to.
        text = tracker.latest_message.get("text") or ""
        if (
            shown.handles
            and not tracker.get_slot(CURRENT_PRODUCT)
            and entities.keys() & {"size", "colour"}
            and entities.keys() <= {"size", "colour", "not_colours"}
            and not _ASKS.search(text.lower())
        ):
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        if ("size" in entities or "colour" in entities) and not _asks_which_sizes(
            tracker.latest_message.get("text") or ""
        ):
            reference = resolve_product(tracker, session)
            if (
                reference.problem == "no_such_one"
                and "size" in entities
                and entities.keys() & {"feature", "category"}
            ):
                # "brown brogues in a 9.5 wide fit?" under brown shoes, none of them wide: a
                # search for those, never "none on screen fits" (two of them are brown brogues).
                return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
            text = tracker.latest_message.get("text") or ""
            # "Do they come in 10?" after "in black?" is about the black ones, not the one opened.
            # "Do any of them come in 11.5?", "which of these come in black?": each of the list.
            # "Do they come in blue too?" under three shirts, none opened: each of them as well.
            of_the_list = (
                list_after_focus(tracker) or asks_across(text) or asks_of_the_list(tracker)
            ) and not speaks_of_one(text)
            if (
                they_of_the_focus(tracker)
                and not entities.keys() & {"product", "product_handle", "ordinal"}
                and (details := product_details(session, tracker.get_slot(CURRENT_PRODUCT)))
            ):
                # "Do they come in blue?" with one pair of shoes open: that pair, not the blue one
                # of the list it was picked from.
                return [SlotSet(CURRENT_PRODUCT, details.handle)] + self.answer(
                    dispatcher, tracker, session, details
                )
            if (reference.problem == "ambiguous" or of_the_list) and shown.handles:
                size = size_query_key(entities["size"][-1]) if "size" in entities else None
                colour = entities["colour"][-1] if "colour" in entities else None
                checks = [
                    check_variant(session, h, size=size, colour=colour) for h in shown.handles
                ]
                dispatcher.utter_message(
                    text=replies.availability_on_screen_text([c for c in checks if c])
                )
                return []
        return super().perform(dispatcher, tracker, domain, session)

    def answer(self, dispatcher, tracker, session, details) -> Events:
        entities = latest_entities(tracker)
        search = current_query(tracker)
        size = size_query_key(entities["size"][-1]) if "size" in entities else None
        colour = entities["colour"][-1] if "colour" in entities else None
        if _asks_which_sizes(tracker.latest_message.get("text") or ""):
            # "What sizes does it come in?", "which sizes are left in olive?": the exact list, not
            # a yes for a size that "sizes" was misread as.
            check = check_variant(session, details.handle, colour=colour) if colour else None
            dispatcher.utter_message(text=replies.sizes_in_stock_text(details, check))
            return []
        # "Does it come in navy or a blush pink?", "in 10 or 11?": an answer for each.
        colours, sizes = _each_asked(tracker, "colour"), _each_asked(tracker, "size")
        if len(colours) > 1 or len(sizes) > 1:
            checks = [
                check_variant(session, details.handle, size=size_query_key(one_size) if one_size
                              else None, colour=one_colour)
                for one_colour in colours or [None]
                for one_size in sizes or [None]
            ]  # fmt: skip
            dispatcher.utter_message(
                text="\n".join(replies.availability_text(check) for check in checks if check)
            )
            return []
        if size is None and colour is None:
            # "Is it in stock?" right after a search means in the size and colour searched for.
            size, colour = search.size, search.colour
        if size is None and colour is None:
            dispatcher.utter_message(text=f"The {details.title}: {replies.stock_text(details)}")
            return []
        check = check_variant(session, details.handle, size=size, colour=colour)
        text = replies.availability_text(check)
        # "do u have 11.5, my feet are between sizes": the catalog's advice on the fit, too.
        if _BETWEEN_SIZES.search(tracker.latest_message.get("text") or ""):
            fit = product_fact(session, details.handle, "how does it fit")
            if fit and fit.quotes and fit.quotes[0].rstrip(".") not in text:  # not quoted yet
                text += replies.fit_advice_text(fit)
        # A sold-out size offers an opt-in alert: "Notify me" (actions/alerts.py), where one can
        # be sent.
        notify = []
        if check.offered and not check.in_stock:
            channel = tracker.get_latest_input_channel()
            notify = alert_replies.notify_buttons(channel, details.handle, size, colour)
        # A size or colour it is made in but sold out: counted in the shop owner's report.
        demand: Events = []
        if check.offered and not check.in_stock:
            demand = [SlotSet(UNMET_DEMAND, sold_out_asked(details.handle, size, colour))]
        if check.offered and not check.in_stock and not check.other_colours_in_size:
            similar = similar_products(session, details.handle, size=size, colour=colour)
            if similar.matches:
                text += "\nSimilar ones in stock:\n" + replies.result_lines(similar)
                dispatcher.utter_message(
                    text=text,
                    buttons=replies.result_buttons(similar) + notify,
                    product_cards=replies.product_cards(similar),
                )
                # "The first one" now means the first of these; "it" is still this product.
                return [ShownResults.of(similar).slot()] + demand
        dispatcher.utter_message(text=text, buttons=notify)
        return demand
