"""A colour asked of the second one on screen, and a wish for the list, in one message
(docs/nlu/stranger-test-80.md, B2, worst problem 1): "Oh the second one looks lovely, but does it
come in cobalt, or only navy? And is there anything with sleeves, I don't love my arms these days"
under three dresses fell back to "Sorry, I'm not sure I understood" and lost the list's buttons.
Now the second dress's colours are answered (cobalt is a blue), then the dresses on screen are
narrowed to those with sleeves (or the closest, honestly said), with the list's buttons."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say, search, shown_titles

DRESSES = "a navy or cobalt blue dress, size 12, nothing over $200"
ASKED = [
    "Oh the second one looks lovely, but does it come in cobalt, or only navy? And is there "
    "anything with sleeves, I don't love my arms these days",  # the doc's
    "the 2nd one is nice, does it come in cobalt? and is there anything with sleeves",
    "second one - cobalt or just navy?? also anything with sleeves pls",
    "does the second one come in cobalt blue? and do you have anything with sleeves",
    "love the second one, is it in cobalt or only navy? any with sleeves? my arms arent great",
]
NOT_UNDERSTOOD = ["nlu_fallback", "out_of_scope"]


@pytest.mark.parametrize("heard", NOT_UNDERSTOOD)
@pytest.mark.parametrize("text", ASKED)
def test_the_second_ones_colour_then_sleeves(chat, extractor, text, heard):
    """docs/nlu/stranger-test-80.md, B2: the second dress in blue, then dresses with sleeves."""
    search(chat, extractor, DRESSES)
    titles = shown_titles(chat)
    assert len(titles) >= 2, titles
    second = titles[1]
    resolution = resolve_intent(heard, 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "check_availability", resolution

    turn = say(chat, extractor, ActionCheckAvailability(), resolution.intent, text)

    shown = turn.shown
    assert "not sure I understood" not in shown, shown
    colour_answer, _, refined = shown.partition("sleeve")
    assert second in colour_answer and "Blue" in colour_answer, shown
    assert "sleeve" in shown.lower(), shown
    assert any(e.get("name") == "shown_results" for e in turn.events), turn.events
    assert turn.buttons, shown


def test_the_second_ones_colour_alone_stays_as_it_was(chat, extractor):
    """(control) stranger test 78's "does it come in black?" of the second one: still answered."""
    search(chat, extractor, DRESSES)
    text = "the second one looks lovely, does it come in cobalt?"
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "check_availability", resolution
    turn = say(chat, extractor, ActionCheckAvailability(), resolution.intent, text)
    assert shown_titles(chat)[1] in turn.shown and "Blue" in turn.shown, turn.shown
