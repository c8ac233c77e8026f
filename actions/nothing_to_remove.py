"""Taking out what never went into the cart (stranger test 69, B8): "take the shoes out" while
"Which colour of the Wren Suede Chelsea Boot?" was left open says the boots were never added, so
there is nothing to take out; never only "your cart is empty". A kind she keeps ("Just the coat.")
is said not to be in the cart either; one she owns ("my old boots") is not spoken of."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import cart_replies
from actions.conversation import latest_entities, purchase_asked_lately
from actions.waiting_purchases import waits_for
from commerce.products import product_details
from commerce.search import category_types
from commerce.search.on_offer import sells_kind
from shop_nlu.kept_kinds import kinds_kept, kinds_owned


def tell_nothing_to_remove(dispatcher, tracker: Tracker, session) -> None:
    """The cart is empty: the product whose purchase question was left open (of the kind named,
    if one is) was never added; else the kind named is not in it; else that the cart is empty.
    Then a kind kept ("just the coat") is not in it either."""
    message = tracker.latest_message
    text, entities = message.get("text") or "", message.get("entities") or []
    kept = kinds_kept(text, entities)
    # "I'll just wear my old boots": hers, neither taken out nor kept.
    aside = {*kept, *kinds_owned(text, entities)}
    named = [kind for kind in latest_entities(tracker).get("category") or [] if kind not in aside]
    _tell_what_never_went_in(dispatcher, tracker, session, named)
    for kind in dict.fromkeys(kept):
        sold = sells_kind(session, kind)
        dispatcher.utter_message(text=cart_replies.kept_kind_not_in_cart_text(kind, sold))


def _tell_what_never_went_in(dispatcher, tracker: Tracker, session, named: list[str]) -> None:
    if asked := purchase_asked_lately(tracker):
        handle, question = asked
        details = product_details(session, handle)
        kind = (details.product_type or "").lower() if details else ""
        if details and (not named or any(kind in category_types(each) for each in named)):
            missing = waits_for(question)
            dispatcher.utter_message(text=cart_replies.never_added_text(details.title, missing))
            return
    if named:
        dispatcher.utter_message(text=cart_replies.kind_not_in_cart_text(named[-1]))
        return
    dispatcher.utter_message(response="utter_cart_empty")
