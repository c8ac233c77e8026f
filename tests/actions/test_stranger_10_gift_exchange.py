"""Stranger test 10, conversation 3 (docs/nlu/stranger-test-10.md): a jacket received as a birthday
present, too big, and no order number. The exchange answer and the way forward without a number;
the recipient is not spoken to as the buyer; a return is not asked for the number again; and in
"a medium instead of XL" the size wanted is the medium."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.order_details import ActionNoOrderNumber
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "help@shop.test")
    return ActionConversation(sender="gift", keep_messages=True)


GIFTS_THAT_DO_NOT_FIT = [
    "hi my aunt got me a jacket from you guys for my birthday but its way too big",
    "my gran bought me a coat from you for christmas but its too small",
    "got a sweater from your shop as a present and it doesnt fit me",
    "my boyfriend ordered me these boots as a gift but theyre a size too big",
    "someone gave me a gift from your store and it's the wrong size, what can i do",
    "my dad got me a blazer here for my bday, its too tight",
]


@pytest.mark.parametrize("text", GIFTS_THAT_DO_NOT_FIT)
def test_a_gift_that_does_not_fit_gets_the_exchange_answer_and_a_way_without_the_number(chat, text):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", text)

    assert "exchange" in turn.shown and "Was it a gift?" in turn.shown
    assert "help@shop.test" in turn.shown
    assert "No order number?" in turn.shown  # the way forward without it
    assert "refund goes back to the payment method you used" not in turn.shown  # not the buyer's


@pytest.mark.parametrize(
    "text",
    [
        "i dont have the order number, she bought it not me",
        "no order number, it was a gift",
        "i don't have an order number, my mum ordered it for me",
        "he bought it so i dont have the number",
        "it was a birthday present, i never got an order number",
        "i dont know the order number, my aunt sent it to me",
    ],
)
def test_no_order_number_from_a_gift_recipient_is_not_spoken_to_as_the_buyer(chat, text):
    turn = chat.run(ActionNoOrderNumber(), "no_order_number", text)

    assert "your order" not in turn.shown and "the email you ordered with" not in turn.shown
    assert "gift" in turn.shown and "help@shop.test" in turn.shown


def test_the_buyer_still_gets_where_to_find_their_number(chat):
    turn = chat.run(ActionNoOrderNumber(), "no_order_number", "i lost my order number")

    assert "the chat message that confirmed your order" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "ok whats the address to send it back to",
        "where do i send it back",
        "how do i return it then",
        "can i just post it back to you",
        "what address do returns go to",
        "i want to return it",
    ],
)
def test_a_return_after_no_order_number_says_how_instead_of_asking_for_it_again(chat, text):
    chat.run(
        ActionNoOrderNumber(),
        "no_order_number",
        "i dont have the order number, she bought it not me",
    )

    turn = chat.run(ActionReturnOrder(), "return_order", text)

    assert "Tell me the order number" not in turn.shown
    assert "help@shop.test" in turn.shown and "without the order number" in turn.shown
    assert "gift" in turn.shown  # the team is told who bought it


@pytest.mark.parametrize(
    "text, wanted, not_wanted",
    [
        ("i need a medium instead of XL", "M", "XL"),
        ("a small rather than a large please", "S", "L"),
        ("M not XL", "M", "XL"),
        ("i want a 40R instead of the 44R", "40R", "44R"),
        ("size 9 instead of 10", "9", "10"),
        ("i'd need a large, not a medium", "L", "M"),
    ],
)
def test_the_size_wanted_is_the_one_not_ruled_out(chat, extractor, text, wanted, not_wanted):
    sizes = {(e.value, e.role) for e in extractor.extract(text) if e.entity == "size"}
    assert (wanted, None) in sizes and (not_wanted, "excluded") in sizes

    chat.run(
        ActionSearchProducts(),
        "search_products",
        entities=[{"entity": "category", "value": "jackets"}],
    )
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert f"size {not_wanted}" not in turn.text
    assert chat.slots.get("size") in (wanted, None)


# --- C3.4: a product name that matches nothing in the catalog --------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "its the navy one, i think its called the harrow field jacket or something",
            "Harrow Field Jacket",
        ),
        ("the navy jacket, its called the aspen trail jacket i think", "Aspen Trail Jacket"),
        ("i think the jacket was named the kestrel field jacket", "Kestrel Field Jacket"),
        ("navy jacket, the name was the harrow field jacket", "Harrow Field Jacket"),
        ("it's the blue one called the Fenwick Jacket", "Fenwick Jacket"),
        ("the jacket is called harrow field or something", "Harrow Field"),
    ],
)
def test_a_name_that_matches_nothing_gets_an_honest_no_and_the_close_kind(
    chat, extractor, text, name
):
    say(chat, extractor, ActionSearchProducts(), "search_products", "jackets for men")

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert f"I can't find a {name}" in turn.text
    assert "None of the products on screen" not in turn.shown
    assert "jacket" in turn.text.lower().split("catalog.", 1)[1]  # the close kind is shown


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("i think its called the henley hopsack blazer", "Henley Hopsack Blazer"),
        ("the one called the fenwick", "Fenwick Suede Oxford"),
    ],
)
def test_a_name_that_matches_a_product_of_that_kind_still_opens_it(chat, extractor, text, title):
    say(chat, extractor, ActionSearchProducts(), "search_products", "jackets for men")

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert turn.text.startswith(title), turn.text


@pytest.mark.parametrize(
    "text",
    [
        "its the navy one, i think its called the harrow field jacket or something",
        "navy jacket, the name was the harrow field jacket",
        "i think the jacket was named the kestrel field jacket",
    ],
)
def test_a_name_that_matches_nothing_with_nothing_on_screen_is_said_too(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "I can't find a " in turn.text and "jacket" in turn.text.split("catalog.", 1)[1]
    assert "by Harrow" not in turn.text and "by Kestrel" not in turn.text
