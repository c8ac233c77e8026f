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
from actions.shoe_size_replies import uk_size_both_conversions_text, uk_size_converted_text
from commerce.search import ProductQuery, available_sizes
from commerce.sizes import UK_SIZES_BELOW_US, size_query_key, us_shoe_size_from_uk

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
    if uk is None:
        return None
    named = (entities.get("category") or [None])[-1]
    kind = named or previous.category or SHOES
    gender = (
        (entities.get("gender") or [None])[-1] or previous.gender or _only_gender(session, kind)
    )
    if gender is None:
        return _both_conversions(dispatcher, session, kind, uk)
    if (us := us_shoe_size_from_uk(uk, gender)) is None:
        return None
    # (a dress labelled "US 6" is no shoe: the shoe rule says nothing of UK dress sizes)
    if not _in_us_shoe_sizes(available_sizes(session, ProductQuery(category=kind, gender=gender))):
        return None
    guessed = next((key for key in keys if key.startswith("us")), None)
    dispatcher.utter_message(text=uk_size_converted_text(uk, gender, us, guessed))
    base = previous if kind == previous.category else ProductQuery(category=kind)
    query = base.updated(gender=gender, size=us)
    return show_results(dispatcher, session, query, keep={"size", "gender"})


def _in_us_shoe_sizes(labels) -> bool:
    """Whether size labels are shoe sizes in US and EU ("US 9 / EU 42"), as the shoes are."""
    return any(label.upper().startswith("US ") and "/ EU" in label.upper() for label in labels)


def _only_gender(session: Session, kind: str) -> str | None:
    """The one gender the kind is sold for in US shoe sizes (every oxford is a men's shoe), or
    None when it is sold for both or in no US shoe sizes."""
    sold_for = [
        gender
        for gender in UK_SIZES_BELOW_US
        if _in_us_shoe_sizes(available_sizes(session, ProductQuery(category=kind, gender=gender)))
    ]
    return sold_for[0] if len(sold_for) == 1 else None


def _both_conversions(
    dispatcher: CollectingDispatcher, session: Session, kind: str, uk: str
) -> Events | None:
    """ "UK 8 is US 9 in men's shoes and US 10 in women's: which do you need?" where no gender is
    known: both by the size guide's rule, the list left as it is; None when the kind is not sold
    in US shoe sizes (a UK dress size is no shoe size)."""
    if not _in_us_shoe_sizes(available_sizes(session, ProductQuery(category=kind))):
        return None
    conversions = {gender: us_shoe_size_from_uk(uk, gender) for gender in UK_SIZES_BELOW_US}
    if None in conversions.values():
        return None
    dispatcher.utter_message(text=uk_size_both_conversions_text(uk, conversions))
    return []
