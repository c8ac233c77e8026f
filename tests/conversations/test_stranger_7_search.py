"""Stranger test 7 (docs/nlu/stranger-test-7.md), the search wishes it got wrong: the shopper's
words go through the real catalog extractor and intent resolution, the actions run on rasa-sdk's
real Tracker against the demo store. The classifier's guesses are those the stranger's messages
got from the trained model."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def wanted(extractor, text: str) -> set[tuple[str, str]]:
    """What the message asks for (not what it rules out)."""
    return {(e.entity, e.value) for e in extractor.extract(text) if e.role is None}


def ruled_out(extractor, text: str) -> set[tuple[str, str]]:
    return {(e.entity, e.value) for e in extractor.extract(text) if e.role == "excluded"}


# --- E.1: an occasion the shopper does not want ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "dont want to look like im going to a job interview but not too casual either",
        "i don't want to look like i'm off to an interview",
        "something for a wedding, but not for a black tie thing",
        "nothing too formal please",
    ],
)
def test_an_occasion_the_shopper_does_not_want_is_ruled_out(extractor, text):
    asked = wanted(extractor, text)
    assert not {value for entity, value in asked if entity == "occasion"} - {"wedding"}, asked
    assert {entity for entity, _ in ruled_out(extractor, text)} == {"occasion"}


@pytest.mark.parametrize(
    "text",
    [
        "i have a first date on friday",
        "need something for date night",
        "an outfit for a dinner date",
        "going to a fancy restaurant with my wife",
    ],
)
def test_a_date_or_a_fancy_dinner_is_an_evening_out(extractor, text):
    assert ("occasion", "evening") in wanted(extractor, text)
    assert ("ordinal", "1") not in wanted(extractor, text)  # "first date" picks no product


def test_a_dinner_date_outfit_that_is_not_for_an_interview(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "ok so i have a first date on friday at a kinda fancy italian place and i have "
               "literally nothing to wear. im a guy, 30s, dont want to look like im going to a "
               "job interview but not too casual either?? help")  # fmt: skip
    heading = turn.text.splitlines()[0]
    # (said as ruled out, "not for interview", since exclusions of occasions are searched)
    assert "for interview" not in heading.replace("not for interview", ""), turn.text
    assert "interview" not in chat.slots["search_query"].get("occasions", ()), chat.slots
    # ... and it does not come back when the shopper narrows the search to shirts.
    shirts = say(chat, extractor, ActionSearchProducts(), "refine_search",
                 "hmm maybe something like a nice shirt")  # fmt: skip
    assert "for interview" not in shirts.text.splitlines()[0].replace("not for interview", ""), (
        shirts.text
    )


# --- A.2: the cheapest / priciest of those on screen --------------------------------------------


@pytest.mark.parametrize(
    ("text", "classifier"),
    [
        ("whats the cheapest of those", "nlu_fallback"),
        ("which of these is cheapest", "nlu_fallback"),
        ("which of them is the most expensive?", "compare_products"),
        ("what's the cheapest one of them", "ask_price"),
    ],
)
def test_a_superlative_over_the_list_picks_a_product(extractor, text, classifier):
    resolution = resolve_intent(classifier, 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "select_product", resolution


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("whats the cheapest of those", "Hampton Wholecut Oxford"),
        ("which of these is cheapest", "Hampton Wholecut Oxford"),
        ("the most expensive one there", "Windsor Patent Oxford"),
    ],
)
def test_the_cheapest_of_those_opens_it(chat, extractor, text, title):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "need something smart, black probably, size 11 for a wedding")  # fmt: skip
    shown = chat.slots["shown_results"]["handles"]
    assert len(shown) > 1

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert chat.slots["current_product"] in shown, turn.text
    assert turn.text.startswith(title) or f"the {title}" in turn.text.split("\n")[0], turn.text


# --- C.9: anything on sale, after a list -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "classifier"),
    [
        ("nah too much. anything on sale", "ask_price"),
        ("whats discounted", "ask_price"),
        ("any deals on these?", "nlu_fallback"),
    ],
)
def test_asking_for_sale_items_is_a_search(extractor, text, classifier):
    resolution = resolve_intent(classifier, 0.82, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "search_products", resolution


@pytest.mark.parametrize("text", ["is it on sale?", "is the osprey discounted", "is this reduced"])
def test_asking_whether_the_product_is_on_sale_stays_a_price_question(extractor, text):
    resolution = resolve_intent("ask_price", 0.82, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent == "ask_price", resolution


def test_anything_on_sale_after_a_list_shows_the_sale(chat, extractor):
    # "anything on sale?" after a search is the shop's sale (as "what's popular?" is its best
    # sellers); "any deals on these?" stays with the list. Either way: sale items, not a price.
    say(chat, extractor, ActionSearchProducts(), "search_products", "yo need cheap sneakers")
    resolution = resolve_intent("ask_price", 0.82, extractor.extract("nah too much. anything on "
                                "sale"), "nah too much. anything on sale", None)  # fmt: skip
    turn = say(chat, extractor, ActionSearchProducts(), resolution.intent,
               "nah too much. anything on sale")  # fmt: skip
    assert chat.slots["search_query"].get("on_sale"), chat.slots["search_query"]
    assert "sale" in turn.text.splitlines()[0].lower(), turn.text
    assert "$" in turn.text and "was $" in turn.text, turn.text


# --- E.8: a bare letter size -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [("medium", "M"), ("a medium", "M"), ("small", "S"), ("Large.", "L"), ("XL", "XL"),
     ("medium please", "M"), ("M", "M")],
)  # fmt: skip
def test_a_letter_size_said_alone_is_a_size(extractor, text, size):
    assert ("size", size) in wanted(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["a shirt in medium brown", "heels with a medium heel", "the medium heel ones",
     "a medium sized bag", "medium grey trousers"],
)  # fmt: skip
def test_medium_describing_a_shade_or_a_heel_is_no_size(extractor, text):
    assert "size" not in {entity for entity, _ in wanted(extractor, text)}


def test_medium_after_a_shirt_search_narrows_it_to_size_m(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "casual shirts for men")
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "medium")
    assert "in size M" in turn.text.splitlines()[0], turn.text


# --- A.1: a width the catalog does not record ---------------------------------------------------


def test_a_wide_fit_is_not_dropped_without_a_word(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "need something smart, black probably, size 11 wide if you do wide")  # fmt: skip
    assert "wide" in turn.text.lower(), turn.text
    assert chat.slots["shown_results"]["handles"], turn.text  # still shows the shoes


def test_a_long_wish_torn_between_search_and_refine_is_searched(extractor):
    # Seen once "first date" read as an evening out: search 0.50, refine 0.46, and the ambiguity
    # threshold fell back ("Sorry, I'm not sure I understood") though both run the same search.
    text = ("ok so i have a first date on friday at a kinda fancy italian place and i have "
            "literally nothing to wear. im a guy, 30s, dont want to look like im going to a "
            "job interview but not too casual either?? help")  # fmt: skip
    scores = {"search_products": 0.5, "refine_search": 0.46, "out_of_scope": 0.02}
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None,
                                scores=scores)  # fmt: skip
    assert resolution is not None and resolution.intent == "search_products", resolution
    # ... but not when something else is as likely.
    unsure = {"refine_search": 0.35, "out_of_scope": 0.25, "search_products": 0.1}
    resolution = resolve_intent("nlu_fallback", 0.4, [], "so what should i wear then", None,
                                scores=unsure)  # fmt: skip
    assert resolution is None or resolution.intent == "nlu_fallback", resolution
