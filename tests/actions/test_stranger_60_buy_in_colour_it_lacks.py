"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Hamza, worst problem 4): with one dress
in focus (the Vivienne Velvet, in M, its colours asked), "ok i buy the dress in M navy" ran a new
search for navy dresses, dropping the dress, its size and the budget. Right: the dress in focus
does not come in navy, said so with its colours as buttons, the size kept, and a tap goes on
with the purchase."""

from __future__ import annotations

import json

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import say

DRESS = "Vivienne Velvet Dress"
BUY_IN_NAVY = [
    "ok i buy the dress in M navy",
    "i'll take it in navy",
    "buy that one navy size M",
    "ok the dress, navy, M",
    "i want to buy the dress in navy pls",
    "ill take that one in navy size m",
]


def _dress_in_focus(chat, extractor) -> None:
    """Hamza's way there: long-sleeved dresses, M under $120 (the Vivienne alone), its colours,
    then a shirt for himself."""
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "need long dress for my wife for eid, modest, long sleeve pls")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "search_products", "size M. not more 120 dollar")
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "the frist one how many colors")  # fmt: skip


@pytest.mark.parametrize("text", BUY_IN_NAVY)
def test_buying_the_focused_dress_in_a_colour_it_lacks_says_so(chat, extractor, text):
    _dress_in_focus(chat, extractor)

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    print(turn.shown)
    assert f"The {DRESS} doesn't come in navy" in turn.shown
    assert "I found" not in turn.shown
    assert [b["title"] for b in turn.buttons] == ["Black", "Burgundy", "Green"]
    # A tap on a colour goes on with the purchase in M, as said before.
    payload = turn.buttons[0]["payload"]
    assert payload.startswith("/buy")
    entities = json.loads(payload.split("/buy", 1)[1])
    assert entities["size"].upper() == "M" and entities["product_handle"] == "vivienne-velvet-dress"


def test_the_colour_tapped_continues_the_purchase(chat, extractor):
    _dress_in_focus(chat, extractor)
    turn = say(chat, extractor, ActionStartCheckout(), "buy", "ok i buy the dress in M navy")
    entities = json.loads(turn.buttons[-1]["payload"].split("/buy", 1)[1])

    tapped = chat.run(ActionStartCheckout(), "buy", entities=[
        {"entity": name, "value": value} for name, value in entities.items()
    ])  # fmt: skip

    print(tapped.shown)
    assert f"{DRESS}" in tapped.shown and "Green" in tapped.shown and "M" in tapped.shown
    assert "doesn't come in" not in tapped.shown


@pytest.mark.parametrize("text", ["ok i buy the dress in M navy", "ok the dress, navy, M"])
def test_the_dress_after_shirts_were_listed_is_still_the_dress_in_focus(chat, extractor, text):
    _dress_in_focus(chat, extractor)
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "also for me long shirt like kurta, white, size L")  # fmt: skip

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    print(turn.shown)
    assert f"The {DRESS} doesn't come in navy" in turn.shown
    assert [b["title"] for b in turn.buttons] == ["Black", "Burgundy", "Green"]
