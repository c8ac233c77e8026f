"""Stranger test 73 (docs/nlu/stranger-test-73.md, persona B, messages B6-B9, worst problem 1).

"Okay, you've convinced me, add the dress and those boots to my cart please!" got two questions at
once ("Which colour of the Heather Chelsea Boot?" and "Which dress do you mean: ...?"), although
she had said "I love the first one!" of the dresses. She tapped the dress; her answer to the other
question, "burgundy please, to match the dress", got "Yes, ... go together: both black", the boots
were never added, and "lovely, let's check out" went ahead with 1 item, without a word.
Right: the dress she loved is the one added; two purchases waiting are asked one at a time (the
next asked once the first is answered); a colour said while a colour question is open answers it;
and a checkout while a purchase waits says which one waits before going ahead."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import keep_bot_messages, say, say_and_keep

# B1-B2 as the search of the warm-coloured dresses (the Vivienne first, the Valentina second).
DRESSES = "burgundy or rust or mustard dresses in size M"
B3 = (
    "I love the first one! What boots would go with it? Ideally brown or tan ankle boots, not a "
    "high heel because I'll be standing on grass all evening."
)
# B3 without the dress she loved: the boots only (the Heather Chelsea Boot alone is listed).
BOOTS_ONLY = "brown or tan low heel boots in size 7 under $300"

ADDS = [
    "Okay, you've convinced me, add the dress and those boots to my cart please!",
    "add the dress and the boots to my cart",
    "ok put the dress n the boots in my basket pls",
    "add dress and boots to cart",
    "perfect, add the dress and those boots!",
    "pls add the dress and the boots to my cart",
]
COLOUR_ANSWERS = [
    "burgundy please, to match the dress",
    "burgundy so it matches the dress",
    "the burgundy ones to match pls",
    "Burgundy, to go with the dress please",
    "burgundy to match my dress",
]
CHECKOUTS = [
    "lovely, let's check out",
    "checkout",
    "ok lets checkout now",
    "proceed to checkout pls",
    "ready to check out!",
]


def questions(turn) -> list[dict]:
    """The messages of a turn that ask a purchase question (a "?" and buttons to answer it)."""
    return [m for m in turn.messages if m.get("buttons") and (m.get("text") or "").endswith("?")]


def tap(chat, button: dict):
    """The shopper taps a button: its payload's intent and entities, as Rasa sends them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    found = [{"entity": name, "value": value} for name, value in values.items()]
    return keep_bot_messages(chat, chat.run(ActionAddToCart(), intent, button["title"], found))


def her_lists(chat, extractor, loved: bool = True) -> None:
    """B1-B3: the warm-coloured dresses (the Vivienne first), then boots (for the one loved)."""
    for text in (DRESSES, B3 if loved else BOOTS_ONLY):
        say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)
    assert "vivienne-velvet-dress" in str(chat.history), "the dresses listed"


@pytest.mark.parametrize("text", ADDS)
def test_the_dress_she_loved_is_added_and_only_the_boots_colour_asked(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, B6: "I love the first one!" (B3) picked the Vivienne."""
    her_lists(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Added Vivienne Velvet Dress" in turn.text
    assert "Valentina" not in turn.text
    asked = questions(turn)
    assert len(asked) == 1 and "dress" not in asked[0]["text"].lower(), turn.text


@pytest.mark.parametrize("text", ADDS)
def test_two_purchases_waiting_are_asked_one_at_a_time(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, B6-B7: the dress not picked yet, the boots' colour open."""
    her_lists(chat, extractor, loved=False)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    asked = questions(turn)
    assert len(asked) == 1, turn.text
    assert "dress" in asked[0]["text"].lower()
    # The boots are said to come next, not dropped.
    assert "I'll ask about the Heather Chelsea Boot next" in turn.text, turn.text

    dress = next(b for b in asked[0]["buttons"] if b["title"] == "Vivienne Velvet Dress")
    tapped = tap(chat, dress)

    assert "Added Vivienne Velvet Dress" in tapped.text
    asked = questions(tapped)
    assert len(asked) == 1 and "Which colour of the Heather Chelsea Boot?" in asked[0]["text"]
    # One set of buttons: the boots' colours, not "Check out" before the boots are chosen.
    assert [b["title"] for b in tapped.buttons] == ["Black", "Burgundy"]


def dress_added_boots_asked(chat, extractor) -> None:
    her_lists(chat, extractor, loved=False)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", ADDS[0])
    dress = next(b for b in questions(turn)[0]["buttons"] if b["title"].startswith("Vivienne"))
    tap(chat, dress)


@pytest.mark.parametrize("text", COLOUR_ANSWERS)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionSearchProducts(), "search_products"),
        (ActionSuggestOutfit(), "ask_what_goes_with"),
    ],
)
def test_a_colour_said_answers_the_boots_colour_question(chat, extractor, text, action, intent):
    """docs/nlu/stranger-test-73.md, B8: "burgundy please, to match the dress" is her answer to
    "Which colour of the Heather Chelsea Boot?", not a question whether the two go together."""
    dress_added_boots_asked(chat, extractor)

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert "Added Heather Chelsea Boot" in turn.text and "Burgundy" in turn.text, turn.text
    assert "go together" not in turn.text and "both black" not in turn.text
    assert "2 items" in turn.text


@pytest.mark.parametrize("text", CHECKOUTS)
def test_checkout_says_the_boots_still_wait(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, B9: "lovely, let's check out" with the boots' colour still
    open: not a silent checkout of the dress alone; which purchase waits is said (and asked)."""
    dress_added_boots_asked(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", text)

    assert "Heather Chelsea Boot" in turn.text and "not in your cart" in turn.text.lower(), (
        turn.text
    )
    assert "Checking out your cart" not in turn.text
    assert not any(e.get("name") == "checkout_form" for e in turn.events)
    assert len(questions(turn)) == 1

    # Said again: she goes ahead without the boots, knowingly.
    again = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", text)
    assert "Checking out your cart (1 item)" in again.text, again.text


def test_checkout_after_both_are_added_goes_ahead(chat, extractor):
    """Nothing waits once the boots are in: the checkout starts at once, with both."""
    dress_added_boots_asked(chat, extractor)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", COLOUR_ANSWERS[0])

    turn = say(chat, extractor, ActionCheckoutCart(), "checkout", CHECKOUTS[0])

    assert "Checking out your cart (2 items)" in turn.text, turn.text


@pytest.mark.parametrize("text", COLOUR_ANSWERS[:3])
def test_a_colour_said_while_buying_at_once_goes_on_to_the_checkout(chat, extractor, text):
    """The same answer when the boots were bought at once ("buy them"): that colour, checked
    out, not a question whether the two go together."""
    her_lists(chat, extractor, loved=False)
    asked = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "buy the boots")
    assert "Which colour of the Heather Chelsea Boot?" in asked.text, asked.text

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "Heather Chelsea Boot" in turn.text and "Burgundy" in turn.text, turn.text
    assert "go together" not in turn.text
    assert any(e.get("name") == "checkout_form" for e in turn.events), turn.events
