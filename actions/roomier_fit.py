"""A jacket size that pulls round the middle, with tailoring in view: "I normally take a 44 in a
jacket but it pulls across the middle when I do the button up, so which of these is the most
forgiving round the tummy, and ought I to go up a size?" (stranger test 98,
docs/nlu/stranger-test-98.md, B2) got the shoe size chart. It is answered about the blazers (or
suits) on screen, or the one opened: the size up in each one's own sizes (commerce/size_up.py) and
what the catalog says of their cut. Called by actions/size_advice.py's size-from-body answer."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.between_sizes import SIZE_GUIDE_BUTTON
from actions.conversation import CURRENT_PRODUCT, ShownResults, opened_last
from actions.jacket_sizes_of_letters import made_in_chest_sizes
from actions.roomier_fit_replies import roomier_fit_text
from actions.size_advice_replies import size_buttons
from commerce.products import product_details
from commerce.size_up import cut_note, size_up
from shop_nlu.tight_in_a_size import tight_size_said

# Products on screen looked at for "which of these": the ones a list shows at once.
_ON_SCREEN = 3


def answer_roomier_size(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """The size up of the tailoring in view for a size said to pull or feel tight; None when the
    message says no such size or no tailoring made in chest sizes is in view."""
    said = tight_size_said(tracker.latest_message.get("text") or "")
    if said is None:
        return None
    shown = ShownResults.from_tracker(tracker)
    focus = tracker.get_slot(CURRENT_PRODUCT)
    opened = focus and (opened_last(tracker) or not shown.handles)
    handles = [focus] if opened else shown.handles[:_ON_SCREEN]
    found = [product_details(session, handle) for handle in handles if handle]
    tailored = [details for details in found if details and made_in_chest_sizes(details)]
    if not tailored:
        return None
    sizes_up = [
        (d.title, size_up(said, d.sizes_offered), cut_note(d.description)) for d in tailored
    ]
    kind = tailored[0].product_type.lower()
    first_up = next((size for _, size, _ in sizes_up if size), None)
    dispatcher.utter_message(
        text=roomier_fit_text(said, kind, sizes_up),
        buttons=size_buttons(tailored[0].handle, [first_up] if first_up else [])
        + [SIZE_GUIDE_BUTTON],
    )
    return []
