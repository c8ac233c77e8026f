"""Service questions the shop's FAQ does not answer, answered from the shop's settings or with
"I don't know" and how to ask the team: ordering another way than here ("can i order over the
phone", actions/service.py's question about orders taken by phone, email or in person) and
alterations ("do you do alterations? the trousers need taking up", stranger test 71, B3)."""

from __future__ import annotations

from actions.base import Events
from commerce.config import load_settings
from commerce.faq import faq_answer
from shop_nlu.alteration_questions import asks_about_alterations
from shop_nlu.ordering_ways import order_way_asked

# How to reach the team for each way it may take orders (SHOP_TEAM_TAKES_ORDERS_BY).
_ORDER_BY = {"phone": "call {contact_phone}", "email": "email {contact_email}"}


def _team_contact() -> dict[str, str]:
    settings = load_settings()
    return {
        "contact_email": settings.contact_email,
        "contact_phone": settings.contact_phone,
        "opening_hours": settings.opening_hours,
    }


def answer_ordering_another_way(dispatcher, tracker, session=None) -> Events | None:
    """ "Can I order over the phone?", "can i ring you to order": whether the team takes orders
    that way, from the shop's settings only (unset: that the bot doesn't know, and how to ask the
    team); in person: where the shop is (the FAQ's location answer). None for other messages."""
    way = order_way_asked(tracker.latest_message.get("text") or "")
    if way is None:
        return None
    takes_orders_by = load_settings().team_takes_orders_by
    contact = _team_contact()
    if way == "in person":
        dispatcher.utter_message(text=faq_answer("location"))
        dispatcher.utter_message(response="utter_order_here_instead")
    elif takes_orders_by is None:
        dispatcher.utter_message(response="utter_team_orders_by_unknown", way=way, **contact)
    elif way in takes_orders_by and way in _ORDER_BY:
        how = _ORDER_BY[way].format(**contact)
        dispatcher.utter_message(response="utter_team_takes_orders_by", way=way, how=how, **contact)
    else:
        dispatcher.utter_message(response="utter_team_takes_no_orders_by", way=way, **contact)
    return []


def answer_alterations(dispatcher, tracker, session=None) -> Events | None:
    """ "Do you do alterations?", "can you hem trousers?": the shop's policies don't say, so the
    bot doesn't know, and the team can tell (never a search, never a promise). None for other
    messages."""
    if not asks_about_alterations(tracker.latest_message.get("text") or ""):
        return None
    dispatcher.utter_message(response="utter_alterations_unknown", **_team_contact())
    return []
