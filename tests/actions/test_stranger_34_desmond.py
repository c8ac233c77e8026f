"""Stranger test 34 (docs/nlu/stranger-test-34.md), persona Desmond: what he was answered.

Desmond #3 (worst problem 2): "...just plain cotton, and not one of those skinny fitted ones the
young lads wear." found "2 white cotton slim fit shirts": a fit ruled out is excluded, and the
reply says so ("not slim fit"), never listing slim-fit shirts as if asked for.
Desmond #1 (a small misread): "charcoal I think, my old one is navy" searched "charcoal or navy";
the colour of what he already has is no colour to search.
Desmond #5 (worst problem 5): "If I order it today would it arrive before Thursday? I'm in Leeds"
got US dates and "Express... in time": a city said with a delivery question is recognised, and
where the shop ships (settings) is said first, never dates as if they applied there."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import listed, say, search

NOT_SLIM = [
    "Right. And I'll need a white shirt to go with it, collar 16 and a half, nothing fancy, just "
    "plain cotton, and not one of those skinny fitted ones the young lads wear.",
    "a white cotton shirt please, not skinny",
    "white shirt, nothing slim fit",
    "white cotton shirt, no slim fit please",
    "a plain white shirt, i hate skinny fits",
    "white shirt but not one of those slim fit ones",
]


@pytest.mark.parametrize("text", NOT_SLIM)
def test_a_fit_ruled_out_is_not_searched_for(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    lowered = turn.text.lower()
    assert "slim fit shirts" not in lowered and "slim fit dress shirts" not in lowered
    assert "not slim fit" in lowered or "without slim fit" in lowered


OLD_ONE_NAVY = [
    "I need a proper suit, charcoal I think, my old one is navy and frankly it's seen better days.",
    "a charcoal suit please, my old one is navy",
    "charcoal suit, I already have a navy one",
    "I'd like a charcoal suit; my current one is navy",
    "charcoal suit for an interview, the old one was navy",
]


@pytest.mark.parametrize("text", OLD_ONE_NAVY)
def test_the_colour_of_the_old_one_is_not_searched(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "navy" not in turn.text.lower().split("\n")[0]
    assert "charcoal" in turn.text.lower() and listed(turn.text)


IN_A_CITY = [
    (
        "If I order it today would it arrive before Thursday? I'm in Leeds, which I appreciate is a "
        "long way from wherever you are.",
        "the United Kingdom",
    ),
    ("would it get here by thursday? I live in Manchester", "the United Kingdom"),
    ("we're in Cork, how long does delivery take?", "Ireland"),
    ("delivery to Toronto?", "Canada"),
    ("how long would shipping take to Glasgow", "the United Kingdom"),
    ("can it arrive before friday, I'm in Sydney", "Australia"),
]


@pytest.mark.parametrize(("text", "place"), IN_A_CITY)
def test_a_city_abroad_is_told_where_the_shop_ships(chat, extractor, text, place):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.shown)
    assert turn.shown.startswith("We ship only to addresses in the United States")
    assert place in turn.shown
    assert "in time" not in turn.shown and "arrives by" not in turn.shown


def test_a_city_where_the_shop_ships_gets_a_yes(chat, extractor, monkeypatch):
    monkeypatch.setenv("SHOP_SHIPS_TO", "the United Kingdom")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
               "If I order it today would it arrive before Thursday? I'm in Leeds")  # fmt: skip

    print(turn.shown)
    assert "can't send" not in turn.shown
    assert turn.shown.startswith("Yes, we deliver to addresses in the United Kingdom.")


SLEEVES = [
    "The first one looks fine. Now, my late wife always said I had long arms, will the sleeves on "
    "the 42 long be long enough, do you know, or is that a silly question?",
    "will the sleeves be long enough? I've got long arms",
    "are the arms on the jacket long enough for someone tall",
    "is the leg length ok on the trousers, I have long legs",
    "how long are the sleeves on the 42L",
    "will it be broad enough in the shoulders",
]


@pytest.mark.parametrize("text", SLEEVES)
def test_a_garment_fit_question_never_gets_the_shoe_chart(chat, extractor, text):
    search(chat, extractor, "a charcoal suit for an interview, 42 long")
    chat.slots["current_product"] = "whitehall-two-piece-suit"

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.shown)
    assert "labelled in US sizes" not in turn.shown and "measure your foot" not in turn.shown
    assert "Whitehall" in turn.shown
    # The catalog's words and the team, or (said with a build: "long legs") a size to try.
    assert "help@harbourlane.example" in turn.shown or "I'd try" in turn.shown


@pytest.mark.parametrize("text", SLEEVES[1:])
def test_with_no_garment_in_view_the_shoe_chart_is_not_given(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.shown)
    assert "labelled in US sizes" not in turn.shown and "measure your foot" not in turn.shown
    assert "help@harbourlane.example" in turn.shown or "I'd try" in turn.shown


def test_the_first_one_s_sleeves_are_answered_from_the_catalog(chat, extractor):
    search(chat, extractor, "a charcoal suit for an interview, 42 long")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", SLEEVES[0])

    print(turn.shown)
    assert "doesn't give the sleeve or leg length of the Whitehall" in turn.shown
    assert "unhemmed" in turn.shown and "help@harbourlane.example" in turn.shown


SEARCH_FROM_A_CITY = [
    "a charcoal suit in 42 long for an interview next Thursday, I'm in Leeds",
    "I live in Manchester and need a charcoal suit by Thursday",
    "we're in Cork, a navy suit for a wedding on Saturday please",
    "need a black dress for a party tomorrow, delivery to Toronto",
    "interview on thursday, I need a suit, I'm in Glasgow",
]


@pytest.mark.parametrize("text", SEARCH_FROM_A_CITY)
def test_a_search_from_a_city_abroad_gives_no_dates(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "in time" not in turn.shown and "arrives" not in turn.shown
    assert "We ship only to addresses in the United States" in turn.shown


def test_the_catalog_s_own_fit_words_are_quoted(chat, extractor):
    chat.slots["current_product"] = "southwold-linen-shirt"

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", SLEEVES[1])

    print(turn.shown)
    assert "Regular fit" in turn.shown and "help@harbourlane.example" in turn.shown
