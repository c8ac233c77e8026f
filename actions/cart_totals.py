"""Totals: the cart's, the outfit's, the things named; a price against an amount.

"The dress and those flats together", "is that over 250?". With shipping and when it would
arrive: actions/cart_arrival.py; purchases still waiting for a choice: actions/waiting_purchases.py.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rasa_sdk import Tracker

from actions.adding import BOTH, show_cart
from actions.base import Events
from actions.cart_replies import (
    cart_empty_but_picked_text,
    cart_empty_but_waiting_text,
    kind_not_shown_text,
    nothing_to_total_text,
    outfit_total_text,
    price_against_text,
    totals_with_options_text,
)
from actions.considered_total import tell_considered_total
from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ask_which_one,
    both_meant,
    latest_entities,
    opened_products,
    purchases_waiting,
    resolve_products,
)
from actions.kinds_in_total import pieces_of_kinds
from actions.numbered_in_total import kinds_besides_named, pieces_of_kinds_and_named
from actions.total_choices import ask_each_choice
from actions.total_if_added import tell_shipping_if_added, tell_shipping_of_pieces
from actions.variant_taken import variant_label
from actions.waiting_purchases import ask_waiting_again, tell_still_waiting, waiting_described
from commerce.cart import cart_items
from commerce.products import product_details
from shop_nlu.numbered_totals import asks_against_an_amount
from shop_nlu.parcel_questions import ONE_PARCEL_QUESTION
from shop_nlu.several_at_once import speaks_of_several_at_once

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
# Not "total change of plan", "a total mess" (stranger test 52).
_TOTAL = re.compile(
    r"\btotal\b(?!\s+(?:change|u-?turn|rethink|mess|disaster|nightmare))|\bowe\b"
    r"|\bwhat'?s the damage\b|\baltogether\b",
    re.IGNORECASE,
)
# "how much would the dress and those flats come to together", "how much for both", "how much
# is everything", "what would all that come to": a price asked for several things at once
# (shop_nlu/several_at_once.py).
_PRICE_WORDS = re.compile(
    r"\bhow much\b|\bcost|\bprice|\bcomes? to\b|\badd(?:s)? up\b|\bpay\b|\bspend", re.IGNORECASE
)
# How many products one named kind may stand for in a total before asking which one.
_TOTAL_OPTIONS = 3
# "whats the total with shipping", "total w express": the total a checkout would charge, not the
# subtotal.
_WITH_SHIPPING = re.compile(
    r"\b(?:ship\w*|postage|delivery|tax\w*|expres+|xpress)\b", re.IGNORECASE
)


def asks_outfit_total(text: str) -> bool:
    """Whether a message asks what the whole outfit (or everything together) costs."""
    return bool(_OUTFIT_TOTAL.search(text))


def asks_total(text: str) -> bool:
    """Whether a message asks for a total: of the whole outfit, of the cart ("whats the total",
    "what do i owe"), or of several things at once ("the dress and the flats together")."""
    text = ONE_PARCEL_QUESTION.sub(" ", text)  # "is it all shipped together?" asks no price
    asks_price = _PRICE_WORDS.search(text) or asks_against_an_amount(text)  # "a + b, under 300?"
    return bool(
        _OUTFIT_TOTAL.search(text)
        or _TOTAL.search(text)
        or (asks_price and speaks_of_several_at_once(text))
    )


def asks_total_of_several(tracker: Tracker) -> bool:
    """Whether the latest message asks for a total (`asks_total`) and not the price of the one
    product it names ("the total price of the windsor" is its price)."""
    return asks_total(tracker.latest_message.get("text") or "") and (
        _products_named(tracker) != 1 or bool(kinds_besides_named(tracker))
    )


def _products_named(tracker: Tracker) -> int:
    """How many products the latest message names or points at ("the windsor", "the 2nd")."""
    named = latest_entities(tracker)
    return sum(len(named.get(name) or []) for name in ("product", "product_handle", "ordinal"))


def tell_total(dispatcher, tracker: Tracker, session) -> Events:
    """A total, decided from what the message names, the cart and what was picked: the kinds
    named ("the dress and those flats"), "both", the whole outfit, else the cart's total; with an
    empty cart, the total of what was picked (said to be not in the cart), or that it is empty.
    Purchases still waiting for a choice (a colour, which shirt) are named after it, never as in
    the cart. A budget said with it ("i dont want to go over 250 all in") is for all of it: the
    total is measured against it."""
    text = tracker.latest_message.get("text") or ""
    budget = _budget_said(tracker)
    kinds = list(dict.fromkeys(latest_entities(tracker).get("category") or []))
    if _products_named(tracker) > 1:
        # "the windsor and the savile together", "the first and the second": those.
        named = [reference.handle for reference in resolve_products(tracker, session)]
        if all(named):
            pieces = [[handle] for handle in dict.fromkeys(named) if handle]
            return _tell_pieces_total(dispatcher, session, pieces, None, budget=budget)
    if _products_named(tracker) == 1 and (others := kinds_besides_named(tracker)):
        # "the dress and the first pair together": the dress picked, and the first on screen.
        return _tell_kinds_and_named(dispatcher, tracker, session, others, budget)
    if len(kinds) > 1 or (kinds and not asks_outfit_total(text)):
        return _tell_named_total(dispatcher, tracker, session, kinds, budget)
    if BOTH.search(text) and (pieces := both_meant(tracker)):
        # "How much both togeter": the two picked, or the one opened and the list on screen.
        if not cart_items(session, tracker.sender_id):
            dispatcher.utter_message(text=cart_empty_but_picked_text())
        _tell_pieces_total(dispatcher, session, pieces, "Both", budget=budget)
        if asks_with_shipping(text):
            tell_shipping_of_pieces(dispatcher, tracker, session, pieces)
        return []
    waiting, items = purchases_waiting(tracker), cart_items(session, tracker.sender_id)
    # Not "What you picked so far comes to ...": nothing is in the cart, so nothing is owed; what
    # she is considering is priced as what adding it would cost (actions/considered_total.py).
    what = "The whole outfit" if asks_outfit_total(text) else "What you looked at"
    if not items and (told := tell_considered_total(
        dispatcher, tracker, session, what, budget, asks_with_shipping(text)
    )) is not None:  # fmt: skip
        return told
    if waiting and not items:
        # "Put the suit and the bow tie in my cart", both asked about: nothing added yet.
        return _tell_waiting(dispatcher, tracker, session, waiting, asks_with_shipping(text))
    if asks_outfit_total(text):
        tell_outfit_total(dispatcher, tracker, session, budget=budget)
        return tell_still_waiting(dispatcher, tracker, session, waiting)
    if items:
        show_cart(dispatcher, items)
        return tell_still_waiting(dispatcher, tracker, session, waiting)
    dispatcher.utter_message(response="utter_cart_empty")
    return []


# A price said with a total is a budget: "shoes and a belt, under 200 in total".
_BUDGET = frozenset({"price_max", "price_min"})

# "whats the total", "how much would", "what do they come to": the amount asked for, which a
# price said with it does not make a search ("..., i dont want to go over 250 all in"). Not "my
# budget is 300 total for everything": an amount right before "total" is the budget itself.
_ASKS_AMOUNT = re.compile(
    r"\bhow much\b|\bwh?at'?s?\b.{0,40}\b(?:total|cost|come to|add up)"
    r"|(?<![\d$] )(?<![\d$])\btotal\s+(?:for|of)\b|\btotal\s*\?"
    r"|\b(?:come|comes|add|adds) (?:to|up)\b",
    re.IGNORECASE,
)


def answer_total_of_picked(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "How much would the dress and the shoes come to together" heard as a search: the total
    of the products of those kinds picked earlier (`tell_total`), against the budget said with it
    ("whats the total ... i dont want to go over 250 all in"); None (nothing said) when the
    message asks no total, names only kinds nothing was shown of, or names a price without asking
    the amount ("shoes and a belt under 200 in total"), which is a search."""
    text = tracker.latest_message.get("text") or ""
    named = latest_entities(tracker)
    if not asks_total_of_several(tracker):
        return None
    asks_amount = _ASKS_AMOUNT.search(text) or asks_against_an_amount(text)  # "a + b, under 300?"
    if named.keys() & _BUDGET and (not asks_amount or _budget_said(tracker) is None):
        return None  # ("shoes and a belt under 200 in total": a budget for a search)
    kinds = [
        str(entity["value"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and not entity.get("role")
    ]
    if not kinds or not pieces_of_kinds(tracker, session, kinds)[0]:
        return None  # (with one shown: "no blazer shown yet", then the shoes; stranger test 61)
    return tell_total(dispatcher, tracker, session)


def _budget_said(tracker: Tracker) -> Decimal | None:
    """The most the latest message says the shopper will spend ("not over 250", "max 250")."""
    said = (latest_entities(tracker).get("price_max") or [None])[-1]
    digits = re.fullmatch(r"\$?(\d[\d,]*(?:\.\d+)?)", str(said or "").strip())
    return Decimal(digits.group(1).replace(",", "")) if digits else None


def _tell_waiting(
    dispatcher,
    tracker: Tracker,
    session,
    waiting: list[tuple[str, list[str]]],
    with_shipping: bool = False,
) -> Events:
    """The empty cart and the purchases waiting for a choice (`purchases_waiting`), priced from
    the store, each then asked again with its buttons; none of the products only looked at. With
    `with_shipping` ("whats the total w shipping"), what shipping they would cost once added."""
    described = waiting_described(session, waiting)
    dispatcher.utter_message(text=cart_empty_but_waiting_text(described))
    if with_shipping and described:
        # Each purchase at its lowest price (the cheapest of "which one").
        subtotal = sum(
            (min(price for _, price, _ in products) for _, products in described),
            start=Decimal("0.00"),
        )
        varies = any(len(products) > 1 or products[0][2] for _, products in described)
        tell_shipping_if_added(dispatcher, tracker, subtotal, varies)
    ask_waiting_again(dispatcher, tracker, session)
    return []


def asks_with_shipping(text: str) -> bool:
    """Whether a total is asked with its shipping ("w shipping", "incl delivery", "postage")."""
    return bool(_WITH_SHIPPING.search(text))


def _tell_kinds_and_named(
    dispatcher,
    tracker: Tracker,
    session,
    kinds: list[tuple[int, str]],
    budget: Decimal | None = None,
) -> Events:
    """ "The dress and the first pair together", "the dress and the second boots, am I still under
    300?": each kind as the product picked of it (asking which, with buttons, when unclear), and
    the product named or pointed at, in the order said (`pieces_of_kinds_and_named`)."""
    pieces = pieces_of_kinds_and_named(dispatcher, tracker, session, kinds)
    if pieces is None:
        dispatcher.utter_message(text=nothing_to_total_text())
        return []
    return _tell_pieces_total(dispatcher, session, pieces, None, tracker, budget)


def _tell_named_total(
    dispatcher, tracker: Tracker, session, kinds: list[str], budget: Decimal | None = None
) -> Events:
    """ "The dress and those flats together": each kind named, as the products it stands for
    (`pieces_of_kinds`); a kind nothing was shown of said to be so first, the rest totalled (with
    the shipping, when asked), or which of each asked."""
    found, missing = pieces_of_kinds(tracker, session, kinds)
    for kind in missing:  # "the blazer and the shoes", no blazer shown (stranger test 61)
        dispatcher.utter_message(text=kind_not_shown_text(kind))
    pieces = [piece for _, piece in found]
    if not pieces and not missing:
        dispatcher.utter_message(text=nothing_to_total_text())
    if not pieces:
        return []
    unclear = sum(len(piece) > 1 for piece in pieces)
    if unclear > 1 or (missing and unclear == len(pieces)):
        # "the suit + shirt + tie", no shirt or tie picked: which of each, not only the first.
        ask_each_choice(dispatcher, tracker, session, found)
    elif len(pieces) == 1 and len(pieces[0]) == 1 and not missing:
        # "How much would the dress come to together?": with the rest of the outfit.
        return tell_outfit_total(dispatcher, tracker, session, budget=budget)
    else:
        _tell_pieces_total(dispatcher, session, pieces, None, tracker, budget)
    if asks_with_shipping(tracker.latest_message.get("text") or ""):
        tell_shipping_of_pieces(dispatcher, tracker, session, pieces)
    return []


def _tell_pieces_total(
    dispatcher,
    session,
    pieces: list[list[str]],
    what: str | None,
    tracker: Tracker | None = None,
    budget: Decimal | None = None,
) -> Events:
    """The total of one product per piece; a piece that could be several products (two heels on
    screen) gets a total with each, or, with more than a few, the question which one; each total
    against the shopper's `budget` for all of it, if one was said."""
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
        what = what or titles[:1].upper() + titles[1:]
        dispatcher.utter_message(text=outfit_total_text(lines, total, varies, what, budget))
        return []
    options = [d for handle in open_pieces[0] if (d := product_details(session, handle))]
    varies = varies or any(d.price_from != d.price_to for d in options)
    priced = [(d.title, d.price_from) for d in options]
    dispatcher.utter_message(text=totals_with_options_text(lines, priced, varies, budget))
    return []


def tell_outfit_total(
    dispatcher,
    tracker: Tracker,
    session,
    what: str = "The whole outfit",
    budget: Decimal | None = None,
) -> Events:
    """The outfit's total at today's prices: what is in the cart, and the latest product opened
    of each other kind (a shirt, then the shoes to go with it); or, with neither, what it can
    total. `what` names the pieces in the reply; `budget`, the shopper's for all of it."""
    lines, varies = _picked_lines(tracker, session)
    if not lines:
        dispatcher.utter_message(text=nothing_to_total_text())
        return []
    total = sum((price for _, price, _ in lines), start=Decimal("0.00"))
    dispatcher.utter_message(text=outfit_total_text(lines, total, varies, what, budget))
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


# --- a price against an amount ----------------------------------------------------------------


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
