"""Stranger test 61 (docs/nlu/stranger-test-61.md, persona godmother, worst problem 5): "could you
tell me a little more about the second one? Is it suitable for church, do you think?" (for a
christening) got only the catalog's "ideal for the office and cocktail parties". Right: a question
whether a product suits an occasion is answered from the catalog's occasion tags for it (yes, it is
listed for that; or it isn't, and what it is listed for), never a guess; its own line may follow."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say_and_keep

GODMOTHER = (
    "Hello there! My niece has asked me to be godmother at her baby's christening in April, which "
    "is such an honour, and I would love something elegant but not too flashy, maybe a dress in a "
    "soft blue or lilac, I am usually a size medium and I don't want to spend more than 200 "
    "dollars."
)
ABOUT_THE_SECOND = (
    "Oh those are lovely, but could you tell me a little more about the second one? Is it "
    "suitable for church, do you think?"
)


def test_the_second_one_for_church_says_what_it_is_listed_for(chat, extractor):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", GODMOTHER)
    second = listed(shown.shown)[1].split(". ", 1)[1].split(" by ")[0]

    turn = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", ABOUT_THE_SECOND
    )

    assert f"doesn't list the {second} for church" in turn.shown, turn.shown
    assert "it lists it for " in turn.shown or "any other occasion" in turn.shown


# (question, title, yes?, what the answer names as listed)
QUESTIONS = [
    ("is the mirabel wrap dress ok for church?", "Mirabel Wrap Dress", False, "the office"),
    ("Mirabel Wrap Dress appropriate for a funeral?", "Mirabel Wrap Dress", False, "cocktail"),
    ("would the lancaster linen blazer work for a christening", "Lancaster Linen Blazer", True,
     "weddings"),
    ("can i wear the Lancaster Linen Blazer to a wedding?", "Lancaster Linen Blazer", True,
     "weddings"),
    ("is the mirabel wrap dress good for the office", "Mirabel Wrap Dress", True, "the office"),
    ("soho velvet blazer suitable for a cocktail party??", "Soho Velvet Blazer", True, "cocktail"),
    ("can i wear the mirabel wrap dress to a wedding", "Mirabel Wrap Dress", False, "the office"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "yes", "listed_for"), QUESTIONS)
def test_an_occasion_asked_of_a_product_is_answered_from_its_tags(
    chat, extractor, text, title, yes, listed_for
):
    turn = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    )

    first = turn.shown.split("\n")[0]
    if yes:
        assert first.startswith(f"Yes, our catalog lists the {title} for "), turn.shown
    else:
        assert first.startswith(f"Our catalog doesn't list the {title} for "), turn.shown
    assert listed_for in first, turn.shown
