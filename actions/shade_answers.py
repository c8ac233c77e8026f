"""Stock asked in a shade, or beside another question. "Does it come in light blue as well" of the
Harriet Shirt Dress, listed in Blue, got "I don't know ... the catalog says nothing about light
blue" (stranger test 87, docs/nlu/stranger-test-87.md, B2): now that it comes in Blue, that the
catalog doesn't say which shade, and its stock in Blue. "Is it really slip-on, and does it come in
size 8.5 in case my feet swell after the operation?" left the size unanswered and quoted "case
feet swell after operation" back as a feature (stranger test 86, B2): the stock clause beside a
product question is answered as the stock question it is. Which shades: commerce/shades.py; which
clauses ask stock: shop_nlu/stock_asked.py."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import availability_replies, shade_replies
from actions.conversation import latest_entities
from commerce.products import ProductDetails, check_variant
from commerce.search import category_types
from commerce.shades import plain_colour_listed
from commerce.sizes import size_query_key
from shop_nlu.stock_asked import asks_stock, without_reason


def as_plain_colour(
    dispatcher: CollectingDispatcher, tracker: Tracker, details: ProductDetails
) -> Tracker:
    """The tracker a stock question is answered with: where the latest message asks one shade
    ("light blue") of a product listed only in its plain colour ("Blue"), that colour in its
    place, the shade first said to be unknown to the catalog; else `tracker` itself."""
    said = latest_entities(tracker)
    colours = list(dict.fromkeys(said.get("colour") or []))
    kinds = said.get("category") or []
    if any(details.product_type.lower() not in category_types(kind) for kind in kinds):
        return tracker  # "light blue heels to go with it?": heels to find, not its colour
    if len(colours) != 1 or not (listed := plain_colour_listed(details, colours[0])):
        return tracker
    dispatcher.utter_message(text=shade_replies.shade_not_named_text(details.title, listed))
    entities = tracker.latest_message.get("entities") or []
    asked = tracker.copy()
    asked.latest_message = {
        **tracker.latest_message,
        "entities": [
            {**e, "value": listed.lower()}
            if e.get("entity") == "colour" and e.get("value") == colours[0] and not e.get("role")
            else e
            for e in entities
        ],
    }
    return asked


def stock_asked_beside(
    tracker: Tracker, session: Session, details: ProductDetails, clause: str
) -> str | None:
    """The stock answer to `clause` of a product question ("does it come in size 8.5 in case my
    feet swell", "does it come in light blue as well"), for the size and colour said in it; None
    when it asks no stock, or names no size or colour."""
    if not asks_stock(clause):
        return None
    asked = without_reason(clause).lower()
    text = tracker.latest_message.get("text") or ""
    said: dict[str, str] = {}
    for entity in tracker.latest_message.get("entities") or []:
        name, start, end = entity.get("entity"), entity.get("start"), entity.get("end")
        if name not in ("size", "colour") or entity.get("role") or start is None:
            continue
        if entity.get("value") and text[int(start) : int(end)].lower() in asked:
            said.setdefault(str(name), str(entity["value"]))
    if not said:
        return None
    size = size_query_key(said["size"]) if "size" in said else None
    listed = plain_colour_listed(details, said.get("colour"))
    colour = listed.lower() if listed else said.get("colour")
    check = check_variant(session, details.handle, size=size, colour=colour)
    if check is None:
        return None
    answer = availability_replies.availability_text(check)
    if listed:
        return f"{shade_replies.shade_not_named_text(details.title, listed)}\n{answer}"
    return answer
