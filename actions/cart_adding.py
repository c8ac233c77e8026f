"""Adding to the cart: the action ("add it", "add both", "the suit and the shirt"). What an add does
is actions/adding.py's, shared with a "take both" while buying and a swap (actions/cart_swaps.py)."""

from __future__ import annotations

from actions.add_then_checkout import answer_add_and_check_out, check_out_when_promised
from actions.add_with_questions import answer_add_with_questions
from actions.adding import add_as_asked
from actions.adding_with_more import answer_add_it_then_another_kind, answer_pick_with_more
from actions.adds_with_total import answer_adds_with_total
from actions.base import Events, ShopAction
from actions.both_of_the_total import answer_both_of_the_total
from actions.both_of_what import answer_both_of_what
from actions.cart_swaps import answer_swap_or_add_back
from actions.cheapest_then_search import answer_cheapest_then_search
from actions.earlier_kind import answer_kind_from_before
from actions.kind_and_position import answer_kind_and_one_by_place
from actions.kind_found_to_add import answer_kind_found_with_questions
from actions.kind_not_sold_with_questions import answer_kind_not_sold_with_questions
from actions.one_parcel import tell_one_parcel_asked
from actions.order_additions import answer_items_into_placed_order
from actions.sizes_and_quantities import answer_sizes_with_quantities
from actions.total_after_questions import tell_total_when_promised
from actions.variant_waiting import ask_next_put_off


class ActionAddToCart(ShopAction):
    """ "Add it to my cart" / "put 2 of the second one in my basket"."""

    writes_to_store = True
    # "put the second one in instead": one product for another; "put it back in": the one a swap
    # took out; "4 in medium and 4 in large": each size in its quantity; "add the bag from before":
    # that bag, or which of the bags shown; "put both in my cart" right after "how much would the
    # blazer and the shoes come to": those two.
    gives_way_to = (
        answer_both_of_what,  # one suit picked, ties listed before: "add both"? which two (85)
        answer_add_and_check_out,  # "put the belt and the tie in my cart and let's check out"
        answer_items_into_placed_order,  # "add a belt to the order I just placed": can't, shown
        answer_swap_or_add_back,
        answer_kind_not_sold_with_questions,  # "add the first sweater, gift receipt? total?" (97)
        answer_cheapest_then_search,  # "the cheapest ones in 9 in my cart. Now handbags"
        answer_sizes_with_quantities,
        answer_pick_with_more,  # "the first one in 8.5, and a clutch too, still under 400?"
        answer_add_it_then_another_kind,  # "add it in size 10! Now heels, size 8.5"
        answer_add_with_questions,  # "add the cheaper belt too, what's the total?" (stranger 81)
        answer_kind_found_with_questions,  # "add the clutch too, my total?", none shown (93, B5)
        answer_kind_from_before,
        answer_both_of_the_total,
        answer_kind_and_one_by_place,  # "the dress in M, and the second one of those" (92, B4)
        answer_adds_with_total,  # "the flats and that dress in my cart, and the total?" (84)
    )

    def name(self) -> str:
        return "action_add_to_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        events = add_as_asked(dispatcher, tracker, session)
        ask_next_put_off(dispatcher, tracker, session)  # the dress chosen: now the boots' colour
        tell_total_when_promised(dispatcher, tracker, session)  # "... and the total?" (86, B5)
        tell_one_parcel_asked(dispatcher, tracker)  # "... will it all come in one parcel?"
        return events + check_out_when_promised(dispatcher, tracker, session)  # "... check out"
