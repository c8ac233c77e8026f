"""A question about one product asked with another question about it, where one half was dropped
(docs/nlu/stranger-test-83.md, B2; docs/nlu/stranger-test-84.md, B2 and B4):

- "does the first dress come in blue as well, and is it machine washable?" got only the washing
  answer (or a search for blue dresses); now the first dress's stock in blue, then its care.
- "Does the second one come in navy as well, and is it true to size?" got navy in 8 and 8.5 and
  no word on fit; now the fit from the catalog's words too (or an honest "I don't know").
- "which of those is the cheapest? And ... whether it can go in the washing machine, because I'll
  be living out of a suitcase" got "we don't sell suitcases" and three bags; the suitcase is said in
  passing, so now the cheapest of the dresses shown, then whether it can be machine-washed."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# What such a message may be heard as (the model heard 83 B2 as a search).
HEARD = ["search_products", "check_availability", "ask_product_question", "nlu_fallback"]
CARE_ANSWERED = ("how to care for", "wash")


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


# 83 B2: the first dress's colour and its washing, in one message.
FLORAL = "I'd love a floral midi dress in size 12, ideally something under $150"
BLUE_AND_WASHING = [
    "Oh those look lovely, but does the first dress come in blue as well, and is it machine "
    "washable? I spill everything.",  # the doc's
    "does the first one come in blue? and can it go in the washing machine",
    "is the 1st dress available in blue, also is it machine washable lol i spill everything",
    "does the first dress come in blue too and can i machine wash it?",
    "first one in blue? and is it machine washable",
]


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", BLUE_AND_WASHING)
def test_the_first_dress_in_blue_and_its_washing_are_both_answered(chat, extractor, text, heard):
    """docs/nlu/stranger-test-83.md, B2: blue from the store, then the care answer."""
    search(chat, extractor, FLORAL)
    first = shown_titles(chat)[0]

    shown = _said(chat, extractor, heard, text).shown

    assert "I found" not in shown, shown  # no new search for blue dresses
    stock, _, care = shown.partition("\n")
    assert first in stock and "Blue" in stock and "stock" in stock, shown
    assert any(word in care.lower() for word in CARE_ANSWERED), shown
    assert chat.slots.get("current_product"), chat.slots


# 84 B2: navy in 8 and 8.5, and the fit.
FLATS = "comfortable black flats in a women's size 8, nothing over $120"
NAVY_AND_FIT = [
    "Oh those look nice. Does the second one come in navy as well, and is it true to size? I'm "
    "usually between an 8 and an 8.5",  # the doc's
    "does it come in navy? and is it true to size, im between an 8 and 8.5",
    "do they come in navy too, and do they run small? I'm between an 8 and an 8.5",
    "Does the first one come in navy as well, and how does it fit? I'm between an 8 and an 8.5",
    "is the 1st one available in navy? also are they true to size",
]


@pytest.mark.parametrize(
    "heard", ["check_availability", "ask_size_guide", "ask_product_question", "nlu_fallback"]
)
@pytest.mark.parametrize("text", NAVY_AND_FIT)
def test_navy_and_the_fit_are_both_answered(chat, extractor, text, heard):
    """docs/nlu/stranger-test-84.md, B2: navy from the store, then the fit from the catalog."""
    search(chat, extractor, FLATS)
    flat = shown_titles(chat)[0]

    shown = _said(chat, extractor, heard, text).shown

    assert "I found" not in shown, shown
    assert flat in shown and "Navy" in shown and "in stock" in shown, shown
    # The catalog's own words on its fit ("a true-to-size fit"), or "I don't know" said plainly.
    assert "true-to-size" in shown or "don't know" in shown, shown


# 84 B4: the cheapest of those shown, and its washing; the luggage said in passing.
NAVY_DRESSES = (
    "a navy dress for a client dinner, something smart but not too fancy, size 10, under $150"
)
CHEAPEST_AND_WASHING = [
    "Hmm, which of those is the cheapest? And could you tell me whether it can go in the washing "
    "machine, because I'll be living out of a suitcase.",  # the doc's
    "which one is cheapest? and can it be machine washed cuz im always travelling w a backpack",
    "which of those is the cheapest? is it machine washable? my luggage is tiny",
    "whats the cheapest of them, and can i throw it in the washing machine? i live out of my "
    "backpack",
    "Which of these is the cheapest? Also, can it go in the washer, since I'm only taking a "
    "carry-on.",
]


@pytest.mark.parametrize(
    "heard", ["nlu_fallback", "out_of_scope", "select_product", "ask_product_question"]
)
@pytest.mark.parametrize("text", CHEAPEST_AND_WASHING)
def test_the_cheapest_shown_and_its_washing_no_suitcases(chat, extractor, text, heard):
    """docs/nlu/stranger-test-84.md, B4: the cheapest dress shown, then whether it washes."""
    search(chat, extractor, NAVY_DRESSES)
    titles = shown_titles(chat)
    assert len(titles) >= 2, titles

    shown = _said(chat, extractor, heard, text).shown

    assert "suitcase" not in shown.lower() and "backpack" not in shown.lower(), shown
    assert "Harriet Shirt Dress" in shown.splitlines()[0], shown  # $89.50, the cheapest shown
    assert "care for" in shown or "wash" in shown.lower(), shown
    assert chat.slots.get("current_product") == "harriet-shirt-dress", chat.slots


LUGGAGE_IN_PASSING = [
    "because I'll be living out of a suitcase",
    "cuz im always travelling w a backpack",
    "my luggage is tiny",
    "i live out of my backpack",
    "since I'm only taking a carry-on",
]


@pytest.mark.parametrize("remark", LUGGAGE_IN_PASSING)
def test_luggage_said_in_passing_is_no_wish(extractor, remark):
    """The luggage of a remark in passing is no kind asked for."""
    found = extractor.extract(f"can it go in the washing machine, {remark}")
    assert not [e for e in found if e.entity == "category"], found


@pytest.mark.parametrize(
    "text",
    ["do you sell suitcases", "I need a backpack for travelling", "a carry-on suitcase please",
     "show me backpacks, my old backpack is falling apart"],
)  # fmt: skip
def test_luggage_asked_for_is_still_a_wish(extractor, text):
    """(control) Luggage asked for stays a kind wanted."""
    found = extractor.extract(text)
    assert any(e.entity == "category" for e in found), found
