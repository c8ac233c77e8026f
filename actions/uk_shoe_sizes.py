"""A UK shoe size with whose it is: "womens 7.5 uk? or like us 9.5 idk" with boots on screen
(stranger test 26, docs/nlu/stranger-test-26.md: only the general size guide came back, the boots
not narrowed, and women's forgotten by the jackets and the cart).

Shoes are labelled in US and EU sizes, so the UK size is turned into the US one by the size
guide's rule (commerce/sizes.py `us_shoe_size_from_uk`), said in one line, and the kind in view is
searched again for that gender in that size; the gender stays in the search for what comes next."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import current_query, latest_entities, open_purchase_question
from actions.search_results import show_results
from actions.shoe_size_replies import uk_size_converted_text
from commerce.search import ProductQuery, available_sizes
from commerce.sizes import size_query_key, us_shoe_size_from_uk

# With no kind in view or named, a UK size is a shoe size.
SHOES = "shoes"


def answer_uk_shoe_size(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """The kind in view (or named) for the gender said, in the US size a UK size is for them,
    after a line that says the conversion; None (nothing said) when the message names no UK size,
    no gender is known, the kind is not sold in US sizes, or a purchase waits on its size (that
    question is answered, not a new list shown)."""
    if open_purchase_question(tracker):
        return None
    entities = latest_entities(tracker)
    keys = [size_query_key(value) or "" for value in entities.get("size") or []]
    uk = next((key for key in keys if key.startswith("uk")), None)
    previous = current_query(tracker)
    gender = (entities.get("gender") or [None])[-1] or previous.gender
    if uk is None or gender is None or (us := us_shoe_size_from_uk(uk, gender)) is None:
        return None
    named = (entities.get("category") or [None])[-1]
    kind = named or previous.category or SHOES
    labels = available_sizes(session, ProductQuery(category=kind, gender=gender))
    if not any(label.upper().startswith("US ") for label in labels):
        return None
    guessed = next((key for key in keys if key.startswith("us")), None)
    dispatcher.utter_message(text=uk_size_converted_text(uk, gender, us, guessed))
    base = previous if kind == previous.category else ProductQuery(category=kind)
    query = base.updated(gender=gender, size=us)
    return show_results(dispatcher, session, query, keep={"size", "gender"})
