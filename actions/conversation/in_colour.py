"""The one product of several that comes in a colour said with their kind: "add the shirt in 15.5
n the tie in navy" with four ties on screen, only the Silk Grenadine Tie in navy, is that tie
(stranger test 78, docs/nlu/stranger-test-78.md, A5), never "Which tie do you mean?"."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from commerce.search import ProductQuery, find_products


def the_one_in_colour(session: Session, handles: Sequence[str], colour: str | None) -> str | None:
    """Of `handles`, the only one that comes in `colour`; None when no colour is said, or none
    or several of them come in it (then the shopper is still asked which)."""
    if not colour or len(handles) < 2:
        return None
    fitting = find_products(
        session, ProductQuery(colour=colour), limit=len(handles), only_handles=list(handles)
    )
    in_colour = {match.handle for match in fitting.matches}
    return next(iter(in_colour)) if len(in_colour) == 1 else None
