"""What is said under a list of results: an offer to compare ("trying to decide between two
pairs"), whether delivery makes a day named ("for a party tonight") or the fastest way ("asap"),
and one picked with why ("just pick one for me"). For ActionSearchProducts (actions/discovery.py)."""

from __future__ import annotations

from datetime import datetime, timezone

from actions.bags_carrying import tell_what_fits_in_bags_listed
from actions.base import Events
from actions.budget_outfits import tell_budget_left
from actions.conversation import kinds_of_one_wish, latest_entities, weighs_up
from actions.dancing_asked import tell_dancing_asked
from actions.delivery_replies import fastest_text, needed_by_note, travel_place_note
from actions.fit_in_passing import tell_fit_asked_in_passing
from actions.gift_cards import tell_what_helps_instead
from actions.list_feature_replies import (
    coverage_note,
    measurements_note,
    other_currency_note,
    unsold_either_note,
    unsold_kinds_note,
)
from actions.none_plain import tell_none_plain
from actions.search_compare_offer import OFFER_TO_COMPARE, compare_offered_on_topic
from actions.shared_answers import asks_to_pick, pick_for_me
from actions.sizes_from_abroad import tell_how_sized_when_unsure
from commerce.config import load_settings
from commerce.search import products_named_for_kind
from commerce.shipping import destination_not_shipped_to, destination_travelled_to
from shop_nlu.dates import leaves_on, needed_by, wants_it_soonest
from shop_nlu.message_readings import asks_for_coverage, gives_measurements
from shop_nlu.price_words import currency_said
from shop_nlu.unsold_kinds import unsold_kinds_named


def tell_when_needed(dispatcher, text: str, soonest_too: bool = False) -> None:
    """ "For a party tonight", "a coat, flying out thursday": whether delivery gets there in time
    (the day before the shopper leaves); with `soonest_too`, "need a suit asap": the fastest way."""
    today = datetime.now(timezone.utc).date()
    needed = needed_by(text, today, named_as_deadline=True)
    ships_to = load_settings().ships_to
    # "A suit by Thursday, I'm in Leeds": where the shop ships, never dates that can't apply.
    asks_a_day = needed or (soonest_too and wants_it_soonest(text))
    if asks_a_day and (place := destination_not_shipped_to(text, ships_to)):
        dispatcher.utter_message(response="utter_not_shipped_there", ships_to=ships_to, place=place)
        return
    if needed:
        # "A coat, flying out thursday": needed the day before the shopper leaves.
        leaving = leaves_on(text, needed, today)
        dispatcher.utter_message(text=needed_by_note(needed, today, leaving))
        # "A coat, flying to Toronto on friday": delivered at home, not in Toronto.
        if place := destination_travelled_to(text, ships_to):
            dispatcher.utter_message(text=travel_place_note(place, ships_to))
    elif soonest_too and wants_it_soonest(text):
        dispatcher.utter_message(text=fastest_text(today))


def say_under_results(
    dispatcher, tracker, domain, session, text: str, listed: list[dict]
) -> Events:
    """What a message asks besides the list shown (`listed`: the shown results' slot values),
    said under it; the events of a product picked for the shopper, if asked."""
    # "Do u sell gift cards?" for a present: what helps instead (nothing for the question alone).
    tell_what_helps_instead(dispatcher, tracker, session)
    if listed:  # "nothing flashy" and only a patent belt fits: said so (stranger test 81, B3)
        tell_none_plain(dispatcher, session, listed[-1])
    # "and white shirt" after "250 for everything" and a suit: what the suit left of it.
    if listed:
        shown = listed[-1]
        tell_budget_left(
            dispatcher, tracker, session, shown.get("query") or {}, shown.get("handles") or []
        )
    # "Trying to decide between two pairs of ...": offer to compare two of those listed, once
    # per topic (stranger test 70, B4).
    if (
        weighs_up(text)
        and listed
        and len(listed[-1].get("handles") or []) >= 2
        and not compare_offered_on_topic(
            tracker, session, (listed[-1].get("query") or {}).get("category")
        )
    ):
        dispatcher.utter_message(response=OFFER_TO_COMPARE)
    # "For a party tonight": whether delivery gets there in time, under the results; "need a
    # suit asap": the fastest shipping, under the list.
    tell_when_needed(dispatcher, text, soonest_too=True)
    # "A bag, maximum 55x40x20 cm": that the search could not use the measurements.
    if listed and (measurements := gives_measurements(text)):
        dispatcher.utter_message(text=measurements_note(measurements))
    # "Maximum 250 Euro": the prices are in the shop's currency, the amount taken as it is.
    shop_currency = load_settings().currency_symbol
    if listed and (said := currency_said(text)) and said != shop_currency:
        dispatcher.utter_message(text=other_currency_note(said, shop_currency))
    # "A prom dress, nothing too revealing": that no search can tell (stranger test 25).
    if listed and asks_for_coverage(text):
        dispatcher.utter_message(text=coverage_note(listed[-1].get("query", {}).get("category")))
    # "Maybe 32? not sure US size" (stranger test 68, A2): how the kinds listed are sized here.
    if listed:
        tell_how_sized_when_unsure(dispatcher, session, text, listed[-1].get("handles") or [])
    # "If they run small tell me" (stranger test 80, B4): what the catalog says of their fit.
    if listed:
        tell_fit_asked_in_passing(dispatcher, session, text, list(listed[-1].get("handles") or []))
        # "dance shoes for tango class": what the catalog says of dancing in them (stranger 89 A1)
        tell_dancing_asked(dispatcher, session, text, list(listed[-1].get("handles") or []))
        # "a bag that fits a tablet": the catalog's words on each bag's size (stranger 90, B3)
        tell_what_fits_in_bags_listed(dispatcher, session, text, list(listed[-1]["handles"]))
    # "Long shirt like kurta": the shirts listed, and that we don't sell kurtas (stranger test 60).
    named = latest_entities(tracker).get("category") or []
    shown_kind = (listed[-1].get("query") or {}).get("category") if listed else None
    unsold = [
        k
        for k in unsold_kinds_named({"category": named})
        if not products_named_for_kind(session, k)
    ]
    # Never twice: "We don't sell jeans; the nearest ... trousers" said already (stranger 96, B1).
    said = " ".join(m.get("text") or "" for m in dispatcher.messages).lower()
    if shown_kind in named and (untold := [k for k in unsold if f"don't sell {k}" not in said]):
        dispatcher.utter_message(text=unsold_kinds_note(untold, shown_kind))
    # "A little jacket or a wrap" for her, no jackets for women listed: nor wraps (stranger 77);
    # not when the kind searched is one not sold as well (it was said so).
    elif not listed and (either := set(unsold) & kinds_of_one_wish(tracker)):
        searched = [kind for kind in named if kind not in either][:1]
        if searched and searched[0] not in unsold:
            dispatcher.utter_message(text=unsold_either_note([k for k in unsold if k in either]))
    # "Need a suit for work, just pick one for me": one of those listed, and why.
    if listed and asks_to_pick(text):
        handles = list(listed[-1].get("handles") or [])
        return pick_for_me(dispatcher, tracker, domain, session, handles) or []
    return []
