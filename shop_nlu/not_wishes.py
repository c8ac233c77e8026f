"""Words the extractor found that are no wish, in one place: each reading below knows one way a
catalog word is said in passing ("my cart" is no bag, "a winter concert" no winter wear, "nursing
school" no shoes for nursing, "save a bit for the bag" no bag wanted now). The extractor drops a
word any of them claims: `a_word_not_wished` before the words are marked (excluded, owned, worn
with ...), `a_marked_word_not_wished` after. A new reading of this kind joins one of the tuples."""

from __future__ import annotations

from collections.abc import Callable

from shop_nlu.budget_stretch import a_budget_stretch
from shop_nlu.carried_inside import a_thing_carried_inside
from shop_nlu.colours_feared import suit_as_a_verb
from shop_nlu.dark_words import a_shade_or_a_time
from shop_nlu.entity import Entity
from shop_nlu.extraction_context import (
    a_dress_rehearsal,
    an_evening_at_school,
    an_evening_greeting,
    luggage_as_a_use,
    the_cart_called_a_bag,
    the_colour_of_a_spill,
)
from shop_nlu.kinds_spent_on import a_kind_spent_on
from shop_nlu.life_context import a_job_studied_for
from shop_nlu.luggage_in_passing import luggage_lived_with
from shop_nlu.put_off_kinds import a_kind_put_off
from shop_nlu.said_in_passing import (
    a_damaged_part,
    an_evening_as_a_time,
    work_as_the_shoppers_life,
)
from shop_nlu.saved_for import a_kind_saved_for
from shop_nlu.season_of_an_event import a_season_of_an_event
from shop_nlu.sore_feet import heels_of_the_body
from shop_nlu.tie_styles import a_way_of_tying
from shop_nlu.trip_lengths import a_trips_length

Reading = Callable[[str, Entity], bool]

# Read on the words as found, before any is marked.
_WORDS_IN_PASSING: tuple[Reading, ...] = (
    the_cart_called_a_bag,  # "add it to my bag"
    a_dress_rehearsal,
    luggage_as_a_use,
    luggage_lived_with,  # "living out of a suitcase"
    a_trips_length,
    a_way_of_tying,  # "pre-tied", "self-tie"
    a_season_of_an_event,  # "winter concert"
    a_thing_carried_inside,  # "fits my wallet"
    a_kind_saved_for,  # "save a bit for the bag"
    a_kind_put_off,  # "I'll think about the cufflinks"
    suit_as_a_verb,  # "red doesn't suit me"
    a_kind_spent_on,  # "since the suit is already my splurge"
)
# Read on the marked words, before a blend is split into its parts.
_MARKED_IN_PASSING: tuple[Reading, ...] = (
    the_colour_of_a_spill,
    an_evening_at_school,
    an_evening_greeting,
    an_evening_as_a_time,
    a_damaged_part,
    heels_of_the_body,  # "murdering my heels"
    work_as_the_shoppers_life,
    a_job_studied_for,  # "nursing school"
    a_budget_stretch,  # "could stretch a little"
)


def a_word_not_wished(lowered: str, entity: Entity, found: list[Entity]) -> bool:
    """Whether a word just found is said in passing ("dark" as "after dark" among `found`)."""
    return a_shade_or_a_time(lowered, entity, found) or any(
        reading(lowered, entity) for reading in _WORDS_IN_PASSING
    )


def a_marked_word_not_wished(lowered: str, entity: Entity) -> bool:
    """Whether a word, once marked (excluded, owned, worn with ...), is said in passing."""
    return any(reading(lowered, entity) for reading in _MARKED_IN_PASSING)
