"""The other kinds a message asks for, after the one searched first ("a trench coat for me,
women's M, and also comfy shoes, I'm a US 8"): said before the first search, so nothing is
silently lost, with a button that searches the next kind for the same person in the size said
with it (docs/nlu/stranger-test-69.md, persona B, worst problem 1)."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import (
    ShownResults,
    kinds_of_one_wish,
    own_gender_said,
    second_kind_starts_at,
)
from actions.first_kinds_part import first_kinds_parts
from actions.kind_kept_for_later import LEFT_FOR_LATER
from actions.kinds_asked_if_sold import (
    answer_whether_sold,
    kinds_asked_if_sold,
    kinds_not_for_a_child,
)
from actions.replies import (
    colours_kept_for_later_text,
    describe_query,
    kinds_asked_too_text,
    kinds_not_sold_text,
    stand_ins_to_tap_text,
)
from actions.search_replies import kind_buttons, one_kind_at_a_time_text
from commerce.search import ProductQuery
from commerce.search.on_offer import nearest_kind_on_sale, sells_kind
from shop_nlu.extraction_patterns import shops_for_self


def tell_kinds_for_later(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    query: ProductQuery,
    later: list[str],
) -> None:
    """ "Let's start with the suits; then ask me for the shoes", and a button for each kind left
    for later: for whom the first search is (`query`), in the size said with it, if one is. When
    the first kind is one we don't sell, the search says so; this only keeps the others."""
    # "shoes and a couple of polo shirts": a kind the catalog doesn't sell gets no button of its
    # own, but the nearest it does, said so (stranger test 72, docs/nlu/stranger-test-72.md, B1).
    unsold = [kind for kind in later if not sells_kind(session, kind)]
    instead = {kind: nearest_kind_on_sale(session, kind) for kind in unsold}
    # (accessories for a scarf: offered in its place, never "you asked for accessories too")
    offered_instead = {kind for kind in instead.values() if kind} - set(later)
    later = list(
        dict.fromkeys(instead.get(kind, kind) for kind in later if instead.get(kind, kind))
    )
    later = [kind for kind in later if kind != query.category]
    note = kinds_not_sold_text(instead)
    # "... cufflinks, do you sell silver ones?": yes or no now, never "then ask me" (stranger 90)
    asked = kinds_asked_if_sold(tracker, later)
    # "u sell kids rain boots too?": whether we sell children's things (stranger test 91, A5).
    for kind in kinds_not_for_a_child(dispatcher, tracker, session, asked):
        colours = _all_said_with_next_kind(tracker, "colour", query)
        answer_whether_sold(
            dispatcher, session, kind, colours, _said_with_next_kind(tracker, "gender")
        )
    later = [kind for kind in later if kind not in asked]
    if not later:
        if note:
            dispatcher.utter_message(text=note)
        return
    # "a suit for my son and a dress for my daughter": the dress in her department, not his; "a
    # handbag for myself" after his shoes: hers (stranger test 78, B1), not his.
    gender = _said_with_next_kind(tracker, "gender")
    if gender is None:
        gender = own_gender_said(tracker) if _for_self_after_the_turn(tracker) else query.gender
    buttons = kind_buttons(later, gender)
    # "cufflinks or a pocket square": either will do, so both are named, a button each (stranger
    # test 81, B1).
    either = {kind: kinds_either_after(tracker, kind) for kind in later}
    colours = _all_said_with_next_kind(tracker, "colour", query)
    # "... and also some comfortable block heels in size 7": the size said back (stranger 87, B1).
    size = _said_with_next_kind(tracker, "size", query)
    kept_for = later[0] if len(later) == 1 and (colours or size) else None
    if len(later) == 1:
        later = _what_was_said_of_it(tracker, query, buttons[0], later)
    later = [" or ".join([said, *either[kind]]) for said, kind in zip(later, either, strict=True)]
    buttons += kind_buttons([kind for kinds in either.values() for kind in kinds], gender)
    first = query.category or ""
    # No first kind (a goes-with list on screen): never "Let's start with the None" (stranger 89).
    # The kind of a goes-with list still on screen (one kind asked to go with it) is no search.
    if not first or not sells_kind(session, first) or _goes_with_kind(tracker, query):
        only_instead = set(either) <= offered_instead
        title = str(buttons[0].get("title") or "")
        text = stand_ins_to_tap_text(title) if only_instead else kinds_asked_too_text(later)
    else:
        text = one_kind_at_a_time_text(query.category, later)
    if kept_for:
        text = f"{text} {colours_kept_for_later_text(kept_for, colours, size)}"
    dispatcher.utter_message(
        text=f"{note} {text}" if note else text, buttons=buttons, **{LEFT_FOR_LATER: True}
    )


def _goes_with_kind(tracker: Tracker, query: ProductQuery) -> bool:
    """Whether `query` is the kind of the goes-with list on screen ("what bow ties go with it"),
    not a new search."""
    shown = ShownResults.from_tracker(tracker)
    return bool(shown.goes_with) and query.category == (shown.query or {}).get("category")


def _for_self_after_the_turn(tracker: Tracker) -> bool:
    """Whether the part of the message about the next kind says it is for the shopper ("a
    handbag for myself")."""
    starts = second_kind_starts_at(tracker)
    text = (tracker.latest_message.get("text") or "").lower()
    return starts is not None and shops_for_self(text[starts:])


def kinds_either_after(tracker: Tracker, kind: str) -> list[str]:
    """The kinds said right after `kind` as either of them ("cufflinks or a pocket square")."""
    either = kinds_of_one_wish(tracker)
    said = [
        str(entity.get("value")) for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and not entity.get("role")
    ]  # fmt: skip
    found: list[str] = []
    for before, after in zip(said, said[1:], strict=False):
        if after in either and after != kind and (before == kind or before in found):
            found.append(after)
    return list(dict.fromkeys(found))


def _what_was_said_of_it(
    tracker: Tracker, query: ProductQuery, button: dict, later: list[str]
) -> list[str]:
    """The one kind left for later as it was asked for: in the size said with it, with its
    features ("low-heeled shoes, nothing too high": heels with a low heel, not plain heels:
    stranger test 79, docs/nlu/stranger-test-79.md, B1), for what the first search is for ("a
    new office job": office); the button (changed here) and the words for the kind (returned)."""
    payload = json.loads(button["payload"].removeprefix("/search_products"))
    if size := _said_with_next_kind(tracker, "size", query):
        payload["size"] = size
    features = _all_said_with_next_kind(tracker, "feature", query)
    if features:
        payload["feature"] = features
    if query.occasions and not _all_said_with_next_kind(tracker, "occasion", query):
        payload["occasion"] = list(query.occasions)
    # "a handbag for myself, black or tan": the handbags in black or tan (stranger test 78, B1).
    if colours := _all_said_with_next_kind(tracker, "colour", query):
        payload["colour"] = colours
    button["payload"] = "/search_products" + json.dumps(payload)
    if not features:
        return later
    described = describe_query(ProductQuery(category=later[0], features=tuple(features)))
    button["title"] = described[:1].upper() + described[1:]
    return [described]


def _all_said_with_next_kind(
    tracker: Tracker, name: str, first: ProductQuery | None = None
) -> list[str]:
    """Every `name` entity said after the message turns to its second kind, once each."""
    return list(dict.fromkeys(_said_after_the_turn(tracker, name, first)))


def _said_with_next_kind(
    tracker: Tracker, name: str, first: ProductQuery | None = None
) -> str | None:
    """The `name` entity said after the message turns to its second kind: the size of "and
    shoes, I'm a US 8", the person of "and a dress for my daughter"."""
    values = _said_after_the_turn(tracker, name, first)
    return values[-1] if values else None


def _said_after_the_turn(
    tracker: Tracker, name: str, first: ProductQuery | None = None
) -> list[str]:
    """(Never what is said where the message comes back to the `first` kind: "the suit and the
    blouse, and the shoes if the first pair comes in an 8": the 8 is the shoes', stranger 95.)"""
    starts = second_kind_starts_at(tracker)
    if starts is None:
        return []
    firsts = first_kinds_parts(tracker, first.category if first else None)
    return [
        str(entity["value"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == name and not entity.get("role")
        and (at := entity.get("start") or 0) >= starts
        and not any(begins <= at < ends for begins, ends in firsts)
    ]  # fmt: skip
