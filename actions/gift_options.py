"""Gift notes and wrapping asked about again or with more than the FAQ answers: what a note costs
(the shop lists no price, so the bot says it doesn't know), and whether the price goes in the parcel
("I don't want the price showing in the box either": stranger test 67,
docs/nlu/stranger-test-67.md, B4), which neither the settings nor the FAQ say, so the bot says it
doesn't know and who does. Moved out of actions/service.py, which calls it. Right after a reply
that said how to send it to someone else ("give their name and address at checkout", stranger
test 68, B7 then B8), the gift answer leaves that sentence out."""

from __future__ import annotations

import re

from commerce.config import load_settings
from commerce.faq import faq_answer
from shop_nlu.price_in_parcel import asks_price_left_out

GIFT_OPTIONS = "gift_options"
GIFT_RECIPIENT = "gift_recipient"
# "The gift note is free or cost extra?": a price question about a gift note or wrapping.
_ASKS_WHAT_IT_COSTS = re.compile(
    r"\b(?:free|cost\w*|price\w*|charg\w*|extra|how much|pay|paid|fee\w*)\b"
)


def answer_gift_options_again(dispatcher, tracker) -> bool:
    """Gift notes and wrapping asked about once more: the price question answered (the shop
    lists none, so the bot says it doesn't know), and the long FAQ answer not repeated word for
    word, only the way forward. The price in the parcel asked about, with or without the FAQ
    answer before: that the bot doesn't know, and whom to ask. False (nothing said) when the FAQ
    answer was not given yet and the question is about neither price."""
    full = faq_answer(GIFT_OPTIONS)
    recipient = faq_answer(GIFT_RECIPIENT)
    shorter = " ".join(full.replace(recipient, " ").split())
    answered = any(
        event.get("event") == "bot"
        and (full in (event.get("text") or "") or shorter in (event.get("text") or ""))
        for event in tracker.events_after_latest_restart()
    )
    # Said in the reply just before: not again in the same breath.
    answer = shorter if recipient in _last_reply(tracker) else full
    text = (tracker.latest_message.get("text") or "").lower()
    price_in_parcel = asks_price_left_out(text)
    # "the price showing in the box" is not what a note costs.
    asks_the_price = _ASKS_WHAT_IT_COSTS.search(text) and not price_in_parcel
    if not (answered or asks_the_price or price_in_parcel):
        if answer is full:
            return False
        dispatcher.utter_message(text=answer)
        return True
    if not answered:
        dispatcher.utter_message(text=answer)
    settings = load_settings()
    contact_email = settings.contact_email
    if price_in_parcel:
        dispatcher.utter_message(
            response="utter_price_in_parcel_unknown",
            contact_email=contact_email,
            contact_phone=settings.contact_phone,
        )
    elif asks_the_price:
        dispatcher.utter_message(
            response="utter_gift_note_price_unknown", contact_email=contact_email
        )
    elif answered:
        dispatcher.utter_message(response="utter_gift_options_again", contact_email=contact_email)
    return True


def _last_reply(tracker) -> str:
    """The bot's messages between the shopper's message before this one and this one."""
    said: list[str] = []
    users = 0
    for event in reversed(tracker.events_after_latest_restart()):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                break
        elif event.get("event") == "bot" and users == 1:
            said.append(event.get("text") or "")
    return "\n".join(said)
