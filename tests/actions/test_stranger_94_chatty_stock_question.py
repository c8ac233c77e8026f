"""docs/nlu/stranger-test-94.md, B2 (worst problem 1): after the walking shoes were listed (B1),
"Oh those look nice. Does the first one come in size 7, and is it comfortable enough for walking
all day? My feet aren't what they used to be!" fell back ("Sorry, I'm not sure I understood") with
a "Make a complaint" button. The classifier was unsure (fallback 0.40; stock 0.28, a question 0.24,
a complaint 0.19): the small talk around a plain question, not the question. Right: the first
product's stock in size 7, and for "comfortable for walking all day" what the catalog says of it
(or that it doesn't say), never "not sure I understood" and never a complaint."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# The model heard the doc's B2 as unsure (0.40); with less small talk, as its stock (0.45-0.65),
# then a question about it, then a complaint.
HEARD = ["nlu_fallback", "check_availability", "ask_product_question", "complaint", "out_of_scope"]

B1 = (
    "Good morning! I'm off to Lisbon for a week and I'll be walking on cobbles a lot, so I need "
    "comfortable walking shoes for myself, women's size 7, ideally in navy or beige, and nothing "
    "with a heel please."
)
FIRST = "Osprey Slip-On"
CHATTY_STOCK_QUESTIONS = [
    "Oh those look nice. Does the first one come in size 7, and is it comfortable enough for "
    "walking all day? My feet aren't what they used to be!",  # the doc's
    "ooh lovely. first one in a size 7?? and is it comfy for walking all day, my feet arent what "
    "they were lol",
    "Those are nice! Do you have the first one in a 7, and would it be comfortable for walking "
    "around all day? I'm not as young as I used to be!",
    "the 1st one looks nice, does it come in size 7 and is it comfy enough to walk in all day? "
    "bad feet these days haha",
    "Oh how pretty. Is the first one available in size 7, and is it comfortable for a full day of "
    "walking? My poor old feet!",
    "Lovely, thank you dear. Is the first one in stock in a 7? And is it comfortable to walk in "
    "all day? My feet get so tired now.",
]


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", CHATTY_STOCK_QUESTIONS)
def test_stock_in_size_7_and_comfort_are_answered(chat, extractor, text, heard):
    search(chat, extractor, B1)
    assert shown_titles(chat)[0] == FIRST, shown_titles(chat)

    turn = say_as_heard(chat, extractor, ACTIONS, heard, text)
    shown = turn.shown

    assert "not sure I understood" not in shown, shown
    assert "complaint" not in shown.lower(), shown
    assert "complaint" not in " ".join(b["title"].lower() for b in turn.buttons), turn.buttons
    assert "I found" not in shown, shown  # no new search
    # The first one's stock in size 7.
    assert FIRST in shown, shown
    assert " 7" in shown and ("in stock" in shown.lower() or "sold out" in shown.lower()), shown
    # Comfort for walking all day: the catalog's words (a padded insole), or that it doesn't say.
    assert "padded insole" in shown or "doesn't say" in shown or "doesn't give" in shown, shown
    assert "standing" not in shown, shown  # she asked about walking
