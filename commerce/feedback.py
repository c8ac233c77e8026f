"""Feedback: a 1–5 rating and an optional comment after an order or an answered question.

A shopper is asked at most once in `FEEDBACK_PAUSE` (so never twice in a row), and the shop owner
reads the ratings with the conversations they belong to.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.models import Feedback, as_utc
from commerce.orders import InvalidRequest

FEEDBACK_PAUSE = timedelta(hours=24)
MAX_COMMENT_LENGTH = 2000
TOPICS = ("order", "question")


def ask_for_feedback(
    session: Session,
    owner: str,
    topic: str,
    order_number: str | None = None,
    now: datetime | None = None,
) -> Feedback | None:
    """Record that the shopper is being asked; None if they were asked too recently to ask again."""
    if topic not in TOPICS:
        raise ValueError(f"unknown feedback topic {topic!r}")
    now = now or datetime.now(timezone.utc)
    last = _latest(session, owner)
    if last is not None and now - as_utc(last.asked_at) < FEEDBACK_PAUSE:
        return None
    feedback = Feedback(owner=owner, topic=topic, order_number=order_number, asked_at=now)
    session.add(feedback)
    session.flush()
    return feedback


def record_rating(session: Session, owner: str, rating: int) -> Feedback:
    """The shopper's rating for the latest question put to them (a new row if none is open)."""
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise InvalidRequest("a rating is a whole number from 1 to 5")
    feedback = _latest(session, owner)
    if feedback is None or feedback.rating is not None:
        feedback = Feedback(owner=owner, topic="question")
        session.add(feedback)
    feedback.rating = rating
    session.flush()
    return feedback


def record_comment(session: Session, owner: str, comment: str) -> Feedback | None:
    """Attach a comment to the shopper's latest rating; None if they have not rated."""
    feedback = _latest(session, owner)
    text = comment.strip()
    if feedback is None or feedback.rating is None or not text:
        return None
    feedback.comment = text[:MAX_COMMENT_LENGTH]
    return feedback


def _latest(session: Session, owner: str) -> Feedback | None:
    return session.scalar(
        select(Feedback)
        .where(Feedback.owner == owner)
        .order_by(Feedback.asked_at.desc(), Feedback.id.desc())
    )
