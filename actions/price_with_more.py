"""What a price question gives way to (ActionShowPrice's `gives_way_to`): the price with shipping
(actions/price_with_shipping.py), and a price asked beside which of those is lightest and whether
it comes in a size. "Which of those is the lightest? And could you tell me how much the second one
costs and whether you have it in medium?" (stranger test 94, docs/nlu/stranger-test-94.md, B4) got
the price alone. Now: the weights of those on screen, the lightest first (the catalog gives
each variant's grams; actions/weight_answers.py), the price as the action gives it, then its
stock in the size asked as the availability check gives it (shoes: "Shoes come in numbered sizes,
not M"). Which words ask it: shop_nlu/weight_questions.py, shop_nlu/questions_of_one.py."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action, shop_action_named
from actions.conversation import CURRENT_PRODUCT, as_tapped, latest_entities
from actions.price_with_shipping import answer_price_with_shipping
from actions.weight_answers import answer_weights_asked, tell_weights_compared
from shop_nlu.questions_of_one import PRICE, STOCK, questions_of_one
from shop_nlu.weight_questions import weight_asked_of_one, weight_compared


def answer_price_with_more(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Which is lightest (or heaviest) by the catalog's weights, the price, and the stock in the
    size asked; None (nothing said) when the price question asks neither of the others."""
    text = tracker.latest_message.get("text") or ""
    extreme = weight_compared(text)
    sizes = latest_entities(tracker).get("size") or []
    size = sizes[-1] if sizes and STOCK in questions_of_one(text) else None
    if extreme is None and size is None:
        # "how much does the first one weigh?" heard as a price question: its weight alone.
        if weight_asked_of_one(text) and PRICE not in questions_of_one(text):
            return answer_weights_asked(dispatcher, tracker, session)
        return None
    if extreme is not None:
        tell_weights_compared(dispatcher, tracker, session, extreme)
    events = shop_action_named("action_show_price").perform(dispatcher, tracker, {}, session)
    priced = next(
        (e.get("value") for e in events if e.get("name") == CURRENT_PRODUCT and e.get("value")),
        None,
    )
    if size is not None and priced:
        tapped = {"product_handle": priced, "size": size}
        asked = as_tapped(tracker, "check_availability", tapped)
        # as its button's tap: of that product alone, never "those" of the question before
        asked.latest_message["text"] = "/check_availability" + json.dumps(tapped)
        events += perform_action("action_check_availability", dispatcher, asked, {}, session)
    return events


# ActionShowPrice gives way to these, in this order.
PRICE_ANSWERS = (answer_price_with_shipping, answer_price_with_more)
