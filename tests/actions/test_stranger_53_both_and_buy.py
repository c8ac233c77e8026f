"""Stranger test 53 (docs/nlu/stranger-test-53.md, worst problems 5 and 4).

Problem 5 (Rachel, turn 6): "I'm a women's 8 normally but sometimes 8.5 in sandals, does that one
come in both?" under the flats shown got the general size guide: each of the two sizes is asked
of the product looked at (or of each product on screen), and answered.

Problem 4 (Linh, turn 6): "ok buy" bought the product opened before another list replaced it,
silently: a purchase is of the product in view; with a list shown since, and nothing said that
picks one, the bot asks which."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import listed, say, shown_titles

BOTH = [
    "I'm a women's 8 normally but sometimes 8.5 in sandals, does that one come in both?",
    "does it come in both 8 and 8.5?",
    "8 and 8.5, do you have both?",
    "im an 8 or 8.5, either in stock?",
    "sometimes 8 sometimes 8.5 - does this come in both sizes?",
]


@pytest.mark.parametrize("text", BOTH)
def test_both_sizes_of_the_one_opened(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "flats for women")
    first = shown_titles(chat)[0]
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "measure your foot" not in turn.text
    assert first in turn.text
    assert "8.5" in turn.text and "8 " in turn.text.replace("8.5", "")


@pytest.mark.parametrize("text", BOTH[:3])
def test_both_sizes_of_each_on_screen(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "flats for women")
    titles = shown_titles(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "measure your foot" not in turn.text
    assert all(title in turn.text for title in titles), titles
    assert "8.5" in turn.text


def test_both_colours_of_the_one_opened(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "sneakers")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the altus leather low")

    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide",
        "does it come in both white and tan?",
    )  # fmt: skip

    print(turn.text)
    assert "Altus" in turn.text and "White" in turn.text and "Tan" in turn.text


def test_a_guide_question_still_gets_the_guide(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "flats for women")

    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", "how do sizes work?"
    )

    assert "measure your foot" in turn.text


@pytest.mark.parametrize("buy", ["ok buy", "buy", "i'll buy", "ok purchase pls", "buy now"])
@pytest.mark.parametrize("then", ["under 100", "black boots for women size 7"])
def test_buy_after_another_list_asks_which(chat, extractor, buy, then):
    say(chat, extractor, ActionSearchProducts(), "search_products", "sneakers")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the altus leather low")
    other = say(chat, extractor, ActionSearchProducts(), "search_products", then)
    assert listed(other.text) and "Altus" not in other.text, other.text

    turn = say(chat, extractor, ActionStartCheckout(), "buy", buy)

    print(turn.text)
    assert "I need a few details" not in turn.text
    assert "Which" in turn.text or "which" in turn.text
    assert {b["title"] for b in turn.buttons} & set(shown_titles(chat)), turn.buttons


@pytest.mark.parametrize("buy", ["ok buy it", "buy this one", "buy the altus"])
def test_buy_it_after_opening_still_buys_it(chat, extractor, buy):
    say(chat, extractor, ActionSearchProducts(), "search_products", "sneakers")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the altus leather low")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", buy)

    print(turn.text)
    assert "Altus" in turn.text
