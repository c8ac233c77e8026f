"""A store session costs what the query costs: `session_scope` (commerce/db.py) does not build a
new SQLAlchemy session class for every session (0.4-0.6 ms of CPU each time, paid by every action
and by the Rasa server's hand-over check on every message; docs/performance.md, section 1,
"Third look")."""

from __future__ import annotations

from sqlalchemy import select

from commerce.db import session_scope
from commerce.models import Product
from commerce.profiles import note_search, tastes


def test_sessions_share_one_class_and_still_bind_to_their_own_store(new_store, demo_engine):
    kinds = set()
    for engine, writes in ((new_store, False), (demo_engine, True), (new_store, True)):
        with session_scope(engine, writes=writes) as session:
            kinds.add(type(session))
            products = session.scalars(select(Product)).all()
            assert (len(products) > 0) == (engine is demo_engine)
    assert len(kinds) == 1


def test_a_session_still_rolls_back_on_error_and_keeps_its_objects_after_commit(new_store):
    try:
        with session_scope(new_store) as session:
            note_search(session, "ann", colours=["brown"])
            raise RuntimeError("the action failed half-way")
    except RuntimeError:
        pass
    with session_scope(new_store) as session:
        assert tastes(session, "ann") == []
        note_search(session, "ann", colours=["brown"])
    with session_scope(new_store) as session:
        found = tastes(session, "ann")
    assert [(taste.value, taste.times) for taste in found] == [("brown", 1)]  # read after commit
