"""A kind we don't sell, with nothing close for this shopper, asked for with a need the store
does meet for them: "i need warm sweter for woman" (stranger test 71, docs/nlu/stranger-test-71.md,
persona A message 2). The blazers and shirts nearest to a sweater are men's, but warm things for
women are sold (the velvet dress, the Chelsea boots): those are listed, each kind said as it is,
after "we don't sell sweaters", never passed off as sweaters. For `tell_nothing_close`
(actions/nothing_close.py)."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import replies, search_replies
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults
from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.search import ProductQuery, SearchResult, find_products
from commerce.search.query import not_sold_kind


def meeting_the_need(session: Session, query: ProductQuery) -> SearchResult | None:
    """What the store has of any kind with the features `query` asks for (its warmth), for its
    gender and in its size, colour and budget; None when it names no feature, none is sold, or
    the nearest kinds would do for them but the store has none ("a warm coat for women in M": no
    women's blazers; that reply stands, docs/nlu/stranger-test-36.md and -47.md)."""
    if not query.features or not query.category or not _nearest_not_for_them(query):
        return None
    wanted = query.updated(category=None, not_categories=(), product=None)
    found = find_products(session, wanted, limit=load_settings().results_per_page)
    return found if found.matches else None


def _nearest_not_for_them(query: ProductQuery) -> bool:
    """Whether the lexicon's `nearest_for` says the kinds nearest to the one asked are never for
    this shopper (a sweater's, blazers and shirts, are for men only)."""
    whom = load_lexicon().nearest_kind_for.get(not_sold_kind(query.category or ""), ())
    return bool(query.gender and whom and query.gender not in whom)


def tell_the_need_met(
    dispatcher: CollectingDispatcher,
    query: ProductQuery,
    found: SearchResult,
    not_sold: str,
    whom: str,
) -> Events:
    """ "Sorry, we don't sell sweaters. I have nothing close for women, but here are the warm
    products for women we do have, none of them sweaters:" and the list (`not_sold`: the first
    sentence, as said for the kind; `whom`: " for women in size M", as `found` was searched)."""
    need = replies.describe_query(
        query.updated(category=None, product=None, gender=None, size=None)
    )
    kind = replies.kind_words(query.category) or query.category
    text = (
        f"{not_sold} I have nothing close{whom}, but here are the {need}{whom} we do have, "
        f"none of them {kind}:\n{search_replies.result_lines(found)}"
    )
    dispatcher.utter_message(
        text=text,
        buttons=search_replies.result_buttons(found),
        product_cards=search_replies.product_cards(found),
    )
    return [SlotSet(CURRENT_PRODUCT, None), ShownResults.of(found).slot()]
