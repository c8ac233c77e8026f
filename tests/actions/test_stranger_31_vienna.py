"""Stranger test 31 (docs/nlu/stranger-test-31.md), persona "ingrid_vienna", an Austrian woman
writing formal non-native English, worst problems 2, 3 and 4:

- "Do you send also to Austria? How long it takes?" got only the dispatch rule and shipping times,
  never whether the shop ships to Austria. A question naming a country is told first where the shop
  ships (`SHOP_SHIPS_TO`, from the settings), in her words and others'.
- "size 38" for an evening dress was kept as her usual dress size and searched as is ("I have no
  gowns in size 38"). An EU dress size is turned into the catalog's US size by the standard
  conversion (commerce/sizes.py), said in one line; where the kind has only letter sizes, that is
  said and she is asked. A foreign size is never kept as hers. "maximum 250 Euro" was taken as $250
  without a word: a budget in another currency is said to be taken as is.
- "Must I pay customs or taxes extra when it comes to Austria?" got the off-topic fallback. Customs
  and import-tax questions get the shop's own answer (`customs_duties` in content/faq.yml, which the
  shop owner edits), with the contact details for what it doesn't know.
"""

from __future__ import annotations

import pytest

from actions.profile import ActionRememberSize
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from commerce.sizes import dress_letter_from_us, us_dress_size_from_eu
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say, search

# --- "Do you send also to Austria?": where the shop ships ---------------------------------------


@pytest.mark.parametrize(
    ("intent", "text", "place"),
    [
        ("ask_delivery_time", "Do you send also to Austria? How long it takes?", "Austria"),
        ("ask_shipping", "you send also to Austria?", "Austria"),
        ("ask_shipping", "is shipping possible to Austria", "Austria"),
        ("ask_shipping", "can you deliver in Germany", "Germany"),
        ("ask_shipping", "do you post to Canada", "Canada"),
        ("ask_shipping", "do you deliver to vienna?", "Austria"),
        ("ask_shipping", "is it possible to send the dress to switzerland", "Switzerland"),
        ("ask_delivery_time", "how many days for delivery to belgium", "Belgium"),
    ],
)
def test_a_country_question_is_told_where_the_shop_ships(chat, extractor, intent, text, place):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    print(turn.shown)
    assert turn.shown.startswith("We ship only to addresses in the United States")
    assert place in turn.shown


def test_where_the_shop_ships_comes_from_the_settings(chat, extractor, monkeypatch):
    monkeypatch.setenv("SHOP_SHIPS_TO", "Austria")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
               "Do you send also to Austria? How long it takes?")  # fmt: skip

    print(turn.shown)
    assert "can't send" not in turn.shown
    assert turn.shown.startswith("Yes, we deliver to addresses in Austria.")
    assert "business days" in turn.shown


# --- Customs and import taxes -------------------------------------------------------------------

CUSTOMS_QUESTIONS = [
    "Must I pay customs or taxes extra when it comes to Austria?",
    "do i have to pay import duties?",
    "are there customs fees for orders to canada",
    "will I be charged duty on delivery",
    "is VAT included for EU orders",
    "any costums charges when the parcel arrives?",
    "do I pay import tax on top of the price",
]


@pytest.mark.parametrize("text", CUSTOMS_QUESTIONS)
@pytest.mark.parametrize("intent", ["ask_shipping", "ask_delivery_time"])
def test_a_customs_question_gets_the_shops_customs_answer(chat, extractor, text, intent):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    print(turn.shown)
    assert turn.text == faq_answer("customs_duties")
    assert "the United States" in turn.text  # where the shop ships, from the settings
    assert "help@harbourlane.example" in turn.text  # whom to ask what it doesn't know


@pytest.mark.parametrize("text", CUSTOMS_QUESTIONS)
@pytest.mark.parametrize("heard", ["out_of_scope", "nlu_fallback", "ask_payment_methods"])
def test_a_customs_question_is_a_shipping_question_whatever_was_heard(text, heard):
    resolution = resolve_intent(heard, 0.57, [], text, None)

    assert resolution is not None and resolution.intent == "ask_shipping"


@pytest.mark.parametrize(
    "text", ["heavy duty work boots", "a custom made suit", "do you do custom tailoring"]
)
def test_other_words_are_no_customs_question(text):
    resolution = resolve_intent("out_of_scope", 0.57, [], text, None)

    assert resolution is None or resolution.intent != "ask_shipping"


def test_the_shop_owners_customs_answer_is_what_is_said(chat, extractor, tmp_path, monkeypatch):
    faq = tmp_path / "faq.yml"
    faq.write_text("customs_duties:\n  answer: Duties to the EU are paid by us ({ships_to}).\n")
    monkeypatch.setenv("SHOP_FAQ_PATH", str(faq))
    monkeypatch.setenv("SHOP_SHIPS_TO", "Austria")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_shipping",
               CUSTOMS_QUESTIONS[0])  # fmt: skip

    assert turn.text == "Duties to the EU are paid by us (Austria)."


# --- EU dress sizes -----------------------------------------------------------------------------

OPERA_BALL = (
    "Good day. I am searching a long evening dress for the Opera ball in Vienna in January, "
    "size 38 please."
)


def test_the_standard_eu_to_us_dress_conversion():
    assert us_dress_size_from_eu("38") == "us6"
    assert us_dress_size_from_eu("eu42") == "us10"
    assert us_dress_size_from_eu("39") is None  # no such EU dress size
    assert us_dress_size_from_eu("us8") is None


@pytest.mark.parametrize(
    ("text", "eu", "us"),
    [
        (OPERA_BALL, "EU 38", "US 6"),
        ("do you have evening gowns in size 40?", "EU 40", "US 8"),
        ("I need a gown for a ball, european size 36", "EU 36", "US 4"),
        ("ball gown size 42 please", "EU 42", "US 10"),
        ("I search a long gown in 38, black", "EU 38", "US 6"),
    ],
)
def test_an_eu_dress_size_is_searched_in_the_us_size(chat, extractor, text, eu, us):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert f"{eu} is {us}" in turn.shown
    # The US size, or its letter where only letter-sized ones fit (stranger test 54: the chart).
    us_key = us.lower().replace(" ", "")
    assert chat.slots["search_query"]["size"] in (us_key, dress_letter_from_us(us_key))
    assert "Got it: size" not in turn.shown  # no foreign size kept as hers
    assert f"no gowns in size {eu.split()[1]}" not in turn.shown


def test_the_converted_size_stays_for_the_next_message(chat, extractor):
    search(chat, extractor, OPERA_BALL)

    turn = search(
        chat, extractor, "It should be in dark blue or black, not too expensive, maximum 250 Euro.",
        intent="refine_search",
    )  # fmt: skip

    print(turn.shown)
    assert "size 38" not in turn.shown
    assert chat.slots["search_query"]["size"] in ("us6", "s")  # US 6 is an S by the chart


def test_dresses_sized_in_letters_take_the_letter_of_the_us_size(chat, extractor):
    # "dresses" are the dresses (XS to XL) and the gowns (some US 2 to 14, some XS to XL); no
    # cocktail dress is made in US 4, so the letter the chart gives (stranger test 54).
    turn = search(chat, extractor, "I need a cocktail dress in EU 36")

    print(turn.shown)
    assert "EU 36 is US 4, an S in our dresses" in turn.shown
    assert chat.slots["search_query"]["size"] == "s"
    assert "Got it: size" not in turn.shown


def test_a_kind_with_letter_sizes_only_gets_the_letter(chat, extractor, monkeypatch):
    # A shop whose dresses are all sized in letters: the letter of the US size, by the chart.
    monkeypatch.setattr(
        "actions.eu_dress_sizes.available_sizes", lambda session, query: ("XS", "S", "M", "L")
    )

    turn = search(chat, extractor, "I need a cocktail dress in EU 36")

    print(turn.shown)
    assert turn.shown.startswith("EU 36 is US 4, an S in our dresses (the usual chart")
    assert chat.slots["search_query"]["size"] == "s"
    assert "Got it: size" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "I am usually a 38 in dresses",
        "my dress size is 38",
        "I wear 38 in dresses, european size",
        "im a eu 38 in dresses",
        "I take size 38 in gowns",
    ],
)
def test_an_eu_dress_size_stated_as_hers_is_kept_as_the_us_size(chat, extractor, text):
    turn = say(chat, extractor, ActionRememberSize(), "state_size", text)

    print(turn.shown)
    assert "EU 38 is US 6" in turn.shown
    assert "size US 6 in dresses" in turn.shown
    assert "size 38 in dresses" not in turn.shown


# --- A budget in another currency ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("It should be in dark blue or black, not too expensive, maximum 250 Euro.", "euros"),
        ("gowns under 300 euros", "euros"),
        ("a dress up to €200", "euros"),
        ("black gown max 250 EUR", "euros"),
        ("evening dress, budget 400 pounds", "pounds"),
        ("a gown under £300 please", "pounds"),
    ],
)
def test_a_budget_in_another_currency_is_said_to_be_taken_as_is(chat, extractor, text, said):
    search(chat, extractor, "evening gowns")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.shown)
    assert f"in dollars, not {said}" in turn.shown


def test_a_budget_in_dollars_gets_no_currency_note(chat, extractor):
    turn = search(chat, extractor, "evening gowns under $300")

    assert "not euros" not in turn.shown and "not pounds" not in turn.shown
