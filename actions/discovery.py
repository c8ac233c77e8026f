"""Finding products: the search and its refinements, picking one, whether it comes in a size.

Picking from the list and the availability check live here because they can hand back to the
search. How a follow-up reads: actions/search_followups.py; how results are shown:
actions/search_results.py; the other actions about one product: actions/product_actions.py.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import search_replies
from actions.alerts import answer_restock_question, asks_when_restocked
from actions.base import Events, ShopAction
from actions.budget_outfits import answer_outfit_on_budget
from actions.cart import answer_take_out
from actions.cart_adding import ActionAddToCart
from actions.cart_swaps import answer_swap_or_add_back
from actions.cart_totals import answer_price_against, answer_total_of_picked
from actions.change_of_mind import answer_change_of_mind, note_dropped_purchase
from actions.checkout import ActionStartCheckout
from actions.colour_taste import taste_colour
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    SHOWN_RESULTS,
    ShownResults,
    as_tapped,
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
    listed_of_kind,
    offered_products,
    opened_last,
    ordinal_of_kind,
    own_gender_said,
    points_at_shown,
    query_changes,
    refers_to_focus,
    resolve_product,
    speaks_of_one,
    they_of_the_focus,
    typed_choice,
    weighs_up,
    which_one_buttons,
    words_not_understood,
)
from actions.goes_with_it import answer_kind_goes_with_it
from actions.matching_outfits import answer_matching_outfits
from actions.order_replies import fastest_text, needed_by_note
from actions.product_actions import (
    ActionShowProductDetails,
    ProductAction,
    availability_answer,
    availability_of_list_answer,
)
from actions.product_questions import ActionAnswerProductQuestion
from actions.profile import personalise_search, remember_own_size, tell_preferred_first
from actions.reference_replies import none_in_size_text, said_product_name, which_of_kind_text
from actions.routing import (
    answer_goes_together,
    answer_goes_with_colour,
    answer_private_suggestions,
    answer_size_conversion,
    answer_size_range,
    asks_to_pick,
    pick_for_me,
    suggest_for_owned,
)
from actions.search_followups import (
    NARROWS_SUGGESTIONS,
    all_on_screen,
    apply_price_direction,
    asks_about_the_whole_shop,
    asks_beside_the_pick,
    asks_colour_or_size_of_one,
    asks_which_sizes,
    bare_size_in_stock,
    either_kind,
    entities_of_first_kind,
    for_whom_opened,
    names_a_kind_not_on_screen,
    narrows_list_of_any_kind,
    narrows_the_listed_kind,
    not_made_in_size,
    says_instead,
    shaped_as_a_question,
    without_needless_exclusions,
)
from actions.search_results import no_product_by_that_name, show_page, show_results, show_similar
from actions.size_advice import answer_them_named_before
from commerce.analytics.markers import UNMET_DEMAND, unserved_search
from commerce.products import check_variant, product_details
from commerce.profiles import kind_of_stated_size, size_kind
from commerce.search import (
    KIND_ALTERNATIVES,
    ProductQuery,
    category_types,
    find_products,
    kinds_for,
    sells_kind,
    sold_kinds,
)
from commerce.sizes import size_query_key
from shop_nlu.dates import leaves_on, needed_by, wants_it_soonest
from shop_nlu.extraction_patterns import shops_for_both, shops_for_self


class ActionSearchProducts(ShopAction):
    """Starts a search or refines the current one ("in brown instead", "cheaper", "size 9?")."""

    # "Take the shoes out, whats my total now?" heard as a search for shoes: the cart edit;
    # "would that go with green tho": whether the product goes with a colour, not a search;
    # "actually make it a medium" while "Which colour of the dress?" is open: that purchase.
    # "size 10.. is that M for you?": that the catalog can't tell, before a search in size 10.
    # "how much would the dress and the shoes come to together": their total, not a search.
    # "recommend stuff but dont store my data": what suggestions keep, not a search.
    gives_way_to = (
        answer_private_suggestions,
        answer_matching_outfits,  # "matching outfits for me and my partner": one colour for both
        answer_outfit_on_budget,  # "an outfit, 300 for everything": a total over its pieces
        answer_take_out,
        answer_swap_or_add_back,  # "actually the cheaper one instead" while buying the other
        answer_total_of_picked,
        answer_goes_with_colour,
        answer_goes_together,
        answer_kind_goes_with_it,  # "a shirt that goes with it": with the suit looked at
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
        entities = entities_of_first_kind(tracker, text, session)
        changes = query_changes(entities)
        # "navy outfits for me and my girlfriend": for both of them; "first for me, navy suit"
        # after her dresses: for the shopper, of the gender they said of themselves, if any.
        if "gender" not in changes and (
            shops_for_both(text) or ("category" in changes and shops_for_self(text))
        ):
            changes["gender"] = None if shops_for_both(text) else own_gender_said(tracker)
        # "a low heel or flats", "loafers or oxfords": either kind will do.
        if either := either_kind(tracker, session):
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
                leaving = leaves_on(text, needed, today)
                dispatcher.utter_message(text=needed_by_note(needed, today, leaving))
            return events
        # "its called the harrow field jacket or something", and no product has that name.
        if (named := said_product_name(text)) and "product" not in changes:
            return no_product_by_that_name(dispatcher, tracker, session, named)
        # "collar 16" answering "Which shirt do you mean: ...?": the size of those shirts.
        if (offered := offered_products(tracker)) and set(entities) == {"size"}:
            return choose_by_size(dispatcher, tracker, domain, session, offered, changes["size"])
        # "size L", "navy or charcoal" right after opening the blazer: is it made in those,
        # not a search that drops it ("size L" under a list still narrows the list). "in brown
        # instead" is the search in brown, unless "it" is said ("do you have it in brown instead").
        if (
            opened_last(tracker)
            and entities.keys() & {"size", "colour"}
            and entities.keys() <= {"size", "colour", "not_colours"}
            and not asks_for_similar(text)
            and not (says_instead(text) and not refers_to_focus(text))
        ):
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "ok the second dress, she is size S, you have?": whether that dress comes in S, not a
        # search for dresses in S that loses the one picked.
        if (
            entities.keys() & {"size", "colour"}
            and (said := ordinal_of_kind(tracker))
            and listed_of_kind(tracker, session, said[1])
            and not asks_for_similar(text)
        ):
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
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
                if not_made_in_size(dispatcher, session, previous, changes["size"]):
                    del changes["size"]
            else:
                changes["category"] = stated
        # "Do you sell perfume?": nothing in the catalog or the lexicon by that name, so we don't.
        if (unknown := entities.get("unknown_product")) and not changes.keys() & {
            "category", "product", "brand"
        }:  # fmt: skip
            text = search_replies.not_sold_text(unknown[0], None, sold_kinds(session))
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
            among = all_on_screen(shown) if changes.keys() <= NARROWS_SUGGESTIONS else []
        else:
            among = []
        new_kind = "category" in changes and changes["category"] != previous.category
        # "what sizes does the suede belt come in": a question about that product, not a search.
        if asks_which_sizes(text) and not new_kind and resolve_product(tracker, session).handle:
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "the cheapest one", "the black one", "the penny one" (of the loafers listed): a product
        # on screen, not a new search.
        narrows_kind = (
            new_kind and "product" not in changes and previous.category is not None
            and narrows_the_listed_kind(changes["category"], previous.category)
        )  # fmt: skip
        picks = shown.handles and points_at_shown(text) and "product" not in changes
        if picks and (
            not new_kind or (narrows_kind and not names_a_kind_not_on_screen(tracker, session))
        ):
            # (the pick itself: ActionSelectProduct would turn a kind not on screen into a search)
            if asks_colour_or_size_of_one(tracker):
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
            return show_similar(dispatcher, session, focus, changes)
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
            dispatcher.utter_message(text=search_replies.refinement_not_understood_text(unread))
            return []
        # "The penny kind" while loafers are listed, "just the chelsea boots" among boots: a
        # kind within the one listed narrows that list, keeping its colour, size and budget.
        starts_over = not narrows_kind and (
            "product" in changes
            or new_kind
            or (latest_intent(tracker) == "search_products" and "category" in changes)
            or asks_about_the_whole_shop(tracker, text, changes)
        )
        # A new search keeps only who the shopper is buying for; a refinement keeps everything.
        base = ProductQuery(gender=previous.gender) if starts_over else previous
        # "he likes black stuff", then "what about a jacket?": his black, for the same person
        # until another colour (or someone else) is named, and counted as asked for now (a
        # black one over budget is nearer than a navy one).
        taste = None
        if (
            starts_over
            and not changes.keys() & {"colour", "not_colours", "product"}
            and changes.get("gender", previous.gender) == previous.gender
            and (taste := taste_colour(tracker))
        ):
            base = base.updated(colour=taste)
        # "mens jackets only" after what's on sale, "size M" after velvet things of every kind:
        # a kind that narrows a list of any kind keeps its features and on-sale.
        if starts_over and narrows_list_of_any_kind(previous, changes):
            base = base.updated(features=previous.features, on_sale=previous.on_sale)
        # Another kind for the same outing ("ok and a bag?" after a dress for a wedding) keeps
        # what it is for.
        carries_occasions = (
            new_kind and "product" not in changes and continues_the_outing(text)
            and previous.occasions and "occasions" not in changes
        )  # fmt: skip
        if carries_occasions:
            base = base.updated(occasions=previous.occasions)
        query = without_needless_exclusions(base.updated(**changes))
        if "category" in changes and "product" not in changes:
            query = query.updated(product=None)
        query = apply_price_direction(query, entities, shown)
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
            query = for_whom_opened(tracker, session, query)
        # "Cute but comfy", then "a summer dress, size S, under 80": a feature carried from the
        # list before is given up before anything this message says, so that it never empties
        # the new search nor labels its alternatives "not comfortable".
        carried = [name for name in query.features if name not in changes.get("features", ())]
        if starts_over and carried and not find_products(session, query, limit=1).matches:
            query = query.updated(features=tuple(changes.get("features", ())))

        if problems := query.problems():
            dispatcher.utter_message(text=search_replies.query_problem_text(problems[0]))
            return []
        if query.is_empty():
            dispatcher.utter_message(response="utter_ask_what_to_find")
            return []
        # "Need a gift for my gf": who it is for, and nothing of what: ask what kind of thing.
        if query.gender and query.updated(gender=None).is_empty():
            dispatcher.utter_message(
                text=search_replies.who_for_text(query.gender),
                buttons=search_replies.kind_buttons(kinds_for(session, query.gender), query.gender),
            )
            return [SlotSet(SEARCH_QUERY, query.to_dict())]
        just_asked = {"price" if name.startswith("price_") else name for name in changes}
        if taste and query.colour == taste:
            just_asked.add("colour")
        # The shopper's profile: their usual size when they name none, said in the heading.
        before = query
        query, usual = personalise_search(dispatcher, session, tracker, query, changes)
        said = len(dispatcher.messages)  # "I'll show linen styles first" goes here, if said
        # "A little bag/clutch": kinds searched together as either are not put off for later.
        searched = set((query.category or "").split(KIND_ALTERNATIVES))
        if later := [kind for kind in kinds_left_for_later(entities, text) if kind not in searched]:
            dispatcher.utter_message(
                text=search_replies.one_kind_at_a_time_text(query.category, later)
            )
        # A refinement ("cheaper?", "in black?") keeps the product the shopper opened as "it".
        focus = None if starts_over else tracker.get_slot(CURRENT_PRODUCT)
        narrowed = (
            find_products(session, query, limit=len(among), only_handles=among) if among else None
        )
        if narrowed and narrowed.matches:
            events = [SlotSet(SEARCH_QUERY, query.to_dict()), *show_page(dispatcher, narrowed)]
        else:
            events = show_results(
                dispatcher, session, query, keep=just_asked, usual_size=usual, keep_focus=focus
            )
        listed = [event["value"] for event in events if event.get("name") == SHOWN_RESULTS]
        shown_now = list((listed[-1] if listed else {}).get("handles") or [])
        # The same search as shown, for whether the shopper's tastes changed its order.
        search = {"only_handles": among} if narrowed and narrowed.matches else {"for_a_guest": True}
        tell_preferred_first(dispatcher, session, before, query, shown_now, said, **search)
        # "Trying to decide between two pairs of ...": offer to compare two of those listed.
        if weighs_up(text) and listed and len(listed[-1].get("handles") or []) >= 2:
            dispatcher.utter_message(response="utter_offer_to_compare")
        # "For a party tonight": whether delivery gets there in time, under the results.
        today = datetime.now(timezone.utc).date()
        if needed := needed_by(text, today, named_as_deadline=True):
            # "A coat, flying out thursday": needed the day before the shopper leaves.
            leaving = leaves_on(text, needed, today)
            dispatcher.utter_message(text=needed_by_note(needed, today, leaving))
        elif wants_it_soonest(text):  # "need a suit asap": the fastest shipping, under the list
            dispatcher.utter_message(text=fastest_text(today))
        # "Need a suit for work, just pick one for me": one of those listed, and why.
        if listed and asks_to_pick(text):
            handles = list(listed[-1].get("handles") or [])
            events += pick_for_me(dispatcher, tracker, domain, session, handles) or []
        return events


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


class ActionSelectProduct(ActionShowProductDetails):
    """The shopper picks a product from the list ("the second one"): show it and focus on it."""

    # "no wait, the second one instead" while the first waits for its size: a swap.
    gives_way_to = (answer_swap_or_add_back,)

    def name(self) -> str:
        return "action_select_product"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "tassel ones" while penny loafers are listed: a kind that none on screen is asks for
        # those, narrowing the search, not for one of the products shown.
        if names_a_kind_not_on_screen(tracker, session):
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        if asks_colour_or_size_of_one(tracker):
            # "is the cheaper one available in grey": yes or no about that one, not its card.
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        events = super().perform(dispatcher, tracker, domain, session)
        # "first one. real wool?": its card, and the answer to the question asked with the pick.
        opened = [e["value"] for e in events if e.get("name") == CURRENT_PRODUCT and e.get("value")]
        if opened and asks_beside_the_pick(tracker):
            details = product_details(session, opened[-1])
            if details is not None:
                events += ActionAnswerProductQuestion().answer(
                    dispatcher, tracker, session, details
                )
        return events


class ActionCheckAvailability(ProductAction):
    """ "Is it available in 9?", "does it come in brown?", "what sizes are left?" """

    # "does this go with green?": its colours against the colour guide, not "is it in green";
    # "can i get it in L instead" while buying it (or right after adding it): that purchase.
    gives_way_to = (answer_goes_with_colour, answer_goes_together, answer_change_of_mind)

    def name(self) -> str:
        return "action_check_availability"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if asks_when_restocked(tracker.latest_message.get("text") or ""):
            # "When will the 9s be back?": the store keeps no restock dates.
            reference = resolve_product(tracker, session)
            return answer_restock_question(dispatcher, tracker, session, reference.handle)
        if (answered := answer_them_named_before(dispatcher, tracker, session)) is not None:
            return answered  # "do u have them in 34 waist?" of the chinos named, nothing shown
        # "Do they come in 10?" with a list on screen and none picked: answer for each of them.
        entities = latest_entities(tracker)
        shown = ShownResults.from_tracker(tracker)
        # "42 regular, whatever colour is normal" under a list, none picked: not a question but
        # the size (and colour) to narrow the list to.
        text = tracker.latest_message.get("text") or ""
        if (
            "size" not in entities
            and shown.handles
            and not tracker.get_slot(CURRENT_PRODUCT)
            and (bare := bare_size_in_stock(text))
        ):
            entities = {**entities, "size": [bare]}  # "is 11 in stock": each in 11
        if (
            shown.handles
            and not tracker.get_slot(CURRENT_PRODUCT)
            and entities.keys() & {"size", "colour"}
            and entities.keys() <= {"size", "colour", "not_colours"}
            and not shaped_as_a_question(text)
        ):
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        if ("size" in entities or "colour" in entities) and not asks_which_sizes(
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
                return availability_of_list_answer(dispatcher, session, shown, size, colour)
        return super().perform(dispatcher, tracker, domain, session)

    def answer(self, dispatcher, tracker, session, details) -> Events:
        return availability_answer(dispatcher, tracker, session, details)
