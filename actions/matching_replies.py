"""Wording for matching outfits for two (commerce/recommend/matching.py): what the shop has for
each of them in one shared colour, and how they match (stranger test 19,
docs/nlu/stranger-test-19.md: "matching" outfits for two were not matched)."""

from __future__ import annotations

from actions.replies import describe_query
from actions.search_replies import result_lines
from commerce.recommend.matching import OUTFIT_KIND, MatchingOutfits
from commerce.search import ProductQuery, SearchResult


def matching_outfits_text(
    pair: MatchingOutfits, both: SearchResult, asked_colour: bool, kinds_named: bool = False
) -> str:
    """ "Matching in navy, for both of you:" then his and her products under a heading each,
    numbered as one list, and how they match. `both`: his then hers, as shown. With a kind named
    for each (`kinds_named`): "Coordinating blazers for him and dresses for her in navy"."""
    lines = result_lines(both).splitlines()
    his = len(pair.for_him.matches)
    kind = describe_query(both.query.updated(colour=None))
    why = "the colour you asked for" if asked_colour else "the colour I have most of for you both"
    if kinds_named:
        his_kind = describe_query(ProductQuery(category=pair.for_him.query.category))
        her_kind = describe_query(ProductQuery(category=pair.for_her.query.category))
        opening = (
            f"Coordinating {his_kind} for him and {her_kind} for her in {pair.colour} ({why}):"
        )
    else:
        opening = f"Matching {kind} in {pair.colour}, for both of you ({why}):"
    return "\n".join(
        [
            opening,
            "For him:",
            *lines[:his],
            "For her:",
            *lines[his:],
            f"Both are {pair.colour}, so the two outfits match. Tap one to see it, or ask for "
            "another colour.",
        ]
    )


def same_for_both_text(same: SearchResult, people: int) -> str:
    """ "Matching ties for wedding, for both of you:" then those the shop has `people` of in one
    colour, each with those colours only (commerce/recommend/matching.py `same_for_both`)."""
    kind = describe_query(same.query.updated(gender=None))
    return "\n".join(
        [
            f"Matching {kind}, for both of you: take {people} of the same one, in one colour. "
            f"Each is shown in the colours I have at least {people} of:",
            result_lines(same),
            f"Tap one to see it, then add {people} in the colour you both want.",
        ]
    )


def no_matching_outfits_text(wanted: ProductQuery, people: int = 2) -> str:
    """None in stock for both in one colour (nor, for a kind named, {people} of one product in
    one colour): said plainly, with what was looked for."""
    if wanted.category not in (None, OUTFIT_KIND):
        kind = describe_query(wanted)
        return (
            f"I don't have {people} of any one of the {kind} in stock in one colour, so I can't "
            "match you both in them."
        )
    if wanted.colour:
        return (
            f"I have nothing in {wanted.colour} in stock for both of you, so I can't match you "
            "in it."
        )
    return "I have no colour in stock for both of you right now, so I can't match two outfits."
