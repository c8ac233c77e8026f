"""Finding products: the search and its refinements.

Picking one from the list and whether it comes in a size: actions/picking.py. How a follow-up reads: actions/search_followups.py; which search it refines and the query
it leaves: actions/search_refining.py; how results are shown: actions/search_results.py, and what
is said under them: actions/search_notes.py; the other actions about one product:
actions/product_actions.py.
"""

from __future__ import annotations

from rasa_sdk.events import SlotSet

from actions import search_replies
from actions.adding_with_more import answer_adding_with_more
from actions.base import Events, ShopAction
from actions.budget_outfits import answer_outfit_on_budget
from actions.cart import answer_take_out
from actions.cart_swaps import answer_swap_or_add_back
from actions.cart_totals import answer_price_against, answer_total_of_picked
from actions.change_of_mind import answer_change_of_mind, note_dropped_purchase
from actions.cheaper_refinements import show_refined_results
from actions.childrens_clothes import answer_childrens_clothes
from actions.compared_questions import answer_about_compared
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    SHOWN_RESULTS,
    ShownResults,
    as_tapped,
    asks_for_similar,
    current_query,
    kinds_left_for_later,
    offered_products,
    own_gender_said,
    points_at_shown,
    query_changes,
    refers_to_focus,
    resolve_product,
    typed_choice,
    words_not_understood,
)
from actions.earlier_colour import answer_colour_of_earlier_search
from actions.earlier_kind import answer_kind_from_before
from actions.goes_with_it import answer_kind_goes_with_it
from actions.goes_with_named import answer_goes_with_the_one_named
from actions.kind_found_to_add import answer_kind_found_with_questions
from actions.kind_kept_for_later import kept_for_the_kind
from actions.kinds_for_later import tell_kinds_for_later
from actions.letter_size_not_made import tell_letter_size_of_stand_in
from actions.list_features import answer_features_of_list, answer_which_have_feature
from actions.matching_outfits import answer_matching_outfits
from actions.my_size import size_said_before
from actions.personal_search import personalise_search, tell_preferred_first
from actions.picking import (
    CHOICE_ACTIONS,
    ActionCheckAvailability,
    ActionSelectProduct,
    choose_by_size,
)
from actions.places_compared import answer_places_compared
from actions.product_actions import (
    ActionShowProductDetails,
)
from actions.questions_of_one import answer_questions_of_one
from actions.reference_replies import said_product_name
from actions.return_followups import answer_swap_after_a_misfit
from actions.routing import answer_goes_together, answer_goes_with_colour
from actions.search_followups import (
    asks_colour_or_size_of_one,
    entities_of_first_kind,
    names_a_kind_not_on_screen,
    narrows_the_listed_kind,
    said_in_words,
)
from actions.search_notes import say_under_results, tell_when_needed
from actions.search_refining import (
    asks_of_one_opened_or_picked,
    follow_stated_size,
    refined_query,
    search_to_refine,
)
from actions.search_results import (
    ask_what_kind,
    kind_to_ask,
    no_product_by_that_name,
    show_page,
    show_similar,
)
from actions.shared_answers import (
    answer_private_suggestions,
    answer_size_conversion,
    answer_size_range,
    suggest_for_owned,
)
from actions.size_kept_notes import size_notes_last
from actions.two_questions_of_one import answer_two_questions_of_one
from actions.uk_shoe_sizes import answer_uk_shoe_size
from actions.what_fits_inside import answer_what_fits_inside
from actions.wishes_on_screen import answer_wish_all_shown_meet
from commerce.analytics.markers import UNMET_DEMAND, unserved_search
from commerce.search import KIND_ALTERNATIVES, find_products, sold_kinds
from shop_nlu.ages import names_a_teenager
from shop_nlu.colour_questions import asks_which_sizes
from shop_nlu.extraction_patterns import shops_for_both, shops_for_self
from shop_nlu.message_readings import does_not_know_their_size, names_a_gift
from shop_nlu.my_size import says_my_size


class ActionSearchProducts(ShopAction):
    """Starts a search or refines the current one ("in brown instead", "cheaper", "size 9?")."""

    # Before a search: "take the shoes out, whats my total" (the cart), "would that go with green
    # tho", "make it a medium" while a colour is asked, "size 10.. is that M for you?".
    gives_way_to = (
        answer_questions_of_one,  # "the 2nd one: in stock? big enough for a laptop? price?"
        answer_what_fits_inside,  # "the second one, big enough for a phone?": not wallets
        answer_adding_with_more,  # "buy 4 in medium and 4 in large", "add it, now heels in 8.5"
        answer_kind_found_with_questions,  # "add the clutch too, my total now?" (93, B5)
        answer_private_suggestions,  # "recommend stuff but dont store my data": what they keep
        answer_childrens_clothes,  # "a little suit for Mateo, they are 8": we sell none
        answer_matching_outfits,  # "matching outfits for me and my partner": one colour for both
        answer_outfit_on_budget,  # "an outfit, 300 for everything": a total over its pieces
        answer_take_out,
        answer_swap_or_add_back,  # "actually the cheaper one instead" while buying the other
        answer_places_compared,  # "which is cheaper, the first or the second?"
        answer_two_questions_of_one,  # "the first in blue? and is it machine washable?"
        answer_swap_after_a_misfit,  # "swap for L?" after "bought shirt. too small": an exchange
        answer_about_compared,  # "which is cheaper?", "the cheaper one then. need hemming?"
        answer_total_of_picked,  # "how much would the dress and the shoes come to together"
        answer_goes_with_the_one_named,  # "what goes with the bag?": the tote being bought
        answer_goes_with_colour,
        answer_goes_together,
        answer_kind_goes_with_it,  # "a shirt that goes with it": with the suit looked at
        answer_change_of_mind,
        answer_uk_shoe_size,  # "womens 7.5 uk?": the kind in view, women's, in the US size
        answer_size_conversion,
        answer_colour_of_earlier_search,  # "scrap the grey, charcoal instead": the grey suits
        answer_kind_from_before,  # "the bag you showed me earlier": that bag, not bags again
        answer_which_have_feature,  # "which of them are cushioned": those of the list that are
        answer_features_of_list,  # "anything with good arch support? or cushioned"
        answer_wish_all_shown_meet,  # "something with a back on them" of slip-ons: they all have
    )
    after_answer = (size_notes_last,)  # "Got it: size 10 in shoes": after the results (96, B2)

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
        # "a low heel or flats", "sparkly or velvet": either will do; "the races": said so.
        changes.update(said_in_words(tracker, session))
        # "ok now the handbag" after "then ask me for the handbags": black or tan, as said then.
        changes = kept_for_the_kind(tracker, changes)
        shown = ShownResults.from_tracker(tracker)
        # "I already have an emerald green gown, I just need everything else": what goes with it.
        if (
            "owned_category" in entities
            and not changes.keys() & {"category", "product"}
            and (events := suggest_for_owned(dispatcher, tracker, session)) is not None
        ):
            tell_when_needed(dispatcher, text)
            return events
        # "its called the harrow field jacket or something", and no product has that name.
        if (named := said_product_name(text)) and "product" not in changes:
            return no_product_by_that_name(dispatcher, tracker, session, named)
        # "collar 16" answering "Which shirt do you mean: ...?": the size of those shirts.
        if (offered := offered_products(tracker)) and set(entities) == {"size"}:
            return choose_by_size(dispatcher, tracker, domain, session, offered, changes["size"])
        # "size L" right after opening the blazer, "ok the second dress, she is size S, you
        # have?": whether that one comes in it, not a search that drops it.
        if asks_of_one_opened_or_picked(tracker, session, entities, text):
            return ActionCheckAvailability().perform(dispatcher, tracker, domain, session)
        # "collar 16" while suits are listed: shirts in it ("in a large pls": jackets still).
        follow_stated_size(dispatcher, session, previous, changes, text)
        # "Do you sell perfume?": nothing in the catalog or the lexicon by that name, so we don't.
        unknown = entities.get("unknown_product")
        if unknown and not changes.keys() & {"category", "product", "brand"}:
            text = search_replies.not_sold_text(unknown[0], None, sold_kinds(session))
            dispatcher.utter_message(text=text)
            return [SlotSet(UNMET_DEMAND, unserved_search({"category": unknown[0]}, sold=False))]
        previous, among = search_to_refine(tracker, session, previous, changes, entities, shown)
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
        # "brwn ones?" read as nothing: say what wasn't understood, not the same list again
        # ("no clue what size she is" is understood: what needs no size, below).
        size_unknown = does_not_know_their_size(text)
        # "Something for a teenager": understood (who it is for), a new search.
        teenager = names_a_teenager(text)
        if (
            not (entities or among or says_my_size(text))
            and not previous.is_empty()
            and not size_unknown
            and not teenager
            and (unread := words_not_understood(tracker))
        ):
            dispatcher.utter_message(text=search_replies.refinement_not_understood_text(unread))
            return []
        query, starts_over, taste = refined_query(
            tracker, session, text, previous, changes, entities, shown,
            new_kind=new_kind, narrows_kind=narrows_kind, teenager=teenager,
        )  # fmt: skip

        # "any flats in my size?": the size said before for that kind (stranger test 79, B2).
        query = query.updated(**size_said_before(tracker, session, query))
        if problems := query.problems():
            dispatcher.utter_message(text=search_replies.query_problem_text(problems[0]))
            return []
        if query.is_empty() and not teenager:
            dispatcher.utter_message(response="utter_ask_what_to_find")
            return []
        # "Need a gift for my gf", "a present for my grandson's office job": what kind of thing
        # ("idk her size": sizeless kinds first), and by when ("he leave our office friday").
        if kind_to_ask(query, teenager, names_a_gift(text, bool(query.gender))):
            ask_what_kind(dispatcher, session, query, teenager, size_unknown)
            tell_when_needed(dispatcher, text)
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
            tell_kinds_for_later(dispatcher, tracker, session, query, later)
        # A refinement ("cheaper?", "in black?") keeps the product the shopper opened as "it".
        focus = None if starts_over else tracker.get_slot(CURRENT_PRODUCT)
        narrowed = (
            find_products(session, query, limit=len(among), only_handles=among) if among else None
        )
        if narrowed and narrowed.matches:
            events = [SlotSet(SEARCH_QUERY, query.to_dict()), *show_page(dispatcher, narrowed)]
        else:
            events = show_refined_results(
                dispatcher, tracker, session, query, just_asked, usual_size=usual, keep_focus=focus
            )
        # "grey overcoat size L": no coats; the blazers shown come in 36R-46R (stranger test 81).
        tell_letter_size_of_stand_in(dispatcher, session, query)
        listed = [event["value"] for event in events if event.get("name") == SHOWN_RESULTS]
        shown_now = list((listed[-1] if listed else {}).get("handles") or [])
        # The same search as shown, for whether the shopper's tastes changed its order.
        search = {"only_handles": among} if narrowed and narrowed.matches else {"for_a_guest": True}
        tell_preferred_first(dispatcher, session, before, query, shown_now, said, **search)
        # "Trying to decide between two pairs", "for a party tonight", "just pick one for me".
        return events + say_under_results(dispatcher, tracker, domain, session, text, listed)
