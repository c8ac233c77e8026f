"""Known misses, session 14: leftovers of stranger tests 31 and 32 (docs/nlu/stranger-test-31.md,
-32.md), in the answers (the readings are in tests/nlu/test_known_misses_14_readings.py).

1. "two of the same tie for me and my twin", "two identical ties for us": two of one product, as
   "matching ties for me n my twin bro" gets (commerce/recommend/matching.py `same_for_both`).
2. "is the tax extra for Austria": the shop's customs answer (`customs_duties`).
3. "do you have it in 38?" with a gown open checked the gown for a size 38 it isn't made in; an EU
   dress size is its US size there too, as in a dress search, and that is said.
4. "wrong house number, it's 47" after ordering asked for the whole address: a lone house number
   replaces the address's house number, asked back before anything changes.
5. "my sister needs shoes for a funeral": women's shoes, as "shoes for my sister" gets.
"""

from __future__ import annotations

import pytest

from actions.address_corrections import corrected_address
from actions.after_sales import ActionChangeOrderAddress
from actions.conversation import CURRENT_PRODUCT
from actions.discovery import ActionCheckAvailability
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say, search, shown_titles
from tests.actions.test_stranger_32_priya_after_sales import follow_up, place_order

# --- 1. the same product for two ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "two of the same tie for me and my twin",
        "the same tie for me and my brother",
        "two identical ties for us",
        "2 identical ties for us please",
        "same tie for me n my twin bro",
    ],
)
def test_the_same_tie_for_two_is_two_of_one_tie(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "for both of you" in turn.text and "take 2 of the same one" in turn.text
    titles = shown_titles(chat)
    assert titles and all(title.endswith(" Tie") for title in titles), titles


# --- 2. tax with a country ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is the tax extra for Austria",
        "do i pay tax on top in Germany",
        "are taxes included if you ship to canada?",
        "will there be any tax when it's delivered to the UK",
        "do I have to pay tax on delivery",
    ],
)
def test_tax_with_a_country_gets_the_customs_answer(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping", text)

    print(turn.shown)
    assert turn.text == faq_answer("customs_duties")


# --- 3. an EU size asked of the gown open ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["do you have it in 38?", "is it available in size 38", "do you have this in a 38",
     "does it come in 38", "have it in EU 38?"],
)  # fmt: skip
def test_an_eu_size_asked_of_a_gown_is_its_us_size(chat, extractor, text):
    chat.slots[CURRENT_PRODUCT] = "genevieve-off-shoulder-gown"

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    assert "EU 38 is US 6" in turn.text
    assert "size 38" not in turn.text
    assert "US 6" in turn.text.split("\n", 1)[1]


def test_a_size_asked_of_shoes_is_not_converted(chat, extractor):
    chat.slots[CURRENT_PRODUCT] = "windsor-patent-oxford"

    turn = say(
        chat, extractor, ActionCheckAvailability(), "check_availability", "do you have it in 10?"
    )

    print(turn.text)
    assert "in our dresses" not in turn.text


# --- 4. a lone house number -----------------------------------------------------------------------

HOUSE_NUMBERS = [
    "wrong house number, it's 47",
    "the number should be 47",
    "sorry the house number is 47",
    "i typed the wrong number, its 47",
    "house no. should be 47 pls",
    "oops wrong house number! 47",
]


@pytest.mark.parametrize("text", HOUSE_NUMBERS)
@pytest.mark.parametrize(
    ("address", "corrected"),
    [("45 Elm Street, 10001 New York", "47 Elm Street, 10001 New York"),
     ("Flat 3, 45 Elm Street, 10001 New York", "Flat 3, 47 Elm Street, 10001 New York")],
)  # fmt: skip
def test_a_lone_house_number_replaces_the_house_number(text, address, corrected):
    assert corrected_address(address, text) == corrected


@pytest.mark.parametrize(
    "text", ["wrong address", "my phone number is 5551234567 and the address is wrong",
             "the house number is wrong", "order number 47 has the wrong address"],
)  # fmt: skip
def test_no_lone_house_number_changes_nothing(text):
    assert corrected_address("45 Elm Street, 10001 New York", text) is None


def test_a_lone_house_number_is_asked_back(chat, demo_store_url):
    place_order(chat)

    turn = chat.run(
        ActionChangeOrderAddress(), "change_order_address", "wrong house number, it's 47"
    )

    assert chat.slots.get("new_address") == "47 Elm Street, 10001 New York"
    assert follow_up(turn) == ["action_check_order_address"]


# --- 5. the relative who needs it -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gender"),
    [("my sister needs shoes for a funeral", "female"), ("my brother needs shoes", "male"),
     ("my mum wants a belt", "female"), ("my dad needs boots for a funeral", "male"),
     ("my wife is looking for sneakers", "female")],
)  # fmt: skip
def test_the_relative_who_needs_it_is_whom_the_search_is_for(chat, extractor, text, gender):
    search(chat, extractor, text)

    assert chat.slots["search_query"].get("gender") == gender, chat.slots["search_query"]
