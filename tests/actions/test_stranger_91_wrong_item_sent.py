"""Stranger test 91 (docs/nlu/stranger-test-91.md, persona B, B7-B8, problem 5).

B7 "my last order (HL-4X7P2Q) came with a grey sweater instead of the navy one ... Can I swap it
for the navy, and how long will that take?" got only "Thanks. And the email you used for that
order?": no word on the wrong item, no apology, no time. B8 "I'd rather exchange it than get my
money back ... can you check where that order is in your system? My email is
dev.patel@example.com" got the replacement steps, and the email it had just asked for was ignored.

Right: an apology for the wrong item, the email asked for, and how long a replacement takes (the
exchange rule's days); the email given next looks the pending order up, and whether it was found
is said."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.order_changes import ActionExplainOrderChange
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_22_partial_returns import MARK, _order

# (the complaint with its order number, what came wrong, the email given next)
WRONG_ITEMS = [
    ("One more thing while I have you: my last order ({number}) came with a grey sweater instead "
     "of the navy one I ordered. Can I swap it for the navy, and how long will that take?",
     "colour"),
    ("order {number} came in black not the brown i ordered, can u swap it? how long will it take",
     "colour"),
    ("hi my order {number} - you sent the wrong colour, i wanted navy. can i exchange it and how "
     "long does that take?", "colour"),
    ("got my order {number} today but its a size L instead of the M i ordered!! can i swap it, "
     "how long", "size"),
    ("My order {number} arrived with the wrong item, I ordered the navy sweater. Can you swap it "
     "for the right one, how long would that take?", "item"),
]  # fmt: skip

EMAIL_NEXT = (
    "I'd rather exchange it than get my money back, honestly. And can you check where that order "
    "is in your system? My email is {email}"
)


def _complain(chat, extractor, text: str):
    turn = say_and_keep(chat, extractor, ActionExplainOrderChange(), "change_order", text)
    print(turn.shown)
    return turn


@pytest.mark.parametrize(("text", "what"), WRONG_ITEMS)
def test_wrong_item_gets_an_apology_the_time_and_the_email_is_used(chat, extractor, text, what):
    """docs/nlu/stranger-test-91.md, B7-B8: an order that isn't in the store."""
    turn = _complain(chat, extractor, text.format(number="HL-4X7P2Q"))

    assert f"Sorry we sent the wrong {what}" in turn.shown, turn.shown
    assert "email" in turn.shown.lower(), turn.shown
    assert "business days" in turn.shown, turn.shown

    email = say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order",
        EMAIL_NEXT.format(email="dev.patel@example.com"),
    )  # fmt: skip
    print(email.shown)
    assert "can't find an order" in email.shown, email.shown
    assert "HL-4X7P2Q" in email.shown and "dev.patel@example.com" in email.shown, email.shown


def test_the_order_found_with_the_email_is_said(chat, extractor, demo_store_url):
    """B8 with an order that is in the store: its state, not the not-found line."""
    number, _ = _order(demo_store_url, "camden-oxford-shirt")
    _complain(chat, extractor, WRONG_ITEMS[0][0].format(number=number))

    email = say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order", EMAIL_NEXT.format(email=MARK.email)
    )

    print(email.shown)
    assert "can't find" not in email.shown, email.shown
    assert number in email.shown and "delivered" in email.shown, email.shown
