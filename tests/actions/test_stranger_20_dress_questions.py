"""Stranger test 20 (docs/nlu/stranger-test-20.md, persona a): with the Coralie Linen Sundress in
focus, "i'm usually a uk 10, so maybe a small or medium? what sizes does it come in" got a shoe
size chart (#6), not the dress's sizes; and "does it crease loads?" got a catalog quote on linen
that says nothing about creasing (#5), where "I don't know from our catalog" was the answer."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say


def _coralie_in_focus(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "ooh a linen dress maybe? nothing too fancy, it's outdoors on grass lol")  # fmt: skip
    say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is the first one actually 100% linen or a blend? i get so itchy in polyester")  # fmt: skip
    assert chat.slots["current_product"] == "coralie-linen-sundress"


# --- #6: which sizes the dress in focus comes in, with a UK size said ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i'm usually a uk 10, so maybe a small or medium? what sizes does it come in",
        "im a uk 10 normally, what sizes does it come in?",
        "what sizes do you have it in? i'm a uk 12",
        "uk size 8 here, which sizes is it available in",
        "wat sizes does it come in, im usually uk 10 so s or m??",
    ],
)
def test_which_sizes_of_the_dress_in_focus_not_a_shoe_chart(chat, extractor, text):
    _coralie_in_focus(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.shown)
    assert "shoes are labelled" not in turn.shown
    assert "EU 40" not in turn.shown
    # the dress's own sizes
    assert "Coralie Linen Sundress" in turn.shown
    assert "XS" in turn.shown and "M" in turn.shown
    # the UK size in letters by the shop's one chart (commerce/sizes.py; stranger test 54)
    assert "in our dresses (the usual chart: US" in turn.shown and "UK " in turn.shown
    assert "I can't tell from our catalog how a UK" not in turn.shown
    assert chat.slots["current_product"] == "coralie-linen-sundress"


# --- #5: a question on creasing the catalog says nothing about -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does it crease loads? linen always looks like i slept in it by 3pm haha",
        "will it wrinkle much?",
        "does the linen crease easily",
        "is it gonna be a creased mess after sitting down all afternoon",
        "does it get all crumpled and wrinkly",
    ],
)
def test_creasing_not_in_the_catalog_is_not_answered_with_a_quote(chat, extractor, text):
    _coralie_in_focus(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    # Never a quote posing as the answer; its cloth may follow "doesn't say", as what it does say
    # (stranger test 69, problem 6: "it wrinkle much?" of Irish linen trousers).
    assert not turn.shown.startswith("Here's what our catalog says")
    assert "Our catalog doesn't say whether the Coralie Linen Sundress creases. It says:" in (
        turn.shown
    )
