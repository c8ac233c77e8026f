"""Wording for a price asked of the list on screen that nothing meets: "more cheap" under the
cheapest there is, a budget under every one of a stand-in kind (actions/cheaper_refinements.py;
"cheaper" with nothing listed asks for a budget in the domain's own words); and which of those
on screen is the cheapest, or that several are."""

from __future__ import annotations

from decimal import Decimal

from actions.replies import and_list, colour_words, describe_query, money
from commerce.search import ProductQuery, SearchResult


def nothing_cheaper_text(title: str, price: Decimal, kinds: ProductQuery, narrowed: bool) -> str:
    """ "Nothing cheaper, sorry: the Savile Plain-Toe Oxford at $99.00 is the cheapest of our
    oxfords, in any size or colour." `narrowed`: the search had a size or colour, which no
    cheaper one of the kind has either."""
    anywhere = ", in any size or colour" if narrowed else ""
    return (
        f"Nothing cheaper, sorry: the {title} at {money(price)} is the cheapest of our "
        f"{describe_query(kinds)}{anywhere}."
    )


def stand_in_over_budget_text(
    stand_in: str, budget: Decimal, cheapest: SearchResult, asked: str, found: SearchResult
) -> str:
    """ "I have no blazers under $80; the cheapest is the Henley Hopsack Blazer at $199.50. Under
    $80, the nearest we have to sweaters are grey casual shirts in size M:" """
    first = cheapest.matches[0]
    shown = describe_query(found.query.updated(price_max=None, sort=None))
    under = money(budget, whole=True)
    return (
        f"I have no {stand_in} under {under}; the cheapest is the {first.title} at "
        f"{money(first.price_from)}. Under {under}, the nearest we have to {asked} are {shown}:"
    )


def none_cheaper_as_asked_text(
    title: str, price: Decimal, asked: ProductQuery, cheaper: SearchResult | None
) -> str:
    """ "Nothing cheaper in brown leather belts in size 38, sorry: the Woven Leather Belt at $69.00
    is the cheapest. Cheaper belts in size 38, though not brown leather:" (without the second
    sentence when no cheaper one is left either)."""
    said = describe_query(asked.updated(sort=None))
    first = f"Nothing cheaper in {said}, sorry: the {title} at {money(price)} is the cheapest."
    if cheaper is None:
        return first
    given_up = " ".join([colour_words(asked.colour), *asked.features]).strip()
    shown = describe_query(cheaper.query.updated(price_max=None, sort=None))
    return f"{first} Cheaper {shown}, though not {given_up}:"


def cheaper_of_those_text(title: str, price: Decimal, count: int) -> str:
    """ "Which of those is the cheaper one?" of `count` products on screen: "There's only one of
    those: the Lucia Block-Heel Pump, $179.00." or "Of those, the cheaper one is the ..."."""
    if count == 1:
        return f"There's only one of those: the {title}, {money(price)}."
    which = "cheaper" if count == 2 else "cheapest"
    return f"Of those, the {which} one is the {title} at {money(price)}."


def cheapest_tie_text(titles: list[str], price: Decimal, shown: int) -> str:
    """ "Which is the cheapest?" when `titles` share the lowest price of the `shown` on screen:
    "Both are $109.00.", "They're all $39.00.", or "The Suede Casual Belt and the Woven Leather
    Belt are both $69.00, the cheapest." (stranger test 85, B2)."""
    if len(titles) == shown:
        return f"Both are {money(price)}." if shown == 2 else f"They're all {money(price)}."
    named = and_list([f"the {title}" for title in titles])
    every = "both" if len(titles) == 2 else "all"
    return f"{named[:1].upper()}{named[1:]} are {every} {money(price)}, the cheapest."
