"""Wording for a whole outfit within a total budget (commerce/recommend/budget_outfit.py): the
pieces, what they come to together, and honestly when no outfit fits the amount."""

from __future__ import annotations

from decimal import Decimal

from actions import search_replies
from actions.replies import and_list, kind_words, money
from commerce.recommend.budget_outfit import BudgetOutfit, BudgetOutfits
from commerce.search import KIND_ALTERNATIVES, ProductQuery, SearchResult

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


def budget_outfit_text(
    outfits: BudgetOutfits, occasion: str | None, sizes: dict[str, str] | None = None
) -> str:
    """ "A men's outfit for an interview within $300 in total: ... Together: $268.45." or "I can't
    put a whole men's outfit together for $300 in total: the closest comes to $453.45: ...";
    the sizes told for kinds said after it ("(dresses in M, shoes in 8)")."""
    budget = money(outfits.budget, whole=True)
    for_what = f" for {_FOR.get(occasion, occasion)}" if occasion else ""
    if sizes:
        for_what += " (" + and_list([f"{kind} in {size}" for kind, size in sizes.items()]) + ")"
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


def budget_left_text(
    total: Decimal, chosen: tuple[tuple[str, Decimal], ...], listed: tuple[Decimal, ...] = ()
) -> str:
    """ "Your $300 was for everything: with the Windsor Oxford ($139.00), $161.00 is left, so
    these are under that." (of `listed`, the prices shown: only when each is under it, else the
    closest above it), or, when the pieces chosen cost it all, "...: the Hanover Flannel Suit
    alone is $419.00, so nothing more fits it; here the cheapest come first." """
    spent = sum((price for _, price in chosen), Decimal(0))
    pieces = and_list([f"the {title} ({money(price)})" for title, price in chosen])
    head = f"Your {money(total, whole=True)} was for everything"
    if spent < total:
        left = total - spent
        over = [price for price in listed if price > left]
        if not over:
            these = "so these are under that"
        elif len(over) == len(listed):
            these = "and none of these is under that: they are the closest above it"
        else:
            these = f"so those up to {money(left)} are under that, the others the closest above it"
        return f"{head}: with {pieces}, {money(left)} is left, {these}."
    if len(chosen) == 1:
        spending = f"the {chosen[0][0]} alone is {money(spent)}"
    else:
        spending = f"{pieces} already come to {money(spent)}"
    return f"{head}: {spending}, so nothing more fits it; here the cheapest come first."


def budget_for_all_text(total: Decimal, kinds: list[str]) -> str:
    """ "Your $300 is for the dresses and the shoes together, so these are under it; once you
    pick one, the shoes get what it leaves." (the first kind listed, the others after it); a
    kind either of which will do ("cufflinks|pocket squares") said as "the cufflinks or pocket
    squares", and a kind within it not said again (stranger test 81, B1)."""
    named: list[str] = []
    for kind in kinds:
        if not set(kind.split(KIND_ALTERNATIVES)) <= {
            part for earlier in named for part in earlier.split(KIND_ALTERNATIVES)
        }:
            named.append(kind)
    if len(named) == 1:  # the pair alone: "the cufflinks and the pocket squares together"
        named = named[0].split(KIND_ALTERNATIVES)
    together = and_list([f"the {kind_words(kind)}" for kind in named])
    rest = and_list([f"the {kind_words(kind)}" for kind in named[1:]])
    return (
        f"Your {money(total, whole=True)} is for {together} together, so these are under it; "
        f"once you pick one, {rest} get what it leaves."
    )


def suggestions_over_budget_left_text(
    total: Decimal, chosen: tuple[tuple[str, Decimal], ...], within: int
) -> str:
    """Under suggestions that go with a piece chosen, some over what the budget for everything
    leaves: "Your $120 was for everything: with the Belgravia Twill Dress Shirt ($89.95), $30.05
    is left, and each of these is over that." (`within`: how many listed first are within it), or,
    the pieces chosen costing it all, "...: the ... alone is $130.00, so each of these goes over
    it." """
    spent = sum((price for _, price in chosen), Decimal(0))
    pieces = and_list([f"the {title} ({money(price)})" for title, price in chosen])
    head = f"Your {money(total, whole=True)} was for everything"
    if spent >= total:
        spending = (
            f"the {chosen[0][0]} alone is {money(spent)}"
            if len(chosen) == 1
            else f"{pieces} already come to {money(spent)}"
        )
        return f"{head}: {spending}, so each of these goes over it."
    left = money(total - spent)
    if not within:
        return f"{head}: with {pieces}, {left} is left, and each of these is over that."
    return (
        f"{head}: with {pieces}, {left} is left, so those up to {left} come first; "
        "the others are over that."
    )
