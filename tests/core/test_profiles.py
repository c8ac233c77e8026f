"""Shopper profiles on a real SQLite store with the demo catalog: sizes per kind from what the
shopper says and buys (the latest wins), colours and styles searched for, and one profile across
channels only for emails on paid orders, so a stranger typing someone's email gains nothing."""

from __future__ import annotations

import pytest

from commerce.db import get_engine, session_scope
from commerce.profiles import (
    LETTER_KIND,
    kind_of_stated_size,
    known_sizes,
    linked_owners,
    note_search,
    remember_size,
    says_own_size,
    size_in_text,
    size_kind,
    tastes,
    usual_size,
)

from .shoppers import ANN, buy


@pytest.fixture
def shop(demo_store_url):
    engine = get_engine(demo_store_url)
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    ("category", "kind"),
    [("loafers", "shoes"), ("shoes", "shoes"), ("kicks", "shoes"), ("tux", "suits"),
     ("blazer", "suits"), ("dress", "dresses"), ("pants", "waist"), ("belts", "waist"),
     ("accessories", None), ("shirts", None), ("ties", None), (None, None)],
)  # fmt: skip
def test_a_category_word_has_one_size_kind_or_none(demo_session, category, kind):
    assert size_kind(demo_session, category) == kind


@pytest.mark.parametrize(
    ("size", "text", "kind"),
    [("42r", "im a 42R", "suits"), ("32", "32 waist", "waist"), ("16", "collar 16", "dress shirts"),
     ("m", "I wear a medium", LETTER_KIND), ("10", "I'm a 10 now", None)],
)  # fmt: skip
def test_a_size_said_alone_has_a_kind_only_when_its_form_says_so(size, text, kind):
    assert kind_of_stated_size(size, text) == kind


@pytest.mark.parametrize(
    "text",
    ["I'm usually a 9 in shoes", "im usualy a 9", "I wear a medium", "i usually wear a large",
     "32 waist", "my shoe size is 10", "not my size anymore, I'm a 10 now", "im a 42R",
     "i'm an eu 43", "i take a size 9 shoe"],
)  # fmt: skip
def test_the_shopper_says_it_is_their_size(text):
    assert says_own_size(text)


@pytest.mark.parametrize(
    "text",
    ["loafers in 10", "what about size 9?", "black oxfords size 10 under $150", "is it in 9.5?",
     "do they come in 10?", "navy suit 42R"],
)  # fmt: skip
def test_a_size_for_one_search_is_not_their_size(text):
    assert not says_own_size(text)


def test_a_size_after_the_word_size_is_read_when_the_extractor_missed_it():
    assert size_in_text("my shoe size is 10.5") == "10.5"
    assert size_in_text("my size is M") == "m"
    assert size_in_text("hello") is None


def test_a_said_size_is_kept_per_kind_and_replaced_when_said_again(shop):
    with session_scope(shop, writes=True) as session:
        remember_size(session, "ann", "shoes", "9")
        remember_size(session, "ann", "suits", "42r")
    with session_scope(shop, writes=True) as session:
        remember_size(session, "ann", "shoes", "10")  # "I'm a 10 now"
    with session_scope(shop) as session:
        sizes = known_sizes(session, "ann")
        assert {kind: s.size_key for kind, s in sizes.items()} == {"shoes": "10", "suits": "42r"}
        assert {s.source for s in sizes.values()} == {"said"}
        assert known_sizes(session, "bob") == {}


def test_a_bought_size_counts_until_the_shopper_says_theirs(shop):
    number = buy(shop, "ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    buy(shop, "ann", ANN, "albany-penny-loafer", "US 9 / EU 42")  # the latest order of the kind
    later = buy(shop, "ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    with session_scope(shop) as session:
        shoes = usual_size(session, "ann", "shoes")
        assert (shoes.size_key, shoes.source, shoes.order_number) == ("us10", "bought", later)
        assert number != later
    with session_scope(shop, writes=True) as session:
        remember_size(session, "ann", "shoes", "9.5")
    buy(shop, "ann", ANN, "albany-penny-loafer", "US 10 / EU 43")  # a gift, maybe: said wins
    with session_scope(shop) as session:
        assert usual_size(session, "ann", "shoes").size_key == "9.5"


def test_a_letter_size_said_of_no_kind_fits_tops_and_dresses_only(shop):
    with session_scope(shop, writes=True) as session:
        remember_size(session, "ann", LETTER_KIND, "m")
    with session_scope(shop) as session:
        assert usual_size(session, "ann", "tops").size_key == "m"
        assert usual_size(session, "ann", "dresses").size_key == "m"
        assert usual_size(session, "ann", "shoes") is None


def test_colours_and_styles_searched_for_are_counted(shop):
    with session_scope(shop, writes=True) as session:
        note_search(session, "ann", ["black"], ["black-tie"])
        note_search(session, "ann", ["Black", "navy"], [])
    with session_scope(shop) as session:
        found = {(t.facet, t.value, t.times) for t in tastes(session, "ann")}
    assert found == {("colour", "black", 2), ("colour", "navy", 1), ("style", "black-tie", 1)}


def test_channels_with_paid_orders_for_the_same_email_are_one_shopper(shop):
    buy(shop, "web-ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    buy(shop, "slack:U1ANN", ANN, "windsor-patent-oxford")
    with session_scope(shop, writes=True) as session:
        remember_size(session, "slack:U1ANN", "suits", "40r")
    with session_scope(shop) as session:
        assert linked_owners(session, "web-ann") == ["web-ann", "slack:U1ANN"]
        assert usual_size(session, "web-ann", "suits").size_key == "40r"


def test_a_stranger_who_types_anns_email_into_a_checkout_learns_nothing_of_her(shop):
    buy(shop, "web-ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    with session_scope(shop, writes=True) as session:
        remember_size(session, "web-ann", "suits", "40r")
        note_search(session, "web-ann", ["burgundy"], [])
    buy(shop, "stranger", ANN, "windsor-patent-oxford", paid=False)  # never paid: not verified
    with session_scope(shop) as session:
        assert linked_owners(session, "stranger") == ["stranger"]
        assert "suits" not in known_sizes(session, "stranger")
        assert tastes(session, "stranger") == []
