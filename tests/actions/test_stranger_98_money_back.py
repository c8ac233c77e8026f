"""docs/nlu/stranger-test-98.md, B6-B7 (worst problem 1): "I bought a light blue oxford shirt from
you in September, washed it once at 40 degrees as the label said and it's shrunk a full size ...
I'd like my money back please, not another shirt." got "I have no business shirts with sleeves in
stock" and three shirts for sale; then "the order number has gone the way of all paper in this
house, but it was under arthur.pennington@btinternet.com" was asked for the number again.

Right: money back for something bought is a return: the shop's return rule and a request for the
order (no shirts for sale); the number said lost with the email given is taken as said, and the
way forward without a number follows, never the number asked for again."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import say_as_heard

ACTIONS = {
    "return_order": ActionReturnOrder,
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "inform": ActionTakeOrderDetails,
}
B6 = (
    "Now my other business: I bought a light blue oxford shirt from you in September, washed it "
    "once at 40 degrees as the label said and it's shrunk a full size, the sleeves are halfway up "
    "my arms. I'd like my money back please, not another shirt."
)
MONEY_BACK = [
    B6,
    "bought a shirt off u last month, washed it once and it shrank, i want my money back",
    "the chinos i ordered in october shrunk in the wash?? id like a refund not a new pair",
    "I purchased a cotton polo from you a few weeks ago and it shrank two sizes after one wash. "
    "Refund please.",
    "got a jumper from you guys in sept n its shrunk loads after washing, can i get my money back",
    "My husband bought a shirt here in the summer, it's gone too small after the first wash, "
    "we'd like our money back",
]
B7 = (
    "I'm afraid the order number has gone the way of all paper in this house, but it was under "
    "arthur.pennington@btinternet.com, if that's any help."
)
NUMBER_LOST = [
    B7,
    "the order number is long gone sorry, but it was under arthur.pennington@btinternet.com",
    "lost the order no. but my email is arthur.pennington@btinternet.com",
    "i threw the confirmation away so no number, email was arthur.pennington@btinternet.com",
    "I can't find the order number anywhere. It was arthur.pennington@btinternet.com though.",
]
FOR_SALE = ["in stock", "Eton Oxford", "1. "]


@pytest.mark.parametrize("text", MONEY_BACK)
def test_money_back_for_something_bought_is_a_return(chat, extractor, text):
    turn = say_as_heard(chat, extractor, ACTIONS, "search_products", text, confidence=0.99)

    shown = turn.shown
    assert not any(sale in shown for sale in FOR_SALE), shown
    assert "30 days" in shown, shown  # the shop's return rule
    assert "order number" in shown, shown  # which order


@pytest.mark.parametrize("text", NUMBER_LOST)
def test_number_lost_with_the_email_gives_the_way_forward(chat, extractor, text):
    say_as_heard(chat, extractor, ACTIONS, "search_products", B6, confidence=0.99, keep=True)

    turn = say_as_heard(chat, extractor, ACTIONS, "inform", text, confidence=0.46)

    shown = turn.shown
    assert "Now I only need the order number" not in shown, shown
    assert "help@harbourlane.example" in shown, shown
    assert "without the order number" in shown, shown
