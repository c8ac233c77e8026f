"""Stranger test 57 (docs/nlu/stranger-test-57.md, persona Kayla #6 and #7; worst problems 2 and
7): looking at the Vivienne Velvet Dress, no order placed, "wen does it get here if i order rn" got
"not sure I understood" buttons and "will it b here by dec 19" a request for an order number.

With a product in view and no order, when it would arrive is about ordering it now: each shipping
method's dates (against the day, when one is named), never "tell me the order number"."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say_and_keep

ASKS_FOR_ORDER = "order number"
NOT_UNDERSTOOD = "not sure I understood"


def the_dress_in_view(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet dress")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the vivienne velvet dress"
    )


@pytest.mark.parametrize(
    "text",
    [
        "wen does it get here if i order rn",
        "when wud it arrive if i buy now",
        "how long till i get it if i order today",
        "if i order it now when will it come",
        "whn would it b here",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionClarify(), "nlu_fallback"), (ActionOrderStatus(), "order_status")]
)
def test_when_it_would_arrive_is_each_methods_dates(chat, extractor, text, action, intent):
    the_dress_in_view(chat, extractor)

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert ASKS_FOR_ORDER not in turn.shown
    assert NOT_UNDERSTOOD not in turn.shown
    assert "Vivienne Velvet Dress" in turn.shown
    assert "Standard" in turn.shown and "Express" in turn.shown
    assert "arrives" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "will it b here by dec 19",
        "wil it get here by december 19th",
        "can i get it by the 19th",
        "would it arrive before dec 19 if i order now",
        "will it come by 19 dec",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionOrderStatus(), "order_status"), (ActionClarify(), "nlu_fallback")]
)
def test_here_by_a_day_is_each_methods_dates_against_it(chat, extractor, text, action, intent):
    the_dress_in_view(chat, extractor)

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert ASKS_FOR_ORDER not in turn.shown
    assert NOT_UNDERSTOOD not in turn.shown
    assert "19 December" in turn.shown
    assert "in time" in turn.shown
