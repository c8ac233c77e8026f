"""A purchase said with a wish for another kind in the same message: "Sold, I'll take them in a
10! Oh and do you have black slim jeans ... in a 32 waist? We can circle back to those after."
(stranger test 96, docs/nlu/stranger-test-96.md, B4: the boots were asked a size, "isn't made in
size 32"). The size and colour of the product bought are those said before the message turns to
the other kind (shop_nlu/another_kinds_part.py); that kind, with the rest, is kept for later."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events, shop_action_named
from actions.conversation import CURRENT_PRODUCT, as_tapped, latest_entities
from actions.kinds_for_later import tell_kinds_for_later
from commerce.products import product_details
from commerce.search import ProductQuery
from commerce.search.query import category_types
from commerce.sizes import size_query_key
from shop_nlu.another_kinds_part import another_kinds_part_starts, speaks_of_it


def said_of_it_ends(tracker: Tracker, session, handle: str | None) -> int | None:
    """Where the latest message turns from the product `handle` to a kind it is not ("... jeans"
    of boots), so only what is said before goes with it; None when it names no other kind."""
    details = product_details(session, handle) if handle else None
    if details is None:
        return None
    others = [
        int(entity["start"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category"
        and not entity.get("role")
        and entity.get("start") is not None
        and details.product_type.lower() not in category_types(str(entity.get("value")))
    ]
    if not others:
        return None
    return another_kinds_part_starts(tracker.latest_message.get("text") or "", min(others))


def answer_bought_before_another_kind(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "I'll take them in a 10! Oh and ... black slim jeans in a 32 waist?": the product in focus
    bought in the size and colour said before the turn, and the other kinds kept for later (with
    their own size and colour); None when the message buys no "it" before naming another kind."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    ends = said_of_it_ends(tracker, session, focus)
    text = tracker.latest_message.get("text") or ""
    picked = latest_entities(tracker).keys() & {"product", "product_handle", "ordinal"}
    if not ends or picked or not speaks_of_it(text[:ends]):
        return None
    own = latest_entities(tracker, before=ends)
    said = {"product_handle": focus}
    if sizes := own.get("size"):
        said["size"] = size_query_key(sizes[-1]) or sizes[-1]
    if colours := own.get("colour"):
        said["colour"] = colours[-1]
    one = as_tapped(tracker, "buy", said)
    one.latest_message["text"] = text[:ends]
    events = shop_action_named("action_start_checkout").perform(dispatcher, one, {}, session)
    details = product_details(session, focus)
    later = [
        kind
        for kind in dict.fromkeys(latest_entities(tracker).get("category") or [])
        if details.product_type.lower() not in category_types(kind)
    ]
    first = ProductQuery(category=details.product_type.lower())
    tell_kinds_for_later(dispatcher, tracker, session, first, later)
    return events
