"""The cart: add several things, look at it, change or remove a line, check out everything.

The cart lives in the store (commerce.orders), so it survives restarts. "The second one" in a cart
request means the cart's second line, as numbered when the cart is shown.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy import select

from actions import order_replies, replies
from actions.base import Events, ShopAction
from actions.checkout import (
    CHECKOUT_FROM_CART,
    CHECKOUT_QUANTITY,
    CHECKOUT_VARIANT,
    LAST_ORDER,
    ActionStartCheckout,
    begin_checkout,
    choose_variant,
    chosen_product,
    colour_taken,
    ordering_time,
    quantity_for,
    quantity_problem,
    requested_quantity,
    size_taken,
    variant_label,
)
from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ShownResults,
    as_tapped,
    ask_which_one,
    bot_answer,
    day_meant,
    latest_entities,
    listed_of_kind,
    opened_products,
    picked_of_kind,
    purchase_kept,
    purchase_waiting,
    purchases_waiting,
    resolve_product,
    resolve_products,
    sizes_said,
    the_two,
    which_one_buttons,
)
from actions.recommendation_replies import (
    cart_empty_but_picked_text,
    cart_empty_but_waiting_text,
    nothing_to_total_text,
    outfit_total_text,
    price_against_text,
    still_waiting_text,
    totals_with_options_text,
)
from actions.reference_replies import (
    both_unclear_text,
    nothing_of_kind_text,
    which_of_kind_text,
)
from commerce.models import CartItem, Product
from commerce.orders import (
    OrderError,
    add_to_cart,
    cart_items,
    empty_cart,
    quote,
    set_cart_quantity,
)
from commerce.products import check_variant, product_details
from commerce.search import category_types
from commerce.shipping import SHIPPING_METHODS, method_for
from commerce.sizes import size_query_key

_EVERYTHING = re.compile(r"\b(?:everything|all|empty|clear)\b", re.IGNORECASE)
# "add the 2nd one", "put it in": adding a product, whichever cart intent the message was heard as.
_ADDS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|just|pls|please|can (?:you|i)|could (?:you|i)|fine|alright|right"
    r"|cool|great|yes|yeah|yep|sure|now|then|also|oh)\W+)*(?:add|put|throw|pop)\b",
    re.IGNORECASE,
)
# "remove the tie", "take it out", "no more ties": a line comes out of the cart.
_REMOVES = re.compile(
    r"\b(?:remove|delete|drop|ditch|cancel|get rid of|take\b.{0,30}\bout|no more|don'?t want"
    r"|do not want|without)\b|^\W*no\b",
    re.IGNORECASE,
)
# "take the shoes out", "ditch the boots", "get rid of the tie": a line taken out of the cart,
# whatever the message was heard as (a search for shoes, a look at the cart).
# Not "a dress to take out dancing" or "take her out on a date".
_TAKE_IT_OUT = r"(?<!\bto )\btake\b[\w\s'-]{0,30}?\bout\b(?!\s+(?:on|for|to|dancing|tonight|with))"
_TAKES_OUT = re.compile(
    rf"\b(?:remove|delete|ditch|drop|get rid of)\b|{_TAKE_IT_OUT}", re.IGNORECASE
)
# "out of my bag", "from the cart", "take the shoes out": the cart said, nothing else is meant.
_FROM_THE_CART = re.compile(
    rf"\b(?:out of|from|in)\s+(?:my|the|your|ur)\s+(?:cart|bag|basket|trolley)\b|{_TAKE_IT_OUT}",
    re.IGNORECASE,
)
# "... from my bag": the cart named, not a bag (the kind) meant.
_THE_CART_BEFORE = re.compile(
    r"\b(?:out of|from|in|into|to)\s+(?:my|the|your|ur)\s+$", re.IGNORECASE
)
# "make the shirts 3", "change it to 2", "i want 3 of them": a new count for a line.
_SETS = re.compile(
    r"\b(?:make|change|set|update|bump|want|need|only|just|instead|quantity|increase|reduce"
    r"|up to|down to)\b",
    re.IGNORECASE,
)
# Where one change ends and the next begins: "remove the tie, and make the shirts 3".
_CLAUSE_BREAK = re.compile(r"[,;+&]|\b(?:and|then|also|plus)\b", re.IGNORECASE)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a pair": 2}  # fmt: skip
_COUNT = re.compile(
    r"(?<![\d.])\b(\d{1,2}|" + "|".join(_COUNTS) + r")\b(?![.,]\d)(?!\s*(?:st|nd|rd|th)\b)", re.I
)
# "the second one", "that one": "one" that points at a line, not a count.
_ONE_OF_A_LIST = re.compile(r"\b(?:the|this|that|which|last|\w+(?:st|nd|rd|th))\s+$", re.I)
# "the first heels", "the 1st pair of heels": an ordinal said of the kind named right after it.
_ORDINAL_OF_KIND = re.compile(r"\s*(?:(?:pair|pairs|set|one|ones)\s+of\s+(?:the\s+)?)?")

# "how much would the whole outfit come to", "what would it all cost together"
_OUTFIT_TOTAL = re.compile(
    r"\b(?:whole|entire|full|complete)\s+(?:outfit|look|lot)\b"
    r"|\b(?:all|everything)\b.{0,20}\btogether\b"
    r"|\b(?:outfit|look)\b.{0,20}\b(?:cost|come to|total|add up)\b",
    re.IGNORECASE,
)
# How many pieces an outfit has at most: the latest opened of each kind.
_OUTFIT_PIECES = 6
# "whats the total", "total?", "what do i owe": the total, of the cart or of what was picked.
_TOTAL = re.compile(r"\btotal\b|\bowe\b|\bwhat'?s the damage\b|\baltogether\b", re.IGNORECASE)
# "how much would the dress and those flats come to together", "how much for both", "how much
# is everything": a price asked for several things at once.
_PRICE_WORDS = re.compile(
    r"\bhow much\b|\bcost|\bprice|\bcome to\b|\badd(?:s)? up\b|\bpay\b|\bspend", re.IGNORECASE
)
_SEVERAL = re.compile(
    r"\btogether\b|\ball in\b|\bcombined\b|\bboth\b|\b(?:two|2)\s+of\s+(?:them|these|those|em)\b"
    r"|\beverything\b|\bit all\b|\ball of (?:it|them)\b|\bthe lot\b",
    re.IGNORECASE,
)
# "those flats", "these heels": the kind named is the list on screen.
_ON_SCREEN = r"\b(?:those|these)\s+(?:\w+\s+)?{kind}"
# How many products one named kind may stand for in a total before asking which one.
_TOTAL_OPTIONS = 3

# "add both to cart", "put the two of them in my basket"
_BOTH = re.compile(r"\b(?:both|the two of them|the 2 of them)\b", re.IGNORECASE)

CART_BUTTONS = [
    {"title": "Check out", "payload": "/checkout"},
    {"title": "View cart", "payload": "/view_cart"},
]


def _cart_line(
    tracker: Tracker, items: list[CartItem], entities: dict[str, list[str]] | None = None
) -> tuple[CartItem | None, str | None]:
    """The cart line the shopper means: by number, by its kind ("the tie"), by a word of its
    name or colour, or the only one. `entities`: those of one part of the message, else all."""
    entities = latest_entities(tracker) if entities is None else entities
    if "ordinal" in entities:
        ordinal = entities["ordinal"][-1]
        position = len(items) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
        if 1 <= position <= len(items):
            return items[position - 1], None
        return None, f"Your cart has {len(items)} line{'s' if len(items) != 1 else ''}."
    if "product_handle" in entities:
        handle = entities["product_handle"][-1]
        matching = [item for item in items if item.variant.product.handle == handle]
    else:
        said = [(name, value) for name in ("product", "category", "colour", "brand")
                for value in entities.get(name, [])]  # fmt: skip
        matching = [item for item in items
                    if all(_line_is(item, name, value) for name, value in said)]  # fmt: skip
    if len(matching) == 1:
        return matching[0], None
    if not matching and said:
        # "remove the tie" with only a shirt in the cart: no tie, not "which one?".
        kinds = list(dict.fromkeys(value for name, value in said if name == "category"))
        return None, order_replies.not_in_cart_text(kinds)
    return None, 'Which one? Say its number, e.g. "remove the second one".'


def _line_is(item: CartItem, name: str, value: str) -> bool:
    """Whether a cart line is what a word of the message says: of that kind ("the tie", "the
    shirts": its product type, or the kind in its name), or with that word in its name."""
    text = order_replies.variant_text(item).lower()
    if name != "category":
        return value.lower() in text
    types = category_types(value)
    return (item.variant.product.product_type or "").lower() in types or any(
        re.search(rf"\b{re.escape(kind)}\b", text) for kind in types
    )


def _line_or_ask(dispatcher, tracker: Tracker, items: list[CartItem]) -> CartItem | None:
    """The cart line meant, or None after asking which (with the numbered cart)."""
    item, problem = _cart_line(tracker, items)
    if item is None:
        dispatcher.utter_message(text=problem)
        _show_cart(dispatcher, items)
    return item


def _show_cart(dispatcher, items: list[CartItem]) -> None:
    if not items:
        dispatcher.utter_message(response="utter_cart_empty")
        return
    dispatcher.utter_message(text=order_replies.cart_text(items), buttons=CART_BUTTONS)


class ActionAddToCart(ShopAction):
    """ "Add it to my cart" / "put 2 of the second one in my basket"."""

    writes_to_store = True

    def name(self) -> str:
        return "action_add_to_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        kinds = list(dict.fromkeys(entities.get("category") or []))
        # "the clutch and the first heels": each kind, the ordinal the first of the heels listed.
        ordinals = _ordinal_of_each_kind(tracker)
        if len(kinds) > 1 and ordinals is not None and not entities.keys() & {
            "product_handle", "product"
        }:  # fmt: skip
            return self._add_each_kind(dispatcher, tracker, domain, session, kinds, ordinals)
        if (
            _BOTH.search(tracker.latest_message.get("text") or "")
            and "product_handle" not in entities
        ):
            return self._add_both(dispatcher, tracker, domain, session)
        events, variant, title = choose_variant(
            dispatcher, tracker, session, replies.add_to_cart_payload
        )
        if variant is None:
            return events
        quantity = quantity_for(dispatcher, tracker, variant)
        if quantity is None:
            return events
        try:
            add_to_cart(session, tracker.sender_id, variant.id, quantity)
        except OrderError as problem:
            dispatcher.utter_message(text=f"I couldn't add that: {problem}.")
            return events
        items = cart_items(session, tracker.sender_id)
        count = sum(item.quantity for item in items)
        added = f"{quantity} × " if quantity > 1 else ""
        # "Does it come in green?", then "add it": say which colour (and size) that took.
        taken = order_replies.as_you_asked_text(
            size_taken(tracker, variant), colour_taken(tracker, variant, chosen_product(events))
        )
        dispatcher.utter_message(
            text=f"Added {added}{title} ({variant_label(variant)}) to your cart.{taken} "
            f"It has {count} item{'s' if count != 1 else ''} now.",
            buttons=CART_BUTTONS,
        )
        return events

    def _add_both(self, dispatcher, tracker: Tracker, domain, session) -> Events:
        """ "Add both": the two products on screen, or the one in focus and the one listed after
        it; each in the size and colour said or searched, or with a question for what is missing.
        When it isn't clear which two, nothing is added, and the shopper is told so."""
        shown = ShownResults.from_tracker(tracker).handles
        pair = the_two(tracker)
        if not pair:
            # The product opened last is likely one of the two ("the shoes and the belt").
            latest = [h for h in opened_products(tracker)[:1] if h not in shown]
            if latest and shown and _of_another_kind(session, latest[0], shown):
                # The tux opened and shoes suggested for it: "both" is the tux and one of them.
                return self._add_one_and_ask_which(dispatcher, tracker, domain, session, latest[0])
            offered = which_one_buttons(tracker, session, latest + shown)
            titles = [button["title"] for button in offered]
            dispatcher.utter_message(text=both_unclear_text(titles), buttons=offered)
            return []
        said = latest_entities(tracker)
        kept = {name: said[name][-1] for name in ("size", "colour") if name in said}
        events: Events = []
        for handle in pair:
            one = as_tapped(tracker, "add_to_cart", {"product_handle": handle, **kept})
            events += self.perform(dispatcher, one, domain, session)
        return events

    def _add_one_and_ask_which(
        self, dispatcher, tracker: Tracker, domain, session, opened: str
    ) -> Events:
        """ "Add both" with a product opened and a list of another kind on screen: that product
        (in the size said for it, or with the question which), then which of the list."""
        said = latest_entities(tracker)
        details = {name: said[name][-1] for name in ("size", "colour") if name in said}
        if "size" not in details and (size := _size_said_for(tracker, session, opened)):
            details["size"] = size  # "slim tuxedos in 42R" said a while ago
        one = as_tapped(tracker, "add_to_cart", {"product_handle": opened, **details})
        events = self.perform(dispatcher, one, domain, session)
        shown = ShownResults.from_tracker(tracker).handles
        ask_which_one(
            dispatcher,
            tracker,
            session,
            ProductReference(None, "ambiguous", candidates=tuple(shown)),
        )
        return events

    def _add_each_kind(
        self,
        dispatcher,
        tracker: Tracker,
        domain,
        session,
        kinds: list[str],
        ordinals: dict[str, str] | None = None,
    ) -> Events:
        """ "Add the suit and the shirt": each kind named, as the product picked of it (opened,
        or the only one of it listed; "the first heels": the first of the heels listed), in the
        size and colour said with it. What is clear is added first (each says so); then the
        question which one, for a kind that could be several products (four shirts shown)."""
        said = _said_with_each_kind(tracker)
        events: Events = []
        unclear: list[tuple[str, list[str]]] = []
        for kind in kinds:
            picked = picked_of_kind(tracker, session, kind)
            if ordinal := (ordinals or {}).get(kind):
                listed = listed_of_kind(tracker, session, kind)
                position = (
                    len(listed) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
                )
                picked = [listed[position - 1]] if 1 <= position <= len(listed) else listed
            if len(picked) == 1:
                details = {"product_handle": picked[0], **said.get(kind, {})}
                if "size" not in details and (size := _size_said_for(tracker, session, picked[0])):
                    details["size"] = size  # "42 regular" said of the suits a while ago
                one = as_tapped(tracker, "add_to_cart", details)
                events += self.perform(dispatcher, one, domain, session)
            elif picked:
                unclear.append((kind, picked))
            else:
                dispatcher.utter_message(text=nothing_of_kind_text(kind))
        for kind, picked in unclear[:1]:
            asking = as_tapped(tracker, "add_to_cart", said.get(kind, {}))
            buttons = which_one_buttons(asking, session, picked)
            titles = [button["title"] for button in buttons]
            dispatcher.utter_message(text=which_of_kind_text(kind, titles), buttons=buttons)
        return events


# "actually make it a medium", "make that an M", "can i get it in L instead", "change it to size
# M": the item being bought (or just added) in another size, colour or number.
_CHANGES_IT = re.compile(
    r"\b(?:make|change|switch|swap|turn|put)\s+(?:it|that|this|them|those|mine|the \w+)\b"
    r"|\b(?:get|have|take|want|need) (?:it|that|this|one|them) in\b",
    re.IGNORECASE,
)
# "change it to size L", "make mine a medium": the item in focus changed, even a while after it
# was added to the cart.
_SWITCHES_IT = re.compile(
    r"\b(?:make|change|switch|swap)\s+(?:it|that|this|mine)\s+(?:to|into|for)?\s*(?:an?\s+)?"
    r"(?:size\b|small\b|medium\b|large\b|x*[sl]\b|m\b|xs\b|\d)",
    re.IGNORECASE,
)
# "actually medium please", "L instead": a change too, when no other kind of product is named.
_CHANGE_WORDS = re.compile(r"\b(?:instead|actually|rather|on second thought)\b", re.IGNORECASE)
_DETAILS = frozenset({"size", "colour", "quantity"})


def change_of_mind(dispatcher, tracker: Tracker, domain, session) -> Events | None:
    """ "Actually make it a medium" while "Which colour of the dress?" is open: the same purchase
    in the new size (colour, number), going on where it was (the colour asked again, or the
    dress added); right after the dress was added, its cart line changed. None (nothing said)
    when the message changes no size, colour or number of the item, or moves to another kind."""
    entities = latest_entities(tracker)
    said = {name: entities[name][-1] for name in ("size", "colour") if name in entities}
    quantity = requested_quantity(tracker)
    if not said and quantity is None:
        return None
    text = tracker.latest_message.get("text") or ""
    if (
        not _CHANGES_IT.search(text)
        and not (set(entities) <= _DETAILS | {"category"} and _CHANGE_WORDS.search(text))
        and not set(entities) <= _DETAILS
    ):
        return None
    waiting = purchase_waiting(tracker)
    handle = waiting[1] if waiting else tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, handle) if handle else None
    if details is None or (
        not _CHANGES_IT.search(text)
        and any(
            (details.product_type or "").lower() not in category_types(kind)
            for kind in entities.get("category") or []
        )
    ):
        return None  # "actually black boots in 8": another kind, a search
    if waiting is not None and said:
        # A count alone ("make it 2") is left to the cart: the buttons asked again carry none.
        intent = waiting[0]
        chosen = {**purchase_kept(tracker), **said, "product_handle": handle}
        if quantity is not None:
            chosen["quantity"] = str(quantity)
        action = ActionAddToCart() if intent == "add_to_cart" else ActionStartCheckout()
        return action.perform(dispatcher, as_tapped(tracker, intent, chosen), domain, session)
    # Right after "Added ...": only in words of a change ("size 9?" may be a new question);
    # later, "change it to size L" of the product in focus, in the cart. Not a count alone
    # ("make it 2" is the cart's own change of quantity).
    just_added = bot_answer(tracker).startswith("Added ")
    if said and (
        (just_added and (_CHANGES_IT.search(text) or _CHANGE_WORDS.search(text)))
        or _SWITCHES_IT.search(text)
    ):
        return _change_line_just_added(dispatcher, tracker, session, handle, said, quantity)
    return None


def _change_line_just_added(
    dispatcher, tracker: Tracker, session, handle: str, said: dict[str, str], quantity: int | None
) -> Events | None:
    """ "Added Vivienne Velvet Dress (S, Green)", then "make it a medium": that line in M (the
    same colour and number, unless said), or why not; None when no line of it is in the cart."""
    items = cart_items(session, tracker.sender_id)
    lines = [item for item in items if item.variant.product.handle == handle]
    if not lines:
        return None
    line = max(lines, key=lambda item: item.added_at)
    size = size_query_key(said["size"]) if "size" in said else None
    colour = said.get("colour")
    check = check_variant(
        session,
        handle,
        size or size_query_key(line.variant.size or "") or None,
        colour or line.variant.colour_key or None,
    )
    if check is None:
        return None
    in_stock = check.in_stock
    if len(in_stock) != 1:
        if not in_stock:
            dispatcher.utter_message(text=replies.availability_text(check))
        else:
            dispatcher.utter_message(text=order_replies.which_change_text(check.product.title))
        _show_cart(dispatcher, items)
        return []
    variant = in_stock[0]
    count = line.quantity if quantity is None else quantity
    if problem := quantity_problem(count, variant.stock):
        dispatcher.utter_message(text=problem)
        return []
    before = order_replies.variant_text(line)
    set_cart_quantity(session, tracker.sender_id, line.variant_id, 0)
    add_to_cart(session, tracker.sender_id, variant.id, count)
    dispatcher.utter_message(
        text=order_replies.line_changed_text(
            before, f"{check.product.title} ({variant_label(variant)})", count
        )
    )
    _show_cart(dispatcher, cart_items(session, tracker.sender_id))
    return [SlotSet(CURRENT_PRODUCT, handle)]


def note_dropped_purchase(dispatcher, tracker: Tracker, session) -> None:
    """ "Which size of the Whitehall Wool Trousers?", and the shopper asks for shirts instead: one
    line saying the trousers were not added (or bought), so nothing is dropped without a word."""
    waiting = purchase_waiting(tracker)
    named = latest_entities(tracker).get("category") or []
    if waiting is None or not named:
        return
    intent, handle, question = waiting
    details = product_details(session, handle)
    if details is None or any(
        (details.product_type or "").lower() in category_types(kind) for kind in named
    ):
        return  # "the trousers in 32": the answer, not a move to something else
    missing = "colour" if question.lower().startswith("which colour") else "size"
    dispatcher.utter_message(
        text=order_replies.purchase_dropped_text(details.title, missing, intent == "buy")
    )


def _ordinal_of_each_kind(tracker: Tracker) -> dict[str, str] | None:
    """ "The clutch and the first heels": the ordinal said of each kind (heels: "1"), when every
    ordinal in the message comes right before a kind; None when one stands alone ("the 2nd")."""
    found = [entity for entity in tracker.latest_message.get("entities") or []
             if entity.get("entity") in ("ordinal", "category")]  # fmt: skip
    if any("start" not in entity for entity in found):
        return None if any(entity["entity"] == "ordinal" for entity in found) else {}
    found.sort(key=lambda entity: int(entity["start"]))
    text = tracker.latest_message.get("text") or ""
    ordinals: dict[str, str] = {}
    for entity, after in zip(found, [*found[1:], None], strict=False):
        if entity["entity"] != "ordinal":
            continue
        between = text[int(entity["end"]) : int(after["start"])] if after else ""
        if (
            after is None
            or after["entity"] != "category"
            or not _ORDINAL_OF_KIND.fullmatch(between)
        ):
            return None
        ordinals[str(after["value"])] = str(entity["value"])
    return ordinals


def _of_another_kind(session, handle: str, others: list[str]) -> bool:
    """Whether the product is of a kind (product type) none of `others` is."""
    rows = dict(
        session.execute(
            select(Product.handle, Product.product_type).where(
                Product.handle.in_([handle, *others])
            )
        ).all()
    )
    kind = (rows.get(handle) or "").lower()
    return bool(kind) and all((rows.get(other) or "").lower() != kind for other in others)


def _size_said_for(tracker: Tracker, session, handle: str) -> str | None:
    """The newest size the shopper said earlier that this product is made in, if any."""
    for size in sizes_said(tracker):
        key = size_query_key(size)
        if key and (check := check_variant(session, handle, key)) is not None and check.offered:
            return size
    return None


def _said_with_each_kind(tracker: Tracker) -> dict[str, dict[str, str]]:
    """ "The suit in 42R and the shirt in white": the size and colour said after each kind (before
    the next), by kind; said before any kind, they go with the first."""
    kinds: list[tuple[int, str]] = []
    details: list[tuple[int, str, str]] = []
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("role") or entity.get("value") is None:
            continue
        start = int(entity.get("start") or 0)
        if entity["entity"] == "category":
            kinds.append((start, str(entity["value"])))
        elif entity["entity"] in ("size", "colour"):
            details.append((start, entity["entity"], str(entity["value"])))
    said: dict[str, dict[str, str]] = {}
    for start, name, value in details:
        before = [kind for at, kind in kinds if at <= start]
        kind = before[-1] if before else (kinds[0][1] if kinds else None)
        if kind is not None:
            said.setdefault(kind, {})[name] = value
    return said


def asks_outfit_total(text: str) -> bool:
    """Whether a message asks what the whole outfit (or everything together) costs."""
    return bool(_OUTFIT_TOTAL.search(text))


def asks_total(text: str) -> bool:
    """Whether a message asks for a total: of the whole outfit, of the cart ("whats the total",
    "what do i owe"), or of several things at once ("the dress and the flats together")."""
    return bool(
        _OUTFIT_TOTAL.search(text)
        or _TOTAL.search(text)
        or (_PRICE_WORDS.search(text) and _SEVERAL.search(text))
    )


def asks_total_of_several(tracker: Tracker) -> bool:
    """Whether the latest message asks for a total (`asks_total`) and not the price of the one
    product it names ("the total price of the windsor" is its price)."""
    return asks_total(tracker.latest_message.get("text") or "") and (
        _products_named(tracker) != 1 or bool(_kinds_besides_named(tracker))
    )


def _kinds_besides_named(tracker: Tracker) -> list[tuple[int, str]]:
    """The kinds a message names apart from the one product it names or points at ("the dress"
    of "the dress and the first pair", not "shoes" of "the first shoes"), with where each was
    said."""
    text = tracker.latest_message.get("text") or ""
    entities = tracker.latest_message.get("entities") or []
    ends = [e["end"] for e in entities if e.get("entity") in ("product", "product_handle", "ordinal")
            and e.get("end") is not None]  # fmt: skip
    attached = {end + len(_ORDINAL_OF_KIND.match(text, end).group(0)) for end in ends}
    return [
        (e["start"], str(e["value"]))
        for e in entities
        if e.get("entity") == "category" and e.get("start") is not None
        and e["start"] not in attached
    ]  # fmt: skip


def _products_named(tracker: Tracker) -> int:
    """How many products the latest message names or points at ("the windsor", "the 2nd")."""
    named = latest_entities(tracker)
    return sum(len(named.get(name) or []) for name in ("product", "product_handle", "ordinal"))


def tell_total(dispatcher, tracker: Tracker, session) -> Events:
    """A total, decided from what the message names, the cart and what was picked: the kinds
    named ("the dress and those flats"), "both", the whole outfit, else the cart's total; with an
    empty cart, the total of what was picked (said to be not in the cart), or that it is empty.
    Purchases still waiting for a choice (a colour, which shirt) are named after it, never as in
    the cart."""
    text = tracker.latest_message.get("text") or ""
    kinds = list(dict.fromkeys(latest_entities(tracker).get("category") or []))
    if _products_named(tracker) > 1:
        # "the windsor and the savile together", "the first and the second": those.
        named = [reference.handle for reference in resolve_products(tracker, session)]
        if all(named):
            pieces = [[handle] for handle in dict.fromkeys(named) if handle]
            return _tell_pieces_total(dispatcher, session, pieces, None)
    if _products_named(tracker) == 1 and (others := _kinds_besides_named(tracker)):
        # "the dress and the first pair together": the dress picked, and the first on screen.
        return _tell_kinds_and_named(dispatcher, tracker, session, others)
    if len(kinds) > 1 or (kinds and not asks_outfit_total(text)):
        return _tell_named_total(dispatcher, tracker, session, kinds)
    if _BOTH.search(text) and (pair := the_two(tracker)):
        return _tell_pieces_total(dispatcher, session, [[handle] for handle in pair], "Both")
    if (waiting := purchases_waiting(tracker)) and not cart_items(session, tracker.sender_id):
        # "Put the suit and the bow tie in my cart", both asked about: nothing added yet.
        return _tell_waiting(dispatcher, session, waiting)
    if asks_outfit_total(text):
        tell_outfit_total(dispatcher, tracker, session)
        return _tell_still_waiting(dispatcher, session, waiting)
    items = cart_items(session, tracker.sender_id)
    if items:
        _show_cart(dispatcher, items)
        return _tell_still_waiting(dispatcher, session, waiting)
    if not opened_products(tracker):
        dispatcher.utter_message(response="utter_cart_empty")
        return []
    dispatcher.utter_message(text=cart_empty_but_picked_text())
    return tell_outfit_total(dispatcher, tracker, session, "What you picked so far")


# "Which colour of the Whitehall Two-Piece Suit?": what that purchase waits for.
_WAITS_FOR = re.compile(r"^which (colour|color|size|fit|length|width) of\b", re.IGNORECASE)


def _tell_waiting(dispatcher, session, waiting: list[tuple[str, list[str]]]) -> Events:
    """The empty cart and the purchases waiting for a choice (`purchases_waiting`), priced from
    the store; none of the products only looked at."""
    dispatcher.utter_message(text=cart_empty_but_waiting_text(_waiting_described(session, waiting)))
    return []


def _tell_still_waiting(dispatcher, session, waiting: list[tuple[str, list[str]]]) -> Events:
    """After the cart or a total: the purchases still waiting for a choice, if any, as not in the
    cart yet (the suit's colour and which shirt, asked when the shoes went in)."""
    if described := _waiting_described(session, waiting):
        dispatcher.utter_message(text=still_waiting_text(described))
    return []


def _waiting_described(
    session, waiting: list[tuple[str, list[str]]]
) -> list[tuple[str, list[tuple[str, Decimal, bool]]]]:
    """Each purchase waiting (`purchases_waiting`) as what it waits for ("colour", "size", or ""
    for which one) and its products (title, lowest price, whether the price varies)."""
    described = []
    for question, handles in waiting:
        choice = match.group(1).lower() if (match := _WAITS_FOR.match(question)) else ""
        products = [
            (d.title, d.price_from, d.price_from != d.price_to)
            for handle in handles
            if (d := product_details(session, handle)) is not None
        ]
        if products:
            described.append(("colour" if choice == "color" else choice, products))
    return described


def _tell_kinds_and_named(
    dispatcher, tracker: Tracker, session, kinds: list[tuple[int, str]]
) -> Events:
    """ "The dress and the first pair together": each kind as the product picked of it (asking
    which, with buttons, when unclear), and the product named or pointed at, in the order said."""
    named = resolve_product(tracker, session).handle
    if named is None:
        dispatcher.utter_message(text=nothing_to_total_text())
        return []
    start = next((e.get("start") or 0 for e in tracker.latest_message.get("entities") or []
                  if e.get("entity") in ("product", "product_handle", "ordinal")), 0)  # fmt: skip
    said: list[tuple[int, list[str]]] = [(start, [named])]
    for at, kind in kinds:
        picked = [handle for handle in picked_of_kind(tracker, session, kind) if handle != named]
        if not picked:
            dispatcher.utter_message(text=nothing_to_total_text())
            return []
        said.append((at, picked))
    pieces = [piece for _, piece in sorted(said, key=lambda one: one[0])]
    return _tell_pieces_total(dispatcher, session, pieces, None, tracker)


def _tell_named_total(dispatcher, tracker: Tracker, session, kinds: list[str]) -> Events:
    """ "The dress and those flats together": each kind named, as the product picked of it; a
    kind said with "those" ("those flats") is the list on screen."""
    shown = ShownResults.from_tracker(tracker).handles
    text = (tracker.latest_message.get("text") or "").lower()
    pieces: list[list[str]] = []
    for kind in kinds:
        on_screen = re.search(_ON_SCREEN.format(kind=re.escape(kind.lower().rstrip("s"))), text)
        picked = [] if on_screen else picked_of_kind(tracker, session, kind)
        if not picked and shown:
            # "Those flats" with low heels on screen: the shoes on screen, whatever their kind.
            taken = {handle for piece in pieces for handle in piece}
            picked = [handle for handle in shown if handle not in taken]
        if not picked:
            dispatcher.utter_message(text=nothing_to_total_text())
            return []
        pieces.append(picked)
    if len(pieces) == 1 and len(pieces[0]) == 1:
        # "How much would the dress come to together?": with the rest of the outfit.
        return tell_outfit_total(dispatcher, tracker, session)
    return _tell_pieces_total(dispatcher, session, pieces, None, tracker)


def _tell_pieces_total(
    dispatcher, session, pieces: list[list[str]], what: str | None, tracker: Tracker | None = None
) -> Events:
    """The total of one product per piece; a piece that could be several products (two heels on
    screen) gets a total with each, or, with more than a few, the question which one."""
    fixed = [piece[0] for piece in pieces if len(piece) == 1]
    open_pieces = [piece for piece in pieces if len(piece) > 1]
    if len(open_pieces) > 1 or (open_pieces and len(open_pieces[0]) > _TOTAL_OPTIONS):
        if tracker is not None and ask_which_one(
            dispatcher, tracker, session, ProductReference(None, "ambiguous",
                                                           candidates=tuple(open_pieces[0]))
        ):  # fmt: skip
            return []
        dispatcher.utter_message(response="utter_which_product")
        return []
    details = [d for handle in fixed if (d := product_details(session, handle)) is not None]
    lines = [(d.title, d.price_from, False) for d in details]
    varies = any(d.price_from != d.price_to for d in details)
    if not open_pieces:
        total = sum((price for _, price, _ in lines), start=Decimal("0.00"))
        titles = " and ".join(f"the {d.title}" for d in details)
        dispatcher.utter_message(
            text=outfit_total_text(lines, total, varies, what or titles[:1].upper() + titles[1:])
        )
        return []
    options = [d for handle in open_pieces[0] if (d := product_details(session, handle))]
    varies = varies or any(d.price_from != d.price_to for d in options)
    dispatcher.utter_message(
        text=totals_with_options_text(lines, [(d.title, d.price_from) for d in options], varies)
    )
    return []


def tell_outfit_total(
    dispatcher, tracker: Tracker, session, what: str = "The whole outfit"
) -> Events:
    """The outfit's total at today's prices: what is in the cart, and the latest product opened
    of each other kind (a shirt, then the shoes to go with it); or, with neither, what it can
    total. `what` names the pieces in the reply."""
    lines, varies = _picked_lines(tracker, session)
    if not lines:
        dispatcher.utter_message(text=nothing_to_total_text())
        return []
    total = sum((price for _, price, _ in lines), start=Decimal("0.00"))
    dispatcher.utter_message(text=outfit_total_text(lines, total, varies, what))
    return []


def _picked_lines(tracker: Tracker, session) -> tuple[list[tuple[str, Decimal, bool]], bool]:
    """The outfit's pieces (what, price, in the cart): the cart, then the latest product opened of
    each other kind; and whether a price depends on a size not chosen yet."""
    items = cart_items(session, tracker.sender_id)
    lines = [
        (f"{item.variant.product.title} ({variant_label(item.variant)})"
         + (f" × {item.quantity}" if item.quantity > 1 else ""),
         item.variant.price * item.quantity, True)
        for item in items
    ]  # fmt: skip
    kinds = {item.variant.product.product_type for item in items}
    in_cart = {item.variant.product.handle for item in items}
    varies = False
    for handle in opened_products(tracker):
        details = product_details(session, handle)
        if details is None or handle in in_cart or details.product_type in kinds:
            continue
        kinds.add(details.product_type)
        varies = varies or details.price_from != details.price_to
        lines.append((details.title, details.price_from, False))
        if len(lines) >= _OUTFIT_PIECES:
            break
    return lines, varies


# "is that over 250??", "would it all be under $300", "is it more than 100": the price of the
# product in focus, or the total of what was picked right after a total, against an amount.
_PRICE_AGAINST = re.compile(
    r"\b(?:is|are|was|would|will|does|do|iss)\s+(?:that|it|this|they|those|these|the total|"
    r"that total|all (?:of )?that|everything|it all|that all|both|the lot)\s+"
    r"(?:(?:all|still|even|be|come to|comes to|cost|costs|go|total|altogether|together)\s+)*"
    r"(?P<direction>over|under|more than|less than|above|below|within|beyond|cheaper than"
    r"|more expensive than)\s+(?:my\s+|the\s+|our\s+)?\$?(?P<amount>\d[\d,]*(?:\.\d\d)?)\b"
)
_ABOVE = frozenset({"over", "more than", "above", "beyond", "more expensive than"})


def asks_price_against(text: str) -> tuple[bool, Decimal] | None:
    """(whether it asks "above", the amount) for "is that over 250?", else None."""
    match = _PRICE_AGAINST.search(text.lower())
    if not match:
        return None
    return match.group("direction") in _ABOVE, Decimal(match.group("amount").replace(",", ""))


def answer_price_against(dispatcher, tracker: Tracker, session) -> bool:
    """ "Is that over 250??": the product in focus's price, or right after a total the total of
    what was picked, against the amount, from today's prices. False when it asks no such thing."""
    asked = asks_price_against(tracker.latest_message.get("text") or "")
    if asked is None:
        return False
    above, amount = asked
    said = [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ]
    previous = said[-2] if len(said) > 1 else ""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, focus) if focus and not asks_total(previous) else None
    if details is not None:
        what, price = f"The {details.title}", details.price_from
        varies = details.price_from != details.price_to
    else:
        lines, varies = _picked_lines(tracker, session)
        if not lines:
            dispatcher.utter_message(text=nothing_to_total_text())
            return True
        price = sum((p for _, p, _ in lines), start=Decimal("0.00"))
        titles = " and ".join(f"the {title}" for title, _, _ in lines)
        what = f"What you picked so far ({titles})"
    dispatcher.utter_message(text=price_against_text(what, price, amount, above, varies))
    return True


def answer_take_out(dispatcher, tracker: Tracker, session) -> Events | None:
    """`take_out_in_words` as an answer any action the message may reach gives way to: [] when
    it took lines out and showed the cart, None (nothing said) when the message takes nothing out."""
    return [] if take_out_in_words(dispatcher, tracker, session) else None


# "will it arrive by july 3rd", "can it get here by friday", "when would it come": when the cart
# would arrive, if ordered now.
_ASKS_ARRIVAL = re.compile(
    r"\b(?:arriv\w*|get (?:here|there|to me)|be here|reach me|deliver\w*|in time"
    r"|come (?:by|before|in time))\b",
    re.IGNORECASE,
)
# "whats the total with shipping": the total a checkout would charge, not the subtotal.
_WITH_SHIPPING = re.compile(r"\b(?:ship\w*|postage|delivery|tax\w*)\b", re.IGNORECASE)


def tell_cart_total_and_arrival(
    dispatcher, tracker: Tracker, session, only_with_shipping: bool = False
) -> bool:
    """ "Whats the total and will it arrive by july 3rd?" with things in the cart and no order
    placed: the cart, its total with the shipping that suits the day asked (the cheapest that
    surely arrives by then, else the fastest; Standard when no day is named) and tax, and
    whether it arrives by then, ordered today. False (nothing said) when the cart is empty or
    the message asks neither a total nor when it arrives (with `only_with_shipping`, a total
    with no word of shipping, tax or a day)."""
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    needed = day_meant(tracker, text, today)
    if not (asks_total(text) or needed or _ASKS_ARRIVAL.search(text)):
        return False
    if (
        only_with_shipping
        and not (needed or _ASKS_ARRIVAL.search(text))
        and not (_WITH_SHIPPING.search(text))
    ):
        return False  # "whats my total": the cart and its subtotal, as before
    items = cart_items(session, tracker.sender_id)
    if not items:
        return False
    method = method_for(needed, today)[0] if needed else SHIPPING_METHODS["standard"]
    offer = quote(session, [(item.variant_id, item.quantity) for item in items], method.key)
    dispatcher.utter_message(text=order_replies.cart_text(items), buttons=CART_BUTTONS)
    dispatcher.utter_message(text=order_replies.cart_total_and_arrival_text(offer, needed, today))
    return True


def answer_cart_with_shipping(dispatcher, tracker: Tracker, session) -> Events | None:
    """`tell_cart_total_and_arrival` as an answer a look at the cart gives way to ("whats the
    total with shipping", "will it arrive by friday"); None when the message asks only for the
    cart or its subtotal."""
    return [] if tell_cart_total_and_arrival(dispatcher, tracker, session, True) else None


def answer_cart_total_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Whats the total and will it arrive by july 3rd" heard as a delivery question, with
    things in the cart and no order in this chat: the cart's total with shipping and tax, and
    when it would arrive; None (nothing said) when the message asks no total, or an order was
    placed or looked up here ("when will it arrive" is that order's)."""
    if tracker.get_slot(LAST_ORDER) or not asks_total(tracker.latest_message.get("text") or ""):
        return None
    return [] if tell_cart_total_and_arrival(dispatcher, tracker, session) else None


def answer_change_of_mind(dispatcher, tracker: Tracker, session) -> Events | None:
    """`change_of_mind` as an answer the actions a change of size may reach give way to (a
    search, a change of quantity); the purchase it goes on with needs no domain."""
    return change_of_mind(dispatcher, tracker, {}, session)


class ActionShowCart(ShopAction):
    """ "What's in my cart?" """

    # "take the shoes out, whats my total now?": the cart edit, then the cart; "whats the total
    # and will it arrive by july 3rd": with shipping and tax, and when it would arrive.
    gives_way_to = (answer_take_out, answer_cart_with_shipping)

    def name(self) -> str:
        return "action_show_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if asks_total_of_several(tracker):
            # "whats the total" with an empty cart: what was picked, if anything was.
            return tell_total(dispatcher, tracker, session)
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


def _cart_changes(tracker: Tracker) -> list[tuple[dict[str, list[str]], int]]:
    """The changes a message asks of the cart, one per part ("remove the tie and make the shirts
    3": the tie to 0, the shirts to 3), each with the entities that say which line; a part that
    names a line and no change of its own ("and the belt") does what the part before it did."""
    text = tracker.latest_message.get("text") or ""
    # With roles too: "no tie pls" is heard as ruling ties out, here the tie taken out.
    entities = [
        e
        for e in tracker.latest_message.get("entities") or []
        if "start" in e
        and not (e["entity"] == "category" and _THE_CART_BEFORE.search(text[: int(e["start"])]))
    ]
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    changes: list[tuple[dict[str, list[str]], int]] = []
    quantity: int | None = None
    for start, end in zip(bounds, bounds[1:], strict=False):
        part = text[start:end]
        inside = [e for e in entities if start <= int(e["start"]) < end]
        said: dict[str, list[str]] = {}
        for entity in inside:
            said.setdefault(entity["entity"], []).append(str(entity["value"]))
        if _REMOVES.search(part):
            quantity = 0
        elif (count := _count_in(part, start, inside)) is not None:
            quantity = count
        elif _SETS.search(part):
            quantity = None  # "make the shirts" and no number: not a change said here
        if quantity is not None and said.keys() & {"ordinal", "category", "product", "colour",
                                                   "brand", "product_handle"}:  # fmt: skip
            changes.append((said, quantity))
    return changes


def _count_in(part: str, offset: int, entities: list[dict]) -> int | None:
    """The number a part of a message gives as a count ("3", "three"), not a size or ordinal."""
    for entity in entities:
        if entity["entity"] == "quantity":
            try:
                return int(entity["value"])
            except ValueError:
                return None
    taken = [(int(e["start"]) - offset, int(e["end"]) - offset) for e in entities
             if e["entity"] in ("size", "ordinal", "price", "budget")]  # fmt: skip
    counts = [
        match
        for match in _COUNT.finditer(part)
        if not any(start <= match.start() < end for start, end in taken)
        # "make the second one 3": the "one" of "the second one" points, it doesn't count.
        and (match.group(1).isdigit() or not _ONE_OF_A_LIST.search(part[: match.start()]))
    ]
    counts.sort(key=lambda match: not match.group(1).isdigit())  # a digit said wins
    if not counts:
        return None
    word = counts[0].group(1).lower()
    return int(word) if word.isdigit() else _COUNTS[word]


def change_cart_lines(dispatcher, tracker: Tracker, session) -> bool:
    """ "Remove the tie and make the shirts 3": every change asked, each line found by its kind,
    name, colour or number, then the cart; a line not found is asked about after. False (nothing
    said) when no part of the message names a line and a change for it ("empty my cart")."""
    changes = _cart_changes(tracker)
    if not changes:
        return False
    items = cart_items(session, tracker.sender_id)
    done: list[str] = []
    problems: list[str] = []
    planned: list[tuple[CartItem, int]] = []
    for said, quantity in changes:
        item, problem = _cart_line(tracker, items, said)
        if item is None:
            problems.append(problem or "")
        elif quantity and (why := quantity_problem(quantity, item.variant.stock)):
            problems.append(why)
        else:
            planned.append((item, quantity))
    for item, quantity in planned:
        set_cart_quantity(session, tracker.sender_id, item.variant_id, quantity)
        done.append(order_replies.cart_change_text(order_replies.variant_text(item), quantity))
    dispatcher.utter_message(text=" ".join(done + list(dict.fromkeys(problems))))
    _show_cart(dispatcher, cart_items(session, tracker.sender_id))
    return True


def take_out_in_words(dispatcher, tracker: Tracker, session) -> bool:
    """ "Actually take the shoes out... whats my total now?" heard as a search or a look at the
    cart: the lines named taken out, then the cart with its subtotal (`change_cart_lines`); with
    none of them in the cart, that, and the cart. False (nothing said) when the message takes
    nothing out of the cart ("drop the heels, show me flats" with no heels in it)."""
    text = tracker.latest_message.get("text") or ""
    if not _TAKES_OUT.search(text):
        return False
    removals = [said for said, quantity in _cart_changes(tracker) if quantity == 0]
    if not removals:
        return False
    items = cart_items(session, tracker.sender_id)
    if any(_cart_line(tracker, items, said)[0] is not None for said in removals):
        return change_cart_lines(dispatcher, tracker, session)
    if not _FROM_THE_CART.search(text):
        return False
    kinds = list(dict.fromkeys(kind for said in removals for kind in said.get("category", [])))
    dispatcher.utter_message(text=order_replies.not_in_cart_text(kinds))
    _show_cart(dispatcher, items)
    return True


class ActionRemoveFromCart(ShopAction):
    """ "Remove the belt" / "take the second one out" / "empty my cart"."""

    writes_to_store = True

    def name(self) -> str:
        return "action_remove_from_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        text = tracker.latest_message.get("text") or ""
        if _ADDS.search(text) and not _REMOVES.search(text):
            # "put the clutch and the first heels in my bag" heard as taking something out.
            return ActionAddToCart().perform(dispatcher, tracker, domain, session)
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        if change_cart_lines(dispatcher, tracker, session):
            return []
        if _EVERYTHING.search(text) and not latest_entities(tracker).get("ordinal"):
            empty_cart(session, tracker.sender_id)
            dispatcher.utter_message(text="Done, your cart is empty.")
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        removed = order_replies.variant_text(item)
        set_cart_quantity(session, tracker.sender_id, item.variant_id, 0)
        dispatcher.utter_message(text=f"Removed {removed} from your cart.")
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionChangeQuantity(ShopAction):
    """ "Make it 2" / "only one of the ties": a new quantity for a cart line (0 removes it)."""

    writes_to_store = True
    # "Make it 2" / "make it a medium" while "Which colour of ...?" is open: that purchase.
    gives_way_to = (answer_change_of_mind,)

    def name(self) -> str:
        return "action_change_quantity"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        quantity = requested_quantity(tracker)
        if quantity is None and _ADDS.search(tracker.latest_message.get("text") or ""):
            # "Add the 2nd one" names no quantity: it adds a product, not a new count of a line.
            return ActionAddToCart().perform(dispatcher, tracker, domain, session)
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        if change_cart_lines(dispatcher, tracker, session):
            return []
        if quantity is None:
            dispatcher.utter_message(text='How many would you like? Say e.g. "make it 2".')
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        if quantity and (problem := quantity_problem(quantity, item.variant.stock)):
            dispatcher.utter_message(text=problem)
            return []
        set_cart_quantity(session, tracker.sender_id, item.variant_id, quantity)
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionCheckoutCart(ShopAction):
    """ "Checkout": buy everything in the cart, through the same details and review as Buy."""

    def name(self) -> str:
        return "action_checkout_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        count = sum(item.quantity for item in items)
        intro = f"Checking out your cart ({count} item{'s' if count != 1 else ''})."
        return [
            SlotSet(CHECKOUT_FROM_CART, True),
            SlotSet(CHECKOUT_VARIANT, None),
            SlotSet(CHECKOUT_QUANTITY, None),
        ] + begin_checkout(dispatcher, tracker, session, intro)
