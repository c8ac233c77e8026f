"""A search's readings look at the shopper's words before they read the store (issue 12,
docs/performance.md "CPU per message in the shop's own readings").

A search said under a list passes through the answers it gives way to (actions/routing.py); one
of them, "the cheapest ones in my cart, now handbags" (actions/cheapest_then_search.py), read
every product on screen before looking for "cheapest" in the message: a fifth of the action
server's CPU over 200 shopper messages. The reply is the same either way; these tests pin that
the products on screen are read only for a message that adds the cheapest of them."""

from __future__ import annotations

import pytest

import actions.cheapest_then_search as cheapest_then_search
from actions.discovery import ActionSearchProducts
from commerce.products import product_details
from tests.actions.conversation_driver import ActionConversation, say

SEARCHES_UNDER_A_LIST = [
    "show me black boots",
    "any loafers in brown?",
    "red dress size 8 pls",
    "sneakers under 80",
    "smthn nice 4 a wedding",
    "I need a warm coat for chicago, womens medium, camel or grey would be lovely",
]


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The handles the cheapest-then-search answer reads from the store."""
    handles: list[str] = []

    def counted(session, handle):
        handles.append(handle)
        return product_details(session, handle)

    monkeypatch.setattr(cheapest_then_search, "product_details", counted)
    return handles


@pytest.fixture
def shoes_on_screen(demo_store_url, extractor) -> ActionConversation:
    chat = ActionConversation(keep_messages=True)
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "black shoes")
    assert chat.slots["shown_results"]["handles"], turn.text
    return chat


@pytest.mark.parametrize("text", SEARCHES_UNDER_A_LIST)
def test_a_search_under_a_list_reads_no_product_on_screen_first(
    shoes_on_screen, extractor, reads, text
):
    turn = say(shoes_on_screen, extractor, ActionSearchProducts(), "search_products", text)
    assert turn.text  # the search answered, as before
    assert reads == []


def test_the_cheapest_on_screen_is_still_read_when_the_message_adds_it(
    shoes_on_screen, extractor, reads
):
    on_screen = list(shoes_on_screen.slots["shown_results"]["handles"])
    text = "the cheapest ones in size 9 pls, pop them in my cart. now show me handbags"
    turn = say(shoes_on_screen, extractor, ActionSearchProducts(), "search_products", text)
    assert reads[: len(on_screen)] == on_screen
    assert "handbag" in turn.text.lower()


# A search that starts over without a size ("boots for snow", "a warm coat") looked up the size
# kind of what it names (a query) before seeing whether any earlier message told sizes at all
# (actions/sizes_told_together.py); a search in a size looked it up twice
# (actions/eu_dress_sizes.py). Counted per module: the size kinds each reads.
@pytest.fixture
def size_kinds_read(monkeypatch) -> dict[str, int]:
    import actions.eu_dress_sizes as eu_dress_sizes
    import actions.sizes_told_together as sizes_told_together

    read = {"eu_dress_sizes": 0, "sizes_told_together": 0}
    for name, module in (("eu_dress_sizes", eu_dress_sizes),
                         ("sizes_told_together", sizes_told_together)):  # fmt: skip
        original = module.size_kind

        def counted(session, category, name=name, original=original):
            read[name] += 1
            return original(session, category)

        monkeypatch.setattr(module, "size_kind", counted)
    return read


@pytest.mark.parametrize(
    "text", ["boots for snow", "a warm coat", "sandals pls", "any silk ties?", "jeans for my bf"]
)
def test_a_new_kind_with_no_sizes_told_before_reads_no_size_kind_for_them(
    shoes_on_screen, extractor, size_kinds_read, text
):
    turn = say(shoes_on_screen, extractor, ActionSearchProducts(), "search_products", text)
    assert turn.text
    assert size_kinds_read["sizes_told_together"] == 0


@pytest.mark.parametrize(
    "text", ["black boots size 9", "red dress size 8", "navy blazer 42R", "loafers in a 10"]
)
def test_a_search_in_a_size_reads_its_size_kind_once(
    shoes_on_screen, extractor, size_kinds_read, text
):
    turn = say(shoes_on_screen, extractor, ActionSearchProducts(), "search_products", text)
    assert turn.text
    assert size_kinds_read["eu_dress_sizes"] <= 1
