"""Adding and checking out in one message, while a choice is still open (stranger test 74,
docs/nlu/stranger-test-74.md, persona B, B5, worst problem 2; stranger test 75,
docs/nlu/stranger-test-75.md, persona B, B5, worst problem 3).

"Wonderful, then please put the belt and the tie in my cart and let's check out" (heard as a
search) added the belt and asked the tie's colour, and the checkout was lost: the colour tapped,
nothing more happened. "add the first clutch to my cart and let's check out, will it get here
before New Year's Eve?" only asked the heel's colour again: the checkout and the arrival question
were dropped. Right: what can be added is added, only what is missing asked, the checkout said to
follow once it is picked (and begun when it is), and a day asked about answered."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import keep_bot_messages, say, say_and_keep
from tests.actions.test_stranger_74_named_colours import TIE_SEARCHES, her_ties

TIE = "Silk Grenadine Tie"
BELT_AND_TIE = [
    "Wonderful, then please put the belt and the tie in my cart and let's check out",
    "add the belt and the tie to my cart and lets checkout",
    "ok put the belt n the tie in my basket pls, then checkout",
    "add belt and tie to cart then proceed to checkout",
    "lovely, add the belt and that tie and let's check out!",
]
INTENTS = [("search_products", ActionSearchProducts), ("add_to_cart", ActionAddToCart)]


def belt_and_ties_shown(chat, extractor) -> None:
    """B1-B4 as she typed them: the brown belt in 34 looked at, then her ties."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "a good quality leather belt, brown probably, he wears a 34 waist")  # fmt: skip
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "Ooh the second one looks lovely, is it real leather though?")  # fmt: skip
    her_ties(chat, extractor, TIE_SEARCHES[0])
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options",
                 "I love the first one! Do you do gift wrapping?")  # fmt: skip


def tap(chat, button: dict):
    """The shopper taps a button: its payload's intent and entities, as Rasa would send them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    turn = chat.run(ActionAddToCart(), intent, button["payload"],
                    [{"entity": name, "value": value} for name, value in values.items()])  # fmt: skip
    return keep_bot_messages(chat, turn)


def followups(turn) -> list[str]:
    return [e.get("name") for e in turn.events if e.get("event") == "followup"]


@pytest.mark.parametrize(("intent", "action"), INTENTS)
@pytest.mark.parametrize("text", BELT_AND_TIE)
def test_the_checkout_follows_the_tie_colour(chat, extractor, text, intent, action):
    """docs/nlu/stranger-test-74.md, B5: the belt added, the tie's colour asked, the checkout
    said to follow; the colour tapped: the tie added and the checkout begun."""
    belt_and_ties_shown(chat, extractor)

    turn = keep_bot_messages(chat, say(chat, extractor, action(), intent, text))

    print(turn.shown)
    assert "Woven Leather Belt (34, Brown)" in turn.shown, turn.shown
    assert f"Which colour of the {TIE}? Burgundy or Navy?" in turn.shown, turn.shown
    assert "check out your cart" in turn.shown, turn.shown
    assert [b["title"] for b in turn.buttons][-2:] == ["Burgundy", "Navy"], turn.buttons

    tapped = tap(chat, next(b for b in turn.buttons if b["title"] == "Burgundy"))

    print(tapped.shown)
    assert f"{TIE} (Burgundy)" in tapped.shown, tapped.shown
    assert "Checking out your cart (2 items)" in tapped.shown, tapped.shown
    assert "checkout_form" in followups(tapped), tapped.events


@pytest.mark.parametrize(("intent", "action"), INTENTS)
@pytest.mark.parametrize(
    "text", ["add the belt and lets check out", "put the belt in my cart, then checkout pls"]
)
def test_nothing_left_to_pick_checks_out_at_once(chat, extractor, text, intent, action):
    """docs/nlu/stranger-test-74.md, B5: with nothing to choose, the checkout begins at once."""
    belt_and_ties_shown(chat, extractor)

    turn = keep_bot_messages(chat, say(chat, extractor, action(), intent, text))

    print(turn.shown)
    assert "Woven Leather Belt (34, Brown)" in turn.shown, turn.shown
    assert "Checking out your cart (1 item)" in turn.shown, turn.shown
    assert "checkout_form" in followups(turn), turn.events
