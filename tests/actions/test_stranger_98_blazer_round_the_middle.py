"""docs/nlu/stranger-test-98.md, B2 (worst problem 3): blazers on screen, then "I normally take a 44
in a jacket but it pulls across the middle when I do the button up, so which of these is the most
forgiving round the tummy, and ought I to go up a size?" got the shoe size chart (US/EU, how to
measure a foot).

Right: a size said to pull or feel tight, with blazers in view, is answered about those blazers:
the next size up in their own chest sizes (a 44 -> 46R, commerce/sizes.py's rule), what the catalog
says of their cut, and honestly that it names none roomier; never the shoe chart."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, say_and_keep

B1 = (
    "Good morning! I'm a retired schoolteacher and my late wife's sister has talked me into coming "
    "along to a jazz club night on Friday, so I'd like to look a bit smarter than my usual "
    "cardigan. I was thinking a velvet or corduroy blazer, burgundy or a dark green perhaps, and a "
    "shirt to go under it, nothing too loud."
)
B2 = (
    "They all look rather smart. Now, I'm 68 and carry a bit of a belly these days. I normally "
    "take a 44 in a jacket but it pulls across the middle when I do the button up, so which of "
    "these is the most forgiving round the tummy, and ought I to go up a size?"
)
SHOE_CHART = ("shoes", "foot", "US 7 = EU 40")
# (what he says, the size up it comes to)
TIGHT_ROUND_THE_MIDDLE = [
    (B2, "46R"),
    ("im a 42 jacket but its tight round my stomach when buttoned, should i size up?", "44R"),
    (
        "these look nice. i usually wear a 40 in a jacket but it pulls across the tummy, which one "
        "is roomiest and should i go bigger",
        "42R",
    ),
    ("normally a 44R but got a bit of a belly now.. go up one?", "46R"),
    (
        "My usual jacket size is 38 but buttoning it strains over my gut. Should I take the next size?",
        "40R",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "size"), TIGHT_ROUND_THE_MIDDLE)
def test_tight_round_the_middle_is_about_the_blazers(chat, extractor, text, size):
    listed = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    assert "Blazer" in listed.shown, listed.shown

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    shown = turn.shown
    for word in SHOE_CHART:
        assert word not in shown, shown
    assert size in shown, shown
    assert "Blazer" in shown, shown
    assert "natural shoulder" in shown, shown  # what the catalog says of their cut
    assert "cut roomier" in shown, shown  # and that it names none roomier
