"""A kind we don't sell for someone its nearest kind is not for: "a warm coat for women in size
M" when every blazer (the nearest kind to a coat) is for men, and none is made in M. That we have
nothing close for her, and the kinds the store has for her, each a button; never men's blazers,
each "not for women" (docs/nlu/stranger-test-36.md). For the search's answer to a kind not sold
(`_show_nearest_kind`, actions/search_results.py); whether the nearest kind stands in for her is
the catalog's to say (commerce.search.stands_in_for)."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.replies import and_list, kind_words, money
from actions.search_need_instead import meeting_the_need, tell_the_need_met
from actions.search_replies import kind_buttons
from commerce.search import (
    ProductQuery,
    cut_only_for,
    find_products,
    kinds_for,
    sold_kinds,
    sold_only_for_others,
)
from commerce.sizes import display_size


def tell_nothing_close(
    dispatcher: CollectingDispatcher,
    session: Session,
    query: ProductQuery,
    opening: str | None,
    *,
    need_met: bool = False,
) -> Events:
    """Nothing close for the gender and size of `query`; the kinds in stock for them (in their
    size, or, when none is, for them in any size), from the store. With `need_met`, what the store
    has for them with the features asked ("warm sweter for woman": the warm things for women), if
    any, listed after "nothing close" instead of the kinds (actions/search_need_instead.py); the
    events of the list shown."""
    if need_met and (found := meeting_the_need(session, query)):
        kind = query.category or ""
        not_sold = opening or f"Sorry, we don't sell {kind_words(kind) or kind}."
        return tell_the_need_met(dispatcher, query, found, not_sold, _for_whom(query))
    asked = ProductQuery(gender=query.gender, size=query.size)
    offered = asked
    kinds = kinds_for(session, query.gender, size=query.size)
    if not kinds and query.size:
        offered = ProductQuery(gender=query.gender)
        kinds = kinds_for(session, query.gender)
    text = nothing_close_text(
        query.category or "", asked, offered, kinds, sold_kinds(session), opening
    )
    dispatcher.utter_message(text=text, buttons=kind_buttons(kinds, query.gender))
    return []


def tell_kind_not_for_them(
    dispatcher: CollectingDispatcher, session: Session, query: ProductQuery
) -> bool:
    """ "Womens blazer black or navy sz m" where every blazer is for men (stranger test 63,
    problem 4): that we have none for her, first, then the kinds we have for her, as
    `tell_nothing_close`; never the other gender's as the closest, each "not for women". False
    (nothing said) when the kind is sold for them, or no gender or kind is asked."""
    if not query.category or not sold_only_for_others(session, query.category, query.gender):
        return False
    kind = kind_words(query.category) or query.category
    opening = f"Sorry, we don't have {kind}{_for_whom(ProductQuery(gender=query.gender))}"
    tell_nothing_close(dispatcher, session, query, opening + _cut_for_others(session, query, kind))
    return True


def _cut_for_others(session: Session, query: ProductQuery, kind: str) -> str:
    """ ": our shirts are all men's." when the catalog says every one is for the other gender
    (stranger 86 B3), "." when it does not say so. (Never "for men": after "for women" it would
    read as an offer of men's ones, which stranger test 26's shopper was rightly not made.)"""
    only = cut_only_for(session, query.category or "")
    if not only or only == query.gender:
        return "."
    return f": our {kind} are all {_OWNED_BY[only]}{_over_budget(session, query)}."


def _over_budget(session: Session, query: ProductQuery) -> str:
    """ ", and they start at $419.00, over your $400" when even the cheapest of the kind on offer
    is over the budget said ("under $400 for the suit", stranger test 95, B1); "" otherwise."""
    if query.price_max is None:
        return ""
    found = find_products(session, ProductQuery(category=query.category, sort="price_asc"), limit=1)
    lowest = min((match.price_from for match in found.matches), default=None)
    if lowest is None or lowest <= query.price_max:
        return ""
    return f", and they start at {money(lowest)}, over your {money(query.price_max, whole=True)}"


_OWNED_BY = {"male": "men's", "female": "women's"}


def nothing_close_text(
    kind: str,
    asked: ProductQuery,
    offered: ProductQuery,
    kinds: list[str],
    departments: list[str],
    opening: str | None = None,
) -> str:
    """ "We don't sell coats" to a woman in size M when no blazer (the nearest kind) is for her or
    made in M: that nothing is close for her (`asked`: her gender and size), then the kinds the
    store has for her (`offered`: the gender and size `kinds` are in stock for), or, when it has
    none, its departments. `opening` takes the place of "we don't sell" (`not_sold_text`)."""
    close = f"I have nothing close{_for_whom(asked)}."
    not_sold = f"Sorry, we don't sell {kind_words(kind) or kind}."
    text = f"{opening}\n{close}" if opening else f"{not_sold} {close}"
    if not kinds:
        return text + f" We sell {and_list(departments)}: tell me what you're looking for."
    whom = _for_whom(offered).strip()
    have = f"{whom[:1].upper()}{whom[1:]} we have" if whom else "We have"
    return text + f" {have} {and_list(kinds)}: tap one, or tell me what you're looking for."


def _for_whom(query: ProductQuery) -> str:
    """ " for women in size M", " in size 10", or "" for anyone."""
    who = {"female": " for women", "male": " for men"}.get(query.gender or "", "")
    return who + (f" in size {display_size(query.size)}" if query.size else "")
