"""The recommender's queries on PostgreSQL: co-purchase counts, new arrivals, outfits."""

from __future__ import annotations

from sqlalchemy import delete

from commerce.db import session_scope
from commerce.models import Order, OrderLine
from commerce.recommend import (
    Anchor,
    bought_together,
    compare_products,
    complete_the_look,
    new_arrivals,
)
from commerce.search import ProductQuery
from tests.core.test_recommend import SHIRT, SUIT, TIE, _order

pytestmark = __import__("pytest").mark.postgres


def test_recommendations_on_postgres(engine):
    with session_scope(engine, writes=True) as session:
        session.execute(delete(OrderLine))
        session.execute(delete(Order))
    _order(engine, "pg-a", SUIT, SHIRT, TIE)
    _order(engine, "pg-b", SUIT, SHIRT)

    with session_scope(engine) as session:
        co = bought_together(session, SUIT)
        outfit = complete_the_look(session, [Anchor(SUIT, "navy")])
        arrivals = new_arrivals(session, ProductQuery(category="belts"))
        comparison = compare_products(session, ["windsor-patent-oxford", "savile-plain-toe-oxford"])

    assert [(match.handle, count) for match, count in co.items] == [(SHIRT, 2)]
    assert [s.place for s in outfit.suggestions] == ["dress shirts", "ties", "belts", "dress shoes"]
    assert arrivals.any_recent and len(arrivals.result.matches) == 3
    assert comparison.cheapest.details.handle == "savile-plain-toe-oxford"
