"""The shopper's profile through rasa-sdk's real objects on a real SQLite store: a size they say
is theirs is used visibly in the next search and can be changed; a size said for one search is
not kept; "what do you know about me?" lists what the store holds, and nobody else's."""

from __future__ import annotations

import pytest

from actions.checkout import ActionPlaceOrder, ActionRememberDetails, ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.profile import ActionRememberSize, ActionWhatIKnow
from commerce.db import get_engine, session_scope
from commerce.search import ProductQuery, counting
from tests.actions.conversation_driver import ActionConversation, entity_list, sizes_kept

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip


@pytest.fixture
def shop(demo_store_url) -> str:
    return demo_store_url


def say_size(chat: ActionConversation, text: str, **entities):
    return chat.run(ActionRememberSize(), "state_size", text, entity_list(**entities))


def search(chat: ActionConversation, text: str, intent: str = "search_products", **entities):
    return chat.run(ActionSearchProducts(), intent, text, entity_list(**entities))


def searched(chat: ActionConversation) -> ProductQuery:
    return ProductQuery.from_dict(chat.slots["search_query"])


def test_a_size_the_shopper_states_is_used_and_said_in_the_next_search(shop):
    chat = ActionConversation(sender="ann")
    told = say_size(chat, "I'm usually a 9 in shoes", size="9", category="shoes")
    assert "Got it: size 9 in shoes" in told.text

    turn = search(chat, "show me loafers", category="loafers")

    assert turn.text.startswith("Loafers in your usual size 9 (say another size if you like).")
    assert searched(chat).size == "9"
    assert sizes_kept(shop, "ann") == {"shoes": "9"}


def test_the_usual_size_heading_says_more_than_past_the_count_cap(shop, monkeypatch):
    # The count stops at commerce.search.counting.COUNT_CAP (here 8, the demo catalog being small).
    monkeypatch.setattr(counting, "COUNT_CAP", 8)
    chat = ActionConversation(sender="ann")
    say_size(chat, "I'm usually a 9 in shoes", size="9", category="shoes")

    turn = search(chat, "show me shoes", category="shoes")

    assert turn.text.startswith(
        "Shoes in your usual size 9 (say another size if you like). "
        "I found more than 8, here are the first 3:"
    )


def test_a_size_said_for_one_search_does_not_change_the_profile(shop):
    chat = ActionConversation(sender="ann")
    say_size(chat, "I'm usually a 9 in shoes", size="9", category="shoes")
    search(chat, "loafers", category="loafers")

    turn = search(chat, "what about size 10?", "refine_search", size="10")

    assert searched(chat).size == "10" and "in size 10" in turn.text
    assert "usual" not in turn.text
    assert sizes_kept(shop, "ann") == {"shoes": "9"}
    search(chat, "black oxfords in 11", category="oxfords", colour="black", size="11")
    assert sizes_kept(shop, "ann") == {"shoes": "9"}


def test_not_my_size_anymore_updates_it_and_shows_the_list_again_in_the_new_size(shop):
    chat = ActionConversation(sender="ann")
    say_size(chat, "I'm usually a 9 in shoes", size="9", category="shoes")
    search(chat, "loafers", category="loafers")

    turn = say_size(chat, "not my size anymore, I'm a 10 now", size="10")

    assert "Updated: your size in shoes is now 10 (it was 9)" in turn.text
    assert "in size 10" in turn.text and searched(chat).size == "10"
    assert sizes_kept(shop, "ann") == {"shoes": "10"}
    assert search(
        ActionConversation(sender="ann"), "sneakers", category="sneakers"
    ).text.startswith("Sneakers in your usual size 10")


def test_a_search_that_says_it_is_their_size_keeps_it(shop):
    chat = ActionConversation(sender="ann")
    turn = search(chat, "i'm usually a 40R, show me suits", category="suits", size="40R")
    assert "Got it: size 40R in suits and jackets" in turn.text
    assert sizes_kept(shop, "ann") == {"suits": "40r"}


@pytest.mark.parametrize(
    ("text", "entities", "kind", "size"),
    [("I wear a medium", {"size": "M"}, "clothing", "m"), ("32 waist", {"size": "32"}, "waist", "32"),
     ("my shoe size is 10.5", {"category": "shoes"}, "shoes", "10.5")],
)  # fmt: skip
def test_sizes_said_the_way_shoppers_say_them(shop, text, entities, kind, size):
    say_size(ActionConversation(sender="ann"), text, **entities)
    assert sizes_kept(shop, "ann") == {kind: size}


def test_a_collar_size_with_the_kinds_wanted_is_kept_and_searched(shop):
    chat = ActionConversation(sender="ann")
    turn = say_size(chat, "ok something for me instead, shirt and tie, i'm a 16 collar",
                    category="shirts", size="16")  # fmt: skip
    assert "size 16 in dress shirts" in turn.text and "Is 16 your size" not in turn.text
    assert searched(chat).size == "16" and searched(chat).category == "shirts"
    assert sizes_kept(shop, "ann") == {"dress shirts": "16"}


def test_a_bare_number_with_nothing_to_go_on_is_asked_about_not_guessed(shop):
    turn = say_size(ActionConversation(sender="ann"), "I'm a 10", size="10")
    assert "Is 10 your size in shoes, suits, dresses" in turn.text
    assert sizes_kept(shop, "ann") == {}


def test_what_do_you_know_about_a_new_shopper_says_nothing_is_kept_but_the_chat(shop):
    turn = ActionConversation(sender="new").run(ActionWhatIKnow(), "ask_what_you_know")
    assert turn.text.startswith("I keep nothing about you in the shop's records")
    assert "Our conversations are kept too" in turn.text


def test_what_do_you_know_lists_sizes_tastes_details_and_orders_and_not_a_strangers(shop):
    ann = ActionConversation(sender="ann")
    say_size(ann, "I'm usually a 9 in shoes", size="9", category="shoes")
    search(ann, "black tie oxfords", category="oxfords", colour="black", occasion="black-tie")
    ann.run(ActionStartCheckout(), "buy",
            entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    ann.slots.update(ANN)
    ann.run(ActionPlaceOrder(), "place_order")
    ann.run(ActionRememberDetails(), "affirm")

    turn = ann.run(ActionWhatIKnow(), "ask_what_you_know")

    assert "Your sizes: shoes 9 (you told me)." in turn.text
    assert "Colours you searched for: black." in turn.text
    assert "Styles you searched for: black-tie." in turn.text
    assert "Ann Lee, ann@example.com, 12 Harbour Lane, 02110 Boston" in turn.text
    assert "Your orders: HL-" in turn.text and "Windsor Patent Oxford" in turn.text
    assert 'Say "forget me" to erase all of it' in turn.text
    stranger = ActionConversation(sender="stranger").run(ActionWhatIKnow(), "ask_what_you_know")
    assert "Ann" not in stranger.text and "I keep nothing about you" in stranger.text


# ---- Results ranked by what the shopper keeps asking for ----------------------------------------


def _in_stock_colours(url: str, handle: str) -> set[str]:
    from commerce.products import product_details

    with session_scope(get_engine(url)) as session:
        return {colour.lower() for colour in product_details(session, handle).stock_by_colour}


def test_a_colour_asked_for_twice_comes_first_in_later_searches_and_says_so(shop):
    chat = ActionConversation(sender="ann")
    plain = ActionConversation(sender="bob")
    search(chat, "green dresses", category="dresses", colour="green")
    search(chat, "any green shirts?", category="shirts", colour="green")

    turn = search(chat, "show me shoes", category="shoes")
    usual = search(plain, "show me shoes", category="shoes")

    assert turn.text.startswith("I'll show green ones (the colour you ask for most) first.")
    shown = chat.slots["shown_results"]["handles"]
    assert shown != plain.slots["shown_results"]["handles"]  # the shop's own order otherwise
    assert all("green" in _in_stock_colours(shop, handle) for handle in shown[:1])
    assert "you ask for most" not in usual.text


def test_naming_a_colour_or_asking_once_changes_no_order(shop):
    chat = ActionConversation(sender="ann")
    search(chat, "green dresses", category="dresses", colour="green")

    once = search(chat, "shoes", category="shoes")
    assert "you ask for most" not in once.text

    search(chat, "green shirts", category="shirts", colour="green")
    named = search(chat, "black shoes", category="shoes", colour="black")
    assert "you ask for most" not in named.text
