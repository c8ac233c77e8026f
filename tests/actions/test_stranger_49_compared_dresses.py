"""Stranger test 49 (docs/nlu/stranger-test-49.md, persona Ilona, worst problems 1 and 2): right
after the Rosalie vs Vivienne table ("The Vivienne Velvet Dress is $80.00 cheaper."), "And which is
cheaper, honestly? I don't mind paying a little more if the fabric is nicer though." started a new
search for dresses over $190; then, after "I'm leaning towards the wrap one", "I'll take it in a
small" bought the Ottilie Shift Dress in focus, not the wrap one.

A "which is cheaper / which is the better fabric" question right after a comparison is about the
two compared, answered from them ("I don't mind paying a little more" raises no budget); and a
description that picks one product on screen, said in passing ("leaning towards the wrap one",
"i like the green one"), puts that product in focus, so that "it" then means it."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say, search, shown_titles

ROSALIE, VIVIENNE, CALLA = "Rosalie Tea Dress", "Vivienne Velvet Dress", "Calla Pleated Midi Dress"


def compare_rosalie_and_vivienne(chat, extractor) -> list[str]:
    """Dresses listed, then the Rosalie and the Vivienne compared (as Ilona's turn 3 did); the
    titles on screen."""
    search(chat, extractor, "dresses for a work christmas dinner")
    shown = shown_titles(chat)
    turn = say(chat, extractor, ActionCompareProducts(), "compare_products",
               "Could you tell me a bit more about the rosalie tea dress and the vivienne velvet "
               "dress? I'd like to compare them before I decide anything.")  # fmt: skip
    assert "The Vivienne Velvet Dress is $80.00 cheaper." in turn.text, turn.text
    return shown


# --- problem 1: "which is cheaper?" of the two compared ----------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        # (as the classifier heard them)
        ("And which is cheaper, honestly? I don't mind paying a little more if the fabric is "
         "nicer though.", ActionSearchProducts(), "refine_search"),
        ("which one is cheaper?", ActionCompareProducts(), "compare_products"),
        ("so which is less expensive", ActionClarify(), "nlu_fallback"),
        ("ok which is cheaper of the two", ActionCompareProducts(), "compare_products"),
        ("and which one's cheaper honestly", ActionCompareProducts(), "compare_products"),
        ("which ones cheaper lol", ActionSearchProducts(), "refine_search"),
        ("which is cheaper? happy to pay a bit more for nicer fabric tho", ActionSearchProducts(),
         "search_products"),
        ("and which is cheaper, id pay more if the fabric is nicer", ActionCompareProducts(),
         "compare_products"),
    ],
)  # fmt: skip
def test_which_is_cheaper_after_a_comparison_is_about_the_two(
    chat, extractor, text, action, intent
):
    shown = compare_rosalie_and_vivienne(chat, extractor)

    turn = say(chat, extractor, action, intent, text)

    print(turn.shown)
    assert "I found" not in turn.text and "over $" not in turn.text, "not a new search"
    assert shown_titles(chat) == shown
    assert turn.text.startswith("The Vivienne Velvet Dress is cheaper: $109.00"), turn.text
    assert "$189.00 for the Rosalie Tea Dress" in turn.text
    query = next((e["value"] for e in turn.events if e.get("name") == "search_query"), None)
    assert query is None, "the budget stays as it was"


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("which is the better fabric?", ActionAnswerProductQuestion(), "ask_product_question"),
        ("which one has the nicer fabric", ActionSearchProducts(), "refine_search"),
        ("which is the better material", ActionCompareProducts(), "compare_products"),
        ("so which fabric is nicer?", ActionClarify(), "nlu_fallback"),
        ("ok which ones the better fabric then", ActionAnswerProductQuestion(),
         "ask_product_question"),
    ],
)  # fmt: skip
def test_which_is_the_better_fabric_after_a_comparison_names_each_ones(
    chat, extractor, text, action, intent
):
    compare_rosalie_and_vivienne(chat, extractor)

    turn = say(chat, extractor, action, intent, text)

    print(turn.shown)
    assert "I found" not in turn.text, "not a new search"
    lowered = turn.text.lower()
    assert "cotton" in lowered and "velvet" in lowered, turn.text
    assert ROSALIE in turn.text and VIVIENNE in turn.text


# --- problem 2: "the wrap one" said in passing puts it in focus ----------------------------------

TAKE_IT = "Alright, I'll take it in a small please."


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        # (as the classifier heard them)
        ("Okay, I think I'm leaning towards the wrap one, but before I commit, what's your return "
         "policy if it doesn't fit me properly?", ActionAnswerServiceQuestion(),
         "ask_return_policy"),
        ("im leaning towards the wrap one. can i return it if it doesnt fit?",
         ActionAnswerServiceQuestion(), "ask_return_policy"),
        ("I'm leaning towards the wrap one", ActionClarify(), "nlu_fallback"),
        ("i like the wrap one best", ActionAnswerServiceQuestion(), "complaint"),
        ("I think the velvet one. how long does delivery take?", ActionAnswerServiceQuestion(),
         "ask_delivery_time"),
        ("i like the green one, do you do free returns", ActionAnswerServiceQuestion(),
         "ask_return_policy"),
    ],
)  # fmt: skip
def test_the_one_leant_towards_is_the_one_taken(chat, extractor, text, action, intent):
    compare_rosalie_and_vivienne(chat, extractor)
    # "what about the third one": the Calla in focus.
    opened = say(
        chat,
        extractor,
        ActionSelectProduct(),
        "select_product",
        "what about the calla pleated midi dress",
    )
    assert CALLA in opened.text

    say(chat, extractor, action, intent, text)
    turn = say(chat, extractor, ActionStartCheckout(), "buy", TAKE_IT)

    print(turn.text)
    assert CALLA not in turn.text
    assert VIVIENNE in turn.text, turn.text


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("Okay, I think I'm leaning towards the wrap one, but before I commit, what's your return "
         "policy if it doesn't fit me properly?", ActionAnswerServiceQuestion(),
         "ask_return_policy"),
        ("leaning towards the wrap one tbh", ActionClarify(), "nlu_fallback"),
        ("I think the wrap one", ActionSelectProduct(), "select_product"),
        ("i like the wrap one, does standard shipping get here by the 11th",
         ActionAnswerServiceQuestion(), "ask_delivery_time"),
        ("hmm i think i prefer the wrap one. returns free?", ActionAnswerServiceQuestion(),
         "ask_return_policy"),
    ],
)  # fmt: skip
def test_the_wrap_one_by_its_name_with_another_in_focus(chat, extractor, text, action, intent):
    """As played: the Mirabel Wrap Dress, Sienna and Ottilie listed, the Ottilie opened."""
    search(chat, extractor, "dresses over $190")
    assert "Mirabel Wrap Dress" in shown_titles(chat)
    position = shown_titles(chat).index("Ottilie Shift Dress") + 1
    say(chat, extractor, ActionSelectProduct(), "select_product", f"number {position}")
    assert chat.slots.get("current_product") == "ottilie-shift-dress"

    say(chat, extractor, action, intent, text)
    turn = say(chat, extractor, ActionStartCheckout(), "buy", TAKE_IT)

    print(turn.text)
    assert "Ottilie" not in turn.text
    assert "Mirabel Wrap Dress" in turn.text, turn.text


@pytest.mark.parametrize(
    "text",
    [
        "i dont like the wrap one much, whats your return policy",
        "not keen on the velvet one tbh. can i return things?",
        "should i go with the wrap one? what's the return policy",
    ],
)
def test_a_dislike_or_a_question_puts_nothing_in_focus(chat, extractor, text):
    compare_rosalie_and_vivienne(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product",
        "what about the calla pleated midi dress")  # fmt: skip

    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)
    turn = say(chat, extractor, ActionStartCheckout(), "buy", TAKE_IT)

    print(turn.text)
    assert CALLA in turn.text and VIVIENNE not in turn.text, turn.text
