"""The one-parcel question asked with an add ("add the first loafers as well. Will everything
arrive together in one parcel?": docs/nlu/stranger-test-71.md, B10): answered after the add, from
the shop's FAQ (`one_parcel` in content/faq.yml), as the service answer gives it alone."""

from __future__ import annotations

from rasa_sdk import Tracker

from commerce.faq import faq_answer
from shop_nlu.parcel_questions import asks_about_one_parcel


def tell_one_parcel_asked(dispatcher, tracker: Tracker) -> None:
    """The one-parcel answer, when the latest message asks it; nothing otherwise."""
    if asks_about_one_parcel(tracker.latest_message.get("text") or ""):
        dispatcher.utter_message(text=faq_answer("one_parcel"))
