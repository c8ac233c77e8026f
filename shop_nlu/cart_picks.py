"""Adding a product picked by price: "add the cheapest", "put the cheapest one in my cart", "throw
the most expensive in my bag" add the cheapest (priciest) of those on screen, where they were only
opened (stranger test 31, docs/nlu/stranger-test-31.md). Asking for the cart's total: "whats the
total", "how much is the total" (and "whats the totl": stranger test 34,
docs/nlu/stranger-test-34.md, where it was called off-topic). Putting things in the cart: "let's put
the coat in my cart, and the shoes too in 7.5" is adding, never a one-tap purchase (stranger test 47,
docs/nlu/stranger-test-47.md, problem 2). No Rasa here; shop_nlu/resolution.py weighs them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.add_and_total import add_and_total_reading
from shop_nlu.add_it_in import add_it_in_reading
from shop_nlu.adding_words import ADD_VERBS, asks_to_add, puts_in_the_cart
from shop_nlu.details_in_a_request import checkout_details_reading
from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT
from shop_nlu.into_placed_order import into_placed_order_reading
from shop_nlu.pick_asks import pick_reading
from shop_nlu.total_of_all import total_of_all_reading
from shop_nlu.typos import with_key_words_corrected

ADD_INTENT = "add_to_cart"
# What "add the cheapest" is heard as: a refinement to the cheapest, its details, a pick.
MAY_ADD_BY_PRICE = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "refine_search", "select_product",
    "product_details", "ask_price",
})  # fmt: skip
# "the cheapest", "the most expensive one": one on screen, not "the cheapest first" (an order).
_THE_CHEAPEST = re.compile(
    r"\bthe\s+(?:cheapest|priciest|dearest|most expensive|least expensive|most affordable)\b"
    r"(?!\s+(?:ones?\s+|items?\s+)?(?:first|1st|on top|at the top)\b)"
)
# "cheapest add it", "the cheapest, add it", "cheapst 1 then put it in my basket": the one picked
# said first, then the add (stranger test 89, docs/nlu/stranger-test-89.md, A7).
_CHEAPEST_THEN_ADD = re.compile(
    r"^\W*(?:(?:ok|okay|so|then|yes|yeah|right|k)\W+)*(?:the\s+)?"
    r"(?:che+a?pe?st|priciest|dearest|most expensive|least expensive|most affordable)"
    r"(?:\s+(?:one|1))?(?:\W+(?:then|and|pls|please|plz|just))*\W+"
    rf"(?:{ADD_VERBS})\b"
)
# "add the cheapest shipping": a shipping option, no product.
_SHIPPING = re.compile(r"\b(?:ship\w*|deliver\w*|postage|courier|express|standard)\b")


def adds_by_price(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message adds the cheapest or priciest product on screen to the cart ("add the
    cheapest", "put the cheapest one in my cart")."""
    entities = list(entities)
    if any(
        e.entity in ("product", "product_handle", "ordinal") and e.role is None for e in entities
    ):
        return False
    sorts = {e.value for e in entities if e.entity == "sort" and e.role is None}
    lowered = text.lower()
    picked_then_added = bool(_CHEAPEST_THEN_ADD.search(lowered))  # "cheapest add it"
    return (
        bool(sorts & {"price_asc", "price_desc"})
        and (picked_then_added or bool(_THE_CHEAPEST.search(lowered)))
        and (picked_then_added or asks_to_add(lowered, verb_first=True))  # "add ...", "in my bag"
        and not _SHIPPING.search(lowered)
    )


VIEW_CART_INTENT = "view_cart"
# What a question for the total may be heard as: off-topic, or not understood.
MAY_ASK_FOR_THE_TOTAL = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
_THE_TOTAL = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|right|then|hey|yo|k)\W+)*"
    r"(?:(?:what(?:'s|’s|s|\s+is|\s+will\s+be|\s+would\s+be)|wats|whts|how\s+much\s+(?:is|will\s+be))"
    r"\s+(?:the|my|our|me)\s+(?:cart\s+|basket\s+|bag\s+|order\s+)?)?total"
    r"(?:\s+(?:now|then|so\s+far|pls|please|plz|come\s+to|in\s+my\s+(?:cart|basket|bag)))?\W*$"
)


def cart_reading(
    intent: str | None, text: str, entities: Iterable[Entity] = ()
) -> tuple[str, str] | None:
    """The cart's total asked, things put in the cart, the bot's pick among those on screen asked
    for ("what do u recommend": shop_nlu/pick_asks.py), or the checkout asked with the details
    for it (shop_nlu/details_in_a_request.py), with the reason; None otherwise."""
    return (
        total_reading(intent, text)
        or into_placed_order_reading(intent, text)  # "pls put a tie in my last order too"
        or put_in_cart_reading(intent, text)
        or add_and_total_reading(intent, text)  # "... in my cart, and the total?" (84)
        or add_it_in_reading(intent, text)  # "ok add it in white 15.5" (86)
        or total_of_all_reading(intent, text)  # "what does all that come to" (90)
        or pick_reading(intent, text, entities)
        # "let's check out. It's James Whitfield, ..., 7 Paddock Road, 02134 Boston" (stranger 71)
        or checkout_details_reading(intent, text, entities)
    )


# What "put the coat in my cart" may be heard as: a purchase, a pick, or not understood.
MAY_PUT_IN_THE_CART = frozenset({"buy", "select_product", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})


def put_in_cart_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """Adding to the cart, with its reason, for a message heard as a purchase (or a pick) that puts
    something in the cart ("pop the shoes in my basket in 7.5"); None otherwise."""
    if intent in MAY_PUT_IN_THE_CART and puts_in_the_cart(with_key_words_corrected(text)):
        return ADD_INTENT, "puts something in the cart: adding, not buying"
    return None


def total_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The cart, with its reason, for a message heard as `intent` that only asks what the cart
    comes to ("whats the totl"); None otherwise."""
    if intent in MAY_ASK_FOR_THE_TOTAL and _THE_TOTAL.search(with_key_words_corrected(text)):
        return VIEW_CART_INTENT, "asks for the cart's total"
    return None


# "put both in my cart", "add them", "pop all of it in my basket": the things just talked about,
# named by no word of their own (stranger test 61, godmother #7).
_THOSE_JUST_NAMED = re.compile(
    r"\b(?:both|them|em|all of it|it all|everything|the lot|the two|those|these)\b"
)


def means_those_just_named(text: str) -> bool:
    """Whether a message speaks of several things without naming them ("add both to cart pls",
    "put them in my bag"), so they are the ones the shopper just named."""
    return bool(_THOSE_JUST_NAMED.search(with_key_words_corrected(text)))


# "the cheaper belt", "the least expensive one of the belts": one of a kind picked by its price
# (stranger test 68, docs/nlu/stranger-test-68.md, B6: "put the tie in my cart, and the cheaper
# belt in 38" asked which belt).
_BY_PRICE_OF_KIND = (
    r"\b(?P<direction>cheaper|cheapest|less expensive|least expensive|lower[- ]priced|"
    r"pricier|priciest|dearer|dearest|more expensive|most expensive)\s+"
    r"(?:(?:one|ones)\s+(?:of\s+)?(?:the\s+)?)?(?:[a-z]+\s+)?{kind}\w*\b"
)
_CHEAPER = frozenset({"cheaper", "cheapest", "less expensive", "least expensive"})


def price_pick_of_kind(text: str, kind: str) -> str | None:
    """Which end of a kind's prices a message picks: "low" for "the cheaper belt", "high" for "the
    pricier tie", None when it picks none of that kind (`kind`: the category, "belts")."""
    stem = re.sub(r"(?:es|s)$", "", kind.lower()) or kind.lower()
    found = re.search(_BY_PRICE_OF_KIND.format(kind=re.escape(stem)), text.lower())
    if found is None:
        return None
    direction = found.group("direction")
    return "low" if direction in _CHEAPER or direction.startswith("lower") else "high"
