"""Wording for purchases asked one at a time (actions/variant_waiting.py)."""

from __future__ import annotations

from decimal import Decimal

from actions.cart_replies import still_waiting_text
from actions.replies import and_list

# The first words of a checkout held back for a purchase still waiting (`checkout_held_text`).
CHECKOUT_HELD = "Before I check out your cart:"


def asked_next_text(named: list[str]) -> str:
    """Before the first of several purchase questions: what is asked after it ("the boots")."""
    return f"One thing at a time: I'll ask about {and_list(named)} next."


def checkout_held_text(waiting: list[tuple[str, list[tuple[str, Decimal, bool]]]]) -> str:
    """ "Check out" while purchases wait for a choice: which, not in the cart yet (as
    `still_waiting_text`), and that "check out" said again goes ahead without them."""
    them = "it" if len(waiting) == 1 else "them"
    return (
        f"{CHECKOUT_HELD}\n{still_waiting_text(waiting)}\n"
        f'Or say "check out" again to go ahead without {them}.'
    )
