"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire #9): the dress in view, nothing
ordered, "Great! So when will it actually get to me? I'd love to try it on with the shoes before the
night" got "You haven't placed an order yet, so there's nothing to track" and no delivery time:
"actually" between "it" and "get to me" hid the question. Before any order, each shipping method's
arrival if ordered now."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say_and_keep

SATURDAY_MORNING = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)
WHEN = [
    "Great! So when will it actually get to me? I'd love to try it on with the shoes before the "
    "night",
    "so when will it actually arrive?",
    "when would it really get here",
    "ok when will it actually come",
    "when will it even get to me lol",
    "and when would it probably arrive if i ordered it",
]


@pytest.mark.parametrize("text", WHEN)
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionOrderStatus(), "order_status"), (ActionClarify(), "nlu_fallback")]
)
def test_when_it_gets_here_before_ordering_is_each_methods_dates(
    chat, extractor, pin_clock, text, action, intent
):
    pin_clock(SATURDAY_MORNING, "actions.checkout_slots")
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet dress")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the vivienne velvet dress"
    )

    turn = say_and_keep(chat, extractor, action, intent, text)

    print(turn.shown)
    assert "nothing to track" not in turn.shown
    assert "order number" not in turn.shown
    assert "If you order the Vivienne Velvet Dress now" in turn.shown
    assert "Standard" in turn.shown and "Express" in turn.shown
    assert "arrives" in turn.shown
