"""Stranger test 4 (docs/nlu/stranger-test-4.md), turn by turn through the actions: the shopper's
words go through the real catalog extractor, the actions run on rasa-sdk's real Tracker against
the demo store. The journeys in journeys/stranger_4_* play the same over the REST channel; these
pin down what the actions do whichever intent the classifier picks."""

from __future__ import annotations

import pytest

from actions.checkout import ActionPlaceOrder, ActionReviewOrder
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def followups(turn) -> list[str]:
    return [event["name"] for event in turn.events if event["event"] == "followup"]


@pytest.mark.parametrize(
    ("intent", "action"),
    [("choose_shipping", ActionReviewOrder), ("place_order", ActionPlaceOrder)],
)
def test_taking_the_cheaper_one_buys_it_whatever_the_intent(chat, extractor, intent, action):
    # Seen: "ok ill take the cheaper one" read as a choice of shipping, with no checkout going
    # on, answered "There's nothing to check out right now".
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "k show me loafers in 8 under 150",
    )
    turn = say(chat, extractor, action(), intent, "ok ill take the cheaper one")
    assert "nothing to check out" not in turn.text
    assert "Albany Penny Loafer" in turn.text  # $115, the Dalston is $149.50
    assert chat.slots["current_product"] == "albany-penny-loafer"


def test_the_cheaper_one_at_the_order_review_is_still_the_shipping(chat, extractor):
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "k show me loafers in 8 under 150",
    )
    chat.slots.update(
        checkout_key="k" * 32, checkout_variant=None, checkout_from_cart=False,
        customer_name="Ann Lee", customer_email="ann@example.com",
        customer_address="12 Harbour Lane, 02110 Boston",
    )  # fmt: skip
    turn = say(chat, extractor, ActionReviewOrder(), "choose_shipping", "the cheaper shipping one")
    assert "Which colour" not in turn.text and "Albany" not in turn.text


def test_is_it_silk_is_about_the_dress_in_focus_not_the_silk_one_on_screen(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "a dress for a wedding")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the calla one")
    assert chat.slots["current_product"] == "calla-pleated-midi-dress"
    turn = say(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", "is it pure silk?"
    )
    assert "whether the Calla Pleated Midi Dress is silk" in turn.text
    assert "Liana" not in turn.text
    turn = say(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "is it lined or is it see through",
    )  # fmt: skip
    assert "whether the Calla Pleated Midi Dress is lined" in turn.text
    assert "made of" not in turn.text


def test_a_material_the_catalog_names_otherwise_is_quoted_never_a_yes(chat, extractor):
    say(chat, extractor, ActionSelectProduct(), "product_details", "the fenwick suede oxford")
    turn = say(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", "is it patent?"
    )
    assert turn.text.startswith("Our catalog doesn't say the Fenwick Suede Oxford is patent.")
    assert "suede" in turn.text


def test_does_it_run_big_quotes_the_product_in_focus(chat, extractor):
    say(chat, extractor, ActionSelectProduct(), "product_details", "the heather chelsea boot")
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", "does it run big or small"
    )
    assert "true to size" in turn.text and "Heather Chelsea Boot" in turn.text
    # With nothing in focus, the general size guide.
    chat.slots["current_product"] = None
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", "does it run big or small"
    )
    assert "Heather" not in turn.text


def test_flats_instead_keep_the_wedding_and_so_does_a_bag(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "need a dress for my cousins wedding in june")  # fmt: skip
    turn = say(
        chat, extractor, ActionSearchProducts(), "refine_search",
        "hmm something flat instead, my feet hurt in heels",
    )  # fmt: skip
    assert "flats for wedding" in turn.text and "other than heels" not in turn.text
    assert chat.slots["shown_results"]["handles"] == ["elodie-satin-evening-flat"]
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "ok and a bag?")
    assert chat.slots["shown_results"]["handles"] == ["sigtuna-velvet-evening-bag"]
    # A new kind asked for afresh starts afresh.
    say(chat, extractor, ActionSearchProducts(), "search_products", "show me bow ties")
    assert "occasions" not in chat.slots["search_query"]


def test_a_follow_up_that_changes_nothing_says_what_it_did_not_understand(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "chelsea boots")
    shown = chat.slots["shown_results"]
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "any in mulberry?")
    assert "“mulberry”" in turn.text and "haven't changed your search" in turn.text
    assert chat.slots["shown_results"] == shown


def test_asking_for_a_kind_the_shop_does_not_sell_gets_a_plain_no(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "do you do gift cards")
    assert turn.text.startswith("Sorry, we don't sell gift cards.")
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "do u sell sunglasses")
    assert turn.text.startswith("Sorry, we don't sell sunglasses.")
    assert "Tie" not in turn.text  # ties are no "nearest" to sunglasses
