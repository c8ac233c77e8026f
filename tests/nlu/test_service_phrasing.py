"""The weakest service intents (issue 8) in shoppers' own words, read by the trained model: a
complaint that ends in a question or is about the website is a complaint, a question about how
returns work is the return policy (not a return of the shopper's own order), a sign-up typed with
typos is account help, and asking to order by phone is a question about reaching the team (since
stranger test 27: whether the team takes phone orders, from the settings, and an offer to order in
the chat; it was `buy`, which answered with a checkout and not the question). Angry messages about something
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
        ("can i place an order by phone", "ask_contact"),  # (was buy: stranger test 27)
        ("i want buy this shoe", "buy"),
        ("how can i place order for 2 piece", "buy"),
        ("where's the buy button", "buy"),
        ("i'll get them", "buy"),
    ],
)  # fmt: skip
def test_service_intents_in_shoppers_words(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # complaints that name a kind of product (once a search) or a cancelled paid order
        ('my feet are bleeding after wearing your "comfortable" loafers for an hour', "complaint"),
        ("the boots you sent me are two different sizes, left is a 9 and right is a 10", "complaint"),
        ("the website said in stock, took my money, then cancelled my order 2 days later. joke", "complaint"),
        ("the tuxedo jacket has a burn mark on the sleeve!!! how did this pass any check", "complaint"),
        ("nobody answers the phone, nobody answers emails, what kind of business is this", "complaint"),
        # the returns rules: final sale (once the fallback), where and what is refunded
        ("are there items that are final sale", "ask_return_policy"),
        ("can i return in person or does it have to be by post", "ask_return_policy"),
        ("do i get the shipping cost back if i return", "ask_return_policy"),
        ("if the shoes dont fit can i send them back or nah", "ask_return_policy"),
        ("do you take back ties once the packaging is opened", "ask_return_policy"),
        # the account on the website: order history (once order_status), signing out (once the
        # fallback), profile details
        ("can i see my order history somewhere", "account_help"),
        ("how do i log out of my account on a shared computer", "account_help"),
        ("where do i edit my personal details", "account_help"),
        ("i have two profiles with different emails, can they become one", "account_help"),
        ("what's the difference between guest checkout and having an account", "account_help"),
        # asking after a placed order without the usual words
        ("is there a problem with my order? still not here", "order_status"),
        ("what courier is my order with", "order_status"),
        ("the shoes i ordered for the wedding, will they be here on time", "order_status"),
        ("hello? my order??", "order_status"),
        ("my tracking hasn't moved since friday", "order_status"),
        # buying the product on screen in a few words ("lets get it" was once the fallback)
        ("lets get it", "buy"),
        ("sign me up for a pair of those", "buy"),
        ("i'll go for the black ones", "buy"),
        ("can i order the brown ones in 9", "buy"),
        ("that one, buy it", "buy"),
        # their neighbours: how data is used or a failing login is not account help (each once
        # misread)
        ("how do you use my personal information", "ask_privacy"),
        ("cant log in to my account", "password_help"),
    ],
)  # fmt: skip
def test_weakest_intents_in_fresh_customer_words(parse, text, intent):
    # Session 12 (helper nlu): messages from its own fresh set, never trained on.
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
