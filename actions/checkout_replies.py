"""Computed wording of the checkout's start: the details kept from the message that asked for it
(docs/nlu/stranger-test-70.md B10, docs/nlu/stranger-test-71.md B12)."""

from __future__ import annotations

from decimal import Decimal

from actions.checkout_slots import ADDRESS, EMAIL, NAME
from actions.replies import money


def details_kept_text(told: dict[str, str]) -> str:
    """ "I'll send it to Lily Carter, Room 214 Hall B, 100 College Ave, 02138 Cambridge." for the
    details kept (slot -> value), with what is still needed left to the form's question."""
    to = ", ".join(value for value in (told.get(NAME), told.get(ADDRESS)) if value)
    said = f"I'll send it to {to}" if to else "I've kept your details"
    if told.get(EMAIL):
        said += f" and email {told[EMAIL]}" if to else f" (email {told[EMAIL]})"
    return said + ", as you said."


def over_budget_at_review_text(total: Decimal, budget: Decimal) -> str:
    """ "Heads up: that's $628.75 over the $300 budget you mentioned (with shipping and tax)." """
    over = money(total - budget)
    return (
        f"Heads up: that's {over} over the {money(budget, whole=True)} budget you mentioned "
        "(with shipping and tax)."
    )


_DETAIL_WORDS = {NAME: "name", EMAIL: "email", ADDRESS: "address"}


def details_noted_text(told: dict[str, str], had: dict[str, str]) -> str:
    """A detail typed while a purchase waits for its choice, kept for the checkout: "Noted your
    name, Maria Jensen; I'll use it at checkout." ("your name and email: ..., ..." for several);
    "I already have your email, ..., for the checkout." when each was kept before (`had`), so the
    same detail typed again is not answered word for word the same."""
    words = [_DETAIL_WORDS[slot] for slot in told]
    which = " and ".join(filter(None, [", ".join(words[:-1]), words[-1]]))
    values = ", ".join(told.values())
    if all(had.get(slot) == value for slot, value in told.items()):
        return f"I already have your {which}, {values}, for the checkout."
    if len(told) == 1:
        return f"Noted your {which}, {values}; I'll use it at checkout."
    return f"Noted your {which}: {values}; I'll use them at checkout."


def check_out_after_the_pick_text(count: int) -> str:
    """After "ill buy both" added what was clear and asked which of the rest (stranger test 79,
    A5): how the purchase goes on."""
    which = "both" if count == 2 else f"all {count}" if count > 2 else "them"
    return (
        f"Pick one below and I'll check out your cart with {which}; or tap Check out to buy what's "
        "in it now."
    )
