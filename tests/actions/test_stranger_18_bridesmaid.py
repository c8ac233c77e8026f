"""Stranger test 18, persona (a), a bridesmaid (docs/nlu/stranger-test-18.md): "what would go with
the dress? like a little bag" got 18 other dresses; "how much would the dress and the shoes come
to together" got a dress search; "blush or nude?" got "I have no blush or nude" with beige pairs
on screen; "shoes i can stand in all day, nothing with a crazy high heel" dropped both wishes and
offered a bridal pump to a bridesmaid."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import say, search, shown_titles

FIRST = (
    "hiii so im a bridesmaid at my cousins wedding next month and the colour scheme is dusty pink "
    "and sage green, do you have dresses in those colours??"
)
SHOES = (
    "also i need shoes i can literally stand in all day, like ceremony + photos + reception, "
    "nothing with a crazy high heel"
)


def dress_then_shoes(chat, extractor) -> None:
    """The stranger's first seven messages: the Rosalie Tea Dress opened, then shoes listed."""
    search(chat, extractor, FIRST)
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "ooh the second one looks cute, what sizes does it come in")  # fmt: skip
    assert chat.slots["current_product"] == "rosalie-tea-dress"
    search(chat, extractor, SHOES)
    search(chat, extractor, "block heel or flats would be ideal, size 7.5 womens")
    search(chat, extractor, "do any of them come in blush or nude?", "refine_search")
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "which one is the most comfortable for standing all day")  # fmt: skip


# --- a8: "what would go with the dress? like a little bag" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "and what would go with the dress? like a little bag or something",
        "what goes with this dress",
        "what bag would go with the dress",
        "anything to match the dress? shoes or a clutch",
        "wat would go w the dress, a bag maybe?",
    ],
)
def test_what_goes_with_the_dress_opened_earlier(chat, extractor, text):
    dress_then_shoes(chat, extractor)

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with", text)

    print(turn.shown)
    assert "I found" not in turn.shown
    assert "Rosalie Tea Dress" in turn.shown
    titles = shown_titles(chat)
    assert titles and not any("Dress" in title for title in titles), titles
    bags = [title for title in titles if any(w in title for w in ("Bag", "Clutch", "Tote"))]
    assert bags, titles
    if "shoes" not in text:  # a bag first, as she asked for one (or for nothing in particular)
        assert titles[0] in bags, titles


def test_what_goes_with_the_dress_while_a_shoe_is_open(chat, extractor):
    dress_then_shoes(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    assert chat.slots["current_product"] == "lucia-block-heel-pump"

    turn = say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
               "and what would go with the dress? like a little bag or something")  # fmt: skip

    print(turn.shown)
    assert "Rosalie Tea Dress" in turn.shown
    titles = shown_titles(chat)
    assert titles and not any("Dress" in title for title in titles), titles
    assert any(word in titles[0] for word in ("Bag", "Clutch", "Tote")), titles


# --- a9: "how much would the dress and the shoes come to together" ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how much would the dress and the shoes come to together",
        "how much for the dress and the shoes together",
        "whats the dress + shoes gonna cost me altogether",
        "the dress and the shoes, how much is that combined?",
        "total for the dress and shoes?",
    ],
)
def test_dress_and_shoes_together_is_a_total(chat, extractor, text):
    dress_then_shoes(chat, extractor)
    say(chat, extractor, ActionSuggestOutfit(), "ask_what_goes_with",
        "and what would go with the dress? like a little bag or something")  # fmt: skip

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "I found" not in turn.shown and "Let's start" not in turn.shown
    assert "Rosalie Tea Dress" in turn.shown
    assert "$189.00" in turn.shown
    assert "Lucia Block-Heel Pump" in turn.shown


def test_a_budget_in_total_is_still_a_search(chat, extractor):
    dress_then_shoes(chat, extractor)

    turn = search(chat, extractor, "need another dress and shoes, under 400 in total")

    print(turn.shown)
    assert "Together" not in turn.shown
    assert chat.slots["search_query"].get("price_max") == "400"


# --- a6: "do any of them come in blush or nude?" ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do any of them come in blush or nude?",
        "any in nude?",
        "do they come in a nude colour",
        "got any of these in sand or camel",
        "NUDE ones?",
    ],
)
def test_nude_is_the_catalogs_beige(chat, extractor, text):
    search(chat, extractor, FIRST)
    search(chat, extractor, "block heel or flats would be ideal, size 7.5 womens")

    turn = search(chat, extractor, text, "refine_search")

    print(turn.shown)
    assert "I have no" not in turn.shown and "Not in" not in turn.shown
    assert "Lucia Block-Heel Pump" in shown_titles(chat)
    assert "Beige" in turn.shown or "Tan" in turn.shown


def test_blush_is_the_catalogs_pink(chat, extractor):
    turn = search(chat, extractor, "blush dresses for a wedding")

    print(turn.shown)
    assert "I have no" not in turn.shown
    assert "Rosalie Tea Dress" in shown_titles(chat)


def test_champagne_is_the_catalogs_gold(chat, extractor):
    turn = search(chat, extractor, "a champagne colour dress please")

    print(turn.shown)
    assert "I have no" not in turn.shown
    assert "Sienna Satin Slip Dress" in shown_titles(chat)


# --- a4: shoes to stand in all day, nothing with a crazy high heel ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        SHOES,
        "i need shoes i can stand in all day, nothing with a crazy high heel",
        "shoes for the wedding, nothing too high, i'll be standing all day",
        "comfy shoes please, im on my feet all day, no high heels",
        "shoes i can stand all day in. not a super high heel pls",
    ],
)
def test_shoes_to_stand_in_all_day_keep_comfort_and_a_low_heel(chat, extractor, text):
    search(chat, extractor, FIRST)

    turn = search(chat, extractor, text)

    print(turn.shown)
    query = chat.slots["search_query"]
    assert "comfortable" in (query.get("features") or []), query
    assert "low heel" in (query.get("features") or []), query
    titles = shown_titles(chat)
    assert titles, turn.shown
    assert not any("Bridal" in title for title in titles), titles
    assert not any("Stiletto" in title for title in titles), titles


def test_a_bridesmaid_gets_no_bridal_shoes(chat, extractor):
    search(chat, extractor, FIRST)

    search(chat, extractor, "and satin heels for the wedding?")

    titles = shown_titles(chat)
    print(titles)
    assert titles and not any("Bridal" in title for title in titles), titles


@pytest.mark.parametrize(
    "text",
    ["im the bride! need bridal heels for my wedding", "bridal shoes please", "any bridal pumps?"],
)
def test_bridal_shoes_asked_for_are_shown(chat, extractor, text):
    search(chat, extractor, text)

    titles = shown_titles(chat)
    print(titles)
    assert any("Bridal" in title for title in titles), titles
