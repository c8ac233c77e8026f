"""Picking one product and asking whether it comes in a size or colour: "the second one", "is it
available in 9?", "does it come in brown?", and a size typed to answer "Which shirt do you mean?".

Split from actions/discovery.py, whose search hands picks and availability questions here; these
hand a message that turns out to be a search back to it by name (`perform_action`), so the two
modules do not import each other.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import colour_then_wish, tie_style_answers
from actions.adding_with_more import answer_adding_with_more
from actions.alerts import answer_restock_question, asks_when_restocked
from actions.arrival_before_ordering import stock_and_arrival_answer
from actions.arrival_while_waiting import answer_arrival_while_choices_wait
from actions.base import Events, perform_action
from actions.cart_adding import ActionAddToCart
from actions.cart_swaps import answer_swap_or_add_back
from actions.change_of_mind import answer_change_of_mind
from actions.cheapest_tie import say_a_cheapest_tie
from actions.checkout import ActionStartCheckout
from actions.colour_elsewhere import answer_colour_none_shown, offer_kind_in_colour
from actions.compared_questions import answer_about_compared
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    asks_across,
    asks_of_the_list,
    latest_entities,
    list_after_focus,
    resolve_product,
    speaks_of_one,
    they_of_the_focus,
    which_one_buttons,
)
from actions.earlier_kind import answer_kind_from_before
from actions.personal_search import remember_own_size
from actions.places_compared import answer_places_compared
from actions.product_actions import (
    ActionShowProductDetails,
    ProductAction,
    availability_of_list_answer,
)
from actions.product_questions import ActionAnswerProductQuestion
from actions.questions_of_one import answer_questions_of_one
from actions.reference_replies import none_in_size_text, which_of_kind_text
from actions.return_followups import answer_swap_after_a_misfit
from actions.routing import answer_goes_together, answer_goes_with_colour
from actions.search_followups import (
    asks_beside_the_pick,
    asks_colour_or_size_of_one,
    bare_size_in_stock,
    names_a_kind_not_on_screen,
    shaped_as_a_question,
)
from actions.shade_of_one_shown import answer_shade_of_one_shown
from actions.size_advice import answer_them_named_before
from actions.two_questions_of_one import answer_two_questions_of_one
from commerce.products import check_variant, product_details
from commerce.sizes import size_query_key
from shop_nlu.colour_questions import asks_which_sizes


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

    # "no wait, the second one instead" while the first waits for its size: a swap; "the bag you
    # showed me earlier" under boots: that bag.
    gives_way_to = (answer_swap_or_add_back, answer_places_compared, answer_two_questions_of_one,
                    answer_questions_of_one, answer_about_compared,
                    answer_kind_from_before, tie_style_answers.answer_how_it_ties)  # fmt: skip
    before_answer = (say_a_cheapest_tie,)  # "which is cheapest, in green?": "Both are $109.00"

    def name(self) -> str:
        return "action_select_product"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "tassel ones" while penny loafers are listed: a kind that none on screen is asks for
        # those, narrowing the search, not for one of the products shown.
        if names_a_kind_not_on_screen(tracker, session):
            return perform_action("action_search_products", dispatcher, tracker, domain, session)
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

    # "does this go with green?": the colour guide; "can i get it in L instead" while buying it:
    # that purchase; "add 2 medium and 3 large": each size; "a 14 instead of the 12" after a
    # return: the exchange; "the 2nd in cobalt? and anything with sleeves": both, in turn;
    # "does it come in grey" of a list none of which is: said so, and grey ones offered.
    gives_way_to = (answer_arrival_while_choices_wait,  # "will that all arrive by the 11th?"
                    answer_places_compared, answer_two_questions_of_one,
                    answer_questions_of_one,  # "in stock? room for a laptop? price?"
                    answer_goes_with_colour, answer_goes_together,
                    answer_change_of_mind,
                    answer_adding_with_more, answer_swap_after_a_misfit,
                    colour_then_wish.answer_colour_then_wish,
                    tie_style_answers.answer_how_it_ties, answer_shade_of_one_shown,
                    answer_colour_none_shown)  # fmt: skip
    before_answer = (say_a_cheapest_tie,)

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
            and entities.keys() <= {"size", "colour", "not_colour"}
            and not shaped_as_a_question(text)
            and not asks_which_sizes(text)  # the search sends those here: never back
        ):
            return perform_action("action_search_products", dispatcher, tracker, domain, session)
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
                return perform_action(
                    "action_search_products", dispatcher, tracker, domain, session
                )
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
        told = stock_and_arrival_answer(dispatcher, tracker, session, details)
        # "does it come in grey" of a navy-only blazer: grey blazers offered (stranger 87, A3).
        offer_kind_in_colour(dispatcher, tracker, session, details, told)
        return told
