""" "hi need black dance shoes for tango class mens sz 9 under 150": the shoes that match the rest
are listed, and under them what the catalog's own words say of dancing in them, as no search can
tell (stranger test 89 A1, docs/nlu/stranger-test-89.md: "dance/tango" was dropped without a
word). Called by `say_under_results` (actions/search_notes.py)."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.replies import and_list
from commerce.models import Product
from commerce.search.product_conditions import handles_with_feature
from shop_nlu.dance_wishes import dancing_said


def dancing_note(titles: list[str]) -> str:
    """What the catalog says of dancing in the products listed: `titles`, those described so."""
    if not titles:
        return (
            "Nothing here is made for dancing specifically: our catalog doesn't describe any of "
            "these as dance shoes, so they match the rest of what you asked for."
        )
    return f"Of these, our catalog describes the {and_list(titles)} as made for dancing."


def tell_dancing_asked(
    dispatcher: CollectingDispatcher, session: Session, text: str, handles: list[str]
) -> None:
    """Under a list, for a message that wishes to dance in them: which of them the catalog
    describes for dancing, or that none is."""
    if not handles or not dancing_said(text):
        return
    made = handles_with_feature(session, handles, "dancing")
    rows = session.execute(select(Product.handle, Product.title).where(Product.handle.in_(made)))
    titles = dict(rows.all())
    dispatcher.utter_message(text=dancing_note([titles[h] for h in handles if h in titles]))
