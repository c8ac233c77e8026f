"""Wording for matching outfits for two (commerce/recommend/matching.py): what the shop has for
each of them in one shared colour, and how they match (stranger test 19,
docs/nlu/stranger-test-19.md: "matching" outfits for two were not matched)."""

from __future__ import annotations

from actions.replies import describe_query
from actions.search_replies import result_lines
from commerce.recommend.matching import MatchingOutfits
from commerce.search import SearchResult


def matching_outfits_text(pair: MatchingOutfits, both: SearchResult, asked_colour: bool) -> str:
    """ "Matching in navy, for both of you:" then his and her products under a heading each,
    numbered as one list, and how they match. `both`: his then hers, as shown."""
    lines = result_lines(both).splitlines()
    his = len(pair.for_him.matches)
    kind = describe_query(both.query.updated(colour=None))
    why = "the colour you asked for" if asked_colour else "the colour I have most of for you both"
    return "\n".join(
        [
            f"Matching {kind} in {pair.colour}, for both of you ({why}):",
            "For him:",
            *lines[:his],
            "For her:",
            *lines[his:],
            f"Both are {pair.colour}, so the two outfits match. Tap one to see it, or ask for "
            "another colour.",
        ]
    )


def no_matching_outfits_text(colour: str | None) -> str:
    """None in stock for both in one colour: said plainly."""
    if colour:
        return f"I have nothing in {colour} in stock for both of you, so I can't match you in it."
    return "I have no colour in stock for both of you right now, so I can't match two outfits."
