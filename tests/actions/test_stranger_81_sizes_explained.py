"""Sizes the shopper gave that were dropped or left unexplained.

docs/nlu/stranger-test-81.md, A1 (worst problem 7): "need grey overcoat size L under 200 for court
date friday" got "we don't sell coats" and three blazers, each "not in size L", never saying that
blazers come in chest sizes (36R to 46R) nor what an L is roughly in those. The same for "in M" of
a men's jacket shown to a woman (docs/nlu/stranger-test-77.md, B3-B4; docs/nlu/stranger-test-79.md,
B1 and B4): which sizes they are, that they are men's, and what her M roughly is.

docs/nlu/stranger-test-79.md, B2: "in my size" ignored although a size had been said earlier: the
size said before, for that kind, is used; when none was said, that is said.

A size in brackets or after a unit ("black pumps (7.5)", "sz. 8", "size=8") is read as the size."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.profile import ActionWhatIKnow
from tests.actions.conversation_driver import (
    keep_bot_messages,
    listed,
    say,
    search,
    searched,
)
from tests.actions.test_stranger_79_low_heels import B1

OVERCOAT_IN_L = [
    "need grey overcoat size L under 200 for court date friday",
    "need a coat in size L",
    "grey overcoat, L, under 200",
    "looking for a winter coat size large",
    "mens overcoat size L pls",
]


@pytest.mark.parametrize("text", OVERCOAT_IN_L)
def test_a_letter_size_for_a_coat_is_explained_with_the_blazers(chat, extractor, text):
    """docs/nlu/stranger-test-81.md, A1: the blazers were each "not in size L", unexplained."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    shown = turn.shown
    assert "we don't sell coats" in shown, shown
    assert listed(shown), shown
    # Each blazer is still "not in size L" (stranger test 36), and now why.
    assert "jacket sizes 36R to 46R" in shown and "not S, M or L" in shown, shown
    assert "so none is in size L" in shown, shown
    assert "men's L is roughly a 42R" in shown, shown
    # Said after the blazers are named as the nearest we have, never before "no coats".
    assert shown.index("we don't sell coats") < shown.index("not S, M or L"), shown


@pytest.mark.parametrize("text", ["anythin cheaper", "cheaper pls", "something cheaper"])
def test_cheaper_right_after_does_not_say_the_sizes_again(chat, extractor, text):
    """docs/nlu/stranger-test-81.md, A2 after A1: the sizes are said once, not on every turn."""
    first = "need grey overcoat size L under 200 for court date friday"
    keep_bot_messages(chat, search(chat, extractor, first))

    turn = search(chat, extractor, text, "refine_search")

    print(turn.shown)
    assert "not S, M or L" not in turn.shown, turn.shown
    assert "Nothing cheaper" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text", ["need a coat in size M", "overcoat in a medium pls", "coat for work, size medium"]
)
def test_a_medium_for_a_coat_says_what_it_roughly_is(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "we don't sell coats" in turn.shown
    assert "so none is in size M" in turn.shown, turn.shown
    assert "men's M is roughly a 38R or 40R" in turn.shown, turn.shown


def test_a_coat_for_women_in_m_is_still_nothing_close(chat, extractor):
    turn = search(chat, extractor, "a coat for women in size M")

    print(turn.shown)
    assert "nothing close for women" in turn.shown
    assert "roughly" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        B1,
        "i need a blazer for work, im usually a medium",
        "smart jacket pls, size M, under 250",
        "blazer or smart jacket, I'm a medium",
        "do u have any jackets in a medium? for my new job",
    ],
)
def test_a_medium_for_blazers_says_what_it_roughly_is(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B1: the M is said not to apply, and what it roughly is."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "men's" in turn.shown and "not S, M or L" in turn.shown, turn.shown
    assert "men's M is roughly a 38R or 40R" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "Okay lovely, I think I'll go with the second one in medium please!",
        "the 2nd one in M pls",
        "ill take the second one, medium",
        "second one in a medium please",
        "go with #2 in size m",
    ],
)
def test_a_medium_of_a_mens_blazer_picked_says_it_is_mens_sizing(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B4 and docs/nlu/stranger-test-77.md, B4: 36R-44L offered for
    "in M" without saying these are men's chest sizes, nor what an M is in them."""
    keep_bot_messages(chat, search(chat, extractor, B1))

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.shown)
    assert "chest in inches" in turn.shown, turn.shown
    assert "men's M is roughly a 38R or 40R" in turn.shown, turn.shown


# --- "in my size": the size said before ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "any flats in my size?",
        "what flats do u have in my size",
        "show me flats in my size pls",
        "flats in my size?",
        "ok and flats, my size",
    ],
)
def test_in_my_size_uses_the_shoe_size_said_before(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B2: "in my size" ignored although a size had been said."""
    keep_bot_messages(chat, search(chat, extractor, "heels sz 7.5"))

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("size") == "7.5", searched(turn)
    assert "size 7.5" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    ["shirts in my size", "casual shirts in my size pls", "any shirts in my size?"],
)
def test_in_my_size_uses_the_letter_size_said_before(chat, extractor, text):
    keep_bot_messages(chat, search(chat, extractor, "im usually a medium"))

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("size") == "m", searched(turn)
    assert "size M" in turn.shown, turn.shown


def test_a_shoe_size_said_before_is_not_my_dress_size(chat, extractor):
    keep_bot_messages(chat, search(chat, extractor, "black heels size 10"))

    turn = search(chat, extractor, "and dresses in my size")

    print(turn.shown)
    assert not searched(turn).get("size"), searched(turn)
    assert "haven't told me your size for dresses" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "what do you have in my size?",
        "anything in my size?",
        "which come in my size",
        "whats in stock in my size",
        "ok what have u got in my size",
    ],
)
def test_in_my_size_alone_after_the_blazers_says_the_m_does_not_apply(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, B2: never "I didn't understand 'size'"."""
    keep_bot_messages(chat, search(chat, extractor, "blazer or smart jacket, I'm usually a medium"))

    turn = search(chat, extractor, text, "refine_search")

    print(turn.shown)
    assert "didn't understand" not in turn.shown, turn.shown
    assert "not S, M or L" in turn.shown, turn.shown
    assert listed(turn.shown), turn.shown


@pytest.mark.parametrize(
    "text", ["what do you have in my size?", "what have u got in my size", "anything for my size?"]
)
def test_in_my_size_heard_as_what_is_kept_is_still_the_search(chat, extractor, text):
    """The trained model heard "what do you have in my size?" as "what do you know about me"."""
    keep_bot_messages(chat, search(chat, extractor, "blazer or smart jacket, I'm usually a medium"))

    turn = say(chat, extractor, ActionWhatIKnow(), "what_do_you_know_about_me", text)

    print(turn.shown)
    assert "everything I keep" not in turn.shown, turn.shown
    assert "not S, M or L" in turn.shown and listed(turn.shown), turn.shown


def test_what_do_you_know_about_my_size_is_still_what_is_kept(chat, extractor):
    keep_bot_messages(chat, search(chat, extractor, "blazer or smart jacket, I'm usually a medium"))

    turn = say(
        chat,
        extractor,
        ActionWhatIKnow(),
        "what_do_you_know_about_me",
        "what do you know about my size",
    )

    print(turn.shown)
    assert "everything I keep" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text", ["flats in my size", "heels in my size pls", "any loafers in my size?"]
)
def test_in_my_size_with_no_size_said_asks_for_it(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "haven't told me your shoe size" in turn.shown, turn.shown
    assert listed(turn.shown), turn.shown


# --- a size in brackets or after a unit ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("black pumps (7.5)", "7.5"),
        ("need black pumps (7.5) for a wedding", "7.5"),
        ("loafers (10)", "10"),
        ("oxfords (10.5), brown", "10.5"),
        ("heels [7.5]", "7.5"),
        ("heels (7.5 US)", "us7.5"),
        ("heels sz 7.5", "7.5"),
        ("sz. 8 heels", "8"),
        ("heels size - 8", "8"),
        ("heels size=8", "8"),
        ("heels size: 8", "8"),
        ("a shirt (M)", "m"),
        ("belt (34)", "34"),
    ],
)
def test_a_size_in_brackets_or_with_a_unit_is_searched(chat, extractor, text, size):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("size") == size, searched(turn)


@pytest.mark.parametrize(
    "text",
    [
        "heels uk 6 (us 8)",
        "heels UK 6 (US 8)",
        "pumps, uk 6 (us 8) pls",
        "black heels uk6 (us8)",
        "heels in uk 6 (that's us 8)",
    ],
)
def test_a_uk_size_with_its_us_size_in_brackets_is_one_size(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("size") == "us8", searched(turn)
    assert "size US 8" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "heels under (100)",
        "2 (two) pairs of heels",
        "heels, option (4) from the list",
        "budget (80) for heels",
        "heels (the 3rd one)",
    ],
)
def test_a_number_in_brackets_that_is_no_size_is_not_read_as_one(extractor, text):
    sizes = [e.value for e in extractor.extract(text) if e.entity == "size"]
    assert not sizes, sizes
