"""A letter size said after a second kind, for the first kind: "need white shirt and dark trouser
... size M, waist 30" is a shirt in M and trousers in waist 30, since trousers come in waists and
shirts (some of them) in letters (stranger test 72, docs/nlu/stranger-test-72.md, A1)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from commerce.profiles import LETTER_KIND, LETTER_SIZED_KINDS, kind_of_stated_size, size_kind
from commerce.search import category_types
from commerce.sizes import size_query_key


def letter_size_of_first_kind(session: Session, entities: dict[str, list[str]]) -> list[str] | None:
    """The letter size said in a message of several kinds ("M"), as the first kind's size when
    some of its products come in letter sizes and none of the kinds after it do; None else."""
    first, *later = entities.get("category") or [""]
    letters = [
        size for size in entities.get("size") or []
        if kind_of_stated_size(size_query_key(size) or "", "") == LETTER_KIND
    ]  # fmt: skip
    if not letters or any(_letter_sized(session, kind) for kind in later):
        return None
    return letters[-1:] if _letter_sized(session, first) else None


def _letter_sized(session: Session, kind: str) -> bool:
    return any(size_kind(session, word) in LETTER_SIZED_KINDS for word in category_types(kind))
