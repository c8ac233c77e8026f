"""Feedback in the store: asked at most once a day, a 1–5 rating, a comment kept with it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from commerce.db import create_schema, get_engine, session_scope
from commerce.feedback import ask_for_feedback, record_comment, record_rating
from commerce.models import Feedback
from commerce.orders import InvalidRequest

NOON = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)


@pytest.fixture
def session(tmp_path):
    engine = get_engine(f"sqlite:///{tmp_path / 'shop.db'}")
    create_schema(engine)
    with session_scope(engine, writes=True) as session:
        yield session


def test_never_asked_twice_in_a_row(session):
    assert ask_for_feedback(session, "ann", "order", "HL-7KQ2XM", now=NOON) is not None
    assert ask_for_feedback(session, "ann", "question", now=NOON + timedelta(minutes=5)) is None
    assert ask_for_feedback(session, "ann", "question", now=NOON + timedelta(hours=23)) is None
    assert ask_for_feedback(session, "bob", "question", now=NOON) is not None  # per shopper
    assert ask_for_feedback(session, "ann", "question", now=NOON + timedelta(hours=25))


def test_the_rating_and_comment_go_with_what_was_asked(session):
    ask_for_feedback(session, "ann", "order", "HL-7KQ2XM", now=NOON)

    record_rating(session, "ann", 4)
    record_comment(session, "ann", "  quick checkout, but the size chart confused me  ")

    stored = session.scalars(select(Feedback)).all()
    assert [(f.topic, f.order_number, f.rating, f.comment) for f in stored] == [
        ("order", "HL-7KQ2XM", 4, "quick checkout, but the size chart confused me")
    ]


def test_a_rating_nobody_asked_for_is_still_kept(session):
    record_rating(session, "ann", 5)

    assert [(f.topic, f.rating) for f in session.scalars(select(Feedback))] == [("question", 5)]


@pytest.mark.parametrize("rating", [0, 6, -1, True, 4.5, "5"])
def test_a_rating_outside_1_to_5_is_refused_and_changes_nothing(session, rating):
    with pytest.raises(InvalidRequest):
        record_rating(session, "ann", rating)

    assert session.scalars(select(Feedback)).all() == []


def test_a_comment_needs_a_rating_and_is_capped(session):
    assert record_comment(session, "ann", "hello") is None

    record_rating(session, "ann", 2)
    stored = record_comment(session, "ann", "x" * 5000)

    assert len(stored.comment) == 2000
