"""A letter size worn in another region, asked in our sizes ("in asia i am L, what is US size for
me?", stranger test 68, docs/nlu/stranger-test-68.md, message A5: it got the shoe chart): how the
clothes in view are sized here (a blazer by chest and length, trousers by waist), that our size
guide has no chart from that region's sizes, and the size guide to read. A search unsure of our
sizes ("maybe 32? not sure US size", A2) gets how the kinds listed are sized, under the list."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import size_advice_replies
from actions.base import Events
from actions.between_sizes import SIZE_GUIDE_BUTTON
from actions.conversation import CURRENT_PRODUCT, ShownResults
from actions.reach_a_person import contact_details
from commerce.config import load_settings
from commerce.products import ProductDetails, product_details
from commerce.profiles import kind_of_type
from shop_nlu.sizes_from_abroad import size_from_abroad, unsure_of_our_sizes


def answer_size_from_abroad(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """That we can't convert a region's letter size, and each kind in view by its own size system;
    None when the message says no letter size worn in another region."""
    asked = size_from_abroad(tracker.latest_message.get("text") or "")
    if asked is None:
        return None
    lines = [
        size_advice_replies.sized_here_line(details.title, kind, details.sizes_offered)
        for kind, details in _kinds_in_view(tracker, session).items()
    ]
    contact = contact_details(load_settings())
    dispatcher.utter_message(
        text=size_advice_replies.size_from_abroad_text(asked, lines, contact),
        buttons=[SIZE_GUIDE_BUTTON],
    )
    return []


def tell_how_sized_when_unsure(
    dispatcher: CollectingDispatcher, session: Session, text: str, handles: list[str]
) -> None:
    """Under a list (`handles`) for a search unsure of our sizes: how each kind listed is sized
    here, and the size guide; nothing when the message has no such doubt."""
    if not handles or not unsure_of_our_sizes(text) or size_from_abroad(text):
        return
    lines = [
        size_advice_replies.sized_here_line(details.title, kind, details.sizes_offered)
        for kind, details in _kinds_of(session, handles).items()
    ]
    if lines:
        contact = contact_details(load_settings())
        dispatcher.utter_message(
            text=size_advice_replies.unsure_of_our_sizes_text(lines, contact),
            buttons=[SIZE_GUIDE_BUTTON],
        )


def _kinds_in_view(tracker, session: Session) -> dict[str, ProductDetails]:
    """One product of each size kind in view (the one in focus, then the list on screen)."""
    handles = [tracker.get_slot(CURRENT_PRODUCT), *ShownResults.from_tracker(tracker).handles]
    return _kinds_of(session, handles)


def _kinds_of(session: Session, handles: list[str | None]) -> dict[str, ProductDetails]:
    """One product of each size kind among `handles`, the first of each."""
    kinds: dict[str, ProductDetails] = {}
    for handle in dict.fromkeys(h for h in handles if h):
        details = product_details(session, handle)
        kind = kind_of_type(details.product_type) if details else None
        if details and kind and details.sizes_offered:
            kinds.setdefault(kind, details)
    return kinds
