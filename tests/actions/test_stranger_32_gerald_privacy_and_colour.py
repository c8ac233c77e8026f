"""Stranger test 32 (docs/nlu/stranger-test-32.md), personas Gerald and Priya.

1. (Gerald #3, worst problem 2) "I am after a navy blazer, size 42 regular, nothing flashy, under
   $300." got "Got it: size 42R in suits and jackets..." and the size was later listed as his own
   ("42R (you told me)"). A size inside a search ("I am after X, size 42", "I'm looking for X in
   size 42") is for that search only; "I'm a 42 regular", "I wear 42R" are the shopper's own
   (README, "A returning shopper's size").
2. (Gerald #2, worst problem 4) "what exactly do you do with the information I type...? sold on
   to advertisers?" only said nothing is sold. The answer also says, from the settings and the
   store at that moment, that the conversation is kept (and for how long), what a profile keeps
   and how to see it or erase it.
3. (Priya #2, worst problem 6) "white or light blue" linen shirt, then "the first one is fine, i
   take it": White was taken without asking, though the shirt is in stock in White and Blue in L.
   Alternatives the product comes in are asked about (a button each); only one in stock: taken,
   and said.
"""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.privacy import ActionAnswerPrivacyQuestion
from commerce.profiles import says_own_size
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import listed, say, search, shown_titles, sizes_kept

# --- 1. a size inside a search is for the search only -------------------------------------------

SEARCHES_IN_A_SIZE = [
    "Very well. I am after a navy blazer, size 42 regular, nothing flashy, under $300.",
    "I'm after a navy blazer in size 42R",
    "I'm looking for a navy blazer in size 42 regular",
    "I am searching for a dress size 10",
    "i'm shopping for a linen shirt, size M",
    "I am hoping to find a navy blazer in a 42R",
    "I'm interested in a blazer, size 42 regular",
    "im after some loafers in a size 10",
]


@pytest.mark.parametrize("text", SEARCHES_IN_A_SIZE)
def test_a_size_inside_a_search_request_is_not_the_shoppers_own(text):
    assert not says_own_size(text)


@pytest.mark.parametrize(
    "text",
    ["I'm a 42 regular", "I am usually a size 42", "I wear 42R", "i'm a 42R, show me blazers",
     "I am normally a 42 regular in jackets"],
)  # fmt: skip
def test_a_size_said_as_ones_own_still_counts(text):
    assert says_own_size(text)


@pytest.mark.parametrize("text", SEARCHES_IN_A_SIZE[:3] + SEARCHES_IN_A_SIZE[5:7])
def test_geralds_blazer_search_keeps_nothing_about_him(chat, extractor, demo_store_url, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "Got it" not in turn.text and "forget me" not in turn.text
    assert listed(turn.text) and all("Blazer" in t for t in shown_titles(chat))
    assert sizes_kept(demo_store_url) == {}


def test_im_a_42_regular_show_me_blazers_is_still_kept(chat, extractor, demo_store_url):
    turn = search(chat, extractor, "i'm a 42 regular, show me navy blazers")

    assert "Got it: size 42R" in turn.text
    assert sizes_kept(demo_store_url) == {"suits": "42r"}


# --- 2. what is done with what the shopper types ------------------------------------------------

WHAT_IS_DONE_WITH_WHAT_I_TYPE = [
    "I see. And what exactly do you do with the information I type into this window? Is it sold "
    "on to advertisers?",
    "what do you do with what i type here?",
    "What happens to the things I write in this chat?",
    "what happens with my information when I chat with you",
    "what do you do with my messages?",
    "where does the stuff i type go",
]


@pytest.mark.parametrize("text", WHAT_IS_DONE_WITH_WHAT_I_TYPE)
@pytest.mark.parametrize("guess", ["bot_capabilities", "nlu_fallback", "out_of_scope"])
def test_what_is_done_with_what_i_type_is_a_privacy_question(extractor, text, guess):
    """ "what do you do with what i type here?" was heard as "what can you do?"."""
    resolution = resolve_intent(guess, 0.6, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "ask_privacy", (guess, text)


@pytest.mark.parametrize(
    "text", ["what can you do?", "what do you do?", "what do you do with returns"]
)
def test_what_can_you_do_is_not_a_privacy_question(extractor, text):
    resolution = resolve_intent("bot_capabilities", 0.6, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_privacy"


@pytest.mark.parametrize("text", WHAT_IS_DONE_WITH_WHAT_I_TYPE)
def test_what_is_done_with_what_i_type_says_it_is_kept_and_how_to_erase_it(chat, text):
    turn = chat.run(ActionAnswerPrivacyQuestion(), "ask_privacy", text)

    print(turn.text)
    assert "I don't sell your data or give it to advertisers" in turn.text
    # The conversation is kept, and for how long (nothing deletes it on a schedule).
    assert "chat history with no set date for deleting them" in turn.text
    # What a profile keeps: a size only when said to be the shopper's own; details after a yes.
    assert "a size only when you tell me it's yours" in turn.text
    assert "only if you say yes" in turn.text
    assert '"what do you know about me?"' in turn.text and '"forget me"' in turn.text
    # Right now, from the store: nothing yet.
    assert "Right now I keep nothing about you besides our conversations." in turn.text


def test_what_is_done_with_what_i_type_says_what_is_kept_right_now(chat, extractor):
    search(chat, extractor, "i'm a 42 regular, show me navy blazers")

    turn = chat.run(
        ActionAnswerPrivacyQuestion(), "ask_privacy", "what do you do with what i type here?"
    )

    print(turn.text)
    assert "Right now I keep:" in turn.text
    assert "suits and jackets 42R (you told me)" in turn.text and "navy" in turn.text


# --- 3. "white or light blue": which of them, when the product comes in both --------------------

WHITE_OR_LIGHT_BLUE = [
    "hello i want buy linen shirt for my husband, size L, white or light blue colour",
    "linen shirt for my husband size L, white or light blue",
    "mens linen shirt in size L, white or blue",
    "a white or pale blue linen shirt for men, size large",
    "i need a linen shirt size L white or sky blue for my husband",
]


@pytest.mark.parametrize("text", WHITE_OR_LIGHT_BLUE)
def test_two_colours_asked_for_and_both_in_stock_are_asked_about(chat, extractor, text):
    search(chat, extractor, text)
    assert shown_titles(chat)[0] == "Southwold Linen Shirt"

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "the first one is fine, i take it")

    print(turn.text)
    assert turn.text.startswith("Which colour of the Southwold Linen Shirt?"), turn.text
    # Her alternatives in stock in L, not every colour it comes in.
    assert [b["title"] for b in turn.buttons] == ["White", "Blue"]
    assert "What name should go on the parcel?" not in turn.shown


def test_the_colour_tapped_goes_on_to_checkout(chat, extractor):
    search(chat, extractor, WHITE_OR_LIGHT_BLUE[0])
    asked = say(chat, extractor, ActionStartCheckout(), "buy", "the first one is fine, i take it")
    blue = next(b for b in asked.buttons if b["title"] == "Blue")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", blue["payload"])

    print(turn.shown)
    assert "Southwold Linen Shirt (L, Blue)" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "linen shirt for my husband size L, white or pink",
        "mens linen shirt in size L, pink or white",
    ],
)
def test_only_one_of_the_colours_in_stock_is_taken_and_said(chat, extractor, text):
    search(chat, extractor, text)
    assert shown_titles(chat)[0] == "Southwold Linen Shirt"

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "the first one is fine, i take it")

    print(turn.text)
    assert "Which colour" not in turn.text
    assert "Southwold Linen Shirt (L, White)" in turn.text
    assert "That's in size L and White, as you asked." in turn.text
