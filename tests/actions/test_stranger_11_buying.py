"""Stranger tests 11 and 10 (docs/nlu/stranger-test-11.md, -10.md), buying: the colour just asked
about and confirmed ("does it come in green?" -> "Yes ... Olive") is the one added or bought, and the
reply says so (11 A9); a day asked about earlier ("can i get it by friday?") is weighed against the
shipping method in the order review, never silently (11 B9); a women's size on a shoe sold in
men's sizes is converted by the catalog's own rule, or asked about, never taken as it is (10 C2.9).
The shopper's words go through the real catalog extractor; the actions run on rasa-sdk's real
Tracker against the demo store, with the conversation's messages and slot events kept the way Rasa
sends them to the action server."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from commerce.sizes import SizeSystem
from tests.actions.conversation_driver import ActionConversation, entity_list, say

HARRIET = "Harriet Shirt Dress"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="mia", keep_messages=True)


# --- 11 A9: the colour just asked about and confirmed is the one taken ------------------------


def ask_for_the_harriet_in(
    chat, extractor, question: str, search: str = "dresses in a large under 150"
):
    listed = say(chat, extractor, ActionSearchProducts(), "search_products", search)
    assert HARRIET in listed.text, listed.text
    say(chat, extractor, ActionSelectProduct(), "select_product", "the harriet shirt dress")
    assert chat.slots["current_product"] == "harriet-shirt-dress"
    return say(chat, extractor, ActionCheckAvailability(), "check_availability", question)


@pytest.mark.parametrize(
    "question",
    [
        "does it come in green",
        "is it available in green?",
        "any in olive?",
        "u got it in green??",
        "can i get it in green",
        "is it in stock in green",
    ],
)
def test_add_it_after_a_colour_was_confirmed_adds_that_colour_and_says_so(
    chat, extractor, question
):
    answer = ask_for_the_harriet_in(chat, extractor, question)
    assert answer.text.startswith(f"Yes, the {HARRIET} is in stock"), answer.text
    assert "Olive" in answer.text

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "ok add that one to my cart")

    assert f"Added {HARRIET} (L, Olive) to your cart" in turn.text, turn.text
    assert "Olive, as you asked" in turn.text, turn.text
    assert "Which colour" not in turn.text


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionAddToCart, "add_to_cart", "add it"),
        (ActionAddToCart, "add_to_cart", "put it in my bag pls"),
        (ActionAddToCart, "add_to_cart", "yes add to cart"),
        (ActionStartCheckout, "buy", "ok ill take it"),
        (ActionStartCheckout, "buy", "buy that one"),
        (ActionStartCheckout, "buy", "great, I'll have that one please"),
    ],
)
def test_each_way_of_taking_it_uses_the_confirmed_colour(chat, extractor, action, intent, text):
    ask_for_the_harriet_in(chat, extractor, "does it come in green")

    turn = say(chat, extractor, action(), intent, text)

    assert f"{HARRIET} (L, Olive)" in turn.text, turn.text
    assert "Olive, as you asked" in turn.text, turn.text
    assert "Which colour" not in turn.text


def test_without_a_size_it_asks_only_for_the_sizes_of_the_confirmed_colour(chat, extractor):
    ask_for_the_harriet_in(chat, extractor, "does it come in green", search="dresses under 100")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add it to my cart")

    assert turn.text.startswith(f"Which size of the {HARRIET}?"), turn.text
    assert [b["title"] for b in turn.buttons] == ["XS", "S", "L", "XL"]  # Olive's sizes in stock
    assert all('"colour": "green"' in b["payload"] for b in turn.buttons), turn.buttons


def test_a_colour_it_does_not_come_in_is_not_taken(chat, extractor):
    answer = ask_for_the_harriet_in(chat, extractor, "does it come in red")
    assert "doesn't come in red" in answer.text, answer.text

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "ok add it then")

    assert turn.text.startswith(f"Which colour of the {HARRIET}?"), turn.text
    assert "as you asked" not in turn.text


def test_a_colour_asked_before_a_new_list_is_not_taken(chat, extractor):
    ask_for_the_harriet_in(chat, extractor, "does it come in green")
    say(chat, extractor, ActionSearchProducts(), "search_products", "shirt dresses in a large")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the harriet shirt dress")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add it to my cart")

    assert turn.text.startswith(f"Which colour of the {HARRIET}?"), turn.text


# --- 11 B9: a day asked about earlier is weighed in the order review, never silently ----------

MIKE = {"customer_name": "Mike Torres", "customer_email": "mike.t@example.com",
        "customer_address": "44 Elm St, 60614 Chicago"}  # fmt: skip
# Thursday 26 November 2026, noon: Standard arrives Tue 1 - Thu 3 December, Express Fri 27 - Mon 30.
THURSDAY_NOON = datetime(2026, 11, 26, 12, tzinfo=timezone.utc)


@pytest.fixture
def on_thursday(monkeypatch):
    # ordering_time is defined in actions/checkout_slots.py; the review looks it up in checkout.
    monkeypatch.setattr("actions.checkout.ordering_time", lambda: THURSDAY_NOON)


def buy_the_stratus_and_review(chat, extractor, search: str = "black mens sneakers size 11"):
    listed = say(chat, extractor, ActionSearchProducts(), "search_products", search)
    assert "Stratus Runner" in listed.text, listed.text
    return listed


def review_after_buying(chat, extractor):
    bought = say(chat, extractor, ActionStartCheckout(), "buy", "ok ill take the first one")
    assert "Stratus Runner (US 11 / EU 44, Black)" in bought.text, bought.text
    chat.slots.update(MIKE)
    return say(chat, extractor, ActionReviewOrder(), "inform", MIKE["customer_address"])


@pytest.mark.parametrize(
    "question",
    [
        "can i get it by friday?",
        "will it arrive by friday",
        "need it before fri",
        "i need these by friday for work",
        "any chance it gets here by friday??",
        "gotta have it by fri lol",
    ],
)
def test_a_review_with_standard_after_asking_for_friday_says_it_is_too_late(
    chat, extractor, on_thursday, question
):
    buy_the_stratus_and_review(chat, extractor)
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", question)

    review = review_after_buying(chat, extractor)

    assert "Standard shipping: $5.95" in review.text, review.text
    assert (
        "Standard shipping arrives between Tuesday 01 December and Thursday 03 December, after "
        "the Friday 27 November you asked about." in review.text
    ), review.text
    assert (
        "Express shipping ($14.95) arrives between Friday 27 November and Monday 30 November, so "
        "it may make it" in review.text
    ), review.text
    assert review.buttons[0]["title"].startswith("Express shipping"), review.buttons


def test_a_day_in_the_search_counts_too(chat, extractor, on_thursday):
    buy_the_stratus_and_review(
        chat, extractor, "black mens sneakers size 11, i need them by friday"
    )

    review = review_after_buying(chat, extractor)

    assert "after the Friday 27 November you asked about" in review.text, review.text
    assert review.buttons[0]["title"].startswith("Express shipping"), review.buttons


def test_with_express_chosen_it_says_it_may_make_it_without_a_promise(chat, extractor, on_thursday):
    buy_the_stratus_and_review(chat, extractor)
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", "by friday?")
    review_after_buying(chat, extractor)

    review = chat.run(ActionReviewOrder(), "choose_shipping", "express please",
                      entities=entity_list(shipping_method="express"))  # fmt: skip

    assert "Express shipping: $14.95" in review.text, review.text
    assert (
        "Express shipping arrives between Friday 27 November and Monday 30 November, so it may "
        "make the Friday 27 November you asked about, but I can't promise it." in review.text
    ), review.text
    assert review.buttons[0]["title"] == "Place order"


def test_a_day_standard_makes_is_confirmed_and_place_order_stays_first(
    chat, extractor, on_thursday
):
    buy_the_stratus_and_review(chat, extractor)
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
        "will it be here by december 10th")  # fmt: skip

    review = review_after_buying(chat, extractor)

    assert (
        "Standard shipping arrives by Thursday 03 December, in time for the Thursday 10 December "
        "you asked about." in review.text
    ), review.text
    assert review.buttons[0]["title"] == "Place order"


def test_without_a_day_asked_the_review_says_nothing_of_one(chat, extractor, on_thursday):
    buy_the_stratus_and_review(chat, extractor)

    review = review_after_buying(chat, extractor)

    assert "you asked about" not in review.text
    assert review.buttons[0]["title"] == "Place order"


# --- 10 C2.9: a women's size on a shoe sold in men's sizes, converted by its catalog's rule ----

CIRRUS = "Cirrus Court Sneaker"


def open_the_cirrus_after(chat, extractor, size_said: str) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "white or black sneakers")
    say(chat, extractor, ActionSearchProducts(), "refine_search", size_said)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the cirrus court sneaker")
    assert chat.slots["current_product"] == "cirrus-court-sneaker"


@pytest.mark.parametrize(
    "size_said",
    ["womens 8.5", "women's size 8.5", "ladies 8.5", "i wear a womens 8.5", "size 8.5 in womens"],
)
def test_a_womens_size_is_converted_to_the_mens_size_the_catalog_gives(chat, extractor, size_said):
    open_the_cirrus_after(chat, extractor, size_said)

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "ok ill take it in white")

    assert f"The {CIRRUS} (US 7 / EU 40, White) at $159.50." in turn.text, turn.text
    assert "women's 8.5" in turn.text and "men's US 7" in turn.text, turn.text
    assert "1.5 sizes down" in turn.text
    assert "8.5, as you asked" not in turn.text


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionStartCheckout, "buy", "ill take it in womens 8.5, white"),
        (ActionStartCheckout, "buy", "buy it in a women's 8.5 in white"),
        (ActionAddToCart, "add_to_cart", "add it to my cart in white, ladies 8.5"),
        (ActionAddToCart, "add_to_cart", "put it in my cart, white, womens size 8.5"),
        (ActionStartCheckout, "buy", "i'll have it in white in a womens 8.5 pls"),
    ],
)
def test_a_womens_size_in_the_message_itself_is_converted(chat, extractor, action, intent, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "white sneakers")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the cirrus court sneaker")

    turn = say(chat, extractor, action(), intent, text)

    assert f"{CIRRUS} (US 7 / EU 40, White)" in turn.text, turn.text
    assert "men's US 7" in turn.text


def test_a_mens_size_on_the_same_shoe_is_taken_as_it_is(chat, extractor):
    open_the_cirrus_after(chat, extractor, "mens 8.5")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "ok ill take it in white")

    assert f"The {CIRRUS} (US 8.5 / EU 41.5, White) at $159.50." in turn.text, turn.text
    assert "That's in size 8.5, as you asked." in turn.text
    assert "women's" not in turn.text


def test_without_a_rule_in_the_catalog_it_says_so_and_asks(chat, extractor, monkeypatch):
    monkeypatch.setattr("actions.variant_choice.size_system", lambda text: SizeSystem("male", None))
    open_the_cirrus_after(chat, extractor, "womens 8.5")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "ok ill take it in white")

    assert f"The {CIRRUS} is sized in men's US sizes" in turn.text, turn.text
    assert f"Which size of the {CIRRUS}?" in turn.text
    assert "as you asked" not in turn.text
    assert "US 8.5 / EU 41.5" in [b["title"] for b in turn.buttons]


# --- 9 C2.10: "will i get charged twice?" is answered from how paying works -------------------


@pytest.mark.parametrize(
    "text",
    [
        "wait will i get charged twice??",
        "am i gonna be charged twice",
        "will this charge me 2x",
        "i tapped place order twice, will i pay twice?",
        "do i get billed twice if i say yes again",
        "wil i be charged double",
    ],
)
@pytest.mark.parametrize("intent", ["payment_problem", "ask_payment_methods"])
def test_will_i_be_charged_twice_says_the_chat_takes_no_payment(chat, text, intent):
    turn = chat.run(ActionAnswerServiceQuestion(), intent, text)

    assert "No: I take no payment in this chat" in turn.shown, turn.shown
    assert "Sorry about that" not in turn.shown


def test_a_double_charge_that_happened_still_gets_the_payment_problem_answer(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "payment_problem", "i was charged twice!!")

    assert "A double charge is usually a pending hold" in turn.shown
    assert "I take no payment in this chat" not in turn.shown


# --- 10 C1.10: "add both" with a product opened and suggestions of another kind on screen -----

SHOES_SUGGESTED = ("Belmont Patent Opera Oxford", "Regent Patent Derby", "Windsor Patent Oxford")


def open_the_tux_and_suggest_shoes(chat, extractor) -> None:
    say(chat, extractor, ActionSelectProduct(), "select_product", "the carnegie slim tuxedo")
    assert chat.slots["current_product"] == "carnegie-slim-tuxedo"
    suggested = say(
        chat, extractor, ActionSuggestOutfit(), "suggest_outfit", "ok what shoes go w it"
    )
    assert all(title in suggested.text for title in SHOES_SUGGESTED), suggested.text


@pytest.mark.parametrize(
    "text",
    [
        "add both to my cart my mom will pay later",
        "add both pls",
        "put both in my bag",
        "both of them in the cart please",
        "ok add the two of them",
    ],
)
def test_add_both_takes_the_tux_and_asks_which_of_the_shoes(chat, extractor, text):
    open_the_tux_and_suggest_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Which size of the Carnegie Slim Tuxedo?" in turn.text, turn.text
    assert "not sure which two" not in turn.text
    shoe_buttons = [b for b in turn.buttons if b["title"] in SHOES_SUGGESTED]
    assert len(shoe_buttons) == 3, turn.buttons
    assert all(b["payload"].startswith("/add_to_cart") for b in shoe_buttons)
    assert "Carnegie Slim Tuxedo" not in [b["title"] for b in turn.buttons]


def test_add_both_with_the_tux_size_said_adds_the_tux(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "black slim tuxedos in 42R")
    open_the_tux_and_suggest_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add both to my cart")

    assert "Added Carnegie Slim Tuxedo (42R, Black)" in turn.text, turn.text
    assert "Which one do you mean" in turn.text


# --- 9 C3.1: "just pick one for me" picks one of those shown, and says why --------------------


def test_a_search_that_asks_to_pick_lists_and_picks_the_first_saying_why(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "i hate shopping. need a suit for work, just pick one for me")  # fmt: skip

    first = turn.text.splitlines()[1]  # "1. Whitehall Two-Piece Suit by Marlowe, ..."
    title = first.split(". ", 1)[1].split(" by ")[0]
    assert f"My pick: the {title}" in turn.text, turn.text
    assert "no sales figures" in turn.text
    buy = next(b for b in turn.buttons if b["title"] == "Buy")
    assert buy["payload"].startswith('/buy{"product_handle"'), turn.buttons
    assert f"See the {title}" in [b["title"] for b in turn.buttons]


@pytest.mark.parametrize(
    "text",
    [
        "just pick one for me",
        "idk you choose",
        "surprise me",
        "which one would you pick?",
        "pick for me pls",
        "ugh can u just choose one",
    ],
)
def test_pick_one_for_me_after_a_list_picks_the_first_shown(chat, extractor, text):
    listed = say(chat, extractor, ActionSearchProducts(), "search_products", "navy suits")
    title = listed.text.splitlines()[1].split(". ", 1)[1].split(" by ")[0]

    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", text)

    assert f"My pick: the {title}" in turn.text, turn.text
    assert "Did you mean" not in turn.shown


def test_pick_one_for_me_with_nothing_shown_is_not_a_pick(chat, extractor):
    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", "just pick one for me")

    assert "My pick" not in turn.text


@pytest.mark.parametrize(
    ("intent", "text", "answered"),
    [
        ("payment_problem", "wait will i get charged twice??", "I take no payment in this chat"),
        ("ask_return_policy", "can i return them if they dont fit", "30 days"),
        ("ask_delivery_time", "how long does delivery take", "business days"),
        ("ask_payment_methods", "do u take paypal", "PayPal"),
        ("ask_shipping", "is shipping free", "free"),
        ("ask_discounts", "any promo codes?", "promo codes"),
    ],
)
def test_a_service_question_mid_purchase_is_answered_then_the_question_asked_again(
    chat, extractor, intent, text, answered
):
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "the chester tassel loafer in 10 do u have it")  # fmt: skip
    question = say(chat, extractor, ActionStartCheckout(), "buy", "buy it")
    assert question.text == "Which colour of the Chester Tassel Loafer?", question.text
    # Rasa's tracker holds the bot's question with its buttons, then the shopper's question.
    bot_event = {"event": "bot", "text": question.text, "data": {"buttons": question.buttons}}

    turn = chat.run(ActionAnswerServiceQuestion(), intent, text,
                    events=[bot_event, {"event": "user", "text": text}])  # fmt: skip

    assert answered in turn.shown, turn.shown
    assert turn.messages[-1]["text"].endswith("Which colour of the Chester Tassel Loafer?")
    assert turn.messages[-1]["buttons"] == question.buttons


def test_a_service_question_with_no_purchase_question_open_is_only_answered(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "payment_problem", "will i be charged twice")

    assert len(turn.messages) == 1


@pytest.mark.parametrize(
    "search", ["navy suits", "black tuxedos", "grey suits in 40R", "white sneakers", "navy blazers"]
)
def test_a_size_asked_is_kept_when_the_searchs_colour_does_not_fit_the_product(
    chat, extractor, search
):
    say(chat, extractor, ActionSearchProducts(), "search_products", search)
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "the chester tassel loafer in 10 do u have it")  # fmt: skip

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "buy it")

    assert turn.text == "Which colour of the Chester Tassel Loafer?", turn.text
    assert all('"size": "10"' in b["payload"] for b in turn.buttons), turn.buttons


@pytest.mark.parametrize(
    "text", ["shirt dresses in a large", "any shirt dress in L?", "shirtdresses size large pls"]
)
def test_shirt_dresses_are_dresses_not_shirts(chat, extractor, text):
    """ "shirt dresses in a large" listed 8 shirts (seen while mending stranger test 34's rule
    that a search of another kind keeps what was asked of a product)."""
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert HARRIET in turn.text, turn.text
    assert "shirts" not in turn.text.split("\n")[0], turn.text
