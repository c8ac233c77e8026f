"""Search context (docs/nlu/stranger-test-73.md, "Not done" after B1-B4; docs/nlu/stranger-test-72.md,
A1, worst problem 3).

- "the first dress is lovely! what ankle boots would go with it? brown or tan" searched the dresses
  again (the first kind said): the dress is named only as the one on screen the boots go with.
- "not expensive pls im student" showed the priciest shirt first: price matters, no number said,
  so the cheapest come first, and the reply says so."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import prices_listed, search, searched, shown_titles

DRESSES = "a dress for a barn wedding size S"
BOOTS_FOR_THE_FIRST_DRESS = [
    "the first dress is lovely! what ankle boots would go with it? brown or tan",  # the doc's
    "the 1st dress is gorgeous, which ankle boots go with it? brown or tan pls",
    "love the first dress!! any brown or tan ankle boots to go with it?",
    "first dress is perfect. what boots would match it, tan or brown",
    "the second dress is lovely, what ankle boots would go with it? brown or tan",
    "i like the first dress. show me brown or tan ankle boots that go with it",
]


@pytest.mark.parametrize("text", BOOTS_FOR_THE_FIRST_DRESS)
def test_boots_to_go_with_the_first_dress_are_boots(chat, extractor, text):
    """docs/nlu/stranger-test-73.md, "Not done" under B1-B4."""
    dresses = search(chat, extractor, DRESSES)
    assert searched(dresses).get("category") in ("dress", "dresses"), searched(dresses)

    turn = search(chat, extractor, text)

    print(turn.shown)
    query = searched(turn)
    assert query.get("category") not in ("dress", "dresses"), query
    assert "boot" in str(query.get("category")), query
    assert "dresses" not in turn.shown.splitlines()[0].lower()
    assert query.get("gender") == "female", query  # boots to go with her dress
    assert "Dress" not in " ".join(shown_titles(chat))
    assert set(str(query.get("colour")).split("|")) == {"brown", "tan"}, query
    assert "brown or tan" in turn.shown or "tan or brown" in turn.shown


@pytest.mark.parametrize(
    "text",
    ["the first dress is lovely! what boots would go with it?",
     "love the 1st dress, what boots go with it"],
)  # fmt: skip
def test_boots_for_the_first_dress_go_with_that_dress_only(chat, extractor, text):
    """docs/nlu/stranger-test-73.md: with no colour said, the boots suggested go with the first
    dress, not with all three on screen."""
    search(chat, extractor, DRESSES)

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "Liana Silk Midi Dress" in turn.shown.splitlines()[0]
    assert "Rosalie" not in turn.shown and "Calla" not in turn.shown
    assert "Boot" in turn.shown


def test_a_dress_named_as_wanted_beside_boots_is_still_searched(chat, extractor):
    """Only the one on screen the boots go with is left out: "a dress and ankle boots" asks for
    both, the dress first."""
    turn = search(chat, extractor, "i need a dress and some ankle boots for a barn wedding")

    assert searched(turn).get("category") in ("dress", "dresses"), searched(turn)


CHEAP_PLEASE = [
    "oi. need white shirt and dark trouser for presentation in universty next week. size M, "
    "waist 30. not expensive pls im student",  # docs/nlu/stranger-test-72.md, A1, word for word
    "white shirt size M. not expensive pls im student",  # docs/nlu/stranger-test-72.md, A1
    "white shirt, nothing too pricey",
    "cheap white shirt pls im student",
    "white shirt, im on a budget",
    "need a white shirt but not too expensive",
    "white shirt pls, not pricey",
]


@pytest.mark.parametrize("text", CHEAP_PLEASE)
def test_price_matters_without_a_number_shows_the_cheapest_first(chat, extractor, text):
    """docs/nlu/stranger-test-72.md, A1 and worst problem 3: "not expensive" was not applied."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    prices = prices_listed(turn.shown)
    assert len(prices) >= 2, turn.shown
    assert prices == sorted(prices), prices
    assert "cheapest first" in turn.shown.lower()


@pytest.mark.parametrize("text", ["a dress on a budget", "dress pls, nothing too pricey"])
def test_in_her_usual_size_the_cheapest_first_too(chat, extractor, text):
    """A size kept from earlier ("your usual size M") has its own heading: said there too."""
    search(chat, extractor, "hi, im a size M")

    turn = search(chat, extractor, text)

    print(turn.shown)
    prices = prices_listed(turn.shown)
    assert prices == sorted(prices) and len(prices) >= 2, turn.shown
    assert "cheapest first" in turn.shown.lower()


def test_no_word_of_price_says_nothing_of_the_order(chat, extractor):
    turn = search(chat, extractor, "white shirt size M")

    assert "cheapest first" not in turn.shown.lower()
