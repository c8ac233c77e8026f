"""Known misses about the list on screen and a product shown earlier (issue 13).

1. With several shoes on screen, "which of them are cushioned" / "which ones have a padded insole"
   / "any of these non-slip?" got a paragraph for each product ("Here's what our catalog says
   about each: • Linnet Heeled Chelsea Boot: “…” • Wren Suede Chelsea Boot: our catalog doesn't
   say how comfortable it is. …"), or, heard as a search, a new list of every cushioned shoe.
   "Which of them ...?" is a selection: the products shown that the catalog describes with it,
   named; plainly that it doesn't say for the others; and where it says it of none of them, so
   (with those of the search it does say it of).
2. A bag shown earlier, then other searches: "I take the bag from before" / "the bag you showed
   me earlier" / "go back to that bag", with no bag in focus, listed bags again. The one bag shown
   or opened earlier comes back in focus ("I take it" buys it, asking its size or colour as the
   checkout does); with several shown, which of those, a button each.

The actions run on rasa-sdk's real Tracker against the demo store; what the catalog says of each
product is read from the demo catalog itself.
"""

from __future__ import annotations

import csv

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import DEMO_TITLES, say, shown_titles
from tests.conftest import DEMO_CATALOG


def _catalog_words() -> dict[str, str]:
    """Title -> the words the catalog has for it (title, description, tags), lower case."""
    with DEMO_CATALOG.open(encoding="utf-8") as file:
        return {
            row["Title"]: f"{row['Title']} {row['Body (HTML)']} {row['Tags']}".lower()
            for row in csv.DictReader(file)
            if row["Title"]
        }


CATALOG_WORDS = _catalog_words()
# What the lexicon reads as each feature in a product's words (catalog/lexicon.yml `features`).
SAID_AS = {
    "cushioned": ("cushion",),
    "non-slip": ("non-slip", "slip-resistant", "grippy", "anti-slip"),
    "padded insole": ("padded insole", "padded footbed"),
}


def _womens_shoes(chat, extractor) -> list[str]:
    say(chat, extractor, ActionSearchProducts(), "search_products", "womens shoes")
    titles = shown_titles(chat)
    assert len(titles) >= 3, titles
    return titles


def _ask(chat, extractor, intent: str, text: str):
    action = ActionAnswerProductQuestion() if intent == "ask_product_question" else None
    return say(chat, extractor, action or ActionSearchProducts(), intent, text)


def _says(title: str, feature: str) -> bool:
    return any(word in CATALOG_WORDS[title] for word in SAID_AS[feature])


# --- 1. "which of them are cushioned?": a selection of those on screen ----------------------------


@pytest.mark.parametrize("intent", ["ask_product_question", "refine_search"])
@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("which of them are cushioned", "cushioned"),
        ("which ones are cushioned?", "cushioned"),
        ("r any of these cushioned", "cushioned"),
        ("do any of them have cushioning", "cushioned"),
        ("any of these non-slip?", "non-slip"),
        ("which of them are non-slip", "non-slip"),
        ("are any of them slip-resistant", "non-slip"),
        ("which ones are grippy?", "non-slip"),
    ],
)
def test_which_of_them_names_those_the_catalog_says_it_of(chat, extractor, intent, text, feature):
    before = _womens_shoes(chat, extractor)
    having = [title for title in before if _says(title, feature)]
    assert having and len(having) < len(before), "the demo list has some with it, not all"

    turn = _ask(chat, extractor, intent, text)

    print(turn.shown)
    assert "about each" not in turn.shown, "a selection, not a paragraph each"
    for title in before:
        assert title in turn.shown, title
    said, _, others = turn.shown.partition("doesn't say for the others")
    assert others, turn.shown
    assert all(title in said for title in having), turn.shown
    assert not any(title in said for title in before if title not in having), turn.shown
    # Those it says it of are the list now ("the first one" is one of them).
    assert shown_titles(chat) == having


@pytest.mark.parametrize("intent", ["ask_product_question", "refine_search"])
@pytest.mark.parametrize(
    "text",
    [
        "which ones have a padded insole",
        "do any of them have a padded insole",
        "which of these have padded insoles",
        "any of them got a padded footbed?",
        "r any of these padded insole",
    ],
)
def test_which_of_them_when_none_shown_has_it_says_so(chat, extractor, intent, text):
    before = _womens_shoes(chat, extractor)
    assert not any(_says(title, "padded insole") for title in before)

    turn = _ask(chat, extractor, intent, text)

    print(turn.shown)
    assert "about each" not in turn.shown
    assert f"doesn't say any of these {len(before)} have a padded insole" in turn.shown
    # Then those of the search it does say it of, as the list now.
    titles = shown_titles(chat)
    assert titles and all(_says(title, "padded insole") for title in titles), titles


def test_a_ranking_of_the_list_is_still_answered_for_each(chat, extractor):
    """ "Which of them is the most comfortable" asks for no selection: each product's own words."""
    _womens_shoes(chat, extractor)

    turn = _ask(chat, extractor, "ask_product_question", "which of them is the most cushioned")

    print(turn.shown)
    assert "about each" in turn.shown


# --- 2. "the bag from before": the bag shown earlier, back in focus -------------------------------

BAGS_SHOWN = ["stockholm-leather-briefcase", "malmo-weekender-bag", "uppsala-laptop-messenger"]
WEEKENDER = "malmo-weekender-bag"  # in stock in Brown only, one size: nothing left to ask
RIDGEWAY = "ridgeway-chelsea-boot"


def _bags_then_boots(chat, extractor, open_a_bag: bool) -> None:
    """Bags listed (one of them opened, or none), then boots found and one of them opened."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "show me bags")
    assert (chat.slots.get("shown_results") or {}).get("handles") == BAGS_SHOWN
    if open_a_bag:
        say(chat, extractor, ActionSelectProduct(), "select_product", "the second one")
        assert chat.slots["current_product"] == WEEKENDER
    say(
        chat, extractor, ActionSearchProducts(), "search_products", "now mens chelsea boots size 10"
    )
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    assert chat.slots["current_product"] == RIDGEWAY


# How the stranger and others point back at it, and the intent each is heard as.
POINTING_BACK = [
    ("I take the bag from before", "buy"),
    ("ok i'll take the bag from before, not the shoes", "buy"),
    ("the bag you showed me earlier", "select_product"),
    ("go back to that bag", "select_product"),
    ("the bag from earlier", "search_products"),
    ("what about the bag you showed me before", "search_products"),
    ("can i see that bag again", "search_products"),
    ("add the bag from before to my cart", "add_to_cart"),
]
ACTIONS = {
    "buy": ActionStartCheckout,
    "select_product": ActionSelectProduct,
    "search_products": ActionSearchProducts,
    "add_to_cart": ActionAddToCart,
}


@pytest.mark.parametrize(("text", "intent"), POINTING_BACK)
def test_the_one_bag_opened_before_comes_back(chat, extractor, text, intent):
    _bags_then_boots(chat, extractor, open_a_bag=True)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "I found" not in turn.shown, "not bags listed again"
    assert "Malmo Weekender Bag" in turn.shown
    assert chat.slots["current_product"] == WEEKENDER
    if intent == "buy":  # bought as the checkout does: its details asked next
        assert chat.slots.get("checkout_variant"), turn.shown
    if intent == "add_to_cart":
        assert "cart" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize(("text", "intent"), POINTING_BACK)
def test_with_several_bags_shown_before_it_asks_which_of_those(chat, extractor, text, intent):
    _bags_then_boots(chat, extractor, open_a_bag=False)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown, turn.buttons)
    assert "I found" not in turn.shown, "not bags listed again"
    assert [DEMO_TITLES[handle] for handle in BAGS_SHOWN] == [b["title"] for b in turn.buttons]
    # A tap goes on with what was asked: buying it, adding it, or opening it.
    tapped = {"buy": "/buy", "add_to_cart": "/add_to_cart"}.get(intent, "/select_product")
    assert all(button["payload"].startswith(tapped) for button in turn.buttons), turn.buttons
    assert chat.slots["current_product"] == RIDGEWAY, "nothing bought or opened yet"


@pytest.mark.parametrize(
    "text",
    [
        "go back to that bag",
        "can we go back to that bag you showed me",
        "back to that bag pls",
        "ok going back to that bag",
        "get back to that bag",
    ],
)
def test_going_back_to_a_bag_is_no_return_of_an_order(extractor, text):
    """The classifier hears "go back to that bag" as a return: it points at a product shown."""
    resolution = resolve_intent("return_order", 0.70, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "select_product"


@pytest.mark.parametrize(
    "text",
    [
        "i want to return the bag i bought before",
        "can the bag go back to you",
        "send the bag back please",
        "how do i return a bag i had before",
    ],
)
def test_a_bag_to_send_back_is_still_a_return(extractor, text):
    resolution = resolve_intent("return_order", 0.70, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent == "return_order"
