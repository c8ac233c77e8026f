"""Wording for a whole outfit within a total budget (commerce/recommend/budget_outfit.py): the
pieces, what they come to together, and honestly when no outfit fits the amount."""

from __future__ import annotations

from actions import search_replies
from actions.replies import money
from commerce.recommend.budget_outfit import BudgetOutfit, BudgetOutfits
from commerce.search import ProductQuery, SearchResult

_WHOSE = {"male": "men's", "female": "women's"}
# How an occasion reads after "for": "for an interview".
_FOR = {
    "interview": "an interview",
    "wedding": "a wedding",
    "party": "a party",
    "office": "the office",
}


def outfit_result(outfits: BudgetOutfits) -> SearchResult:
    """Every piece listed, one numbered list, for the cards and buttons."""
    matches = [piece for _, outfit in outfits.by_gender if outfit for piece in outfit.pieces]
    return SearchResult(query=ProductQuery(), matches=matches, total=len(matches))


def budget_outfit_text(outfits: BudgetOutfits, occasion: str | None) -> str:
    """ "A men's outfit for an interview within $300 in total: ... Together: $268.45." or "I can't
    put a whole men's outfit together for $300 in total: the closest comes to $453.45: ..."."""
    budget = money(outfits.budget, whole=True)
    for_what = f" for {_FOR.get(occasion, occasion)}" if occasion else ""
    parts, number = [], 1
    for gender, outfit in outfits.by_gender:
        whose = _WHOSE.get(gender, "")
        if outfit is None:
            parts.append(f"I have no {whose} outfit{for_what} to put together right now.")
            continue
        lines = _lines(outfit, number)
        number += len(outfit.pieces)
        total = money(outfit.total)
        if outfit.total <= outfits.budget:
            left = money(outfits.budget - outfit.total)
            parts.append(
                f"A {whose} outfit{for_what} within {budget} in total:\n{lines}\n"
                f"Together: {total}, leaving {left} of your {budget}."
            )
        else:
            parts.append(
                f"I can't put a whole {whose} outfit{for_what} together for {budget} in total. "
                f"The closest I can do comes to {total}:\n{lines}"
            )
    return "\n\n".join(parts)


def _lines(outfit: BudgetOutfit, first: int) -> str:
    result = SearchResult(
        query=ProductQuery(), matches=list(outfit.pieces), total=len(outfit.pieces)
    )
    lines = search_replies.result_lines(result, notes=False).split("\n")
    return "\n".join(
        f"{index}. {line.split('. ', 1)[1]}" for index, line in enumerate(lines, start=first)
    )
