"""The total of what the shopper is considering, with the cart still empty: "how much all
together?" after opening a dress and picking heels that wait for a size, or after asking about two
dresses on screen. Those products are added up at today's prices and said to be not in the cart
yet; a purchase still waiting for a choice is asked again below. With nothing in focus, the
answers of actions/cart_totals.py stay (the cart is empty, nothing to add up)."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker

from actions.base import Events
from actions.cart_replies import cart_empty_but_picked_text, outfit_total_text
from actions.conversation import (
    earlier_products,
    opened_products,
    purchases_waiting,
    the_two,
)
from actions.list_in_total import ask_which_of_the_list
from actions.total_if_added import tell_shipping_of_pieces
from actions.waiting_purchases import ask_waiting_again, waiting_described
from commerce.products import product_details

# How many products a total of what is considered names at most (as an outfit's pieces).
_MOST = 6


def considered_products(tracker: Tracker, session) -> list[str]:
    """The products the shopper is considering besides a purchase waiting for a choice, each
    once: the two she asked about or compared (`the_two`), the latest opened of each kind (the
    dress in focus, the shoes before it), and a product a search found alone. Two of one kind
    merely on screen are alternatives, not both wanted: of them only one she opened counts (two
    loafers listed, the second opened: that one; stranger test 87, A7)."""
    opened = opened_products(tracker)
    handles = list(the_two(tracker))
    if len({d.product_type for h in handles if (d := product_details(session, h))}) == 1:
        handles = [handle for handle in handles if handle in opened]
    kinds = {d.product_type for h in handles if (d := product_details(session, h))}
    found_alone = [group[0] for group in earlier_products(tracker) if len(group) == 1]
    for handle in [*opened, *found_alone[:1]]:
        details = product_details(session, handle)
        if details is not None and handle not in handles and details.product_type not in kinds:
            kinds.add(details.product_type)
            handles.append(handle)
    return handles[:_MOST]


def tell_considered_total(
    dispatcher,
    tracker: Tracker,
    session,
    what: str,
    budget: Decimal | None = None,
    with_shipping: bool = False,
) -> Events | None:
    """With the cart empty: what the shopper is considering (`considered_products`), and the
    one purchase waiting for a choice of size or colour (the heels just picked), added up and said
    to be not in the cart yet (`what` names it: "The whole outfit"), with the shipping when asked,
    and the purchase waiting asked again. None (nothing said) when nothing is in focus beyond the
    purchase waiting, or when several purchases wait or one waits for which product: she named
    what she wants added ("the suit and the bow tie"), and their own answer says what waits
    (actions/cart_totals.py; stranger tests 15, 20 and 28)."""
    waiting = purchases_waiting(tracker)
    if len(waiting) > 1 or any(len(products) != 1 for _, products in waiting):
        return None
    waiting_handles = [products[0] for _, products in waiting]
    handles = [h for h in considered_products(tracker, session) if h not in waiting_handles]
    if not handles:
        return None
    details = [d for h in handles if (d := product_details(session, h)) is not None]
    lines = [(d.title, d.price_from, False) for d in details]
    varies = any(d.price_from != d.price_to for d in details)
    for choice, products in waiting_described(session, waiting):
        for title, price, price_varies in products:  # "8 × Eton Oxford", at 8 times its price
            lines.append((f"{title} (waiting for the {choice or 'choice'})", price, False))
            varies = varies or price_varies
    total = sum((price for _, price, _ in lines), start=Decimal("0.00"))
    dispatcher.utter_message(text=cart_empty_but_picked_text())
    dispatcher.utter_message(text=outfit_total_text(lines, total, varies, what, budget))
    if with_shipping:
        pieces = [[h] for h in [*handles, *waiting_handles]]
        tell_shipping_of_pieces(dispatcher, tracker, session, pieces)
    ask_which_of_the_list(dispatcher, tracker, session, [*handles, *waiting_handles])  # the belts
    ask_waiting_again(dispatcher, tracker, session)
    return []
