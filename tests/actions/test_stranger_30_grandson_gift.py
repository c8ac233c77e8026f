"""Stranger test 30 (docs/nlu/stranger-test-30.md, persona grandma): after "a present for my
grandson, who is starting his first office job", "Perhaps a good quality shirt, white or pale
blue. His collar is 15 and a half I believe." got "Got it: size 15.5 in dress shirts (collar).
I'll search ..." (his size kept as hers) and a list with a Marcella and a tuxedo shirt (evening
shirts) for an office job.

Narrowing the gift search to a kind keeps the occasion it is for (office shirts), and a size
said of someone else ("his collar", "my grandson is a 15.5") is used for this search but never
kept as the shopper's own size."""

from __future__ import annotations

import pytest

from actions.profile import ActionRememberSize
from tests.actions.conversation_driver import say, search, shown_titles, sizes_kept

OFFICE_GIFT = (
    "Good afternoon. I should like to buy a present for my grandson, who is starting his first "
    "office job in January. He is rather tall and slim."
)
SHIRT = "Perhaps a good quality shirt, white or pale blue. His collar is 15 and a half I believe."


def test_shirts_for_the_office_gift_stay_office_shirts(chat, extractor):
    search(chat, extractor, OFFICE_GIFT)

    turn = search(chat, extractor, SHIRT)

    print(turn.shown)
    titles = shown_titles(chat)
    assert titles and "Jermyn Poplin Dress Shirt" in titles, titles
    # Evening shirts are not for an office job.
    assert not any("Tuxedo" in title or "Marcella" in title for title in titles), titles
    assert "office" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        SHIRT,
        "a white shirt please, his collar is 15.5",
        "a shirt for him, his neck size is 15.5",
        "white shirt, my grandson's collar is 15.5",
        "a pale blue shirt, his collar size is 15 and a half",
        "shirt please. he takes a 15.5 collar",
    ],
)
def test_a_collar_said_of_him_is_not_kept_as_hers(chat, extractor, demo_store_url, text):
    search(chat, extractor, OFFICE_GIFT)

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "Got it" not in turn.text
    assert sizes_kept(demo_store_url) == {}
    assert "15.5" in turn.text  # still searched in his size


@pytest.mark.parametrize(
    "text",
    ["my collar is 15.5", "i take a 15.5 collar", "white shirt, collar 15.5"],
)
def test_her_own_collar_is_still_kept(chat, extractor, demo_store_url, text):
    search(chat, extractor, "white shirts")

    search(chat, extractor, text)

    assert sizes_kept(demo_store_url) == {"dress shirts": "15.5"}


@pytest.mark.parametrize(
    "text",
    [
        "my grandson is a 15.5 collar",
        "her size is 8",
        "he wears a large",
        "my wife's shoe size is 8",
        "she's a medium",
        "his neck is 16",
    ],
)
def test_a_size_of_someone_else_heard_as_stating_one_is_not_kept(
    chat, extractor, demo_store_url, text
):
    search(chat, extractor, OFFICE_GIFT)

    turn = say(chat, extractor, ActionRememberSize(), "state_size", text)

    print(turn.shown)
    assert "Got it" not in turn.text
    assert sizes_kept(demo_store_url) == {}
