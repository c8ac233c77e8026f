"""The weakest service intents (issue 8) in shoppers' own words, read by the trained model: a
complaint that ends in a question or is about the website is a complaint, a question about how
returns work is the return policy (not a return of the shopper's own order), a sign-up typed with
typos is account help, and asking to order by phone is buying. Angry messages about something
else still fall back. Messages from helper nlu_data's own evaluation sets (never trained on);
each group holds at least one message the model once misread."""

from __future__ import annotations

import pytest

FALLBACK = {"nlu_fallback", "out_of_scope", "other_language"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # complaints that end in a question, or are about the site itself
        ("the trousers i got have a massive hole in the pocket. is this normal for you?", "complaint"),
        ("your app keeps crashing, very frustrating", "complaint"),
        ("the buttons fell off, is that normal??", "complaint"),
        ("why is the zip already broken, how is that acceptable", "complaint"),
        ("my jeans ripped after one wash, do you even check quality?", "complaint"),
        ("the website is so slow and confusing, hate it", "complaint"),
        # the rules of returning, not a return of the shopper's own order
        ("what is the procedure of returning product", "ask_return_policy"),
        ("do you give money back or only vouchers", "ask_return_policy"),
        ("How long have I got to send something back?", "ask_return_policy"),
        ("wht if the colour is diffrent from pic, can i return", "ask_return_policy"),
        ("are there any charges for returns", "ask_return_policy"),
        ("returns on clearance?", "ask_return_policy"),
        # the shopper's account, typed with typos
        ("how to make acount", "account_help"),
        ("sign up not working, it says error", "account_help"),
        ("please delete my acc and all my info", "account_help"),
        ("how do i sign up for an account on your site", "account_help"),
        ("account verification not happening", "account_help"),
        ("i want to change the mobile number registered", "account_help"),
        # buying, asked as how to order
        ("can i place an order by phone", "buy"),
        ("i want buy this shoe", "buy"),
        ("how can i place order for 2 piece", "buy"),
        ("where's the buy button", "buy"),
        ("i'll get them", "buy"),
    ],
)  # fmt: skip
def test_service_intents_in_shoppers_words(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    "text",
    ["i'm so angry at my brother right now", "the traffic this morning made me livid",
     "fuming about the football result last night", "i hate mondays", "my laptop keeps crashing",
     "how do i make a netflix account", "what's the refund policy for my flight"],
)  # fmt: skip
def test_anger_about_something_else_still_falls_back(parse, text):
    assert parse(text) in FALLBACK


@pytest.mark.parametrize(
    "text",
    ["blorp snazzle wibble", "snazzle wibble", "florp quux zingle", "frizzle snozzle",
     "wibbly zazz flonk"],
)  # fmt: skip
def test_made_up_words_are_no_complaint_or_request(parse, text):
    # "blorp snazzle wibble" once read as a complaint (0.46) after angry complaints were added:
    # the shopper was told no person can join, for words that mean nothing.
    assert parse(text) in FALLBACK


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hw much iz dis", "ask_price"), ("cancl ordr pls", "cancel_order"),
     ("wher my pakage", "order_status"), ("thnx m8", "thank")],
)  # fmt: skip
def test_requests_with_typos_are_not_taken_for_made_up_words(parse, text, intent):
    assert parse(text) == intent
