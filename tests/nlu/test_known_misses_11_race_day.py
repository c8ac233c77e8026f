"""Known misses of stranger tests 18 and 19 (docs/nlu/stranger-test-18.md and -19.md, "Not fixed"):
"race day" fell back. A day out to dress for ("race day", "royal ascot", "the races") makes the
message a search for the occasion the catalog tags for it (formal), whatever the classifier
heard; "not for the races" or the word "race" alone does not."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent

DAYS_OUT = [
    "outfit for race day",
    "whats good for race day",
    "help me with race day",
    "need to look good for race day",
    "race day next weekend, help",
    "ladies day at the races",
    "royal ascot outfit",
    "something for the races",
]


@pytest.mark.parametrize("text", DAYS_OUT)
@pytest.mark.parametrize("intent", ["out_of_scope", "nlu_fallback"])
def test_a_day_out_to_dress_for_is_a_search(extractor, text, intent):
    resolution = resolve_intent(intent, 0.95, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "search_products", text


@pytest.mark.parametrize(
    "text",
    ["who won the race today", "i cant make it to the office", "is it raining at the track",
     "whats the weather like for the weekend"],
)  # fmt: skip
def test_other_talk_is_no_search(extractor, text):
    resolution = resolve_intent("out_of_scope", 0.95, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "search_products", text


@pytest.mark.parametrize("text", DAYS_OUT)
def test_the_trained_assistant_searches_for_a_day_out(parse, text):
    assert parse(text) in {"search_products", "refine_search"}, text
