"""Several questions about one product in one message, each answered in turn: "Oh, the second one
looks lovely! Is it in stock, and is it big enough for a laptop? And what's the price exactly?"
(stranger test 91, docs/nlu/stranger-test-91.md, B2) got only "The Orebro Canvas Tote doesn't come
in tan or cognac; it comes in Navy, Beige, Olive."; "Is it in stock in medium in the blue, how much
is it, and what's it made of?" (stranger test 92, B2) got no word on the material. Now its stock,
its price (where the stock line didn't say it), whether the things named fit inside by the
catalog's words (actions/what_fits_inside.py: never a promise), and what it is made of by the
catalog's words (or that it doesn't say), and any other question about it by the catalog's words
too ("Does it come in a longer length?" beside its stock and price, stranger test 93, B2: it was
dropped without a word). What the message asks: shop_nlu/questions_of_one.py.

"Is it in stock?" of a product the list already called "not in tan or cognac" means in the colours
it comes in: the search's size or colour counts only where the product is made in it."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import product_replies
from actions.availability_replies import availability_text
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, current_query, latest_entities, resolve_product
from actions.nothing_shown import picks_of_nothing_shown
from actions.product_actions import ActionShowProductDetails, availability_answer
from actions.questions_of_one_replies import in_stock_text
from actions.reach_a_person import contact_details
from actions.what_fits_inside import tell_what_fits_inside
from commerce.config import load_settings
from commerce.product_facts import product_fact
from commerce.products import ProductDetails, check_variant, product_details
from commerce.search import category_types
from shop_nlu.questions_of_one import (
    DETAILS,
    INSIDE,
    MATERIAL,
    OTHER,
    PRICE,
    STOCK,
    other_questions,
    questions_of_one,
)

# Said with an amount ("in stock under $100?"), or a kind and no product pointed at, it is a search.
_A_SEARCH = frozenset({"price_max", "price_min", "price_near", "price_range"})
_POINTS_AT_ONE = frozenset({"ordinal", "product", "product_handle"})


def answer_questions_of_one(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Each question the message asks of the product pointed at or in focus, in turn; None when
    it asks fewer than two of them (and not "is it in stock?" of one the search's colour or size
    isn't made in), or points at no product."""
    text = tracker.latest_message.get("text") or ""
    asked = questions_of_one(text)
    entities = latest_entities(tracker)
    if not asked or entities.keys() & _A_SEARCH:
        return None
    if entities.get("category") and not entities.keys() & _POINTS_AT_ONE:
        return None  # "any leather bags in stock? prices?": a search, whatever is open
    if picks_of_nothing_shown(tracker, session):
        return None  # "the first one" of a search that listed none: not the list before's
    reference = resolve_product(tracker, session)
    details = product_details(session, reference.handle) if reference.handle else None
    if details is None or not _of_its_kind(details, entities.get("category") or []):
        return None
    said = bool(entities.keys() & {"size", "colour"})
    kept = None if said else _searched_made_in(session, tracker, details)
    if len(asked) < 2 and not (asked == {STOCK} and kept is not None):
        return None
    first = len(dispatcher.messages)
    events: Events = []
    if DETAILS in asked:  # "tell me more about the first one, and is it in stock in a 12?"
        events += ActionShowProductDetails().answer(dispatcher, tracker, session, details)
    if STOCK in asked and kept is None:
        events += availability_answer(dispatcher, tracker, session, details)
    elif STOCK in asked:
        size, colour = kept
        check = check_variant(session, details.handle, size=size, colour=colour)
        dispatcher.utter_message(
            text=availability_text(check) if size or colour else in_stock_text(details)
        )
    told = " ".join(m.get("text") or "" for m in dispatcher.messages[first:])
    if PRICE in asked and "$" not in told:
        dispatcher.utter_message(text=product_replies.price_answer_text(details))
    if INSIDE in asked:
        events += tell_what_fits_inside(dispatcher, tracker, session, details)
    contact = contact_details(load_settings())
    if MATERIAL in asked:
        fact = product_fact(session, details.handle, "what is it made of")
        dispatcher.utter_message(text=product_replies.product_fact_text(fact, contact))
    # "Does it come in a longer length?": what the catalog says on it, or that it doesn't.
    for question in other_questions(text) if OTHER in asked else ():
        fact = product_fact(session, details.handle, question)
        said = " ".join(m.get("text") or "" for m in dispatcher.messages[first:])  # (96, B3)
        dispatcher.utter_message(text=product_replies.fact_beside_text(fact, said, contact))
    return [*events, SlotSet(CURRENT_PRODUCT, details.handle)]


def _of_its_kind(details: ProductDetails, kinds: list[str]) -> bool:
    """Whether the kinds the message names (if any) are the product's own."""
    return not kinds or any(details.product_type.lower() in category_types(k) for k in kinds)


def _searched_made_in(
    session: Session, tracker: Tracker, details: ProductDetails
) -> tuple[str | None, str | None] | None:
    """The search's size and colour, those the product is made in, where it isn't made in both
    (the tote listed as "not in tan or cognac": neither); None when it is, or none was searched."""
    search = current_query(tracker)
    if not (search.size or search.colour):
        return None
    check = check_variant(session, details.handle, size=search.size, colour=search.colour)
    if check is None or check.offered:
        return None
    return (search.size if check.size_made else None, search.colour if check.colour_made else None)
