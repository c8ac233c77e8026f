"""Stranger test 58 (docs/nlu/stranger-test-58.md), persona Maureen, problem 4: after ordering,
"could I add a matching belt to that order? ... could you change it to an 8.5 instead?" got the
size answered and the belt never mentioned. A placed order takes no new items either: the reply
says so and offers to look for the belt for a new order."""

from __future__ import annotations

import json

import pytest

from actions.order_changes import ActionExplainOrderChange
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="ann")


@pytest.mark.parametrize(
    "text",
    [
        "Oh wait, silly me, could I add a matching belt to that order? And now I think of it my "
        "feet swell by the afternoon, so could you change it to an 8.5 instead?",
        "can you add a belt to my order and make it a 10.5?",
        "please change the size to 9.5 and also add a belt to the order",
        "could I put a matching belt in that order too, and switch to size 11?",
        "change it to a 10.5 and add a belt as well please",
    ],
)
def test_a_belt_added_with_a_size_change_is_answered_too(chat, extractor, order_number, text):
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order", text)

    assert f"I can't change the size of order {order_number}" in turn.text
    assert "can't add belts" in turn.text
    searches = [b for b in turn.buttons if b["payload"].startswith("/search_products")]
    assert (
        searches
        and json.loads(searches[0]["payload"][len("/search_products") :])["category"] == "belts"
    )
    assert "/cancel_order" in [b["payload"] for b in turn.buttons]


def test_a_size_change_alone_mentions_no_item(chat, extractor, order_number):
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order",
               "can I change the size on my order to 10.5?")  # fmt: skip

    assert "can't add" not in turn.text
    assert [b["payload"] for b in turn.buttons] == ["/cancel_order"]
