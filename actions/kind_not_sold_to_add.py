"""Adding or buying a kind the catalog doesn't sell: "add the gloves too" right after "we don't sell
gloves" got "None of the products on screen fits that.", as if the bot hadn't understood
(docs/nlu/stranger-test-93.md, A6). Now it says again that we don't sell them, and nothing is
added; the nearest kind we do sell, when one stands in, is a button. Whether a kind is sold is
the store's to say (commerce.search.on_offer), the lexicon only names its words."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.search_replies import kind_buttons
from actions.sold_answer_replies import not_sold_to_add_text
from commerce.search.on_offer import nearest_kind_on_sale, none_sold, stands_in_for


def tell_kind_not_sold_to_add(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> bool:
    """Whether the message names only kinds the shop doesn't sell, and no product; if so, that we
    don't sell them, so none is added (with the nearest kind sold, if one stands in). Said only
    when no product on screen or in focus was found for the message."""
    entities = tracker.latest_message.get("entities") or []
    if any(entity.get("entity") in ("product", "product_handle") for entity in entities):
        return False
    kinds = list(
        dict.fromkeys(
            str(entity.get("value") or "").lower()
            for entity in entities
            if entity.get("entity") == "category" and not entity.get("role")
        )
    )
    if not kinds or not none_sold(session, kinds):
        return False
    nearest = nearest_kind_on_sale(session, kinds[0]) if len(kinds) == 1 else None
    if nearest and not stands_in_for(session, kinds[0], nearest, None):
        nearest = None
    dispatcher.utter_message(
        text=not_sold_to_add_text(kinds, nearest),
        buttons=kind_buttons([nearest], None) if nearest else [],
    )
    return True
