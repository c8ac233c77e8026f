"""docs/nlu/stranger-test-96.md, B4 (worst problem 1): with the Harwood Dress Chukka in focus, the
bass player wrote "Sold, I'll take them in a 10! Oh and do you have black slim jeans with some
stretch in a 32 waist? We can circle back to those after." The bot said "The Harwood Dress Chukka
isn't made in size 32" and asked which size, though US 10 was said for the boots and is in stock.

Right: each size goes with the kind it was said with: the 10 with the boots (bought in US 10, the
checkout begun), the jeans (trousers, the nearest we sell) kept for later, never "isn't made in
size 32" of the boots."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep

B2 = (
    "Let's do boots first. I'm a men's 10, and I'd really prefer proper leather over anything "
    "plasticky, ideally under $200. What have you got in black?"
)
B3 = "Ooh, the first one looks good. What's it actually made of, and does it run true to size?"
BOOTS = "Harwood Dress Chukka"
TAKEN_WITH_JEANS = [
    "Sold, I'll take them in a 10! Oh and do you have black slim jeans with some stretch in a 32 "
    "waist? We can circle back to those after.",  # the doc's
    "sold! ill take them in a 10. oh and have u got black slim jeans w some stretch in a 32 waist? "
    "can come back to those later",
    "Great, I'll take them in size 10. Also, any black skinny jeans in a 32 waist? No rush on "
    "those.",
    "perfect, i'll have them in a 10!! btw do you do black jeans, slim, 32 waist? later is fine",
    "Love them, I'll take them in a 10 please. And black slim trousers in a 32 waist, we can look "
    "at those after",
    "I'll take them in a 10. Oh and black jeans in 32 too, but we can come back to that",
]


@pytest.mark.parametrize("text", TAKEN_WITH_JEANS)
def test_the_boots_are_bought_in_the_size_said_with_them(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B2)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B3)

    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)
    shown = turn.shown

    assert "isn't made in size 32" not in shown, shown
    assert "Which size" not in shown, shown
    assert BOOTS in shown and "US 10" in shown, shown
    # The jeans (trousers, the nearest we sell) kept for after the boots.
    assert "then ask me for the trousers" in shown, shown
    # The checkout begun: its form asks for the name next.
    assert "I need a few details" in shown, shown
    assert {"event": "followup", "name": "checkout_form"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in turn.events
    ], turn.events
