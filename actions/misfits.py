""" "They pinch my toes. i wan return them": besides the cancel or return answer, the size that fits
better (the next size up, or down for "too big") of what was ordered when it is in stock, and for
shoes too tight the shop's wide-fit shoes, or honestly none (docs/nlu/stranger-test-75.md, A10).
The facts are commerce/fit_swaps.py's, the wording actions/order_change_replies.py's; read by
ActionReturnOrder (actions/after_sales.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from actions.order_change_replies import fit_swap_text
from commerce.fit_swaps import fit_swaps
from commerce.models import Order
from shop_nlu.fit_complaints import TIGHT, fit_complaint


def fit_swap_note(session: Session, order: Order, text: str) -> str:
    """What fits better of `order`, to say after the answer to `text` (with a space before it),
    when the message says the goods are too tight or too big; "" otherwise."""
    way = fit_complaint(text)
    if way is None:
        return ""
    said = fit_swap_text(fit_swaps(session, order, bigger=way == TIGHT))
    return f" {said}" if said else ""
