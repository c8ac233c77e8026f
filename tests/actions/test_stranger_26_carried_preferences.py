"""Stranger test 26 (docs/nlu/stranger-test-26.md, worst problem 5): what the shopper said about
whom the shoes are for was dropped. With boots on screen, "womens 7.5 uk? or like us 9.5 idk" got
only the general size guide ("UK sizes are about one size below US for men and two below for
women"); later the jackets were "for men", and the boots went in the cart as "US 9.5 / EU 42.5", a
men's size.

Right: the UK size is turned into the US one by the size guide's rule, said in one line ("UK 7.5
women's is US 9.5"), and the boots on screen narrowed to women's in that size; women's stays for
the next searches and the cart. Likewise a teen's taste said once ("she likes black", "he only
wears dark stuff") holds for each later search for them until another colour is named. (Money
words and budgets of the same test: test_stranger_26_money_words.py.)"""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from commerce.sizes import us_shoe_size_from_uk
from tests.actions.conversation_driver import say, search, shown_titles

BOOTS = "hey so i mostly run but my mates dragged me into hiking lol. need boots that can handle wet trails"
WOMENS_BOOTS = {"Linnet Heeled Chelsea Boot", "Wren Suede Chelsea Boot", "Heather Chelsea Boot"}


# ---------------------------------------------------------------------------------------------
# A UK shoe size with women's (Jess 2, 6, 8)
# ---------------------------------------------------------------------------------------------


def test_the_uk_to_us_rule_is_the_size_guides():
    """The size guide says it in words; the conversion is that rule, not another."""
    assert "one size below US for men and two below for women" in " ".join(
        faq_answer("size_guide").split()
    )
    assert us_shoe_size_from_uk("uk7.5", "female") == "us9.5"
    assert us_shoe_size_from_uk("uk9", "male") == "us10"
    assert us_shoe_size_from_uk("us9", "female") is None


@pytest.mark.parametrize("intent", ["ask_size_guide", "search_products"])
@pytest.mark.parametrize(
    ("text", "uk", "us"),
    [
        ("womens 7.5 uk? or like us 9.5 idk", "7.5", "9.5"),
        ("im a uk 5 womens", "5", "7"),
        ("uk 6 in womens please", "6", "8"),
        ("ladies uk 7", "7", "9"),
        ("womens size uk 4.5", "4.5", "6.5"),
    ],
)
def test_a_womens_uk_size_narrows_the_boots_to_womens_in_the_us_size(
    chat, extractor, intent, text, uk, us
):
    search(chat, extractor, BOOTS)
    action = ActionAnswerServiceQuestion() if intent == "ask_size_guide" else ActionSearchProducts()

    turn = say(chat, extractor, action, intent, text)

    print(turn.text)
    assert f"UK {uk} women's is US {us}" in turn.text
    assert "To measure your foot" not in turn.text, "not the whole size guide"
    titles = shown_titles(chat)
    assert titles and set(titles) <= WOMENS_BOOTS, titles
    query = chat.slots["search_query"]
    assert query["gender"] == "female" and query["size"] == f"us{us}"


def test_womens_stays_for_the_jacket_and_the_boots_go_in_the_cart_in_her_size(chat, extractor):
    search(chat, extractor, BOOTS)
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide",
        "womens 7.5 uk? or like us 9.5 idk")  # fmt: skip
    boot = shown_titles(chat)[0]

    added = say(
        chat, extractor, ActionAddToCart(), "add_to_cart", "add the first one in 9.5, black pls"
    )

    print(added.text)
    assert boot in added.text and "US 9.5 / EU 40.5" in added.text
    assert "EU 42.5" not in added.text

    jackets = search(chat, extractor, "ok what about a jacket")

    print(jackets.text)
    assert "for men" not in jackets.text
    assert chat.slots["search_query"].get("gender") == "female"


# ---------------------------------------------------------------------------------------------
# A teen's taste, said once (the brief of stranger test 26's fixes)
# ---------------------------------------------------------------------------------------------


# "Dark" is any of the shop's dark colours (catalog/lexicon.yml).
DARK = ("black", "navy", "charcoal")


@pytest.mark.parametrize(
    ("intro", "taste", "colours"),
    [
        ("something for my 15 year old daughter", "she likes black", ("black",)),
        ("my son is 16, need a gift for him", "he only wears black", ("black",)),
        ("shopping for my teenage niece", "she loves navy", ("navy",)),
        ("gift for a 14 year old boy", "hes into green", ("green",)),
        ("my 16 year old son needs clothes", "he only wears dark stuff", DARK),
        ("my 17yo daughter", "she only wears dark colours", DARK),
        ("gift for my 15 year old nephew", "he likes dark clothes", DARK),
        ("my teenage daughter needs stuff", "shes into darker colors", DARK),
        ("my son is 16", "hes all dark everything", DARK),
    ],
)  # fmt: skip
def test_a_teens_taste_carries_into_each_later_search(chat, extractor, intro, taste, colours):
    search(chat, extractor, intro)
    search(chat, extractor, taste)
    search(chat, extractor, "what about a jacket")

    turn = search(chat, extractor, "and shoes?")

    print(turn.text)
    heading = turn.text.lower().split("\n")[0]
    # The dark colours are named as the group they are ("shoes in dark colours"; stranger test 37).
    said = (*colours, "dark colours") if colours == DARK else colours
    assert any(colour in heading for colour in said), heading
    first = next(line for line in turn.text.split("\n") if line.startswith("1. "))
    assert any(colour.title() in first for colour in colours), first
