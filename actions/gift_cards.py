"""Gift cards, which the shop may not sell: the search says so from the store ("we don't sell gift
cards", actions/search_results.py). Only when the shopper is buying a present for someone
(stranger test 24: "do u sell gift cards? might be safer tbh" about a girlfriend's birthday) is
what a gift card would have solved said under it: the kinds that need no size, and that a sized
one can be exchanged. Asked on its own ("do u have gift cards", after a tie for work), nothing
more: no size line for a "him" nobody mentioned."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import search_replies
from actions.conversation import current_query, latest_entities
from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.recommend import kinds_without_sizes
from commerce.search import products_named_for_kind, sells_kind
from shop_nlu.message_readings import names_a_gift

# The lexicon's name for gift cards, a kind the shop may not sell (`not_sold_words`).
GIFT_CARDS = "gift cards"
# The gift card's own words, which name no present for anyone.
_GIFT_CARD_WORDS = re.compile(
    r"\b(?:e-?)?gift\s*(?:cards?|vouchers?|certificates?|tokens?)\b", re.IGNORECASE
)


def asks_for_unsold_gift_cards(tracker: Tracker, session: Session) -> bool:
    """Whether the latest message asks for gift cards and the store has none."""
    not_sold = load_lexicon().not_sold_words
    for kind in latest_entities(tracker).get("category") or []:
        word = str(kind).strip().lower()
        if not_sold.get(word, word) == GIFT_CARDS:
            return not sells_kind(session, word) and not products_named_for_kind(session, word)
    return False


def buys_a_present(tracker: Tracker) -> bool:
    """Whether the shopper has spoken of a present for someone in this conversation (the gift
    card's own words aside: "do you sell gift cards" names no present)."""
    for event in tracker.events or []:
        if event.get("event") == "user":
            text = _GIFT_CARD_WORDS.sub(" ", str(event.get("text") or ""))
            if names_a_gift(text, for_someone=True):
                return True
    text = _GIFT_CARD_WORDS.sub(" ", tracker.latest_message.get("text") or "")
    return names_a_gift(text, for_someone=True)


def tell_what_helps_instead(dispatcher, tracker: Tracker, session: Session) -> None:
    """Under "we don't sell gift cards", for a present: the kinds in stock that need no size, as
    taps, and that whoever it's for can exchange a sized one (the return window, from settings).
    Nothing said for a question about gift cards alone."""
    if not asks_for_unsold_gift_cards(tracker, session) or not buys_a_present(tracker):
        return
    gender = current_query(tracker).gender
    sizeless = kinds_without_sizes(session, gender)
    days = load_settings().return_window_days
    dispatcher.utter_message(
        text=search_replies.size_not_needed_text(gender, sizeless, days),
        buttons=search_replies.kind_buttons(sizeless, gender),
    )
