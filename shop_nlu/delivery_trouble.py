"""An order named by its number, with trouble on its way: "I ordered a camel wool coat, order
HL-4TR8QM, and the parcel went to 41 Ocean Avenue instead of 14" (stranger test 55,
docs/nlu/stranger-test-55.md: read as a search for coats, "Sorry, we don't sell coats"). What was
bought is no search term once the order's number is given: a parcel sent to the wrong address or
never come is a question about that order (it is looked up), one that came damaged is a complaint
about what arrived. No Rasa here; shop_nlu/resolution.py weighs it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT
from shop_nlu.item_problems import ORDER_NOT_ARRIVED, speaks_of_an_item_problem

ORDER_STATUS_INTENT = "order_status"
COMPLAINT_INTENT = "complaint"
# What such a message may be heard as: a search for what was bought, not understood, or a change of
# the order's address (it has gone already). Never a cancel, a return or a complaint, which say
# what to do about the order themselves.
MAY_SPEAK_OF_DELIVERY_TROUBLE = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "refine_search", "change_order_address",
    "product_details", "select_product", "ask_product_question", "check_availability",
    "ask_price", "greet", "ask_delivery_time", "ask_shipping",
})  # fmt: skip
# "went to 41 instead of 14", "was delivered to the wrong address", "left it next door".
_SENT = (
    r"(?:went|gone|go(?:es)?|sent|delivered|left|dropped(?: off)?|ended up|turned up|arrived|"
    r"taken|brought|shipped|posted|handed)"
)
_ELSEWHERE = (
    r"(?:wrong (?:address|house|door|flat|apartment|street|building|number|person|people)|"
    r"neighbou?r\w*|next ?door|someone else'?s?|(?:another|different|other|old) (?:address|house)|"
    r"instead of \d+\w?\b|rather than \d+\w?\b)"
)
_WENT_ELSEWHERE = re.compile(rf"\b{_SENT}\b.{{0,60}}?\b{_ELSEWHERE}", re.IGNORECASE)
# "where is it?", "when will it come?": a status question, which the classifier hears itself.
_ASKS_WHERE_IT_IS = re.compile(r"\b(?:where(?:'s| is| are)|when (?:will|does|is)|track\w*)\b")


def went_to_another_address(text: str) -> bool:
    """Whether a message says a parcel went to another address than the shopper's."""
    return bool(_WENT_ELSEWHERE.search(text or ""))


def delivery_trouble_reading(
    intent: str | None, entities: Iterable[Entity], text: str
) -> tuple[str, str] | None:
    """(intent, why) for a message that gives an order number and says its parcel went astray,
    never came, or came damaged; None otherwise."""
    if intent not in MAY_SPEAK_OF_DELIVERY_TROUBLE:
        return None
    if not any(entity.entity == "order_number" for entity in entities):
        return None
    if went_to_another_address(text) or ORDER_NOT_ARRIVED.search(text.lower()):
        return ORDER_STATUS_INTENT, "an order number, and its parcel went astray"
    if speaks_of_an_item_problem(text) and not _ASKS_WHERE_IT_IS.search(text.lower()):
        return COMPLAINT_INTENT, "an order number, and what came of it is damaged"
    return None
