"""The colour of a product sold in no colour option, as its title names it: "Onyx Silver
Cufflinks" is silver, "Navy Polka Dot Pocket Square" navy. Read at import, so "do you sell silver
cufflinks?" finds the two in stock instead of "I have no silver cufflinks" (docs/nlu/
stranger-test-90.md, B3)."""

from __future__ import annotations

import re

from commerce.lexicon import load_lexicon

# Words of a title that hold a colour word and name no colour: "Black Tie Stud & Cufflink Set"
# is for black-tie events; "Mother-of-Pearl" is no pearl colour.
_NO_COLOUR = re.compile(r"\bblack[\s-]+tie\b")


def colour_named_in_title(title: str) -> str | None:
    """The one colour `title` names as a word ("Silver"); None when it names none, or more than
    one ("Black and White Scarf": which is not said)."""
    lexicon = load_lexicon()
    words = re.findall(r"[a-z]+", _NO_COLOUR.sub(" ", title.lower()))
    named = [word for word in words if lexicon.colour_family(word)]
    if len(set(named)) != 1:
        return None
    return named[0].capitalize()
