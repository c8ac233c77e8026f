"""A colour asked of products not made in it, and its kind in that colour offered instead (stranger
test 87, A3, docs/nlu/stranger-test-87.md): navy blazers in 40R listed, the Henley opened, then
"does it come in grey" says the Henley doesn't (it comes in Navy) and, where the catalog has grey
blazers in 40R, offers them with a tap ("Show grey blazers"). With nothing opened and none of the
list on screen made in grey, it says so of each, never "none of the products on screen fits
that", and offers the grey ones the same way."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import colour_elsewhere_replies as wording
from actions.base import Events
from actions.colour_lists import colours_listed
from actions.conversation import (
    CURRENT_PRODUCT,
    SHOWN_RESULTS,
    ShownResults,
    current_query,
    latest_entities,
)
from actions.replies import colour_words, describe_query
from commerce.products import ProductDetails, check_variant
from commerce.search import ProductQuery, category_types, find_products
from commerce.shades import plain_colour_listed, plain_colour_of
from commerce.sizes import size_query_key
from shop_nlu.colour_questions import asks_if_made_in_colour


def _one_colour(tracker: Tracker) -> str | None:
    """The one colour the latest message asks about ("does it come in grey"), if one."""
    colours = list(dict.fromkeys(latest_entities(tracker).get("colour") or []))
    return colours[0] if len(colours) == 1 else None


def _size_said(tracker: Tracker) -> str | None:
    sizes = latest_entities(tracker).get("size") or []
    return size_query_key(sizes[-1]) if sizes else None


def _offer(dispatcher: CollectingDispatcher, session, wanted: ProductQuery) -> None:
    """ "I do have grey blazers in size 40R (2 of them)" and a tap that shows them, where the
    catalog has any in stock (for a shade the catalog doesn't name, "light blue", those in its
    plain colour: blue ones); else that it has none either."""
    found = find_products(session, wanted, limit=1)
    if not found.matches and (plain := plain_colour_of(wanted.colour)):
        plainly = wanted.updated(colour=plain)
        if (in_plain := find_products(session, plainly, limit=1)).matches:
            wanted, found = plainly, in_plain
    if not found.matches:
        dispatcher.utter_message(text=wording.none_in_kind_either_text(describe_query(wanted)))
        return
    said = {"category": wanted.category, "colour": wanted.colour, "size": wanted.size}
    search = {key: value for key, value in {**said, "gender": wanted.gender}.items() if value}
    dispatcher.utter_message(
        text=wording.kind_in_colour_text(describe_query(wanted), found.total),
        buttons=[
            {
                "title": wording.show_kind_in_colour_title(
                    describe_query(ProductQuery(category=wanted.category, colour=wanted.colour))
                ),
                "payload": "/search_products" + json.dumps(search),
            }
        ],
    )


def offer_kind_in_colour(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session,
    details: ProductDetails,
    told: Events,
) -> None:
    """After the answer (`told`, its events) that the product in focus isn't made in the one
    colour asked: its kind in that colour, in the size asked or searched for, offered with a tap
    (`_offer`). Nothing when the answer showed other products itself, or named another kind."""
    colour = _one_colour(tracker)
    if colour is None or any(event.get("name") == SHOWN_RESULTS for event in told):
        return
    kinds = latest_entities(tracker).get("category") or []
    if any(details.product_type.lower() not in category_types(kind) for kind in kinds):
        return
    check = check_variant(session, details.handle, colour=colour)
    if check is None or check.colour_made or plain_colour_listed(details, colour):
        return  # ("light blue" of a dress listed in Blue: answered as Blue, actions/shade_answers)
    search = current_query(tracker)
    of_the_search = bool(search.category) and (
        details.product_type.lower() in category_types(str(search.category))
    )
    kind = search.category if of_the_search else details.product_type.lower()
    size = _size_said(tracker) or (search.size if of_the_search else None)
    gender = search.gender if of_the_search else None
    _offer(
        dispatcher, session, ProductQuery(category=kind, colour=colour, size=size, gender=gender)
    )


def answer_colour_none_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session
) -> Events | None:
    """ "Does it come in grey" with a list on screen, nothing opened, and none of it made in grey:
    that none is (with the colours each comes in), then grey ones of the list's kind offered.
    None (nothing said) when something is in focus, more than a colour (and size) is said, or
    one of the list comes in that colour (the answer about it is the availability question's)."""
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    text = tracker.latest_message.get("text") or ""
    colour = _one_colour(tracker)
    if (
        colour is None
        or tracker.get_slot(CURRENT_PRODUCT)
        or not shown.handles
        or not entities.keys() <= {"colour", "size"}
        or not asks_if_made_in_colour(text)
    ):
        return None
    checks = [check_variant(session, handle, colour=colour) for handle in shown.handles]
    if not checks or any(check is None or check.colour_made for check in checks):
        return None
    listed = [check.product for check in checks if check is not None]
    if any(plain_colour_listed(details, colour) for details in listed):
        return None  # "light blue" of a shirt listed in Blue: that one (actions/shade_answers)
    made_in = [(details.title, colours_listed(details)) for details in listed]
    dispatcher.utter_message(text=wording.none_shown_in_colour_text(colour_words(colour), made_in))
    search = ProductQuery.from_dict(shown.query)
    if search.category:
        wanted = ProductQuery(
            category=search.category,
            colour=colour,
            size=_size_said(tracker) or search.size,
            gender=search.gender,
        )
        _offer(dispatcher, session, wanted)
    return []
