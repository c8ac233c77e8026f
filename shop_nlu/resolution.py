"""The last word on a message's intent, from what the message names.

The intent classifier learns phrasing; the catalog extractor knows the shop. When the classifier is
unsure, or sure of something that cannot be about products, while the message names a kind of
product, a brand or a product of this shop, the message is about products: "red dress", "tux",
"the albany loafer" never fall back. A message in another language is named as such, so it is
answered honestly in that language instead of being guessed at. The readings it weighs live in
`shop_nlu.goods_questions` (questions about goods, by their shape) and `shop_nlu.message_readings`
(gifts, other products instead, picks by price, taking it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from commerce.profiles import says_someone_elses_size
from shop_nlu.arrival_questions import asks_when_it_arrives_for_a_day
from shop_nlu.cart_picks import ADD_INTENT, MAY_ADD_BY_PRICE, adds_by_price, cart_reading
from shop_nlu.chatty_readings import MAY_BE_CHATTY, asks_to_return_if, picks_one_amid_small_talk
from shop_nlu.customs_questions import asks_about_customs
from shop_nlu.dates import asks_if_it_arrives_by, wants_it_soonest, without_soonest_words
from shop_nlu.days_out import names_a_day_out
from shop_nlu.delivery_trouble import delivery_trouble_reading
from shop_nlu.entity import Entity
from shop_nlu.feature_refinements import narrows_by_features
from shop_nlu.fit_questions import fit_reading
from shop_nlu.goods_questions import (
    MAY_ASK_IF_SOLD,
    asks_if_sold,
    asks_if_sold_unknown,
    product_question,
)
from shop_nlu.house_numbers import ADDRESS_INTENT, MAY_GIVE_A_HOUSE_NUMBER, house_number_given
from shop_nlu.included_questions import MAY_ASK_IF_INCLUDED, item_asked_if_included
from shop_nlu.intents import (
    DETAILS_INTENT,
    FALLBACK_INTENT,
    INFORM_INTENT,
    NOT_ABOUT_PRODUCTS,
    OTHER_LANGUAGE_INTENT,
    OUT_OF_SCOPE_INTENT,
    SEARCH_INTENT,
)
from shop_nlu.item_problems import complains_of_what_arrived
from shop_nlu.message_readings import (
    BUY_INTENT,
    MAY_ASK_FOR_PRICE_ORDER,
    MAY_ASK_FOR_SALE,
    MAY_BE_A_GIFT_REQUEST,
    MAY_BE_A_GIFT_THAT_DOES_NOT_FIT_EXCEPT,
    MAY_BE_A_PURCHASE,
    MAY_BE_A_SWAP,
    MAY_NOT_KNOW_THEIR_SIZE,
    MAY_PICK_BY_PRICE,
    MAY_POINT_BACK,
    QUESTION_INTENT,
    REFINE_INTENT,
    RETURNS_INTENT,
    SELECT_INTENT,
    SWAP_INTENT,
    WANTS_OTHER_PRODUCTS_INSTEAD_OF,
    asks_about_its_material,
    asks_for_a_gift,
    asks_for_price_order,
    asks_for_sale_items,
    asks_what_the_one_pointed_at_is_made_of,
    does_not_know_their_size,
    picks_by_price,
    points_back_at_a_kind,
    received_a_gift_that_does_not_fit,
    says_they_take_it,
    shops_for_a_teenager,
    trades_for_another_product,
    wishes_for_other_products,
)
from shop_nlu.numbered_sizes import numbered_size_reading
from shop_nlu.order_details_told import (
    only_an_email,
    only_an_order_number,
    tells_order_details,
)
from shop_nlu.ordering_ways import order_way_asked
from shop_nlu.person_requests import MAY_ASK_FOR_A_PERSON, PERSON_INTENT, asks_for_a_person
from shop_nlu.privacy_questions import privacy_reading
from shop_nlu.same_for_two import MAY_ASK_THE_SAME_FOR_TWO, asks_the_same_for_two
from shop_nlu.service_readings import service_reading
from shop_nlu.thanks_words import thanks_reading

OVERRIDE_BELOW = 0.9
SHIPPING_INTENT = "ask_shipping"
# What a question about customs or import taxes may be heard as ("Must I pay customs or taxes
# extra when it comes to Austria?": off-topic); service questions about paying, and small talk.
MAY_ASK_ABOUT_CUSTOMS = frozenset({
    OUT_OF_SCOPE_INTENT, FALLBACK_INTENT, "ask_payment_methods", "payment_problem", "ask_price",
    "ask_return_policy", "ask_contact", "bot_capabilities", "greet",
})  # fmt: skip
CONTACT_INTENT = "ask_contact"
COMPLAINT_INTENT = "complaint"
ORDER_STATUS_INTENT = "order_status"
# What a complaint about the item that arrived may be heard as ("I received my parcel ... you have
# sent me a brown jacket": where is my order?); never a return or a change, which answer it too.
# Only heard as an order's status may it be about damage: elsewhere "im broke" or "torn between
# two boots" is not, so there it must say the item is not what was ordered.
MAY_BE_AN_ITEM_PROBLEM = frozenset(
    {ORDER_STATUS_INTENT, FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, REFINE_INTENT}
)
# What makes a message about the shop's products by itself, and what does only in a short one
# ("red", "size 10", "under 50" alone are follow-ups; "I saw a red car" is not about shoes).
NAMES_PRODUCTS = frozenset({"category", "brand", "product"})
NARROWS_PRODUCTS = frozenset(
    {"colour", "occasion", "size", "price_max", "price_min", "sort", "feature"}
)
SHORT_MESSAGE_WORDS = 4
SURE_UNRELATED = 0.7
# Unrelated with less than this, and a shop intent with at least that: unsure, so ask.
UNSURE_UNRELATED = 0.6
LIKELY_RUNNER_UP = 0.2
# A typo forgiven or a product named by one word of its title counts in short messages only.
SURE_TERM = 0.9
# Questions about one product, asked of "the second one" on screen.
QUESTIONS_ABOUT_ONE = frozenset(
    {QUESTION_INTENT, DETAILS_INTENT, "ask_price", "check_availability"}
)


def _mostly_unknown(text: str, is_known_word: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 2 and sum(map(is_known_word, words)) * 3 < len(words)


# A fallback for want of a clear winner between a new search and a refinement is no doubt about
# what to do: both run the same search action, which tells them apart itself ("dont want to look
# like im going to a job interview" after a long message: search 0.50, refine 0.46).
SEARCH_OR_REFINE_AT_LEAST = 0.4


def _torn_between_search_and_refine(scores: Mapping[str, float] | None) -> str | None:
    """The likelier of search and refine when those two lead the classifier's scores."""
    ranked = sorted((scores or {}).items(), key=lambda item: item[1], reverse=True)[:2]
    if len(ranked) < 2 or {name for name, _ in ranked} != {SEARCH_INTENT, "refine_search"}:
        return None
    return ranked[0][0] if ranked[0][1] >= SEARCH_OR_REFINE_AT_LEAST else None


# "I need it asap", "its urgent": the soonest delivery, when the message says nothing else (never
# "i need an electrician urgently", nor "need a refund asap", which name what is needed).
DELIVERY_INTENT = "ask_delivery_time"
_SOONEST_FILLERS = frozenset((
    "i", "im", "i'm", "we", "need", "needs", "want", "wanted", "it", "its", "it's", "them", "this",
    "these", "that", "those", "my", "our", "order", "stuff", "things", "please", "pls", "plz",
    "the", "is", "are", "a", "get", "got", "here", "there", "delivered", "delivery", "shipping",
    "ship", "shipped", "can", "could", "you", "u", "how", "what", "whats", "what's", "fast", "quick",
    "arrive", "come", "will", "really", "very", "kinda", "bit", "so", "ok", "okay", "hey", "hi",
    "be", "do", "to", "me", "by", "when", "one", "and", "but", "just", "tbh", "honestly", "lol",
    "thanks", "thx", "have", "way", "option", "send", "sent", "possible", "much",
))  # fmt: skip


def asks_for_the_soonest(text: str, entities: Iterable[Entity]) -> bool:
    """Whether a message only asks to have its order as soon as possible ("i need it asap")."""
    if not wants_it_soonest(text) or any(e.entity in NAMES_PRODUCTS for e in entities):
        return False
    rest = without_soonest_words(text)
    return all(word in _SOONEST_FILLERS for word in re.findall(r"[a-z']+", rest))


@dataclass(frozen=True)
class Resolution:
    intent: str
    reason: str  # why the classifier's intent was replaced (kept in the parse for analytics)


def resolve_intent(
    intent: str | None,
    confidence: float,
    entities: Iterable[Entity],
    text: str,
    language: str | None,
    is_known_word: Callable[[str], bool] | None = None,
    runner_up: tuple[str, float] | None = None,
    scores: Mapping[str, float] | None = None,
) -> Resolution | None:
    """A better intent for the message than the classifier's, or None to keep the classifier's.

    `is_known_word` says whether a word is one the language model knows whole; a message made
    mostly of words it does not know ("blorp snazzle wibble") was not understood, whatever the
    classifier guessed, and gets the fallback rather than an answer to a guess; unless it has the
    shape of a question about a product and the classifier gives that question at least a likely
    runner-up's probability in `scores` (intent -> probability): "is muscleblaze available?".
    """
    if language is not None:
        return Resolution(OTHER_LANGUAGE_INTENT, f"written in {language}")
    if intent == OTHER_LANGUAGE_INTENT:  # the classifier's guess, but the text reads as English
        return Resolution(FALLBACK_INTENT, "not another language")
    entities = list(entities)
    if only_an_email(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an email address alone")
    if only_an_order_number(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an order number alone")
    if intent in MAY_ASK_FOR_A_PERSON and asks_for_a_person(text):
        return Resolution(PERSON_INTENT, "asks plainly to speak with a person")
    if (
        said := thanks_reading(intent, text)
        or cart_reading(intent, text, entities)
        or fit_reading(intent, text)
        or numbered_size_reading(intent, entities, text)
        or service_reading(intent, text)
        or delivery_trouble_reading(intent, entities, text)
    ):
        return Resolution(*said)
    if tells_order_details(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an order number or email told in a sentence")
    if order_way_asked(text) and intent != CONTACT_INTENT:
        return Resolution(
            CONTACT_INTENT, "asks whether orders are taken by phone, email or in person"
        )
    if intent in MAY_ASK_ABOUT_CUSTOMS and asks_about_customs(text):
        return Resolution(SHIPPING_INTENT, "asks about customs or import taxes on a delivery")
    if said := privacy_reading(intent, text):
        return Resolution(*said)
    if intent in MAY_BE_A_PURCHASE and says_they_take_it(text, entities):
        return Resolution(BUY_INTENT, "says they take the product they point at")
    if intent in MAY_ADD_BY_PRICE and adds_by_price(text, entities):
        return Resolution(ADD_INTENT, "adds the cheapest or priciest of those on screen")
    if intent in MAY_GIVE_A_HOUSE_NUMBER and house_number_given(text):
        return Resolution(ADDRESS_INTENT, "corrects the house number of an order's address")
    if intent in MAY_ASK_THE_SAME_FOR_TWO and asks_the_same_for_two(text):
        return Resolution(SEARCH_INTENT, "asks for one product twice, for them and someone else")
    if intent in MAY_POINT_BACK and points_back_at_a_kind(text, entities):
        return Resolution(SELECT_INTENT, "points at a product of a kind shown earlier")
    if intent in MAY_BE_A_SWAP and trades_for_another_product(
        text, [e.start for e in entities if e.entity in ("product", "product_handle")]
    ):
        return Resolution(SWAP_INTENT, "trades one product for another it points at")
    if intent in MAY_ASK_IF_INCLUDED and item_asked_if_included(text):
        return Resolution(QUESTION_INTENT, "asks whether the product comes with something")
    if intent != REFINE_INTENT and narrows_by_features(intent, text, entities, scores):
        return Resolution(REFINE_INTENT, "names features and no kind: narrows the search")
    if intent in MAY_BE_CHATTY and picks_one_amid_small_talk(text, entities):
        return Resolution(SELECT_INTENT, "points at one on screen, small talk around it")
    if intent in MAY_BE_CHATTY and asks_to_return_if(text):
        return Resolution(RETURNS_INTENT, "asks whether it can go back should it not suit")
    if intent == FALLBACK_INTENT and (torn := _torn_between_search_and_refine(scores)):
        return Resolution(torn, "unsure between a search and a refinement, which act alike")
    if (
        intent in MAY_PICK_BY_PRICE
        and confidence < OVERRIDE_BELOW
        and picks_by_price(text, entities)
    ):
        return Resolution(SELECT_INTENT, "picks the cheapest or priciest of those on screen")
    if (
        intent in MAY_ASK_FOR_PRICE_ORDER
        and confidence < OVERRIDE_BELOW
        and asks_for_price_order(text, entities)
    ):
        return Resolution(REFINE_INTENT, "asks for the products in price order")
    if (
        intent in MAY_ASK_FOR_SALE
        and confidence < OVERRIDE_BELOW
        and asks_for_sale_items(text, entities)
    ):
        return Resolution(SEARCH_INTENT, "asks what is on sale")
    question = product_question(text) if intent in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) else None
    if question and (scores or {}).get(question.intent, 0.0) >= LIKELY_RUNNER_UP:
        return Resolution(question.intent, "a question about a product, by its shape")
    if intent not in (SEARCH_INTENT, REFINE_INTENT) and asks_if_sold(text, entities):
        return Resolution(SEARCH_INTENT, "asks whether the shop sells a kind")
    if intent in MAY_ASK_IF_SOLD - {SEARCH_INTENT} and asks_if_sold_unknown(text, entities):
        return Resolution(SEARCH_INTENT, "asks whether the shop sells something it doesn't know")
    if intent not in MAY_BE_A_GIFT_THAT_DOES_NOT_FIT_EXCEPT and received_a_gift_that_does_not_fit(
        text
    ):
        return Resolution(RETURNS_INTENT, "a gift received that doesn't fit: exchanging it")
    if intent in MAY_BE_AN_ITEM_PROBLEM and complains_of_what_arrived(
        text, wrong_item_only=intent != ORDER_STATUS_INTENT
    ):
        return Resolution(COMPLAINT_INTENT, "says what arrived is damaged or not what was ordered")
    if intent in MAY_BE_A_GIFT_REQUEST and asks_for_a_gift(text, entities):
        return Resolution(SEARCH_INTENT, "asks for a gift for someone")
    if intent in MAY_BE_A_GIFT_REQUEST and shops_for_a_teenager(text):
        return Resolution(SEARCH_INTENT, "asks what to get a teenager")
    if intent in MAY_BE_SOMEONE_ELSES_SIZE and _gives_someone_elses_size(text, entities):
        return Resolution(REFINE_INTENT, "gives the size of someone they shop for")
    if intent in MAY_NOT_KNOW_THEIR_SIZE and does_not_know_their_size(text):
        return Resolution(SEARCH_INTENT, "shops for someone whose size they don't know")
    if intent in WANTS_OTHER_PRODUCTS_INSTEAD_OF and wishes_for_other_products(text, entities):
        return Resolution(REFINE_INTENT, "asks for other products instead")
    if intent != QUESTION_INTENT and asks_about_its_material(text, entities):
        return Resolution(QUESTION_INTENT, "asks what the product in focus is made of or has")
    if intent in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) and asks_what_the_one_pointed_at_is_made_of(
        text, entities
    ):
        return Resolution(QUESTION_INTENT, "asks what the product it points at is made of")
    if intent in NEEDS_ONE_PRODUCT and _only_names_a_kind(confidence, entities, text):
        return Resolution(SEARCH_INTENT, "names a kind, and no product or cart")
    if intent in NOT_ABOUT_PRODUCTS and asks_for_the_soonest(text, entities):
        return Resolution(DELIVERY_INTENT, "asks for the soonest delivery")
    # "here by fri?" is heard as asking how to reach the shop (stranger test 30); "when will it
    # get here? I have a big open house on Saturday!" as off-topic (stranger test 42).
    if intent in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, CONTACT_INTENT) and any(
        asks(text, date.today()) for asks in (asks_if_it_arrives_by, asks_when_it_arrives_for_a_day)
    ):
        return Resolution(DELIVERY_INTENT, "asks whether it arrives before a day it names")
    if intent not in NOT_ABOUT_PRODUCTS:
        return None
    if intent in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) and names_a_day_out(entities):
        return Resolution(SEARCH_INTENT, "names a day out to dress for (race day)")
    if resolution := _about_products(intent, confidence, entities, text):
        return _best_product_intent(intent, resolution, scores)
    # "what is the size of the second one? it fit in the cabin?": unrelated by a little, a question
    # about a product by less, and it points at one on screen: the question (stranger test 25).
    if (
        intent == OUT_OF_SCOPE_INTENT
        and confidence < SURE_UNRELATED
        and runner_up is not None
        and runner_up[0] in QUESTIONS_ABOUT_ONE
        and runner_up[1] >= LIKELY_RUNNER_UP
        and any(entity.entity == "ordinal" for entity in entities)
    ):
        return Resolution(runner_up[0], "a question about the product it points at")
    if is_known_word and intent == OUT_OF_SCOPE_INTENT and _mostly_unknown(text, is_known_word):
        return Resolution(FALLBACK_INTENT, "mostly unknown words")
    # "I need to sort out my parcel": unrelated by a little, about an order by a little less. Asking
    # (with the likeliest meanings as buttons) beats "I'm only good at this shop".
    if (
        intent == OUT_OF_SCOPE_INTENT
        and confidence < UNSURE_UNRELATED
        and runner_up is not None
        and runner_up[1] >= LIKELY_RUNNER_UP
    ):
        return Resolution(FALLBACK_INTENT, f"unsure between out_of_scope and {runner_up[0]}")
    return None


# A fallback for want of a clear winner ("regent versus belmont?": compare 0.49, select 0.48) whose
# best guess is this sure is a guess between readings of a message that is about products.
SURE_OF_A_PRODUCT_INTENT = 0.35


def _best_product_intent(
    intent: str, resolution: Resolution, scores: Mapping[str, float] | None
) -> Resolution:
    """The classifier's own best guess, when it is about products and only fell back for being
    close to the runner-up; otherwise `resolution` (a search, or the product's details)."""
    if intent != FALLBACK_INTENT or not scores:
        return resolution
    best = max(scores, key=scores.__getitem__)
    if best in NOT_ABOUT_PRODUCTS or scores[best] < SURE_OF_A_PRODUCT_INTENT:
        return resolution
    if {best, resolution.intent} <= {SEARCH_INTENT, "refine_search"}:
        return resolution  # the same action either way
    return Resolution(best, f"{resolution.reason}; the classifier's best guess")


# Intents that act on one product, or on the cart. A short message naming only a kind of product
# ("isotoner slippers", "bug out bag") points at neither; it is a search.
NEEDS_ONE_PRODUCT = frozenset({"product_details", "select_product", "remove_from_cart"})
_POINTS_AT_ONE_OR_THE_CART = re.compile(
    r"\b(?:it|its|this|that|these|those|the|one|ones|first|second|third|last|about|details|more|"
    r"remove|delete|take|drop|cart|basket)\b",
    re.IGNORECASE,
)


# "her size is 8" (heard as asking for the size guide), "his size is 10", "my mum is a size 6"
# (heard as stating one's own): while shopping for someone, their size is for the search
# (known misses, session 13; stranger test 30).
MAY_BE_SOMEONE_ELSES_SIZE = frozenset(
    {"ask_size_guide", "state_size", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT}
)
_ASKS_ABOUT_SIZES = re.compile(
    r"\?|\b(?:what|how|which|convert\w*|equivalent|chart|guide|measure\w*|mean|means)\b", re.I
)


def _gives_someone_elses_size(text: str, entities: list[Entity]) -> bool:
    """Whether `text` only gives the size of someone else, asking nothing about sizes."""
    return (
        any(entity.entity == "size" for entity in entities)
        and says_someone_elses_size(text)
        and not _ASKS_ABOUT_SIZES.search(text)
    )


def _only_names_a_kind(confidence: float, entities: list[Entity], text: str) -> bool:
    """A short message the classifier is unsure of that names a kind of product and nothing that
    picks one product or the cart."""
    named = {entity.entity for entity in entities if entity.role is None}
    return (
        confidence < OVERRIDE_BELOW
        and len(text.split()) <= SHORT_MESSAGE_WORDS
        and "category" in named
        and not named & {"product", "product_handle", "ordinal"}
        and not _POINTS_AT_ONE_OR_THE_CART.search(text)
    )


# "I am looking a bag for take in the airplane", "need a small bag for the flight": the shopper says
# they want a kind the shop sells, however unrelated the rest sounds (stranger test 25).
_WANTS_A_KIND_BEFORE = re.compile(
    r"\b(?:looking|searching|shopping|need|needs|want|wants|wanna|after)\s+(?:for\s+)?"
    r"(?:(?:a|an|some|new|nice|good|small|little|big|light|cheap)\s+){0,3}$",
    re.IGNORECASE,
)


def _asks_for_a_kind(entities: list[Entity], text: str) -> bool:
    """Whether the shopper says they look for, need or want a kind of product the catalog names."""
    return any(
        entity.entity == "category"
        and entity.role is None
        and _WANTS_A_KIND_BEFORE.search(text[max(0, entity.start - 40) : entity.start])
        for entity in entities
    )


def _about_products(
    intent: str, confidence: float, entities: list[Entity], text: str
) -> Resolution | None:
    """A search or a product's details for a message that names the catalog, if it does."""
    if intent not in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) and confidence >= OVERRIDE_BELOW:
        return None
    short = len(text.split()) <= SHORT_MESSAGE_WORDS
    # A long message the classifier is sure is unrelated ("a flight for 1 person, 0 bags") keeps
    # its reading: one shop word in it does not make it a shopping request.
    if (
        intent == OUT_OF_SCOPE_INTENT
        and confidence >= SURE_UNRELATED
        and not short
        and not _asks_for_a_kind(entities, text)
    ):
        return None
    kinds = {
        entity.entity
        for entity in entities
        if entity.role is None and (entity.confidence >= SURE_TERM or short)
    }
    if "product" in kinds and not kinds & {"colour", "size", "price_max", "price_min"}:
        return Resolution(DETAILS_INTENT, "names a product")
    if kinds & NAMES_PRODUCTS:
        return Resolution(SEARCH_INTENT, "names a kind of product or a brand")
    if kinds & NARROWS_PRODUCTS and short:
        return Resolution(SEARCH_INTENT, "a short message naming a colour, size or price")
    return None
