"""How a list is ordered, said after what was found: a quiet look ("something plain", a funeral:
commerce/search/quiet.py) or the cheapest first, when price matters to the shopper and no amount
was said ("not expensive pls im student", "on a budget": the extractor's sort `price_asc`,
docs/nlu/stranger-test-72.md, A1)."""

from __future__ import annotations

from decimal import Decimal

from actions.replies import and_list, money
from commerce.search import DARK, PLAIN, ProductQuery, dark_colours


def quiet_order_words(look: str | None) -> str:
    """ "Something plain", a funeral (commerce/search/quiet.py): how the list is ordered, said
    after what was found (", plain ones first (patterned or shiny ones last)"); "" for none.
    Only what the catalog says is claimed: it calls some patterned or shiny, none plain."""
    if look == DARK:
        colours = ", ".join(dark_colours()[:-1]) + f" or {dark_colours()[-1]}"
        return f", plain ones in dark colours first ({colours}; patterned or shiny ones last)"
    return ", plain ones first (patterned or shiny ones last)" if look == PLAIN else ""


def list_order_words(query: ProductQuery) -> str:
    """How a list found for `query` is ordered, said after what was found: the quiet look's
    words, else ", cheapest first" for a search sorted cheapest first; "" for any other order."""
    if quiet := quiet_order_words(query.quiet):
        return quiet
    return ", cheapest first" if query.sort == "price_asc" else ""


def colours_going_with_text(colour: str, colours: tuple[str, ...]) -> str:
    """ "To go with green, I've kept to the colours our guide pairs with it: ...", said before a
    list searched in them (actions/personal_search.py `keep_to_colours_going_with`)."""
    listed = ", ".join(colours[:-1]) + f" and {colours[-1]}"
    return f"To go with {colour}, I've kept to the colours our guide pairs with it: {listed}."


def none_plain_text(titles: list[str], plainest: tuple[str, Decimal, Decimal] | None) -> str:
    """ "Heads up: the catalog describes the Patent Evening Belt as shiny or patterned, so not
    plain, and nothing plainer fits everything you asked. The plainest over your $80 is the
    Reversible Dress Belt at $99.50." (`plainest`: its title, price and the amount it is over)"""
    named = and_list([f"the {title}" for title in titles]) or "each of these"
    text = (
        f"Heads up: the catalog describes {named} as shiny or patterned, so not plain, and "
        "nothing plainer fits everything you asked."
    )
    if plainest:
        title, price, over = plainest
        text += (
            f" The plainest over your {money(over, whole=True)} is the {title} at {money(price)}."
        )
    return text
