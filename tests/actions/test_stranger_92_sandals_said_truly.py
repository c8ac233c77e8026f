"""docs/nlu/stranger-test-92.md, B3 (worst problem 4): a sandal reply that contradicted itself.

"And what sandals would go with it? I'm a women's US 8, something flat or a low heel, tan or gold
would be perfect." got "I have no tan or gold low heel sandals for women in size US 8; the only
sandals we have are these:" above three sandals all listed in Gold. The truth, from the catalog:
each is in Gold but none is a low heel (8, 7 and 12 cm heels), and the Marisol's Gold is sold
out in US 8. Right: each sandal says which wish it fails, computed; never "no gold" above gold
ones."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

B3 = (
    "And what sandals would go with it? I'm a women's US 8, something flat or a low heel, "
    "tan or gold would be perfect."
)


def sandal_lines(text: str) -> dict[str, str]:
    return {
        name: next(line for line in text.splitlines() if name in line)
        for name in ("Seraphina Crystal Sandal", "Marisol Strappy Sandal", "Delphine Platform")
        if name in text
    }


@pytest.mark.parametrize(
    "text",
    [
        B3,
        "sandals for women size 8, low heel, tan or gold",
        "any gold or tan sandals in a womens 8? low heel pls",
        "looking for sandals in tan or gold, low heel, im a womens 8",
        "do u have sandals gold or tan? size 8 womens, a low heel",
        "Tan or gold sandals with a low heel please, women's size 8.",
    ],
)
def test_each_sandal_says_which_wish_it_fails(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    first = turn.shown.splitlines()[0]
    assert "no tan or gold" not in first.lower(), turn.shown
    lines = sandal_lines(turn.shown)
    assert len(lines) == 3, turn.shown
    for line in lines.values():
        assert "not a low heel" in line, line
    # In Gold and in stock in US 8: only the heel fails.
    assert "in Gold" in lines["Seraphina Crystal Sandal"]
    assert "size" not in lines["Seraphina Crystal Sandal"].split(" — ", 1)[1]
    assert "in Gold" in lines["Delphine Platform"]
    # Gold is sold out in US 8: said, never "not in gold".
    marisol = lines["Marisol Strappy Sandal"].split(" — ", 1)[1]
    assert "Gold not in stock in size" in marisol and "8" in marisol, marisol
    assert "not in tan or gold" not in marisol
