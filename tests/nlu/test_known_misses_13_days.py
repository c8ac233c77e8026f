"""Short day names in delivery questions ("can it be here by mon?", "arrive by sun?", "need it
sat"): "tues" and "fri" were read as days, "mon" and "sun" not at all, so the questions got "Sorry,
I didn't quite get that" (known misses, session 13; shop_nlu/dates.py).

"mon", "sun" and "sat" are ordinary words too ("c'mon", "sun hat", "I sat on it"), so they are a
day only where a day stands: after by/on/for/before/till/until, or "need it <day>"."""

from __future__ import annotations

from datetime import date

import pytest

from shop_nlu.dates import asks_if_it_arrives_by, needed_by, weekday_named
from shop_nlu.resolution import resolve_intent

FRIDAY_27_NOVEMBER = date(2026, 11, 27)

SHORT_DAYS = [
    ("can it be here by mon?", 0),
    ("arrive by sun?", 6),
    ("need it sat", 5),
    ("will it come by mon", 0),
    ("can it get here before sun?", 6),
    ("need it mon pls", 0),
    ("could it be delivered on sat?", 5),
    ("ship by mon?", 0),
    ("can i have it by sun", 6),
    ("need them by mon please", 0),
]


@pytest.mark.parametrize(("text", "weekday"), SHORT_DAYS)
def test_a_short_day_name_in_a_day_position_is_that_day(text, weekday):
    assert needed_by(text, FRIDAY_27_NOVEMBER).weekday() == weekday
    assert asks_if_it_arrives_by(text, FRIDAY_27_NOVEMBER)


@pytest.mark.parametrize("text", [text for text, _ in SHORT_DAYS])
def test_unsure_whether_it_comes_by_a_short_day_is_a_delivery_question(extractor, text):
    for guess in ("nlu_fallback", "out_of_scope"):
        resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_delivery_time", (guess, text)


@pytest.mark.parametrize(
    "text",
    [
        "do you have a sun hat",
        "i sat on my glasses, how fast can new ones arrive",
        "c'mon how long is delivery",
        "sun cream for the beach, will it arrive quickly",
        "a bag for the sat nav, how long to deliver",
        "my mon said to ask when it ships",
        "something for the sun, when does it arrive",
    ],
)
def test_sun_sat_and_mon_as_ordinary_words_name_no_day(text):
    assert needed_by(text, FRIDAY_27_NOVEMBER) is None
    assert not asks_if_it_arrives_by(text, FRIDAY_27_NOVEMBER)


@pytest.mark.parametrize(
    ("text", "weekday"), [("are you open on sun?", 6), ("open on mon", 0), ("are you open sat?", 5)]
)
def test_opening_hours_on_a_short_day(text, weekday):
    assert weekday_named(text) == weekday


def test_a_sun_hat_is_no_day_for_opening_hours():
    assert weekday_named("do you sell sun hats") is None


# "by wed?" on its own (session 14's replay, a colour question pending): "I'm only good at this
# shop". A day alone after by/before/till is whether it comes by then.
@pytest.mark.parametrize(
    "text", ["by wed?", "before friday?", "by sat??", "by mon", "and by tuesday?", "till thurs?"]
)
def test_a_day_alone_after_by_is_a_delivery_question(extractor, text):
    assert asks_if_it_arrives_by(text, FRIDAY_27_NOVEMBER)
    for guess in ("nlu_fallback", "out_of_scope"):
        resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_delivery_time", (guess, text)


@pytest.mark.parametrize("text", ["on sat?", "a dress for friday", "by the sea", "sun?"])
def test_a_day_alone_without_by_is_no_delivery_question(text):
    assert not asks_if_it_arrives_by(text, FRIDAY_27_NOVEMBER)
