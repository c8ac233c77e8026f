"""A mother's first long message: her son's shoes for a school concert in winter, and a handbag for
herself, one budget for both (docs/nlu/stranger-test-78.md, shopper B, message B1; worst problem 3).

"Hi there! My son has his school winter concert next Friday ... plain black dress shoes for him,
he's a men's 9 ... a handbag for myself, black or tan for evenings ... about $200 for the both of
them together ... arrive before Friday!" searched "winter dress shoes under $200": black, men's and
size 9 were lost (the shoes said first as "shoes", then as "plain black dress shoes", counted as two
kinds, so what came with the second was kept for later), the concert in winter became a winter-shoe
filter, and the budget line said "the dress shoes, the dress shoes and the handbags". A concert, a
formal or a recital in winter says when it is, not what to wear; "winter boots" still asks for
winter wear."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

B1 = [
    # the doc's message, its elided parts filled in as a mother writes them
    "Hi there! My son has his school winter concert next Friday and I need to get him some shoes "
    "for it. Nothing fancy, just plain black dress shoes for him, he's a men's 9. While I'm at it "
    "I'd love a handbag for myself, black or tan for evenings. I've got about $200 for the both of "
    "them together. They need to arrive before Friday!",
    "hi! my son's got his school winter concert next friday, he needs shoes - just plain black "
    "dress shoes, mens size 9. and i want a handbag for me, black or tan for evenings. $200 total "
    "for both, has to get here before friday",
    "Need shoes for my boy's christmas concert, black dress shoes, men's 9, plus a handbag for "
    "myself in tan. budget 200 for both",
    "my son needs shoes for his winter formal, black dress shoes in a mens 9 please. also a black "
    "handbag for me, $200 for everything",
    "looking for shoes for my son's holiday concert at school... plain black dress shoes, he wears "
    "a men's 9. I also need an evening handbag, black or tan. about 200 for both together",
    "School winter concert coming up!! Son needs shoes, black dress shoes mens 9, and i need a "
    "handbag too. budget is 200 for the two",
]
# Seasons that ask for what to wear, not when something is.
WINTER_WEAR = [
    "winter boots for my son, mens 9",
    "i need some warm winter boots",
    "black winter boots for men",
    "something for winter, boots maybe",
    "my son needs boots for the winter, for school",
]


def _heading(shown: str) -> str:
    return next(line for line in shown.splitlines() if "I found" in line or "match" in line)


@pytest.mark.parametrize("text", B1)
def test_the_sons_shoes_keep_black_mens_and_size_9(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, B1: the first search is his black dress shoes in men's 9."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    heading = _heading(turn.shown)
    assert "black" in heading and "for men" in heading and "size 9" in heading, turn.shown
    assert "dress shoes" in heading, turn.shown
    assert listed(turn.shown), turn.shown
    assert "then ask me for the handbags" in turn.shown, turn.shown


@pytest.mark.parametrize("text", B1)
def test_a_concert_in_winter_is_no_winter_wear(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, B1: "school winter concert" filters nothing on winter."""
    turn = search(chat, extractor, text)

    assert "winter" not in _heading(turn.shown).lower(), turn.shown
    assert "holiday" not in _heading(turn.shown).lower(), turn.shown


@pytest.mark.parametrize("text", B1)
def test_the_budget_line_names_each_kind_once(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, B1: "the dress shoes, the dress shoes and the handbags"."""
    turn = search(chat, extractor, text)

    line = next(line for line in turn.shown.splitlines() if line.startswith("Your $200"))
    assert line.count("dress shoes") == 1 and line.count("handbags") == 2, line
    assert "for the dress shoes and the handbags together" in line, line


@pytest.mark.parametrize("text", WINTER_WEAR)
def test_winter_boots_are_still_winter_wear(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, B1 (controls): winter said of the goods still filters."""
    turn = search(chat, extractor, text)

    assert "winter" in _heading(turn.shown).lower(), turn.shown
